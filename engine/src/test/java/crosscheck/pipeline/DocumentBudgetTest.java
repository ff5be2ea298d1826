package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Extractor;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import crosscheck.extract.ArticleExtractor;
import crosscheck.internal.Deadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-document time budget: a document over it costs itself, with one too-slow line, never the batch. */
class DocumentBudgetTest {

    @TempDir
    Path dir;

    private static final String TEXT = """
            Halvergate bridge closed after inspection

            The Lorne County council closed the Halvergate bridge on Tuesday after inspectors found cracks in two of
            its piers, council chair Mara Brask told reporters.

            Repairs will cost at least $4.5 million and take eight months, the state transport office said.
            """;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Report run(BatchRunner runner, List<Problem> seen) {
        return runner.run(List.of(dir.toString()), new BatchListener() {
            @Override
            public synchronized void problem(Problem p) {
                seen.add(p);
            }
        });
    }

    @Test
    void anExtractionOverTheBudgetLosesOnlyItsDocument() throws IOException {
        write("brask.txt", TEXT);
        write("endless.txt", TEXT.replace("Tuesday", "Monday"));
        // Stands for a stage gone quadratic: it works on, checking the deadline as the heavy stages do.
        Extractor standard = ArticleExtractor.standard();
        Extractor endless = doc -> {
            if (doc.id().equals("endless")) {
                while (true) {
                    Deadline.check();
                    Thread.onSpinWait();
                }
            }
            return standard.extract(doc);
        };
        List<Problem> seen = Collections.synchronizedList(new ArrayList<>());
        Report report = run(BatchRunner.builder().extractor(endless).entities(false).crossCheck(false)
                .documentTimeout(Duration.ofMillis(200)).threads(2).build(), seen);
        assertEquals(List.of("brask"), report.articles().stream().map(Article::id).toList());
        assertEquals(1, seen.size(), seen.toString());
        Problem p = seen.get(0);
        assertEquals("too-slow", p.code());
        assertTrue(p.isError());
        assertTrue(p.location().endsWith("endless.txt"), p.location());
        assertTrue(p.line().contains("0.2 s") && p.line().contains("--document-timeout"), p.line());
    }

    @Test
    void anAnnotationOverTheBudgetLeavesTheArticleWithEmptyLayers() throws IOException {
        write("brask.txt", TEXT);
        List<Problem> seen = Collections.synchronizedList(new ArrayList<>());
        // The extraction runs under a deadline of its own (an inner one replaces the runner's on its thread); the
        // annotators check the runner's at their first sentence and find it spent.
        Extractor standard = ArticleExtractor.standard();
        Extractor unhurried = doc -> Deadline.within(Duration.ofMinutes(1), () -> standard.extract(doc));
        Report report = run(BatchRunner.builder().extractor(unhurried).crossCheck(false)
                .documentTimeout(Duration.ofNanos(1)).build(), seen);
        assertEquals(1, report.articles().size());
        Problem p = seen.stream().filter(x -> x.code().equals("too-slow")).findFirst().orElseThrow();
        assertTrue(!p.isError() && p.location().endsWith("brask.txt"), p.line());
        assertEquals(1, seen.size(), seen.toString());
        Annotations an = report.annotationsOf("brask");
        assertTrue(an.entities().isEmpty() && an.quantities().isEmpty() && an.dates().isEmpty(), an.toString());
        // With the default budget the same article keeps its layers.
        Report normal = BatchRunner.builder().crossCheck(false).build().run(List.of(dir.toString()),
                BatchListener.NONE);
        assertTrue(!normal.annotationsOf("brask").entities().isEmpty()
                && !normal.annotationsOf("brask").quantities().isEmpty());
    }

    @Test
    void aDeadlineIsCheckedOnlyWhereOneIsOpen() {
        Deadline.check(); // none open: nothing happens
        assertEquals("ok", Deadline.within(Duration.ofSeconds(5), () -> "ok"));
        Deadline.check(); // closed again
    }
}
