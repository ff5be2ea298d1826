package crosscheck.app;

import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.OneLine;
import crosscheck.core.Report;
import crosscheck.pipeline.BatchRunner;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.PipelineBuilder;
import crosscheck.report.JsonReportReader;
import crosscheck.report.RenderIsolation;
import crosscheck.report.ReportFolder;
import crosscheck.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck analyze PATH... --out DIR}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news reports, extracts each article, groups them into stories and writes "
                + "report.json, report.md, report.html and actors.gexf (--format chooses: also CSV files for "
                + "spreadsheets and a TimelineJS timeline).",
                "Inputs: files, folders (read recursively) and glob patterns; formats are detected by content: "
                        + "plain text, HTML, WARC (.warc, .warc.gz), JSONL, RSS and Atom; any of them may be gzipped."},
        footer = {"%nExample:%n  crosscheck analyze examples --out out%n  crosscheck analyze 'crawl/**.warc.gz' "
                + "notes.txt --out /tmp/report --quiet%n  crosscheck analyze later/*.html --out out --add%n  crosscheck analyze "
                + "https://example.com/news/a --urls links.txt --out out"})
final class AnalyzeCommand implements Callable<Integer> {

    /** A Java array holds at most 2 GiB: one document cannot be larger. */
    static final long MAX_DOCUMENT_MB = StageOptions.MAX_DOCUMENT_MB;
    private static final String REPORT_JSON = "report.json";

    @CommandLine.Mixin
    WebOptions web;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the report files (created if missing; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; problems are still printed.")
    boolean quiet;

    @CommandLine.Mixin
    StageOptions stages;

    @CommandLine.Mixin
    FormatOption format;

    @Option(names = "--max-articles", paramLabel = "N", description = "Stop reading once the batch holds this many "
            + "articles, say where, and report what was read (default: what the memory Java may use allows, "
            + "about 16,000 in a 6 GiB heap; story clustering grows with the square of the articles).")
    Integer maxArticles;

    @Option(names = "--story-threshold", paramLabel = "SIM", defaultValue = "0.2",
            description = "How similar (mean TF-IDF cosine, 0 to 1) two groups of articles must be to form one "
                    + "story where TF-IDF decides (--clusterer tfidf; with story, small groups and --add); lower "
                    + "merges more (default: ${DEFAULT-VALUE}).")
    double storyThreshold;

    /** The story clusterers {@code --clusterer} offers. */
    enum ClustererKind { tfidf, story }

    @Option(names = "--clusterer", paramLabel = "KIND", defaultValue = "story",
            description = {"How articles are grouped into stories (default: ${DEFAULT-VALUE}). story: articles are "
                    + "grouped loosely by topic, then each group as large as those it was trained on (14 articles with "
                    + "the shipped model) is "
                    + "split into events by a model trained on ECB+ (names, numbers, years, publication dates, with "
                    + "the entities found); the articles of smaller groups are grouped again at a lower threshold and "
                    + "go to the model when they reach that size; the rest, and articles added with --add, are "
                    + "grouped as tfidf groups them. tfidf: mean TF-IDF cosine of words and names, at least "
                    + "--story-threshold, for the whole batch."})
    ClustererKind clusterer;

    @Option(names = "--add", description = {"Add PATH... to the analysis whose report.json is in --out: its "
            + "articles, annotations and stories are read back from that file, not from their inputs; only the new "
            + "inputs are read and annotated. Each new article joins the earlier story it is most like (mean "
            + "TF-IDF cosine at least --story-threshold) or forms a new story with other new articles; earlier "
            + "story ids and articles never change, new stories are numbered on. Every story is cross-checked again.",
            "A new file named like an earlier one gets the id name~2; an article already in the report (same file "
                    + "name, record and text) is not added again (warning already-analysed). Without a readable "
                    + "report.json in --out: exit code 2, nothing written."})
    boolean add;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "When another crosscheck run is writing to --out, wait up to this many seconds for it to "
                    + "finish, then give up with exit code 4, nothing written (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ReportWriter writer = format.writer();
        if (add && !writer.renderers().containsKey(REPORT_JSON)) {
            throw new Main.UsageException("--add adds to the analysis kept in report.json: give json in --format");
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new Main.UsageException("--out " + out + " is a file; give a folder for the report files");
        }
        if (!(storyThreshold > 0 && storyThreshold <= 1)) {
            throw new Main.UsageException("--story-threshold must be in (0, 1], got " + storyThreshold);
        }
        web.requireInputs("analyse");
        stages.validate();
        if (maxArticles != null && maxArticles < 1) {
            throw new Main.UsageException("--max-articles must be at least 1, got " + maxArticles);
        }
        // Built (and the models loaded) only once there is something to analyse: after fetching.
        java.util.function.Supplier<PipelineBuilder> builder = () -> {
            PipelineBuilder b = stages.builder()
                    .clusterer(clusterer == ClustererKind.story
                            ? new StoryClusterer(StoryClusterer.Model.standard(), storyThreshold)
                            : new TfIdfClusterer(storyThreshold));
            if (maxArticles != null) {
                b.maxArticles(maxArticles);
            }
            return b;
        };
        if (waitSeconds < 0) {
            throw new Main.UsageException("--wait must be 0 or more seconds, got " + waitSeconds);
        }
        String refusal = format.refusal(out, add, true);
        if (refusal != null) {
            stderr.println(OneLine.of(refusal));
            return Main.EXIT_USAGE;
        }
        // Held from reading the earlier report (--add) to writing the new one: a second run waits or gives up.
        try (ReportFolder folder = writer.open(out, java.time.Duration.ofSeconds(waitSeconds),
                message -> stderr.println(OneLine.of("crosscheck: " + message)))) {
            return analyze(builder, writer, folder, stdout, stderr);
        } catch (ReportFolder.BusyException e) {
            stderr.println(OneLine.of("crosscheck: " + e.getMessage()));
            return Main.EXIT_BUSY;
        } catch (IOException e) {
            cannotWrite(out, e, stderr);
            return Main.EXIT_USAGE;
        }
    }

    private int analyze(java.util.function.Supplier<PipelineBuilder> builder, ReportWriter writer,
                        ReportFolder folder, PrintWriter stdout, PrintWriter stderr) throws IOException {
        long start = System.nanoTime();
        Report earlier = null;
        if (add) {
            earlier = readEarlier(stderr);
            if (earlier == null) {
                return Main.EXIT_USAGE;
            }
        }
        Report report;
        Written written;
        Report.Summary s;
        int newErrors;
        String inputs = web.described();
        try (WebOptions.Prepared in = web.prepare(fetchedWarc(), stages.maxDocumentMb << 20, Main.version(),
                Main.stdin(), stderr, quiet)) {
            if (!in.anything()) {
                stderr.println(OneLine.of("crosscheck: nothing readable in " + inputs + "; "
                        + (earlier == null ? "no report written" : out.resolve(REPORT_JSON) + " left as it was")));
                return Main.EXIT_USAGE;
            }
            try (Progress progress = Progress.create(stderr, quiet)) {
                report = earlier == null ? builder.get().build().run(in.arguments(), in.problems(), progress)
                        : builder.get().build().add(earlier, in.arguments(), in.problems(), progress);
                s = report.summary();
                newErrors = s.errors() - (earlier == null ? 0 : earlier.summary().errors());
                if (earlier != null && report.articles().size() == earlier.articles().size()) {
                    progress.close();
                    stderr.println(OneLine.of("crosscheck: " + (newErrors > 0 ? "nothing readable" : "nothing new")
                            + " in " + inputs + "; " + out.resolve(REPORT_JSON) + " left as it was"));
                    return newErrors > 0 ? Main.EXIT_USAGE : 0;
                }
                if (s.articles() == 0) {
                    progress.close();
                    stderr.println(OneLine.of("crosscheck: nothing readable in " + inputs + "; no report written"));
                    return Main.EXIT_USAGE;
                }
                written = write(writer, report, folder, stderr, progress);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written == null) {
            return Main.EXIT_USAGE;
        }
        report = written.report();
        s = report.summary();
        newErrors = s.errors() - (earlier == null ? 0 : earlier.summary().errors());
        if (!quiet) {
            stdout.println(summaryLine(s, seconds));
            if (!stages.noCrossCheck) {
                stdout.println(crossCheckLine(report));
            }
            if (earlier != null) {
                stdout.println(addedLine(earlier, report));
            }
            stdout.println(OneLine.of("wrote " + String.join(", ", written.paths().stream().map(Path::toString)
                    .toList()) + (folder.asOneSet() ? ""
                    : " (one by one: this folder's file system has no symbolic links)")));
        }
        return newErrors > 0 ? Main.EXIT_PARTIAL : 0;
    }

    /**
     * Where the responses of fetched URLs are kept: {@code fetched.warc.gz} in the report folder (replaced), or with
     * {@code --add} the first free {@code fetched-N.warc.gz}, so the earlier ones stay.
     */
    private Path fetchedWarc() {
        Path warc = out.resolve("fetched.warc.gz");
        for (int n = 2; add && java.nio.file.Files.exists(warc); n++) {
            warc = out.resolve("fetched-" + n + ".warc.gz");
        }
        return warc;
    }

    /** The report as written and the files written. */
    record Written(Report report, List<Path> paths) {
    }

    /**
     * Writes the report, or prints one line saying why it cannot and returns null. When a renderer fails, the
     * articles it fails on are left out ({@link RenderIsolation}, one line each) and the rest is written: checked
     * only after a failure, so a report that renders costs one rendering, not two.
     */
    static @org.jspecify.annotations.Nullable Written write(ReportWriter writer, Report report, ReportFolder folder,
                                                            PrintWriter stderr) {
        return write(writer, report, folder, stderr, BatchListener.NONE);
    }

    /** {@link #write(ReportWriter, Report, ReportFolder, PrintWriter)}, telling {@code listener} of each file. */
    static @org.jspecify.annotations.Nullable Written write(ReportWriter writer, Report report, ReportFolder folder,
                                                            PrintWriter stderr, BatchListener listener) {
        Path out = folder.path();
        try {
            listener.phase(BatchListener.Phase.WRITING, writer.renderers().size());
            return new Written(report, writer.write(report, folder,
                    name -> listener.step(BatchListener.Phase.WRITING)));
        } catch (RuntimeException | IOException e) {
            RenderIsolation.Result renderable = RenderIsolation.renderable(report, writer.renderers());
            if (renderable.problems().isEmpty()) {
                return cannotWrite(out, e, stderr);
            }
            renderable.problems().forEach(p -> stderr.println(p.line()));
            try {
                return new Written(renderable.report(), writer.write(renderable.report(), folder));
            } catch (RuntimeException | IOException again) {
                return cannotWrite(out, again, stderr);
            }
        }
    }

    /** {@link #write(ReportWriter, Report, ReportFolder, PrintWriter)} into a folder opened for this one write. */
    static @org.jspecify.annotations.Nullable Written write(ReportWriter writer, Report report, Path out,
                                                            PrintWriter stderr) throws IOException {
        try (ReportFolder folder = writer.open(out, ReportFolder.DEFAULT_WAIT, message -> { })) {
            return write(writer, report, folder, stderr);
        }
    }

    private static @org.jspecify.annotations.Nullable Written cannotWrite(Path out, Exception e, PrintWriter stderr) {
        stderr.println(OneLine.of("crosscheck: cannot write the report to " + out + ": "
                + e.getClass().getSimpleName() + ": " + e.getMessage()));
        return null;
    }

    /** The earlier report in {@code --out}, or null after one error line when it cannot be read. */
    private @org.jspecify.annotations.Nullable Report readEarlier(PrintWriter stderr) {
        Path file = out.resolve(REPORT_JSON);
        String problem;
        if (!java.nio.file.Files.exists(file)) {
            problem = "no such file (--add adds to an earlier analysis: run analyze without --add first)";
        } else {
            try {
                return JsonReportReader.read(file);
            } catch (JsonReportReader.InvalidReportException e) {
                problem = e.getMessage();
            } catch (IOException e) {
                problem = "cannot read it: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        stderr.println(OneLine.of("crosscheck: cannot add to " + file + ": " + problem + "; nothing written"));
        return null;
    }

    /** {@code added 10 articles: 8 to earlier stories, 2 in 1 new story}. */
    static String addedLine(Report earlier, Report report) {
        int added = report.articles().size() - earlier.articles().size();
        int newStories = report.stories().size() - earlier.stories().size();
        int inNew = report.stories().subList(earlier.stories().size(), report.stories().size()).stream()
                .mapToInt(st -> st.articles().size()).sum();
        return String.format(Locale.ROOT, "added %d %s: %d to earlier stories, %d in %d new %s", added,
                plural(added, "article"), added - inNew, inNew, newStories, plural(newStories, "story", "stories"));
    }

    /** {@code cross-check: 41 claims carried by two or more articles (12 corroborated), 3 conflicting figures, 2 denials}. */
    static String crossCheckLine(Report report) {
        int shared = 0;
        int corroborated = 0;
        int figures = 0;
        int denials = 0;
        for (crosscheck.core.Story st : report.stories()) {
            for (crosscheck.core.CrossCheck.Claim c : st.check().claims()) {
                if (c.articles().size() >= 2) {
                    shared++;
                    corroborated += c.status().equals("corroborated") ? 1 : 0;
                }
            }
            for (crosscheck.core.CrossCheck.Conflict k : st.check().conflicts()) {
                figures += k.verdict().equals("conflict") ? 1 : 0;
                denials += k.kind().equals("denial") ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "cross-check: %d %s carried by two or more articles (%d corroborated by "
                + "independent sources), %d conflicting %s, %d %s", shared, plural(shared, "claim"), corroborated,
                figures, plural(figures, "figure"), denials, plural(denials, "denial"));
    }

    static String summaryLine(Report.Summary s, double seconds) {
        return String.format(Locale.ROOT, "crosscheck: %d %s read, %d %s, %d %s found; %d %s, %d %s (%d %s failed) in %.1f s",
                s.files(), plural(s.files(), "file"), s.articles(), plural(s.articles(), "article"),
                s.stories(), plural(s.stories(), "story", "stories"), s.errors(), plural(s.errors(), "error"),
                s.warnings(), plural(s.warnings(), "warning"), s.failedFiles(), plural(s.failedFiles(), "file"),
                seconds);
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
