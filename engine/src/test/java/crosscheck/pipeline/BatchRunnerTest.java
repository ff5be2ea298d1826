package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Extraction;
import crosscheck.core.Extractor;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.Report;
import crosscheck.extract.ArticleExtractor;
import crosscheck.report.JsonReportRenderer;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path dir;

    static final String GOOD_TEXT = """
            Reservoir levels fall to a ten-year low

            Water levels in the Northmere reservoir fell to their lowest point in a decade on Thursday, the regional
            water board said, after the driest spring on record.

            The board asked residents to limit garden watering and said it would review the restrictions next month.
            """;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Report run(BatchRunner runner, List<Problem> seen) {
        return runner.run(List.of(dir.toString()), new BatchListener() {
            @Override
            public synchronized void problem(Problem p) {
                seen.add(p);
            }
        });
    }

    private static Problem only(List<Problem> problems, String fileSuffix) {
        List<Problem> of = problems.stream().filter(p -> p.location().contains(fileSuffix)).toList();
        assertEquals(1, of.size(), "one problem for " + fileSuffix + ": " + problems);
        return of.get(0);
    }

    @Test
    void badInputsEachGiveOneLineAndTheBatchGoesOn() throws IOException {
        write("good.txt", GOOD_TEXT);
        write("empty.txt", "");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        write("photo.txt", binary);
        byte[] gz = gzip(GOOD_TEXT.repeat(50).getBytes(StandardCharsets.UTF_8));
        write("cut.txt.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        write("latin1.txt", "Caf\u00e9 owners in the old town said on Monday that rents had doubled in two years."
                .getBytes(StandardCharsets.ISO_8859_1));
        write("lines.jsonl", "{\"title\":\"Ok\",\"text\":\"Fishing boats returned to port early on Friday as a storm approached the coast.\"}\n{oops\n");
        write("feed.rss", "<rss version=\"2.0\"><channel><title>Broken");
        write("script.html", "<html><body><article><p>The page said &lt;script&gt;alert(1)&lt;/script&gt; in its "
                + "text, which investigators quoted in their report on Tuesday.</p></article></body></html>");
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000)
                + "<p>A paragraph at the bottom of a very deep page with enough words to count.</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        List<Problem> seen = Collections.synchronizedList(new ArrayList<>());
        Report report = run(BatchRunner.builder().threads(2).build(), seen);

        assertEquals("empty-file", only(seen, "empty.txt").code());
        assertEquals("unknown-format", only(seen, "photo.txt").code());
        assertEquals("truncated", only(seen, "cut.txt.gz").code());
        Problem latin = only(seen, "latin1.txt");
        assertEquals("undecodable-bytes", latin.code());
        assertEquals(Problem.Severity.WARNING, latin.severity());
        Problem json = only(seen, "lines.jsonl");
        assertEquals("bad-json", json.code());
        assertTrue(json.location().endsWith("lines.jsonl, line 2"), json.location());
        assertEquals("bad-feed", only(seen, "feed.rss").code());
        for (Problem p : seen) {
            assertEquals(1, p.line().lines().count(), "one line: " + p.line());
            assertTrue(p.line().startsWith(dir.toString()), p.line());
        }

        List<String> ids = report.articles().stream().map(Article::id).toList();
        assertEquals(List.of("deep", "good", "latin1", "lines#1", "script"), ids);
        Report.Summary s = report.summary();
        assertEquals(9, s.files());
        assertEquals(5, s.articles());
        assertEquals(4, s.failedFiles());
        assertEquals(5, s.errors());
        assertEquals(1, s.warnings());
        assertEquals(report.problems(), seen.stream().sorted(java.util.Comparator.comparing(
                (Problem p) -> report.problems().indexOf(p))).toList());
        SchemaCheck.assertValid(JsonReportRenderer.toTree(report));
    }

    @Test
    void hundredMegabytePageIsSkippedWithItsSize() throws IOException {
        Path big = dir.resolve("huge.html");
        byte[] chunk = "<p>filler text that repeats</p>\n".repeat(1024).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        write("good.txt", GOOD_TEXT);
        List<Problem> seen = new ArrayList<>();
        Report report = run(BatchRunner.builder().build(), seen);
        Problem p = only(seen, "huge.html");
        assertEquals("too-large", p.code());
        assertTrue(p.message().contains("32.0 MiB"), p.message());
        assertEquals(1, report.articles().size());
    }

    @Test
    void aFileThatHoldsNoDocumentIsNamedByOneError() throws IOException {
        write("good.txt", GOOD_TEXT);
        write("empty-feed.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Lorne Herald</title></feed>");
        write("info-only.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "Content-Length: 4\r\n\r\nabcd\r\n\r\n");
        List<Problem> seen = new ArrayList<>();
        Report report = run(BatchRunner.builder().threads(1).entities(false).crossCheck(false).build(), seen);
        for (String name : List.of("empty-feed.atom", "info-only.warc")) {
            Problem p = only(seen, name);
            assertEquals("no-articles", p.code());
            assertTrue(p.isError(), p.line());
        }
        assertEquals(1, report.articles().size());
        assertEquals(2, report.summary().failedFiles());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path secret = write("secret.txt", GOOD_TEXT);
        write("good.txt", GOOD_TEXT);
        secret.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret),
                "running as a user who can read any file (root); permission test skipped");
        List<Problem> seen = new ArrayList<>();
        Report report = run(BatchRunner.builder().build(), seen);
        assertEquals("unreadable", only(seen, "secret.txt").code());
        assertEquals(1, report.articles().size());
    }

    @Test
    void aStageThatThrowsLosesOnlyItsDocument() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("doc" + i + ".txt", GOOD_TEXT);
        }
        Extractor cranky = new CrankyExtractor(ArticleExtractor.standard(), new Random(42), 0.3);
        List<Problem> seen = Collections.synchronizedList(new ArrayList<>());
        Report report = run(BatchRunner.builder().extractor(cranky).threads(2).build(), seen);
        int failed = (int) seen.stream().filter(p -> p.code().equals("extract-failed")).count();
        assertTrue(failed > 0 && failed < 40, "some but not all documents fail: " + failed);
        assertEquals(40, report.articles().size() + failed);
        assertEquals(40, report.summary().files());
        assertTrue(seen.stream().allMatch(p -> p.message().contains("cranky")), seen.toString());
    }

    @Test
    void runsAreDeterministicWhateverTheThreadCount() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("n" + i + ".txt", GOOD_TEXT.replace("Thursday", "day " + i));
        }
        Report one = BatchRunner.builder().threads(1).build().run(List.of(dir.toString()), BatchListener.NONE);
        Report two = BatchRunner.builder().threads(2).build().run(List.of(dir.toString()), BatchListener.NONE);
        assertEquals(one, two);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** Throws at random, to show that one bad document never sinks a batch (after Lucene's CrankyTokenFilter). */
    static final class CrankyExtractor implements Extractor {
        private final Extractor delegate;
        private final Random random;
        private final double failureRate;

        CrankyExtractor(Extractor delegate, Random random, double failureRate) {
            this.delegate = delegate;
            this.random = random;
            this.failureRate = failureRate;
        }

        @Override
        public Extraction extract(RawDocument document) {
            boolean fail;
            synchronized (random) {
                fail = random.nextDouble() < failureRate;
            }
            if (fail) {
                throw new IllegalStateException("cranky extractor failed on " + document.id());
            }
            return delegate.extract(document);
        }
    }
}
