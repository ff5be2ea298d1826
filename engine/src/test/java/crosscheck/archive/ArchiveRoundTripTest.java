package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import crosscheck.report.JsonReportReader;
import crosscheck.report.JsonReportRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps articles, annotations and checked stories in the report's JSON contract: the shipped examples'
 * report goes into a store and comes back equal, record for record.
 */
class ArchiveRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Report report;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyseExamples() throws Exception {
        Path examples = Path.of(System.getProperty("crosscheck.repo.root", "..")).resolve("examples");
        report = BatchRunner.builder().threads(1).build().run(List.of(examples.toString()), BatchListener.NONE);
        assertFalse(report.stories().isEmpty());
        assertTrue(report.stories().stream().anyMatch(s -> !s.check().claims().isEmpty()), "a checked story");
    }

    @Test
    void jsonTreesReadBackEqual() throws Exception {
        for (Article a : report.articles()) {
            var tree = JSON.readTree(JSON.writeValueAsBytes(JsonReportRenderer.articleTree(a,
                    report.annotationsOf(a.id()))));
            assertEquals(a, JsonReportReader.article(tree));
            assertEquals(report.annotationsOf(a.id()), JsonReportReader.annotations(tree));
        }
        for (Story s : report.stories()) {
            var tree = JSON.readTree(JSON.writeValueAsBytes(JsonReportRenderer.storyTree(s, Map.of())));
            assertEquals(s, JsonReportReader.story(tree));
        }
        for (Problem p : report.problems()) {
            assertEquals(p, JsonReportReader.problem(JsonReportRenderer.problemTree(p)));
        }
    }

    @Test
    void theExamplesReportGoesThroughTheStoreUnchanged() throws Exception {
        Map<String, Article> byId = new java.util.HashMap<>();
        report.articles().forEach(a -> byId.put(a.id(), a));
        try (ArchiveStore store = ArchiveStores.open(dir.resolve("store").toString(), Duration.ZERO)) {
            List<String> ids = new ArrayList<>();
            for (Story s : report.stories()) {
                String id = null;
                for (String articleId : s.articles()) {
                    Article a = byId.get(articleId);
                    StoredArticle stored = new StoredArticle(a, report.annotationsOf(articleId));
                    byte[] raw = a.body().getBytes(StandardCharsets.UTF_8);
                    String got = store.file(new ArchiveStore.Filing(ArchiveStoreContract.hash(stored), raw, stored,
                            new Placement(id, List.of("k:" + articleId), 0.5), List.of()));
                    id = id == null ? got : id;
                    assertEquals(id, got);
                }
                ids.add(id);
                Story renamed = new Story(id, s.title(), s.articles(), s.duplicates(), s.entities(), s.check());
                assertTrue(store.saveCheck(renamed, s.articles().size()));
            }
            for (int i = 0; i < ids.size(); i++) {
                Story s = report.stories().get(i);
                assertEquals(new Story(ids.get(i), s.title(), s.articles(), s.duplicates(), s.entities(), s.check()),
                        store.story(ids.get(i)).orElseThrow());
                List<StoredArticle> expected = s.articles().stream()
                        .map(a -> new StoredArticle(byId.get(a), report.annotationsOf(a))).toList();
                assertEquals(expected, store.articlesOf(ids.get(i)));
            }
            store.addProblems(report.problems());
            assertEquals(report.problems(), store.problems(null));
        }
        assertTrue(Files.size(dir.resolve("store").resolve(SqliteArchiveStore.DATABASE)) > 0);
    }
}
