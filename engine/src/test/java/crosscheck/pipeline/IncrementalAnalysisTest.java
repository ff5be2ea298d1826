package crosscheck.pipeline;

import static crosscheck.pipeline.IncrementalTexts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Extractor;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.extract.ArticleExtractor;
import crosscheck.report.JsonReportReader;
import crosscheck.report.JsonReportRenderer;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalAnalysisTest {

    /** Counts the documents extracted, to show that adding does not read the earlier inputs again. */
    private static final AtomicInteger EXTRACTED = new AtomicInteger();
    private static BatchRunner runner;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRunner() {
        Extractor standard = ArticleExtractor.standard();
        runner = BatchRunner.builder().threads(2).extractor(doc -> {
            EXTRACTED.incrementAndGet();
            return standard.extract(doc);
        }).build();
    }

    /** The earlier analysis of folder {@code a}, written and read back as {@code --add} does. */
    private static Report earlier(Path a) throws IOException {
        Report report = runner.run(List.of(a.toString()), BatchListener.NONE);
        StringWriter json = new StringWriter();
        new JsonReportRenderer().render(report, json);
        return JsonReportReader.read(new StringReader(json.toString()));
    }

    private static Set<Set<String>> partition(Report r) {
        return r.stories().stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    private static Story story(Report r, String id) {
        return r.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String storyOf(Report r, String article) {
        return r.stories().stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow().id();
    }

    @Test
    void addingGivesTheStoriesOfOneAnalysisAndKeepsTheEarlierIds() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        write(a, "bridge-1.txt", IncrementalTexts.BRIDGE_1);
        write(a, "bridge-2.txt", IncrementalTexts.BRIDGE_2);
        write(a, "frost-1.txt", IncrementalTexts.FROST_1);
        write(a, "frost-2.txt", IncrementalTexts.FROST_2);
        write(b, "bridge-3.txt", IncrementalTexts.BRIDGE_3);
        write(b, "frost-3.txt", IncrementalTexts.FROST_3);
        write(b, "chess-1.txt", IncrementalTexts.CHESS_1);
        write(b, "chess-2.txt", IncrementalTexts.CHESS_2);
        Report together = runner.run(List.of(a.toString(), b.toString()), BatchListener.NONE);
        Report before = earlier(a);
        assertEquals(2, before.stories().size(), before.stories().toString());

        EXTRACTED.set(0);
        List<Integer> annotated = new ArrayList<>();
        Report after = runner.add(before, List.of(b.toString()), new BatchListener() {
            @Override
            public void clustering(int articles) {
                annotated.add(articles);
            }
        });

        assertEquals(4, EXTRACTED.get(), "only the new inputs are read");
        assertEquals(List.of(4), annotated, "only the new articles are annotated");
        assertEquals(partition(together), partition(after));
        for (Story s : before.stories()) {
            assertTrue(story(after, s.id()).articles().containsAll(s.articles()), s.id());
            assertEquals(s.title(), story(after, s.id()).title());
        }
        assertEquals(storyOf(before, "bridge-1"), storyOf(after, "bridge-3"));
        assertEquals(storyOf(before, "frost-1"), storyOf(after, "frost-3"));
        assertEquals("s3", storyOf(after, "chess-1"));
        assertEquals("s3", storyOf(after, "chess-2"));
        assertEquals(new Report.Summary(8, 0, 8, 3, 0, 0), after.summary());
        for (Article old : before.articles()) {
            assertEquals(before.annotationsOf(old.id()), after.annotationsOf(old.id()), old.id());
        }
        assertFalse(story(after, storyOf(after, "chess-1")).entities().isEmpty(), "a new story's entities are found");
        assertFalse(story(after, "s1").check().claims().isEmpty(), "stories are cross-checked again");
        SchemaCheck.assertValid(JsonReportRenderer.toTree(after));
    }

    @Test
    void aNewFileWithAnEarlierNameGetsAnotherIdAndTheSameFileIsNotAddedTwice() throws IOException {
        Path a = dir.resolve("a");
        write(a, "bridge.txt", IncrementalTexts.BRIDGE_1);
        write(a, "frost.txt", IncrementalTexts.FROST_1);
        Report before = earlier(a);

        Report again = runner.add(before, List.of(a.resolve("bridge.txt").toString()), BatchListener.NONE);
        assertEquals(before.articles(), again.articles());
        assertEquals(before.summary().files(), again.summary().files());
        List<Problem> warnings = again.problems();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("already-analysed", warnings.get(0).code());
        assertTrue(warnings.get(0).message().contains("'bridge'"), warnings.get(0).message());

        Path later = write(dir.resolve("later"), "bridge.txt", IncrementalTexts.BRIDGE_2);
        Report added = runner.add(before, List.of(later.toString()), BatchListener.NONE);
        assertEquals(List.of("bridge", "frost", "bridge~2"), added.articles().stream().map(Article::id).toList());
        assertEquals(storyOf(added, "bridge"), storyOf(added, "bridge~2"));
        assertTrue(added.problems().stream().anyMatch(p -> p.code().equals("duplicate-id")
                && p.message().contains("'bridge~2'")), added.problems().toString());
        assertEquals(3, added.summary().files());
    }

    @Test
    void anUnrelatedArticleBecomesTheNextStory() throws IOException {
        Path a = dir.resolve("a");
        write(a, "bridge-1.txt", IncrementalTexts.BRIDGE_1);
        write(a, "bridge-2.txt", IncrementalTexts.BRIDGE_2);
        write(a, "frost-1.txt", IncrementalTexts.FROST_1);
        Report before = earlier(a);
        Path chess = write(dir.resolve("b"), "chess-1.txt", IncrementalTexts.CHESS_1);
        Report after = runner.add(before, List.of(chess.toString()), BatchListener.NONE);
        assertEquals(List.of("s1", "s2", "s3"), after.stories().stream().map(Story::id).toList());
        assertEquals(List.of("chess-1"), story(after, "s3").articles());
        assertEquals(before.stories().get(0).articles(), after.stories().get(0).articles());
        assertEquals(before.stories().get(1).articles(), after.stories().get(1).articles());
    }

    @Test
    void addingNeedsTheTfIdfClusterer() {
        BatchRunner other = BatchRunner.builder().entities(false).crossCheck(false)
                .clusterer(articles -> List.of()).build();
        Report empty = new Report("dev", new Report.Summary(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> other.add(empty, List.of(dir.toString()),
                BatchListener.NONE));
    }

    @Test
    void storyIdsGoOnFromTheHighest() throws IOException {
        Path a = dir.resolve("a");
        write(a, "bridge-1.txt", IncrementalTexts.BRIDGE_1);
        Report read = earlier(a);
        Story renamed = new Story("s7", read.stories().get(0).title(), read.stories().get(0).articles());
        Report before = new Report(read.version(), read.summary(), read.articles(), List.of(renamed),
                read.problems(), read.annotations());
        Path chess = write(dir.resolve("b"), "chess-1.txt", IncrementalTexts.CHESS_1);
        Report after = runner.add(before, List.of(chess.toString()), BatchListener.NONE);
        assertEquals(new HashSet<>(List.of("s7", "s8")),
                after.stories().stream().map(Story::id).collect(Collectors.toSet()));
    }
}
