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
import picocli.CommandLine.Parameters;

/** {@code crosscheck extract PATH...}: extraction only, one JSON article a line on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the articles of the inputs and prints each as one JSON line (the fields of "
                + "report.json's articles[]), or as plain text with --text. No stories, no report files.",
        footer = {"%nExample:%n  crosscheck extract examples/ridgeline-times-brask-inquiry.txt --text"})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or glob patterns to read.")
    List<String> paths;

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
        Report report = BatchRunner.builder().version(Main.version()).clusterer(a -> List.of()).entities(false)
                .stated(metadata.stated()).build()
                .run(paths, new crosscheck.pipeline.BatchListener() {
                    @Override
                    public synchronized void problem(crosscheck.core.Problem p) {
                        err.println(p.line());
                    }
                });
        var articles = JsonReportRenderer.toTree(report).get("articles");
        for (int i = 0; i < report.articles().size(); i++) {
            var a = report.articles().get(i);
            if (text) {
                out.println(crosscheck.core.OneLine.of("== " + a.id() + " | " + a.title() + " | " + a.outlet() + " | "
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
