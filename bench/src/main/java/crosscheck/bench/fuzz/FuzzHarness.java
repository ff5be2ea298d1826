package crosscheck.bench.fuzz;

import crosscheck.core.Problem;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import crosscheck.report.GexfRenderer;
import crosscheck.report.HtmlReportRenderer;
import crosscheck.report.JsonReportRenderer;
import crosscheck.report.MarkdownReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one fuzz input goes through, shared by the Jazzer entry point ({@link FuzzTarget}) and the regression replay
 * in the tests, so that a saved crash is replayed exactly as it was found.
 *
 * <p>Each input is written to a file in a private temporary folder and analysed by a {@link BatchRunner}, the way
 * the command line reads a file: format detection on the name and first bytes, the format's reader, extraction.
 * The per-format targets stop there (no models, no clustering: fast); the {@code pipeline} target runs the standard stages
 * (annotation, clustering, cross-check) and renders all four report files in memory, each through a strict UTF-8
 * encoder as the report writer does, then checks that each is valid for its format ({@link ReportChecks}).
 *
 * <p>The contract checked: bad input becomes a {@link Problem} in the {@link Report}; nothing escapes as an
 * exception or error. Time limits are enforced by the fuzzer ({@code -timeout}) and by the replay test.
 */
public final class FuzzHarness {

    /** A fuzz target: one input format, or the whole pipeline on one document. */
    public enum Target {
        TEXT("text", ".txt", List.of(".txt")),
        HTML("html", ".html", List.of(".html", ".htm")),
        WARC("warc", ".warc", List.of(".warc", ".warc.gz")),
        JSONL("jsonl", ".jsonl", List.of(".jsonl")),
        FEED("feed", ".rss", List.of(".rss", ".atom", ".xml")),
        /**
         * The whole pipeline on one document. The input's first byte picks the file's extension (its value modulo
         * the five format targets, in this order), so the fuzzer moves between formats; the rest is the content.
         */
        PIPELINE("pipeline", "", List.of());

        private final String id;
        private final String extension;
        private final List<String> seedExtensions;

        Target(String id, String extension, List<String> seedExtensions) {
            this.id = id;
            this.extension = extension;
            this.seedExtensions = seedExtensions;
        }

        /** The name given to {@code bench fuzz --target} and used for the regression corpus folder. */
        public String id() {
            return id;
        }

        /** Extensions of the example files that seed this target (all examples for the pipeline). */
        public List<String> seedExtensions() {
            return seedExtensions;
        }

        public static Target of(String id) {
            for (Target t : values()) {
                if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown fuzz target '" + id + "'; known: text, html, warc, jsonl, "
                    + "feed, pipeline, all");
        }
    }

    /** The five format targets, in the order the pipeline target's first byte picks them. */
    static final List<Target> FORMATS = List.of(Target.TEXT, Target.HTML, Target.WARC, Target.JSONL, Target.FEED);

    /** Problem codes that say "this is a bug" rather than "this input is bad": counted, not failed on. */
    public static final Set<String> BUG_CODES = Set.of("internal-error", "extract-failed", "annotate-failed",
            "cross-check-failed", "stage-failed");

    private final Target target;
    private final BatchRunner runner;
    private final Path folder;

    /** Builds the runner (loading the models once for the pipeline target) and a private temporary folder. */
    public FuzzHarness(Target target) {
        this.target = target;
        var builder = BatchRunner.builder().threads(1).version("fuzz");
        if (target != Target.PIPELINE) {
            // Read and extract only: no models, no stories (clustering one article tells nothing about the format).
            builder.entities(false).crossCheck(false).siteBoilerplate(false).clusterer(articles -> List.of());
        }
        this.runner = builder.build();
        try {
            this.folder = Files.createTempDirectory("crosscheck-fuzz-" + target.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folder.toFile().deleteOnExit();
    }

    public Target target() {
        return target;
    }

    /**
     * Runs one input. Returns the report; throws whatever escapes the pipeline or the renderers, and
     * {@link ReportChecks.InvalidOutput} when a rendered file is not valid for its format.
     */
    public Report run(byte[] data) throws IOException {
        Target format = target;
        byte[] content = data;
        if (target == Target.PIPELINE) {
            if (data.length == 0) {
                return null;
            }
            format = FORMATS.get(Byte.toUnsignedInt(data[0]) % FORMATS.size());
            content = java.util.Arrays.copyOfRange(data, 1, data.length);
        }
        Path file = folder.resolve("input" + format.extension);
        Files.write(file, content);
        try {
            Report report = runner.run(List.of(file.toString()), new BatchListener() {
            });
            if (target == Target.PIPELINE) {
                ReportChecks.check(renderAll(report));
            }
            return report;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The four report files as the report writer would write them, each encoded as strict UTF-8. */
    public static Map<String, byte[]> renderAll(Report report) throws IOException {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        renderers.put("report.json", new JsonReportRenderer());
        renderers.put("report.md", new MarkdownReportRenderer());
        renderers.put("report.html", new HtmlReportRenderer());
        renderers.put("actors.gexf", new GexfRenderer());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Renderer> e : renderers.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // As Files.newBufferedWriter(path, UTF_8) does: unmappable text (a lone surrogate) is an exception.
            try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                e.getValue().render(report, w);
            }
            out.put(e.getKey(), bytes.toByteArray());
        }
        return out;
    }

    /** The problems in a report whose code says the pipeline has a bug. */
    public static List<Problem> bugProblems(Report report) {
        return report.problems().stream().filter(p -> BUG_CODES.contains(p.code())).toList();
    }
}
