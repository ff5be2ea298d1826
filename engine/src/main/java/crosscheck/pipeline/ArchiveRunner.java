package crosscheck.pipeline;

import crosscheck.align.TermCounts;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.archive.ArchiveStore;
import crosscheck.archive.Placement;
import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryPlacer;
import crosscheck.cluster.StoryReviser;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.ingest.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Files news into an {@link ArchiveStore} as it comes, with the stages of a {@link BatchRunner}: reads and extracts
 * each input document (one file after another, each in constant memory), leaves out a document whose content the
 * store already holds, moves each site's repeated paragraphs out (within a chunk of articles read together),
 * annotates a chunk on the runner's threads, then files each article on its own: a {@link StoryPlacer} picks its
 * story from the store's index (never comparing it with every filed article), and the store files it in one
 * transaction. Every {@value #CHECK_EVERY} articles, and at the end, the round's placements are revised (a {@link
 * StoryReviser} clusters the stories they weighed against each other again and moves articles, or merges stories,
 * to follow), then the stories that changed are cross-checked again (near-duplicates, merged entities, claims,
 * conflicts…), a round of at most {@value #CHECK_ROUND} stories at a
 * time, and only those; a story whose articles changed while it was being checked stays marked for the next round.
 * So a killed ingest loses at most the article being filed and leaves its stories marked: the next ingest or report
 * checks them.
 *
 * <p>The cross-check's term weights are counted over the whole archive, as a batch counts them over the batch: the
 * store keeps how many sentences of its articles hold each term ({@link TermCounts}), brought up to date before each
 * round, so that a round checking a few stories weighs a word that every story uses as little as a batch of all the
 * archive's articles would.
 */
public final class ArchiveRunner {

    /** Articles read (and their site boilerplate found, and annotated) together. */
    public static final int DEFAULT_CHUNK = 500;
    /** Articles filed between two rounds of cross-checks. */
    public static final int CHECK_EVERY = 2_000;
    /** Stories cross-checked together in one round at most. */
    static final int CHECK_ROUND = 200;

    private final BatchRunner stages;
    private final StoryPlacer placer;
    private final @Nullable StoryReviser reviser;
    private final int chunk;

    /**
     * A runner that revises placements with the default {@link StoryReviser} before each round of cross-checks, its
     * neighbourhoods clustered on the stages' threads.
     *
     * @param stages the reading, extraction, annotation and cross-check stages (as the builder configured them)
     * @param placer picks each new article's story
     * @param chunk  articles read and annotated together (at least 1)
     */
    public ArchiveRunner(BatchRunner stages, StoryPlacer placer, int chunk) {
        this(stages, placer, new StoryReviser().withThreads(stages.threads()), chunk);
    }

    /**
     * @param stages  the reading, extraction, annotation and cross-check stages (as the builder configured them)
     * @param placer  picks each new article's story
     * @param reviser revises the placements of each round before its cross-checks (moves articles, merges
     *                stories); null to keep every placement as it was made
     * @param chunk   articles read and annotated together (at least 1)
     */
    public ArchiveRunner(BatchRunner stages, StoryPlacer placer, @Nullable StoryReviser reviser, int chunk) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.placer = Objects.requireNonNull(placer, "placer");
        this.reviser = reviser;
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be at least 1, got " + chunk);
        }
        this.chunk = chunk;
    }

    /**
     * What one ingest did.
     *
     * @param files          input files read
     * @param failedFiles    files of which nothing could be read
     * @param filed          articles filed
     * @param alreadyStored  documents left out because the store held their content already
     * @param storiesCreated stories the filed articles started
     * @param storiesChecked stories cross-checked again
     * @param problems       the problems met, in the order found
     * @param articlesMoved  articles that revisions moved to another story (merging stories, or mending a placement)
     */
    public record Ingested(int files, int failedFiles, int filed, int alreadyStored, int storiesCreated,
                           int storiesChecked, List<Problem> problems, int articlesMoved) {

        public Ingested {
            problems = List.copyOf(problems);
        }

        /** The number of error problems. */
        public int errors() {
            return (int) problems.stream().filter(Problem::isError).count();
        }
    }

    /**
     * Reads the inputs and files every new article into the store, then cross-checks the stories that changed.
     *
     * @throws IOException when the store cannot be written: what was filed before stays filed
     */
    public Ingested ingest(ArchiveStore store, List<String> arguments, ArchiveListener listener) throws IOException {
        return ingest(store, arguments, List.of(), listener);
    }

    /**
     * {@link #ingest(ArchiveStore, List, ArchiveListener)} with problems met before it (URLs that could not be
     * fetched): kept with the run's problems and counted; the listener was told of them already.
     */
    public Ingested ingest(ArchiveStore store, List<String> arguments, List<Problem> before,
                           ArchiveListener listener) throws IOException {
        InputFiles.Expansion expansion = stages.expand(arguments);
        Run run = new Run(store, listener);
        run.problems.addAll(before);
        expansion.problems().forEach(p -> {
            run.problems.add(p);
            listener.problem(p);
        });
        List<InputFile> files = expansion.files();
        listener.started(files.size());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(Math.max(16, chunk));
        Thread reader = new Thread(() -> read(files, queue, listener), "crosscheck-archive-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            List<Item> items = new ArrayList<>();
            while (true) {
                Object next = queue.take();
                if (next instanceof Item item) {
                    items.add(item);
                    if (items.size() >= chunk) {
                        run.file(items);
                        items.clear();
                    }
                } else if (next instanceof FileEnd end) {
                    run.fileEnded(end);
                } else {
                    break;
                }
            }
            run.file(items);
            store.addProblems(run.unfiledProblems());
            run.revise();
            run.checked += checkPending(store, listener, run.problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ingesting", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            reader.interrupt();
        }
        return new Ingested(files.size(), run.failedFiles, run.filed, run.alreadyStored, run.created, run.checked,
                run.problems, run.moved);
    }

    /** Reads the files one after the other onto the queue: each document's article, each file's end, then END. */
    private void read(List<InputFile> files, BlockingQueue<Object> queue, ArchiveListener listener) {
        try {
            for (InputFile file : files) {
                BatchRunner.Read read = stages.readFile(file, (doc, article) -> {
                    try {
                        queue.put(new Item(doc, article));
                        return true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }, listener);
                queue.put(new FileEnd(read));
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            queue.offer(END);
        }
    }

    /** A document read and extracted. */
    private record Item(RawDocument document, Article article) {
    }

    /** A file read to its end (or as far as it could be). */
    private record FileEnd(BatchRunner.Read read) {
    }

    private static final Object END = new Object();

    /** The state of one ingest. */
    private final class Run {
        final ArchiveStore store;
        final ArchiveListener listener;
        final List<Problem> problems = new ArrayList<>();
        /** Problems of read files not yet handed to the store. */
        final List<Problem> pendingProblems = new ArrayList<>();
        /** Content hashes and ids of the chunk being filed (a chunk may hold one document twice). */
        final Map<String, String> hashesThisRun = new HashMap<>();
        final Set<String> idsThisRun = new HashSet<>();
        final Set<String> outlets = new LinkedHashSet<>();
        int failedFiles;
        int filed;
        int alreadyStored;
        int created;
        int checked;
        int sinceCheck;
        int moved;
        /** What this round's placements weighed, for the revision before its cross-checks. */
        final StoryReviser.Links links = new StoryReviser.Links();
        /** Whether the links an earlier ingest kept have been read into {@link #links}. */
        boolean keptLinksRead;

        Run(ArchiveStore store, ArchiveListener listener) {
            this.store = store;
            this.listener = listener;
        }

        void fileEnded(FileEnd end) {
            problems.addAll(end.read().problems());
            pendingProblems.addAll(end.read().problems());
            if (end.read().taken() == 0 && end.read().problems().stream().anyMatch(Problem::isError)) {
                failedFiles++;
            }
        }

        List<Problem> unfiledProblems() {
            List<Problem> out = List.copyOf(pendingProblems);
            pendingProblems.clear();
            return out;
        }

        /** Files a chunk of read articles: new ones only, annotated together, each filed on its own. */
        void file(List<Item> items) throws IOException {
            if (items.isEmpty()) {
                return;
            }
            List<Article> fresh = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            List<byte[]> raws = new ArrayList<>();
            for (Item item : items) {
                byte[] raw = item.document().content().getBytes(StandardCharsets.UTF_8);
                String hash = contentHash(raw);
                Optional<String> stored = store.articleWithContent(hash);
                String known = stored.orElse(hashesThisRun.get(hash));
                if (known != null) {
                    alreadyStored++;
                    listener.alreadyStored(item.article(), known);
                    continue;
                }
                Article a = withFreeId(item.article());
                hashesThisRun.put(hash, a.id());
                fresh.add(a);
                hashes.add(hash);
                raws.add(raw);
            }
            if (fresh.isEmpty()) {
                return;
            }
            if (stages.siteBoilerplate() != null) {
                fresh = stages.siteBoilerplate().apply(fresh);
            }
            outlets.addAll(EntityAnnotator.outletNames(fresh));
            listener.clustering(fresh.size());
            List<Problem> annotationProblems = new ArrayList<>();
            Map<String, Annotations> annotations = stages.annotate(fresh, outlets, annotationProblems, listener);
            problems.addAll(annotationProblems);
            for (int i = 0; i < fresh.size(); i++) {
                Article a = fresh.get(i);
                Annotations an = annotations.getOrDefault(a.id(), Annotations.none());
                Placement placement = placer.place(a, an, store);
                List<Problem> own = annotationProblems.stream()
                        .filter(p -> p.location().equals(a.source().toString())).toList();
                String story = store.file(new ArchiveStore.Filing(hashes.get(i), raws.get(i),
                        new StoredArticle(a, an), placement, own));
                links.placed(story, placement, store.articles());
                filed++;
                sinceCheck++;
                if (placement.story() == null) {
                    created++;
                }
                listener.filed(a, story, placement.story() == null);
            }
            // Filed now: the store answers for them; keeping them would make the heap grow with the stream.
            hashesThisRun.clear();
            idsThisRun.clear();
            List<Problem> rest = new ArrayList<>(unfiledProblems());
            Set<Problem> filedWith = new HashSet<>();
            for (Article a : fresh) {
                annotationProblems.stream().filter(p -> p.location().equals(a.source().toString()))
                        .forEach(filedWith::add);
            }
            annotationProblems.stream().filter(p -> !filedWith.contains(p)).forEach(rest::add);
            store.addProblems(rest);
            if (sinceCheck >= CHECK_EVERY) {
                revise();
                checked += checkPending(store, listener, problems);
                sinceCheck = 0;
            }
        }

        /**
         * Revises this round's placements (before their stories are cross-checked), with the links an earlier ingest
         * kept; keeps in the store the links of neighbourhoods still too small to revise.
         */
        void revise() throws IOException {
            if (reviser == null || links.isEmpty()) {
                return;
            }
            if (!keptLinksRead) {
                keptLinksRead = true;
                links.hold(store.revisionLinks().stream()
                        .map(l -> new StoryReviser.Link(l.a(), l.b(), l.score(), l.stamp())).toList());
            }
            listener.revising(links.touched());
            StoryReviser.Revision r = reviser.revise(links, store);
            moved += r.moved();
            listener.revised(r);
            store.keepRevisionLinks(links.held().stream()
                    .map(l -> new ArchiveStore.RevisionLink(l.a(), l.b(), l.score(), l.stamp())).toList());
        }

        /**
         * The article, or the article under {@code id~2}, {@code id~3}, … when a filed article (or one of this run)
         * has its id: ids come from file names, and two days of news hold many a {@code index.html}.
         */
        Article withFreeId(Article a) {
            String id = a.id();
            for (int n = 2; store.hasArticle(id) || idsThisRun.contains(id); n++) {
                id = a.id() + "~" + n;
            }
            idsThisRun.add(id);
            return id.equals(a.id()) ? a : new Article(id, a.source(), a.url(), a.outlet(), a.title(), a.byline(),
                    a.published(), a.body(), a.removed(), a.modified(), a.language(), a.detectedLanguage());
        }
    }

    /**
     * Cross-checks every story marked as changed, {@value #CHECK_ROUND} at a time, and saves each; returns how many
     * were saved. A story that gains articles while it is checked (another process filing) stays marked.
     */
    public int checkPending(ArchiveStore store, ArchiveListener listener, List<Problem> problems) throws IOException {
        countTerms(store);
        int saved = 0;
        Set<String> tried = new HashSet<>();
        while (true) {
            List<String> ids = store.storiesToCheck(CHECK_ROUND).stream().filter(tried::add).toList();
            if (ids.isEmpty()) {
                return saved;
            }
            listener.checking(ids.size(), ids.size());
            saved += check(store, ids, listener, problems);
        }
    }

    /** Articles whose terms are counted together (read, counted, added to the store's counts in one transaction). */
    static final int COUNT_BATCH = 500;

    /**
     * Brings the store's term counts up to date: counts the terms of every article filed since they were last
     * counted, {@value #COUNT_BATCH} at a time, each batch added in one transaction. Stops where another process
     * counted first.
     */
    public void countTerms(ArchiveStore store) throws IOException {
        while (stages.crossChecks()) {
            ArchiveStore.Uncounted batch = store.articlesToCount(COUNT_BATCH);
            List<ArchiveStore.Numbered> articles = batch.articles();
            if (articles.isEmpty()) {
                return;
            }
            List<TermCounts.Counted> counted = articles.parallelStream()
                    .map(n -> stages.termCounts(n.article().article(), n.article().annotations())).toList();
            long sentences = 0;
            Map<Long, Long> counts = new HashMap<>();
            for (TermCounts.Counted c : counted) {
                sentences += c.sentences();
                c.terms().forEach((k, n) -> counts.merge(k, (long) n, Long::sum));
            }
            if (!store.addTermCounts(batch.countedThrough(), articles.get(articles.size() - 1).seq(), sentences,
                    counts)) {
                return;
            }
        }
    }

    /** The store's term counts as the cross-check asks for them. */
    static TermCounts.Background background(ArchiveStore store) {
        return hashes -> {
            ArchiveStore.TermTotals t = store.termCounts(hashes);
            return new TermCounts.Totals(t.sentences(), t.counts());
        };
    }

    /** Cross-checks these stories together and saves them; returns how many were saved. */
    private int check(ArchiveStore store, List<String> ids, BatchListener listener, List<Problem> problems)
            throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        int saved = 0;
        for (Story s : checked(store, ids, sizes, listener, problems)) {
            if (store.saveCheck(s, sizes.get(s.id()))) {
                saved++;
            }
        }
        return saved;
    }

    /**
     * These stories as the store holds them, cross-checked together (not saved); {@code sizes} gets the number of
     * articles each was checked with.
     */
    private List<Story> checked(ArchiveStore store, List<String> ids, Map<String, Integer> sizes,
                                BatchListener listener, List<Problem> problems) {
        List<Story> stories = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, Annotations> annotations = new LinkedHashMap<>();
        for (String id : ids) {
            List<StoredArticle> members = store.articlesOf(id);
            if (members.isEmpty()) {
                continue;
            }
            List<Article> own = members.stream().map(StoredArticle::article).toList();
            members.forEach(m -> annotations.put(m.article().id(), m.annotations()));
            articles.addAll(own);
            sizes.put(id, members.size());
            stories.add(new Story(id, TfIdfClusterer.title(own), own.stream().map(Article::id).toList()));
        }
        List<Story> found = stages.nearDuplicates().apply(BatchRunner.chronological(stories, articles), articles);
        found = stages.withEntities(found, annotations);
        return stages.crossCheck(found, articles, annotations, problems, listener, background(store));
    }

    /**
     * A report of these stories as the store holds them (pass {@link ArchiveStore#stories} for the whole archive),
     * largest story first. Stories still marked as changed (an ingest was interrupted, or is running) are
     * cross-checked for the report, not saved: the store may be open for reading only. The summary counts the
     * reported articles, their distinct input files and the problems kept for them.
     */
    public Report report(ArchiveStore store, List<String> storyIds, ArchiveListener listener) {
        Set<String> wanted = new LinkedHashSet<>(storyIds);
        List<String> pending = store.storiesToCheck(Integer.MAX_VALUE).stream().filter(wanted::contains).toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Story> fresh = new HashMap<>();
        for (int from = 0; from < pending.size(); from += CHECK_ROUND) {
            checked(store, pending.subList(from, Math.min(pending.size(), from + CHECK_ROUND)), new HashMap<>(),
                    listener, problems).forEach(s -> fresh.put(s.id(), s));
        }
        List<Story> stories = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, Annotations> annotations = new LinkedHashMap<>();
        for (String id : wanted) {
            Optional<Story> story = fresh.containsKey(id) ? Optional.of(fresh.get(id)) : store.story(id);
            if (story.isEmpty()) {
                continue;
            }
            stories.add(story.get());
            for (StoredArticle m : store.articlesOf(id)) {
                articles.add(m.article());
                annotations.put(m.article().id(), m.annotations());
            }
        }
        stories.sort(java.util.Comparator.comparingInt((Story s) -> s.articles().size()).reversed()
                .thenComparingInt(s -> storyNumber(s.id())));
        List<Problem> kept = new ArrayList<>(store.problems(articles.stream().map(Article::id).toList()));
        kept.addAll(problems);
        int errors = (int) kept.stream().filter(Problem::isError).count();
        Set<String> files = new HashSet<>();
        articles.forEach(a -> files.add(a.source().file()));
        Report.Summary summary = new Report.Summary(files.size(), 0, articles.size(), stories.size(), errors,
                kept.size() - errors);
        return new Report(stages.version(), summary, articles, stories, kept, annotations);
    }

    private static int storyNumber(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The hash a raw document is filed under: SHA-256 of its decoded text in UTF-8, in hex. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
