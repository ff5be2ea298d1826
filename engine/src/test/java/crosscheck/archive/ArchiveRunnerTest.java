package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.StoryReviser;
import crosscheck.core.Article;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.BatchRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ingest and report through {@link ArchiveRunner} on both stores (SQLite in a folder, and a real PostgreSQL from
 * {@link TestPostgres}), with made-up reports of two unrelated events arriving over two ingests.
 */
class ArchiveRunnerTest {

    private static ArchiveRunner runner;

    @TempDir
    Path dir;

    static final String FERRY_1 = """
            Halvergate ferry halted after engine fire

            The Halvergate island ferry was halted on Monday after a small engine fire broke out during the morning
            crossing, the Halvergate ferry company said. All 84 passengers were brought back to the harbour.

            Company director Ilse Brask said no one was hurt and the fire was put out by the crew within minutes.
            """;
    static final String FERRY_2 = """
            Engine fire stops Halvergate island ferry

            An engine fire on the morning crossing stopped the Halvergate island ferry on Monday, its operator said.
            The crew put the fire out and the 84 passengers returned to the harbour unhurt, director Ilse Brask said.
            """;
    static final String FERRY_3 = """
            Halvergate ferry to stay in harbour for a week

            The Halvergate island ferry, halted on Monday after an engine fire, will stay in the harbour for at least
            a week while inspectors examine its engine, director Ilse Brask said on Tuesday.
            """;
    static final String ORCHARD = """
            Lorne County orchards expect record apple harvest

            Growers in Lorne County expect a record apple harvest this autumn after a warm spring and steady rain,
            the Lorne County growers' association said. Picking starts in the second week of September.
            """;

    @BeforeAll
    static void stages() {
        runner = new ArchiveRunner(BatchRunner.builder().threads(2).build(), new OnlineStoryPlacer(), 2);
    }

    private ArchiveStore open(String kind) throws Exception {
        if (kind.equals("postgresql")) {
            TestPostgres pg = TestPostgres.get();
            Assumptions.assumeTrue(pg != null, () -> "no PostgreSQL: " + TestPostgres.skipReason());
            return ArchiveStores.open(pg.newDatabase(), Duration.ZERO);
        }
        return ArchiveStores.open(dir.resolve("archive").toString(), Duration.ZERO);
    }

    private String write(String folder, String name, String text) throws Exception {
        Path f = dir.resolve(folder).resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void newsArrivingOverTwoIngestsIsFiledOnceAndReported(String kind) throws Exception {
        try (ArchiveStore store = open(kind)) {
            ArchiveRunner.Ingested first = runner.ingest(store, List.of(write("day1", "ferry-1.txt", FERRY_1),
                    write("day1", "orchard.txt", ORCHARD)), new ArchiveListener() { });
            assertEquals(2, first.filed());
            assertEquals(2, first.storiesCreated(), "two unrelated events: two stories");
            assertEquals(2, first.storiesChecked());
            assertTrue(store.storiesToCheck(10).isEmpty(), "every changed story checked at the end");

            // The next day: two more ferry reports, one of them under a name already used, and a copy of day 1.
            ArchiveRunner.Ingested second = runner.ingest(store, List.of(write("day2", "ferry-1.txt", FERRY_2),
                    write("day2", "ferry-3.txt", FERRY_3), write("day2", "orchard-again.txt", ORCHARD)),
                    new ArchiveListener() { });
            assertEquals(2, second.filed());
            assertEquals(1, second.alreadyStored(), "the copy of an article already filed is not filed again");
            assertEquals(0, second.storiesCreated(), "both ferry reports join the ferry story");
            assertEquals(1, second.storiesChecked(), "only the story that changed is checked again");
            assertTrue(store.hasArticle("ferry-1~2"), "a new article named like a filed one gets name~2");

            Report report = runner.report(store, store.stories(null), new ArchiveListener() { });
            assertEquals(4, report.articles().size());
            assertEquals(2, report.stories().size());
            Story ferry = report.stories().get(0);
            assertEquals(Set.of("ferry-1", "ferry-1~2", "ferry-3"), new HashSet<>(ferry.articles()));
            assertFalse(ferry.check().claims().isEmpty(), "the ferry story is cross-checked");
            Set<String> ids = new HashSet<>();
            report.articles().forEach(a -> assertTrue(ids.add(a.id()), "twice: " + a.id()));
            for (Article a : report.articles()) {
                assertNotEquals(null, report.annotationsOf(a.id()));
            }
            assertEquals(List.of("created", "joined", "joined"),
                    store.history(ferry.id()).stream().map(ArchiveStore.HistoryEvent::kind).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theStoreCountsTheTermsOfEveryFiledArticleOnceAcrossIngests(String kind) throws Exception {
        try (ArchiveStore store = open(kind)) {
            runner.ingest(store, List.of(write("day1", "ferry-1.txt", FERRY_1), write("day1", "orchard.txt", ORCHARD)),
                    new ArchiveListener() { });
            runner.ingest(store, List.of(write("day2", "ferry-2.txt", FERRY_2), write("day2", "ferry-3.txt", FERRY_3),
                    write("day2", "orchard-again.txt", ORCHARD)), new ArchiveListener() { });
            ArchiveStore.Uncounted left = store.articlesToCount(10);
            assertTrue(left.articles().isEmpty(), "every filed article counted before the last round of checks");
            assertEquals(4, left.countedThrough());

            Report report = runner.report(store, store.stories(null), new ArchiveListener() { });
            crosscheck.align.StoryChecker checker = crosscheck.align.StoryChecker.standard();
            long sentences = 0;
            java.util.Map<Long, Long> expected = new java.util.HashMap<>();
            for (Article a : report.articles()) {
                crosscheck.align.TermCounts.Counted c = checker.termCounts(a, report.annotationsOf(a.id()));
                sentences += c.sentences();
                c.terms().forEach((k, n) -> expected.merge(k, (long) n, Long::sum));
            }
            long[] hashes = expected.keySet().stream().mapToLong(Long::longValue).toArray();
            ArchiveStore.TermTotals totals = store.termCounts(hashes);
            assertEquals(sentences, totals.sentences(), "the copy filed once is counted once");
            for (int i = 0; i < hashes.length; i++) {
                assertEquals(expected.get(hashes[i]), totals.counts()[i]);
            }
            assertEquals(0, store.termCounts(new long[] {crosscheck.align.TermCounts.hash("zzz-never-used")})
                    .counts()[0]);
            assertFalse(store.addTermCounts(0, 4, 10, java.util.Map.of()),
                    "counts added from a stale mark are refused");
            assertEquals(sentences, store.termCounts(new long[0]).sentences());
        }
    }

    /**
     * A runner whose placer weighs candidates as the shipped one does but never joins one, and whose reviser is the
     * default but for the smallest neighbourhood it revises.
     */
    private static ArchiveRunner placingApart(int minArticles) {
        OnlineStoryPlacer shipped = new OnlineStoryPlacer();
        StoryPlacer apart = (article, annotations, memory) -> {
            Placement p = shipped.place(article, annotations, memory);
            return new Placement(null, p.keys(), p.score(), p.compared());
        };
        StoryReviser.Config d = StoryReviser.Config.standard();
        return new ArchiveRunner(BatchRunner.builder().threads(2).build(), apart, new StoryReviser(
                new StoryClusterer(), new StoryReviser.Config(d.sample(), d.maxArticles(), d.minLink(), minArticles)),
                4);
    }

    /**
     * A placer that weighs candidates as the shipped one does but never joins one, as if each report came before
     * the reports that tie it to its event: the revision at the end of the ingest merges the ferry reports.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void reportsPlacedApartAreMergedByTheRevision(String kind) throws Exception {
        ArchiveRunner revising = placingApart(0); // the default reviser, but for a neighbourhood of four articles
        try (ArchiveStore store = open(kind)) {
            ArchiveRunner.Ingested in = revising.ingest(store, List.of(write("in", "ferry-1.txt", FERRY_1),
                    write("in", "orchard.txt", ORCHARD), write("in", "ferry-2.txt", FERRY_2),
                    write("in", "ferry-3.txt", FERRY_3)), new ArchiveListener() { });
            assertEquals(4, in.storiesCreated(), "every report started a story");
            assertEquals(2, in.articlesMoved(), "the later ferry reports moved into the first one's story");
            List<String> stories = store.stories(null);
            assertEquals(2, stories.size(), "the emptied stories are no longer listed: " + stories);
            String ferry = stories.stream().filter(id -> store.articlesOf(id).size() == 3).findFirst().orElseThrow();
            assertEquals(Set.of("ferry-1", "ferry-2", "ferry-3"), new HashSet<>(store.articlesOf(ferry).stream()
                    .map(a -> a.article().id()).toList()));
            assertTrue(store.storiesToCheck(10).isEmpty(), "the stories the revision changed are checked");
            assertFalse(store.story(ferry).orElseThrow().check().claims().isEmpty());
            for (String gone : List.of("s3", "s4")) {
                assertTrue(store.story(gone).isEmpty(), gone + " was merged away");
                assertTrue(store.history(gone).stream().anyMatch(e -> e.kind().equals("merged")), gone);
            }
        }
    }

    /**
     * One ingest per report, each placed apart: a neighbourhood too small to revise keeps its links in the store,
     * and a later ingest that makes it large enough revises it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void linksKeptAcrossIngestsAreRevisedOnceTheNeighbourhoodIsLargeEnough(String kind) throws Exception {
        ArchiveRunner revising = placingApart(3); // the default reviser, but revising three articles or more
        try (ArchiveStore store = open(kind)) {
            int moved = 0;
            for (String[] f : List.of(new String[] {"ferry-1.txt", FERRY_1}, new String[] {"orchard.txt", ORCHARD},
                    new String[] {"ferry-2.txt", FERRY_2})) {
                moved += revising.ingest(store, List.of(write("in", f[0], f[1])), new ArchiveListener() { })
                        .articlesMoved();
            }
            assertEquals(0, moved, "two ferry reports are too few to revise");
            assertFalse(store.revisionLinks().isEmpty(), "their link is kept for a later ingest");
            ArchiveRunner.Ingested last = revising.ingest(store, List.of(write("in", "ferry-3.txt", FERRY_3)),
                    new ArchiveListener() { });
            assertEquals(2, last.articlesMoved(), "the third ferry report makes the neighbourhood large enough");
            assertEquals(2, store.stories(null).size());
        }
    }

    /**
     * The same reports, placed by the shipped placer and revised: a revision of right placements moves nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aRevisionOfRightPlacementsMovesNothing(String kind) throws Exception {
        try (ArchiveStore store = open(kind)) {
            ArchiveRunner.Ingested in = runner.ingest(store, List.of(write("in", "ferry-1.txt", FERRY_1),
                    write("in", "orchard.txt", ORCHARD), write("in", "ferry-2.txt", FERRY_2),
                    write("in", "ferry-3.txt", FERRY_3)), new ArchiveListener() { });
            assertEquals(2, in.storiesCreated());
            assertEquals(0, in.articlesMoved());
        }
    }
}
