package crosscheck.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Report;
import crosscheck.pipeline.BatchRunner;
import crosscheck.report.JsonReportRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck extract PATH...}: extraction only, one JSON article a line on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the articles of the inputs and prints each as one JSON line (the fields of "
                + "report.json's articles[]), or as plain text with --text. No stories, no report files.",
        footer = {"%nExample:%n  crosscheck extract examples/ridgeline-times-brask-inquiry.txt --text%n  "
                + "curl -s https://example.com/news/a | crosscheck extract - --text"})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Mixin
    WebOptions web;

    @Option(names = "--warc", paramLabel = "FILE", description = "Keep the responses of fetched URLs in FILE "
            + "(default: not kept).")
    java.nio.file.@org.jspecify.annotations.Nullable Path warc;

    @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "32",
            description = "Skip documents larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxDocumentMb;

    @Option(names = "--text", description = "Print title, metadata and body as text instead of JSON lines.")
    boolean text;

    @CommandLine.Mixin
    MetadataOptions metadata = new MetadataOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        web.requireInputs("extract");
        if (maxDocumentMb <= 0 || maxDocumentMb > StageOptions.MAX_DOCUMENT_MB) {
            throw new Main.UsageException("--max-document-size must be between 1 and " + StageOptions.MAX_DOCUMENT_MB
                    + " (MiB), got " + maxDocumentMb);
        }
        java.nio.file.Path temporary = warc != null ? null : java.nio.file.Files.createTempDirectory("crosscheck-fetch");
        Report report;
        try (WebOptions.Prepared in = web.prepare(warc != null ? warc : temporary.resolve("fetched.warc.gz"),
                maxDocumentMb << 20, Main.version(), Main.stdin(), err, true)) {
            if (!in.anything()) {
                return Main.EXIT_USAGE;
            }
            report = BatchRunner.builder().version(Main.version()).clusterer(a -> List.of()).entities(false)
                    .stated(metadata.stated()).readOptions(new crosscheck.core.ReadOptions(maxDocumentMb << 20)).build()
                    .run(in.arguments(), in.problems(), new crosscheck.pipeline.BatchListener() {
                        @Override
                        public synchronized void problem(crosscheck.core.Problem p) {
                            err.println(p.line());
                        }
                    });
        } finally {
            if (temporary != null) {
                java.nio.file.Files.deleteIfExists(temporary.resolve("fetched.warc.gz"));
                java.nio.file.Files.deleteIfExists(temporary);
            }
        }
        var articles = JsonReportRenderer.toTree(report).get("articles");
        for (int i = 0; i < report.articles().size(); i++) {
            var a = report.articles().get(i);
            if (text) {
                out.println(crosscheck.core.OneLine.of("== " + a.id() + " | " + a.title() + " | " + crosscheck.annotate.Outlets.labelOf(a) + " | "
                        + a.byline() + " | " + a.published()));
                out.println(a.body());
                out.println();
            } else {
                out.println(JSON.writeValueAsString(articles.get(i)));
            }
        }
        out.flush();
        if (report.articles().isEmpty()) {
            return Main.EXIT_USAGE;
        }
        return report.summary().errors() > 0 ? Main.EXIT_PARTIAL : 0;
    }
}
