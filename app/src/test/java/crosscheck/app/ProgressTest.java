package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.pipeline.BatchListener.Phase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress lines a run prints when its output is not a terminal (a log, a pipe). */
class ProgressTest {

    @Test
    void everyPhaseAfterReadingSaysHowFarItIs() {
        StringWriter out = new StringWriter();
        try (Progress p = new Progress.Lines(new PrintWriter(out, true), 0)) {
            p.started(2);
            p.phase(Phase.ENTITIES, 3);
            p.step(Phase.ENTITIES);
            p.step(Phase.ENTITIES);
            p.step(Phase.ENTITIES);
            p.phase(Phase.STORIES, 3);
            p.step(Phase.STORIES);
            p.phase(Phase.CROSS_CHECK, 2);
            p.step(Phase.CROSS_CHECK);
            p.step(Phase.ENTITIES); // a late step of an ended phase moves nothing
            p.step(Phase.CROSS_CHECK);
            p.phase(Phase.WRITING, 4);
            p.step(Phase.WRITING);
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals("crosscheck: entities: 0/3 articles", lines.get(0));
        assertTrue(lines.get(1).matches("crosscheck: entities: 1/3 articles, [0-9.]+ articles/s, ETA \\d+s"),
                lines.get(1));
        assertEquals(List.of("crosscheck: entities: 3/3 articles", "crosscheck: stories: grouping 3 articles",
                "crosscheck: stories: 3 articles grouped", "crosscheck: cross-check: 0/2 stories"),
                lines.subList(3, 7));
        assertTrue(lines.get(7).startsWith("crosscheck: cross-check: 1/2 stories, "), lines.get(7));
        assertEquals(List.of("crosscheck: cross-check: 2/2 stories", "crosscheck: writing: 0/4 files"),
                lines.subList(8, 10));
        assertTrue(lines.get(10).startsWith("crosscheck: writing: 1/4 files, "), lines.get(10));
        assertEquals(11, lines.size(), String.join("\n", lines));
    }
}
