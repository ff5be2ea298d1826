package crosscheck.app;

import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.ReadOptions;
import crosscheck.core.Report;
import crosscheck.pipeline.BatchRunner;
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
import picocli.CommandLine.Parameters;

/** {@code crosscheck analyze PATH... --out DIR}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads news reports, extracts each article, groups them into stories and writes "
                + "report.json, report.md, report.html and actors.gexf.",
                "Inputs: files, folders (read recursively) and glob patterns; formats are detected by content: "
                        + "plain text, HTML, WARC (.warc, .warc.gz), JSONL, RSS and Atom; any of them may be gzipped."},
        footer = {"%nExample:%n  crosscheck analyze examples --out out%n  crosscheck analyze 'crawl/**.warc.gz' "
                + "notes.txt --out /tmp/report --quiet"})
final class AnalyzeCommand implements Callable<Integer> {

    /** A Java array holds at most 2 GiB: one document cannot be larger. */
    static final long MAX_DOCUMENT_MB = 2047;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or glob patterns to read.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the report files (created if missing; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; problems are still printed.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Files read at once (default: one per core).")
    Integer threads;

    @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "32",
            description = "Skip documents larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxDocumentMb;

    @Option(names = "--story-threshold", paramLabel = "SIM", defaultValue = "0.2",
            description = "How similar (mean TF-IDF cosine, 0 to 1) two groups of articles must be to form one "
                    + "story; lower merges more (default: ${DEFAULT-VALUE}).")
    double storyThreshold;

    @Option(names = "--claim-threshold", paramLabel = "SIM", defaultValue = "0.3",
            description = "How similar (IDF-weighted cosine of their words and names, 0 to 1) two sentences of "
                    + "different articles must be to state one claim; lower aligns more (default: ${DEFAULT-VALUE}).")
    double claimThreshold;

    @Option(names = "--no-cross-check", description = "Do not cross-check the stories (no claims, origins, "
            + "conflicts, timeline, actors or brief).")
    boolean noCrossCheck;

    @Option(names = "--no-entities", description = "Do not look for named entities (faster; quantities and dates "
            + "are still found).")
    boolean noEntities;

    @Option(names = "--keep-site-boilerplate", description = "Keep paragraphs that repeat across different "
            + "articles of one site (by default they are moved to 'removed' as site-boilerplate).")
    boolean keepSiteBoilerplate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (maxDocumentMb <= 0 || maxDocumentMb > MAX_DOCUMENT_MB) {
            throw new Main.UsageException("--max-document-size must be between 1 and " + MAX_DOCUMENT_MB
                    + " (MiB), got " + maxDocumentMb);
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new Main.UsageException("--out " + out + " is a file; give a folder for the report files");
        }
        if (!(storyThreshold > 0 && storyThreshold <= 1)) {
            throw new Main.UsageException("--story-threshold must be in (0, 1], got " + storyThreshold);
        }
        if (!(claimThreshold > 0 && claimThreshold <= 1)) {
            throw new Main.UsageException("--claim-threshold must be in (0, 1], got " + claimThreshold);
        }
        var builder = BatchRunner.builder().version(Main.version())
                .crossCheck(!noCrossCheck)
                .claimThreshold(claimThreshold)
                .clusterer(new TfIdfClusterer(storyThreshold))
                .siteBoilerplate(!keepSiteBoilerplate)
                .entities(!noEntities)
                .readOptions(new ReadOptions(maxDocumentMb * 1024 * 1024));
        if (threads != null) {
            if (threads < 1) {
                throw new Main.UsageException("--threads must be at least 1, got " + threads);
            }
            builder.threads(threads);
        }
        long start = System.nanoTime();
        Report report;
        try (Progress progress = Progress.create(stderr, quiet)) {
            report = builder.build().run(paths, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.Summary s = report.summary();
        if (s.articles() == 0) {
            stderr.println("crosscheck: nothing readable in " + String.join(" ", paths)
                    + "; no report written");
            return Main.EXIT_USAGE;
        }
        List<Path> written;
        try {
            written = ReportWriter.standard().write(report, out);
        } catch (IOException e) {
            stderr.println("crosscheck: cannot write the report to " + out + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (!quiet) {
            stdout.println(summaryLine(s, seconds));
            stdout.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        return s.errors() > 0 ? Main.EXIT_PARTIAL : 0;
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
