package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch stops at its article limit, says where, and reports what was read. */
class BatchLimitTest {

    @TempDir
    Path dir;

    private static String record(int n) {
        return "{\"outlet\":\"Halvergate Post\",\"title\":\"Brask dam report " + n + "\",\"text\":\"The Brask dam in "
                + "Lorne County was inspected by Reyle engineers, report " + n + " said.\"}\n";
    }

    @Test
    void theBatchStopsAtTheLimitNamingTheRecordAndKeepsWhatWasRead() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), record(1) + record(2) + record(3) + record(4) + record(5));
        Files.writeString(dir.resolve("b.txt"), "Halvergate council meets.\n\nThe Brask dam will be repaired.\n");
        Files.writeString(dir.resolve("c.txt"), "Reyle engineers agree.\n\nThe Brask dam was inspected.\n");
        BatchRunner runner = BatchRunner.builder().threads(1).maxArticles(3).entities(false).crossCheck(false)
                .build();
        Report report = runner.run(List.of(dir.toString()), BatchListener.NONE);
        assertEquals(List.of("a#1", "a#2", "a#3"), report.articles().stream().map(Article::id).toList());
        List<Problem> limit = report.problems().stream().filter(p -> p.code().equals("batch-limit")).toList();
        assertEquals(1, limit.size(), report.problems().toString());
        assertEquals(dir.resolve("a.jsonl") + ", line 4: error: the batch holds 3 articles, the most it may (set "
                + "by --max-articles; the default follows the memory Java may use, -Xmx); this article and the rest "
                + "of its file and 2 more files not read; the report covers what was read [batch-limit]",
                limit.get(0).line());
        assertEquals(3, report.summary().articles());
    }

    @Test
    void underTheLimitNothingChanges() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), record(1) + record(2));
        Report report = BatchRunner.builder().threads(2).maxArticles(2).entities(false).crossCheck(false).build()
                .run(List.of(dir.toString()), BatchListener.NONE);
        assertEquals(2, report.articles().size());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void theDefaultLimitFollowsTheHeap() {
        assertEquals(100, BatchLimits.maxArticles(64L << 20), "a tiny heap still reads a small batch");
        int sixGiB = BatchLimits.maxArticles(6L << 30);
        assertTrue(sixGiB > 14_000 && sixGiB < 20_000, "6 GiB: " + sixGiB);
        assertTrue(BatchLimits.maxArticles(24L << 30) > 2 * sixGiB, "more heap, more articles");
    }
}
