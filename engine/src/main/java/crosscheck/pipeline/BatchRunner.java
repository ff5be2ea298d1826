package crosscheck.pipeline;

import crosscheck.cluster.IncrementalClusterer;
import crosscheck.core.Article;
import crosscheck.core.Clusterer;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extraction;
import crosscheck.core.Extractor;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Report;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import crosscheck.core.SourceRef;
import crosscheck.core.StageException;
import crosscheck.core.Story;
import crosscheck.dedup.NearDuplicates;
import crosscheck.extract.SiteBoilerplate;
import crosscheck.ingest.FormatRegistry;
import crosscheck.ingest.InputFiles;
import crosscheck.ingest.Inputs;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipException;

/**
 * Runs the whole analysis over a batch of inputs: expands the paths, reads each file with the format that
 * recognises it, extracts each document, moves each site's repeated paragraphs out, groups the articles into
 * stories, finds the near-duplicate copies in each story and assembles the {@link Report}.
 *
 * <p>Each file and each document is isolated: a file that cannot be read, a record that cannot be parsed, or a
 * stage that throws on one document becomes a {@link Problem} naming the file (and record), and the batch goes
 * on. Files are read in parallel; the report lists articles and problems in input order whatever the thread count,
 * so a run is deterministic. Thread-safe: one runner can run several batches, one at a time or at once.
 */
public final class BatchRunner {

    /** Problems of one kind listed per file; the rest are counted in one closing line (a file of garbage lines). */
    static final int MAX_PROBLEMS_PER_CODE = 100;

    private final FormatRegistry formats;
    private final Extractor extractor;
    private final Clusterer clusterer;
    private final ReadOptions readOptions;
    private final int threads;
    private final int maxArticles;
    private final String version;
    private final @org.jspecify.annotations.Nullable SiteBoilerplate siteBoilerplate;
    private final NearDuplicates nearDuplicates = new NearDuplicates();
    private final crosscheck.annotate.QuantityAnnotator quantityAnnotator = new crosscheck.annotate.QuantityAnnotator();
    private final crosscheck.annotate.DateAnnotator dateAnnotator = new crosscheck.annotate.DateAnnotator();
    private final crosscheck.annotate.@org.jspecify.annotations.Nullable EntityAnnotator entityAnnotator;
    private final crosscheck.annotate.@org.jspecify.annotations.Nullable AttributionAnnotator attributionAnnotator;
    private final crosscheck.align.@org.jspecify.annotations.Nullable StoryChecker checker;
    private final java.time.Duration documentTimeout;
    private final crosscheck.ingest.StatedMetadata stated;

    BatchRunner(FormatRegistry formats, Extractor extractor, Clusterer clusterer, ReadOptions readOptions,
                int threads, int maxArticles, String version, @org.jspecify.annotations.Nullable SiteBoilerplate siteBoilerplate,
                crosscheck.annotate.@org.jspecify.annotations.Nullable EntityAnnotator entityAnnotator,
                crosscheck.annotate.@org.jspecify.annotations.Nullable AttributionAnnotator attributionAnnotator,
                crosscheck.align.@org.jspecify.annotations.Nullable StoryChecker checker,
                java.time.Duration documentTimeout, crosscheck.ingest.StatedMetadata stated) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.maxArticles = maxArticles;
        this.version = Objects.requireNonNull(version, "version");
        this.siteBoilerplate = siteBoilerplate;
        this.entityAnnotator = entityAnnotator;
        this.attributionAnnotator = attributionAnnotator;
        this.checker = checker;
        this.documentTimeout = Objects.requireNonNull(documentTimeout, "documentTimeout");
        this.stated = Objects.requireNonNull(stated, "stated");
    }

    /**
     * Each article's entities, quotes and attributions (when the model-based annotators are on), quantities and dates,
     * found on the runner's threads.
     * An annotator that fails on an article leaves that layer empty and adds a warning; the others still run.
     */
    java.util.Map<String, crosscheck.core.Annotations> annotate(List<Article> articles,
                                                                        java.util.Set<String> outlets,
                                                                        List<Problem> problems,
                                                                        BatchListener listener) {
        List<crosscheck.core.Annotations> found = new ArrayList<>();
        List<List<Problem>> failures = new ArrayList<>();
        ExecutorService pool = daemonPool(threads, "crosscheck-annotator");
        listener.phase(BatchListener.Phase.ENTITIES, articles.size());
        try {
            List<Future<Annotated>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    Annotated r = annotateOne(a, outlets);
                    listener.step(BatchListener.Phase.ENTITIES);
                    return r;
                }));
            }
            for (Future<Annotated> f : futures) {
                try {
                    Annotated r = f.get();
                    found.add(r.annotations());
                    failures.add(r.problems());
                } catch (ExecutionException e) {
                    found.add(crosscheck.core.Annotations.none());
                    failures.add(List.of());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annotating", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        failures.forEach(list -> list.forEach(p -> {
            problems.add(p);
            listener.problem(p);
        }));
        java.util.Map<String, crosscheck.core.Annotations> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            crosscheck.core.Annotations an = found.get(i);
            out.put(articles.get(i).id(), new crosscheck.core.Annotations(
                    crosscheck.annotate.EntityAnnotator.outletsAsOrganisations(an.entities(), outlets),
                    an.quantities(), an.dates(), an.quotes(), an.attributions()));
        }
        return out;
    }

    /** One article's annotations and the problems met: each layer on its own, so one failure costs one layer. */
    private Annotated annotateOne(Article a, java.util.Set<String> outlets) {
        try {
            return crosscheck.internal.Deadline.within(documentTimeout, () -> annotateLayers(a, outlets));
        } catch (crosscheck.internal.Deadline.TooSlowException e) {
            return new Annotated(crosscheck.core.Annotations.none(), List.of(Problem.warning("too-slow", a.source(),
                    "annotating the article took longer than the per-document limit of "
                            + crosscheck.internal.Deadline.seconds(documentTimeout)
                            + " (raise it with --document-timeout); its entities, quotes, attributions, quantities "
                            + "and dates are left empty")));
        }
    }

    private Annotated annotateLayers(Article a, java.util.Set<String> outlets) {
        List<Problem> failed = new ArrayList<>();
        List<crosscheck.core.Entity> entities = List.of();
        if (entityAnnotator != null) {
            try {
                entities = entityAnnotator.annotate(a);
            } catch (crosscheck.internal.Deadline.TooSlowException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.add(Problem.warning("annotate-failed", a.source(), "finding entities failed: " + e));
            }
        }
        List<crosscheck.core.Quantity> quantities = List.of();
        try {
            quantities = quantityAnnotator.annotate(a);
        } catch (crosscheck.internal.Deadline.TooSlowException e) {
            throw e;
        } catch (RuntimeException e) {
            failed.add(Problem.warning("annotate-failed", a.source(), "finding quantities failed: " + e));
        }
        List<crosscheck.core.DateMention> dates = List.of();
        try {
            dates = dateAnnotator.annotate(a);
        } catch (crosscheck.internal.Deadline.TooSlowException e) {
            throw e;
        } catch (RuntimeException e) {
            failed.add(Problem.warning("annotate-failed", a.source(), "finding dates failed: " + e));
        }
        List<crosscheck.core.Quote> quotes = List.of();
        List<crosscheck.core.Attribution> attributions = List.of();
        if (attributionAnnotator != null) {
            try {
                crosscheck.annotate.AttributionAnnotator.Found found = attributionAnnotator.annotate(a, entities, outlets);
                quotes = found.quotes();
                attributions = found.attributions();
            } catch (crosscheck.internal.Deadline.TooSlowException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.add(Problem.warning("annotate-failed", a.source(), "finding quotes and attributions failed: " + e));
            }
        }
        return new Annotated(new crosscheck.core.Annotations(entities, quantities, dates, quotes, attributions), failed);
    }

    /** One article's annotations with the problems met finding them. */
    private record Annotated(crosscheck.core.Annotations annotations, List<Problem> problems) {
    }

    private static ExecutorService daemonPool(int size, String name) {
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The site-boilerplate stage, or null when it is off: for {@link ArchiveRunner}, which shares the stages. */
    @org.jspecify.annotations.Nullable SiteBoilerplate siteBoilerplate() {
        return siteBoilerplate;
    }

    NearDuplicates nearDuplicates() {
        return nearDuplicates;
    }

    int threads() {
        return threads;
    }

    String version() {
        return version;
    }

    /** The input files these arguments name, with the problems expanding them met. */
    InputFiles.Expansion expand(List<String> arguments) {
        return expand(arguments, java.util.Set.of());
    }

    /**
     * The input files these arguments name, without metadata files (sidecars, the CSV mapping), with the problems
     * expanding them and reading the CSV mapping met.
     */
    private InputFiles.Expansion expand(List<String> arguments, java.util.Set<String> taken) {
        InputFiles.Expansion e = InputFiles.expand(arguments, taken);
        List<Problem> problems = new ArrayList<>(stated.problems());
        problems.addAll(e.problems());
        return new InputFiles.Expansion(e.files().stream().filter(f -> !stated.isMetadataFile(f.path())).toList(),
                problems);
    }

    /** A builder with the standard stages. */
    public static PipelineBuilder builder() {
        return new PipelineBuilder();
    }

    /**
     * Runs the batch.
     *
     * @param arguments files, folders and glob patterns
     * @param listener  told of progress and of each problem as it is found; called from worker threads
     */
    public Report run(List<String> arguments, BatchListener listener) {
        return run(arguments, List.of(), listener);
    }

    /**
     * Runs the batch, with problems met before it (URLs that could not be fetched) listed first in the report and
     * counted; the listener was told of them already and is not told again.
     */
    public Report run(List<String> arguments, List<Problem> metBefore, BatchListener listener) {
        InputFiles.Expansion expansion = expand(arguments);
        List<Problem> problems = new ArrayList<>(metBefore);
        expansion.problems().forEach(p -> {
            problems.add(p);
            listener.problem(p);
        });
        List<InputFile> files = expansion.files();
        listener.started(files.size());
        List<FileResult> results = readAll(files, maxArticles, listener);
        List<Article> articles = new ArrayList<>();
        int failedFiles = 0;
        for (FileResult r : results) {
            articles.addAll(r.articles());
            problems.addAll(r.problems());
            if (r.articles().isEmpty() && r.problems().stream().anyMatch(Problem::isError)) {
                failedFiles++;
            }
        }
        if (siteBoilerplate != null) {
            articles = siteBoilerplate.apply(articles);
        }
        listener.clustering(articles.size());
        java.util.Map<String, crosscheck.core.Annotations> annotations = annotate(articles,
                crosscheck.annotate.EntityAnnotator.outletNames(articles), problems, listener);
        listener.phase(BatchListener.Phase.STORIES, articles.size());
        List<Story> stories = nearDuplicates.apply(chronological(clusterer.cluster(articles, annotations), articles),
                articles);
        stories = withEntities(stories, annotations);
        listener.step(BatchListener.Phase.STORIES);
        stories = crossCheck(stories, articles, annotations, problems, listener);
        return report(files.size(), failedFiles, articles, stories, problems, annotations);
    }

    /**
     * Adds articles to an earlier analysis without reading, annotating or clustering its articles again: reads,
     * extracts and annotates only the new inputs, lets each new article join the earlier story it is most like or
     * form new stories with other new articles ({@link IncrementalClusterer#extend}), finds the near-duplicates and
     * entities again in the stories that gained articles, and cross-checks every story again (its claim weights are
     * batch-wide). The earlier stories keep their ids, titles and articles; new stories are numbered on.
     *
     * <p>A new input whose name gives an id an earlier article has gets {@code name~2} (with a warning). An article
     * read again from a file of the earlier analysis (same file name, same record, same text) is not added twice: it
     * is left out with an {@code already-analysed} warning, and a file of which every article was left out this way
     * is not counted again. The summary counts the whole analysis, earlier and new.
     *
     * @param earlier   the earlier report, as {@link crosscheck.report.JsonReportReader} reads it
     * @param arguments files, folders and glob patterns to add
     * @param listener  told of progress and of each problem as it is found
     * @throws IllegalStateException when the runner's clusterer is not an {@link IncrementalClusterer}
     */
    public Report add(Report earlier, List<String> arguments, BatchListener listener) {
        return add(earlier, arguments, List.of(), listener);
    }

    /** {@link #add(Report, List, BatchListener)} with problems met before it, as {@link #run(List, List, BatchListener)}. */
    public Report add(Report earlier, List<String> arguments, List<Problem> metBefore,
                      BatchListener listener) {
        if (!(clusterer instanceof IncrementalClusterer incremental)) {
            throw new IllegalStateException("adding to an analysis needs an IncrementalClusterer, not " + clusterer);
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        earlier.articles().forEach(a -> taken.add(a.id().replaceFirst("#\\d+$", "")));
        InputFiles.Expansion expansion = expand(arguments, taken);
        List<Problem> problems = new ArrayList<>(earlier.problems());
        problems.addAll(metBefore);
        List<Problem> renamed = new ArrayList<>();
        for (Problem p : expansion.problems()) {
            if (p.code().equals("duplicate-id")) {
                renamed.add(p);
            } else {
                problems.add(p);
                listener.problem(p);
            }
        }
        List<InputFile> files = expansion.files();
        listener.started(files.size());
        Added added = addedArticles(earlier, readAll(files, Math.max(0, maxArticles - earlier.articles().size()),
                listener), files, renamed, problems, listener);
        List<Article> known = earlier.articles();
        List<Article> fresh = siteBoilerplate == null ? added.articles()
                : siteBoilerplate.applyToAdded(known, added.articles());
        List<Article> articles = new ArrayList<>(known);
        articles.addAll(fresh);
        listener.clustering(fresh.size());
        java.util.Map<String, crosscheck.core.Annotations> annotations = new java.util.LinkedHashMap<>();
        known.forEach(a -> annotations.put(a.id(), earlier.annotationsOf(a.id())));
        annotations.putAll(annotate(fresh, crosscheck.annotate.EntityAnnotator.outletNames(articles), problems,
                listener));
        listener.phase(BatchListener.Phase.STORIES, fresh.size());
        List<Story> stories = incremental.extend(earlier.stories(), known, fresh);
        stories = refreshChanged(earlier.stories(), stories, articles, annotations);
        listener.step(BatchListener.Phase.STORIES);
        stories = crossCheck(stories, articles, annotations, problems, listener);
        Report.Summary before = earlier.summary();
        return report(before.files() + added.files(), before.failedFiles() + added.failedFiles(), articles, stories,
                problems, annotations);
    }

    /** The new articles with those read again from files of the earlier analysis left out, and the file counts. */
    private Added addedArticles(Report earlier, List<FileResult> results, List<InputFile> files,
                                List<Problem> renamed, List<Problem> problems, BatchListener listener) {
        java.util.Map<String, List<Article>> earlierByPlace = new java.util.HashMap<>();
        earlier.articles().forEach(a -> earlierByPlace.computeIfAbsent(place(a), k -> new ArrayList<>()).add(a));
        List<Article> articles = new ArrayList<>();
        java.util.Set<String> readAgain = new java.util.HashSet<>();
        int counted = 0;
        int failedFiles = 0;
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            List<Problem> fileProblems = new ArrayList<>(r.problems());
            int kept = 0;
            for (Article a : r.articles()) {
                Article old = earlierByPlace.getOrDefault(place(a), List.of()).stream()
                        .filter(e -> sameText(e, a)).findFirst().orElse(null);
                if (old != null) {
                    fileProblems.add(Problem.warning("already-analysed", a.source(), "already in the earlier "
                            + "analysis as article '" + old.id() + "'; not added again"));
                } else {
                    articles.add(a);
                    kept++;
                }
            }
            if (kept == 0 && !r.articles().isEmpty()) {
                readAgain.add(files.get(i).name());
            } else {
                counted++;
                if (r.articles().isEmpty() && r.problems().stream().anyMatch(Problem::isError)) {
                    failedFiles++;
                }
            }
            problems.addAll(fileProblems);
            fileProblems.subList(r.problems().size(), fileProblems.size()).forEach(listener::problem);
        }
        for (Problem p : renamed) {
            if (!readAgain.contains(p.location())) {
                problems.add(p);
                listener.problem(p);
            }
        }
        return new Added(articles, counted, failedFiles);
    }

    /** The file name (without its folder), the record and the title: where an article was read from. */
    private static String place(Article a) {
        java.nio.file.Path name = java.nio.file.Path.of(a.source().file()).getFileName();
        return (name == null ? a.source().file() : name.toString()) + "\u0000" + a.source().record() + "\u0000"
                + a.title();
    }

    /**
     * Whether {@code read} has the text of {@code earlier}: the same body once the paragraphs that the earlier
     * analysis moved out as site boilerplate are left out.
     */
    private static boolean sameText(Article earlier, Article read) {
        java.util.Set<String> moved = new java.util.HashSet<>();
        earlier.removed().stream().filter(r -> r.reason().equals(SiteBoilerplate.REASON))
                .forEach(r -> moved.add(r.text()));
        return earlier.body().equals(moved.isEmpty() ? read.body()
                : String.join("\n\n", read.paragraphs().stream().filter(p -> !moved.contains(p)).toList()));
    }

    /** The articles an addition keeps, with the number of files counted and of files that failed. */
    private record Added(List<Article> articles, int files, int failedFiles) {
    }

    /**
     * The stories with those that changed (gained articles, or are new) put in publication order again, with their
     * near-duplicates and entities found again; the others as they were.
     */
    private List<Story> refreshChanged(List<Story> before, List<Story> after, List<Article> articles,
                                       java.util.Map<String, crosscheck.core.Annotations> annotations) {
        java.util.Set<Story> unchanged = new java.util.HashSet<>(before);
        List<Story> changed = after.stream().filter(s -> !unchanged.contains(s)).toList();
        java.util.Map<String, Story> refreshed = new java.util.HashMap<>();
        List<Story> found = nearDuplicates.apply(chronological(changed, articles), articles);
        for (int i = 0; i < changed.size(); i++) {
            Story s = found.get(i);
            refreshed.put(s.id(), entityAnnotator == null ? s.withEntities(entitiesBefore(before, s.id()))
                    : withEntities(List.of(s), annotations).get(0));
        }
        return after.stream().map(s -> refreshed.getOrDefault(s.id(), s)).toList();
    }

    private static List<crosscheck.core.Entity> entitiesBefore(List<Story> before, String id) {
        return before.stream().filter(s -> s.id().equals(id)).findFirst().map(Story::entities).orElse(List.of());
    }

    /** The stories with their articles' entities merged (when the entity annotator is on). */
    List<Story> withEntities(List<Story> stories,
                                     java.util.Map<String, crosscheck.core.Annotations> annotations) {
        if (entityAnnotator == null) {
            return stories;
        }
        java.util.Map<String, List<crosscheck.core.Entity>> entities = new java.util.HashMap<>();
        annotations.forEach((id, an) -> entities.put(id, an.entities()));
        return stories.stream().map(st -> st.withEntities(crosscheck.annotate.EntityAnnotator.merge(
                crosscheck.annotate.EntityAnnotator.byArticle(st.articles(), entities)))).toList();
    }

    /** The stories cross-checked (when the checker is on); a story whose check fails adds a warning. */
    List<Story> crossCheck(List<Story> stories, List<Article> articles,
                                   java.util.Map<String, crosscheck.core.Annotations> annotations,
                                   List<Problem> problems, BatchListener listener) {
        return crossCheck(stories, articles, annotations, problems, listener, null);
    }

    /**
     * The stories cross-checked (when the checker is on), their terms weighed over {@code background} too when
     * given (an archive's term counts); a story whose check fails adds a warning.
     */
    List<Story> crossCheck(List<Story> stories, List<Article> articles,
                           java.util.Map<String, crosscheck.core.Annotations> annotations,
                           List<Problem> problems, BatchListener listener,
                           crosscheck.align.TermCounts.@org.jspecify.annotations.Nullable Background background) {
        if (checker == null) {
            return stories;
        }
        listener.crossChecking(stories.size());
        listener.phase(BatchListener.Phase.CROSS_CHECK, stories.size());
        return checker.check(stories, articles, annotations, () -> listener.step(BatchListener.Phase.CROSS_CHECK),
                (story, e) -> {
            Problem p = Problem.warning("cross-check-failed", SourceRef.of(String.join(", ", story.articles())),
                    "cross-checking story " + story.id() + " failed (" + e + "); the story is reported without "
                            + "claims. This is a bug: please report it");
            problems.add(p);
            listener.problem(p);
        }, background);
    }

    /** Whether the stories are cross-checked. */
    boolean crossChecks() {
        return checker != null;
    }

    /** The article's term counts as an archive keeps them; only when {@link #crossChecks}. */
    crosscheck.align.TermCounts.Counted termCounts(Article article, crosscheck.core.Annotations annotations) {
        if (checker == null) {
            throw new IllegalStateException("the cross-check is off");
        }
        return checker.termCounts(article, annotations);
    }

    private Report report(int files, int failedFiles, List<Article> articles, List<Story> stories,
                          List<Problem> problems, java.util.Map<String, crosscheck.core.Annotations> annotations) {
        int errors = (int) problems.stream().filter(Problem::isError).count();
        Report.Summary summary = new Report.Summary(files, failedFiles, articles.size(), stories.size(),
                errors, problems.size() - errors);
        return new Report(version, summary, articles, stories, problems, annotations);
    }

    /**
     * Reads the files, in parallel, keeping at most {@code room} articles: once that many are taken, readers stop
     * (a file being read stops at its next article; files not yet begun are not opened). Everything taken is kept;
     * the first file, in input order, that stopped gets one {@code batch-limit} error naming the article where it
     * stopped and counting the files not read to their end.
     */
    private List<FileResult> readAll(List<InputFile> files, int room, BatchListener listener) {
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        List<FileResult> results;
        if (threads == 1 || files.size() <= 1) {
            results = files.stream().map(f -> readFile(f, taken, room, listener)).toList();
        } else {
            ExecutorService pool = daemonPool(Math.min(threads, files.size()), "crosscheck-reader");
            try {
                List<Future<FileResult>> futures = new ArrayList<>();
                for (InputFile f : files) {
                    futures.add(pool.submit(() -> readFile(f, taken, room, listener)));
                }
                results = new ArrayList<>();
                for (int i = 0; i < futures.size(); i++) {
                    results.add(await(futures.get(i), files.get(i), listener));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        int first = -1;
        int stopped = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).stoppedAt() != null) {
                first = first < 0 ? i : first;
                stopped++;
            }
        }
        if (first < 0) {
            return results;
        }
        int kept = results.stream().mapToInt(r -> r.articles().size()).sum();
        FileResult r = results.get(first);
        boolean unopened = r.stoppedAt().record() == null && r.articles().isEmpty();
        Problem p = Problem.error("batch-limit", r.stoppedAt(), "the batch holds " + kept + " articles, the most "
                + "it may (set by --max-articles; the default follows the memory Java may use, -Xmx); "
                + (unopened ? "this file" : "this article and the rest of its file") + (stopped > 1
                ? " and " + (stopped - 1) + " more file" + (stopped == 2 ? "" : "s") : "")
                + " not read; the report covers what was read");
        listener.problem(p);
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(p);
        List<FileResult> out = new ArrayList<>(results);
        out.set(first, new FileResult(r.articles(), problems, r.stoppedAt()));
        return out;
    }

    private static FileResult await(Future<FileResult> future, InputFile file, BatchListener listener) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.name(), e);
        } catch (ExecutionException e) {
            // readFile catches everything a document can throw; this is an error (OutOfMemoryError, say).
            Problem p = Problem.error("internal-error", SourceRef.of(file.name()),
                    "reading failed: " + e.getCause());
            listener.problem(p);
            return new FileResult(List.of(), List.of(p));
        }
    }

    /** Reads one file with no limit on its articles; never throws for bad input. */
    FileResult readFile(InputFile file, BatchListener listener) {
        return readFile(file, new java.util.concurrent.atomic.AtomicInteger(), Integer.MAX_VALUE, listener);
    }

    /**
     * Reads one file; never throws for bad input. Takes an article only while fewer than {@code room} are
     * {@code taken} across the batch; past that it stops reading (the result says where: {@link FileResult#stoppedAt}).
     */
    FileResult readFile(InputFile file, java.util.concurrent.atomic.AtomicInteger taken, int room,
                        BatchListener listener) {
        if (taken.get() >= room) {
            listener.fileDone(file, 0);
            return new FileResult(List.of(), List.of(), SourceRef.of(file.name()));
        }
        List<Article> articles = new ArrayList<>();
        Read read = readFile(file, (doc, a) -> {
            if (taken.getAndIncrement() < room) {
                articles.add(a);
                listener.article(a);
                return true;
            }
            return false;
        }, listener);
        return new FileResult(articles, read.problems(), read.stoppedAt());
    }

    /** What reading one file through a {@link Taker} met. */
    record Read(int taken, List<Problem> problems, @org.jspecify.annotations.Nullable SourceRef stoppedAt) {
    }

    /** Takes each article as it is extracted, with the document it came from. */
    @FunctionalInterface
    interface Taker {
        /** Takes the article; false to stop reading (the article is not taken). */
        boolean take(RawDocument document, Article article);
    }

    /**
     * Reads one file, handing each article to {@code taker} as soon as it is extracted, so that a file of any size
     * is read in constant memory; never throws for bad input. Problems go to the listener as they are found, and
     * are returned (at most {@value #MAX_PROBLEMS_PER_CODE} of a kind, the rest counted in one line).
     */
    Read readFile(InputFile file, Taker taker, BatchListener listener) {
        SourceRef[] stopped = {null};
        int[] taken = {0};
        List<Problem> problems = new ArrayList<>();
        java.util.Map<String, Integer> perCode = new java.util.HashMap<>();
        java.util.function.Consumer<Problem> sink = p -> {
            int n = perCode.merge(p.code(), 1, Integer::sum);
            if (n <= MAX_PROBLEMS_PER_CODE) {
                problems.add(p);
                listener.problem(p);
            }
        };
        SourceRef where = SourceRef.of(file.name());
        try {
            Optional<SourceFormat> format = checkAndDetect(file, where, sink);
            DocumentHints statedHints = format.isPresent() ? stated.forFile(file, sink) : DocumentHints.none();
            if (format.isPresent()) {
                try (Source source = format.get().open(file, readOptions, sink)) {
                    Optional<RawDocument> doc;
                    while (stopped[0] == null && (doc = source.next()).isPresent()) {
                        RawDocument raw = crosscheck.ingest.StatedMetadata.apply(doc.get(), statedHints);
                        extractOne(raw, sink).ifPresent(a -> {
                            if (taker.take(raw, a)) {
                                taken[0]++;
                            } else {
                                stopped[0] = a.source();
                            }
                        });
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(Problem.error(code(e), where, describe(e)));
        } catch (StackOverflowError e) {
            sink.accept(Problem.error("too-deep", where, "the document is nested too deeply to process; skipped"));
        }
        if (taken[0] == 0 && stopped[0] == null && problems.isEmpty()) {
            // A feed without items, a WARC without responses: say so, or the file would go unmentioned.
            sink.accept(Problem.error("no-articles", where, "the file holds no document to read (a feed without "
                    + "items, a WARC file without responses?); nothing from it is reported"));
        }
        for (java.util.Map.Entry<String, Integer> e : perCode.entrySet()) {
            if (e.getValue() > MAX_PROBLEMS_PER_CODE) {
                Problem more = new Problem(problems.stream().filter(p -> p.code().equals(e.getKey())).findFirst()
                        .map(Problem::severity).orElse(Problem.Severity.WARNING), e.getKey(),
                        (e.getValue() - MAX_PROBLEMS_PER_CODE) + " more problems of this kind in the file, not listed",
                        file.name());
                problems.add(more);
                listener.problem(more);
            }
        }
        listener.fileDone(file, taken[0]);
        return new Read(taken[0], problems, stopped[0]);
    }

    private Optional<SourceFormat> checkAndDetect(InputFile file, SourceRef where,
                                                  java.util.function.Consumer<Problem> sink) throws IOException {
        String special = InputFiles.specialKind(file.path());
        if (special != null) {
            sink.accept(InputFiles.notRegular(special, where.toString()));
            return Optional.empty();
        }
        if (!Files.isReadable(file.path())) {
            sink.accept(Problem.error("unreadable", where, "cannot read the file: permission denied"));
            return Optional.empty();
        }
        if (Files.size(file.path()) == 0) {
            sink.accept(Problem.error("empty-file", where, "the file is empty"));
            return Optional.empty();
        }
        byte[] head = Inputs.head(file);
        if (head.length == 0) {
            sink.accept(Problem.error("empty-file", where, "the file holds no content after decompression"));
            return Optional.empty();
        }
        Optional<SourceFormat> format = formats.detect(file, head);
        if (format.isEmpty()) {
            sink.accept(Problem.error("unknown-format", where, "not a format crosscheck reads (binary content?); "
                    + "expected text, HTML, WARC, JSONL, RSS or Atom"));
        }
        return format;
    }

    private Optional<Article> extractOne(RawDocument doc, java.util.function.Consumer<Problem> sink) {
        try {
            IngestSanitizer clean = new IngestSanitizer();
            RawDocument cleaned = clean.document(doc);
            Extraction x = crosscheck.internal.Deadline.within(documentTimeout, () -> extractor.extract(cleaned));
            x.problems().forEach(sink);
            Article article = clean.article(x.article());
            clean.problem(doc.source()).ifPresent(sink);
            if (article.body().isBlank()) {
                sink.accept(Problem.error("no-article-text", doc.source(),
                        "no article text found; the document is left out"));
                return Optional.empty();
            }
            return Optional.of(article);
        } catch (crosscheck.internal.Deadline.TooSlowException e) {
            sink.accept(Problem.error("too-slow", doc.source(), "extracting the article took longer than the "
                    + "per-document limit of " + crosscheck.internal.Deadline.seconds(documentTimeout)
                    + " (raise it with --document-timeout); the document is left out"));
        } catch (StageException e) {
            sink.accept(Problem.error("stage-failed", doc.source(), e.getMessage()));
        } catch (RuntimeException e) {
            sink.accept(Problem.error("extract-failed", doc.source(), "extraction failed: " + e));
        } catch (StackOverflowError e) {
            sink.accept(Problem.error("too-deep", doc.source(),
                    "the document is nested too deeply to extract; left out"));
        }
        return Optional.empty();
    }

    private static String code(Exception e) {
        if (e instanceof Inputs.TooLargeException) {
            return "too-large";
        }
        if (e instanceof crosscheck.ingest.MalformedInputException m) {
            return m.code();
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return "truncated";
        }
        if (e instanceof AccessDeniedException) {
            return "unreadable";
        }
        return e instanceof IOException ? "read-failed" : "internal-error";
    }

    private static String describe(Exception e) {
        if (e instanceof Inputs.TooLargeException) {
            return e.getMessage();
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return "truncated or corrupt compressed data (" + e.getMessage() + "); skipped";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        String m = e.getMessage();
        return (e instanceof IOException ? "" : e.getClass().getSimpleName() + ": ")
                + (m == null ? e.getClass().getSimpleName() : m);
    }

    /**
     * Each story's articles in the order they were published (by day; undated ones last), input order within a
     * day: the way a reader follows a story.
     */
    static List<Story> chronological(List<Story> stories, List<Article> articles) {
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        java.util.Map<String, String> day = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            position.put(a.id(), i);
            if (a.published() != null && a.published().length() >= 10) {
                day.put(a.id(), a.published().substring(0, 10));
            }
        }
        java.util.Comparator<String> order = java.util.Comparator
                .comparing((String id) -> day.getOrDefault(id, "9999-99-99"))
                .thenComparing(position::get);
        List<Story> out = new ArrayList<>();
        for (Story s : stories) {
            List<String> ids = new ArrayList<>(s.articles());
            ids.sort(order);
            out.add(new Story(s.id(), s.title(), ids, s.duplicates()));
        }
        return out;
    }

    /**
     * What one file gave.
     *
     * @param stoppedAt where reading stopped at the batch's article limit (the article not taken, or the file
     *                  not opened); null when the file was read to its end
     */
    record FileResult(List<Article> articles, List<Problem> problems,
                      @org.jspecify.annotations.Nullable SourceRef stoppedAt) {
        FileResult(List<Article> articles, List<Problem> problems) {
            this(articles, problems, null);
        }
    }
}
