package crosscheck.app;

import crosscheck.archive.ArchiveStore;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.core.OneLine;
import crosscheck.pipeline.ArchiveRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck ingest PATH... [--store LOCATION]}: files news into the archive as it comes. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news reports and files each new article into the archive (--store): extracts and "
                + "annotates it, lets it join the story it belongs to or start one, and cross-checks again only the "
                + "stories that changed. Content the archive already holds is left out (re-ingesting a file is a "
                + "no-op). Write the report files with 'crosscheck report'.",
                "Each article is filed in one transaction: once it is counted as filed it stays in the archive "
                        + "whatever happens next (a killed process included); an interrupted ingest can be run "
                        + "again. One process writes to an embedded archive at a time."},
        footer = {"%nExample:%n  crosscheck ingest examples --store archive%n  crosscheck ingest 'feeds/**.jsonl' "
                + "--store postgresql://news@localhost:5432/archive%n  crosscheck ingest --urls links.txt --store archive"})
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Mixin
    WebOptions web;

    @Option(names = "--warc", paramLabel = "FILE", description = "Keep the responses of fetched URLs in FILE "
            + "(default: fetched-TIME.warc.gz in the folder STORE-fetched beside an embedded store, in ./fetched "
            + "for a PostgreSQL one); give it as an input to ingest them again without the network.")
    java.nio.file.@org.jspecify.annotations.Nullable Path warc;

    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Mixin
    StageOptions stages;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "" + ArchiveRunner.DEFAULT_CHUNK,
            description = "Articles read and annotated together; a site's repeated paragraphs are found within a "
                    + "chunk (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "When another crosscheck process is writing to the embedded store, wait up to this many "
                    + "seconds for it, then give up with exit code 5 (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Option(names = "--list", description = "Print a line on stdout for each document once it is safely in the "
            + "store: 'filed ID STORY' (with ' new' when the article started the story), or 'already ID STORED_AS' "
            + "when the store held its content already.")
    boolean list;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; problems are still printed.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (chunk < 1) {
            throw new Main.UsageException("--chunk must be at least 1, got " + chunk);
        }
        web.requireInputs("ingest");
        stages.validate();
        long start = System.nanoTime();
        String inputs = web.described();
        WebOptions.Prepared in;
        try {
            in = web.prepare(warc != null ? warc : fetchedWarc(store.location()),
                    stages.maxDocumentMb << 20, Main.version(), Main.stdin(), stderr, quiet);
        } catch (IOException e) {
            stderr.println(OneLine.of("crosscheck: cannot write the fetched pages: " + StoreOption.message(e)));
            return Main.EXIT_USAGE;
        }
        try (in) {
            if (!in.anything()) {
                stderr.println(OneLine.of("crosscheck: nothing readable in " + inputs + "; nothing filed"));
                return Main.EXIT_USAGE;
            }
            return ingest(in, inputs, start, stdout, stderr);
        }
    }

    /**
     * Where fetched responses go by default: {@code fetched-TIME.warc.gz} in {@code STORE-fetched} beside an
     * embedded store's folder, or in {@code ./fetched} for a database URL.
     */
    static java.nio.file.Path fetchedWarc(String location) {
        String name = "fetched-" + java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + ".warc.gz";
        java.nio.file.Path folder = location.contains("://") ? java.nio.file.Path.of("fetched")
                : java.nio.file.Path.of(location).toAbsolutePath().normalize().resolveSibling(
                        java.nio.file.Path.of(location).toAbsolutePath().normalize().getFileName() + "-fetched");
        return folder.resolve(name);
    }

    private int ingest(WebOptions.Prepared in, String inputs, long start, PrintWriter stdout, PrintWriter stderr) {
        ArchiveRunner runner = new ArchiveRunner(stages.builder().build(), new OnlineStoryPlacer(), chunk);
        ArchiveStore archive;
        try {
            archive = store.open(stderr, waitSeconds);
        } catch (StoreOption.CannotOpen e) {
            return e.exitCode;
        }
        ArchiveRunner.Ingested done;
        try (archive; Progress progress = Progress.create(stderr, quiet, true)) {
            done = runner.ingest(archive, in.arguments(), in.problems(),
                    list ? new Listing(progress, stdout) : progress);
            if (!quiet) {
                stdout.println(summaryLine(done, archive, (System.nanoTime() - start) / 1e9));
            }
        } catch (IOException e) {
            stderr.println(OneLine.of("crosscheck: cannot write to the store " + archive.location() + ": "
                    + StoreOption.message(e) + "; every article counted as filed before this is kept, the one "
                    + "being filed is not: run the same ingest again once the store can be written"));
            return Main.EXIT_STORE;
        }
        if (done.filed() == 0 && done.alreadyStored() == 0) {
            stderr.println(OneLine.of("crosscheck: nothing readable in " + inputs + "; nothing filed"));
            return Main.EXIT_USAGE;
        }
        return done.errors() > 0 ? Main.EXIT_PARTIAL : 0;
    }

    /** The progress display, and a line on stdout per document once it is in the store ({@code --list}). */
    private static final class Listing extends crosscheck.pipeline.ForwardingArchiveListener {
        private final PrintWriter out;

        Listing(Progress progress, PrintWriter out) {
            super(progress);
            this.out = out;
        }

        @Override
        public void filed(crosscheck.core.Article article, String story, boolean created) {
            super.filed(article, story, created);
            out.println(OneLine.of("filed " + article.id() + " " + story + (created ? " new" : "")));
            out.flush();
        }

        @Override
        public void alreadyStored(crosscheck.core.Article article, String storedAs) {
            super.alreadyStored(article, storedAs);
            out.println(OneLine.of("already " + article.id() + " " + storedAs));
            out.flush();
        }
    }

    /** {@code crosscheck: 3 files read; 12 articles filed (2 already stored), 4 new stories, ...}. */
    static String summaryLine(ArchiveRunner.Ingested d, ArchiveStore archive, double seconds) {
        int errors = d.errors();
        int warnings = d.problems().size() - errors;
        return OneLine.of(String.format(Locale.ROOT, "crosscheck: %d %s read; %d %s filed (%d already in the "
                        + "store), %d new %s, %d %s moved by revision, %d %s cross-checked; %d %s, %d %s (%d %s"
                        + " failed) in %.1f s; "
                        + "the store %s holds %d articles",
                d.files(), plural(d.files(), "file", "files"), d.filed(), plural(d.filed(), "article", "articles"),
                d.alreadyStored(), d.storiesCreated(), plural(d.storiesCreated(), "story", "stories"),
                d.articlesMoved(), plural(d.articlesMoved(), "article", "articles"), d.storiesChecked(), plural(d.storiesChecked(), "story", "stories"), errors,
                plural(errors, "error", "errors"), warnings, plural(warnings, "warning", "warnings"),
                d.failedFiles(), plural(d.failedFiles(), "file", "files"), seconds, archive.location(),
                archive.articles()));
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
