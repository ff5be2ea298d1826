package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static Article article(String id, String title, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, title, null, null, body, List.of());
    }

    /** Two ferry accidents of one kind, and an unrelated council vote. */
    private static final List<Article> FERRIES = List.of(
            article("a1", "Ferry Selkie runs aground off Dunmarrow",
                    "The ferry Selkie ran aground off Dunmarrow on Friday with 212 passengers aboard, the coast guard"
                            + " said. Captain Ilse Varga ordered the evacuation in 2019 conditions described as calm."),
            article("a2", "Dunmarrow grounding: all 212 Selkie passengers safe",
                    "All 212 passengers of the Selkie, which ran aground off Dunmarrow, were brought ashore, the coast"
                            + " guard said. Captain Ilse Varga praised the crew."),
            article("a3", "Inquiry opens into Selkie grounding at Dunmarrow",
                    "Investigators began examining the hull of the Selkie after Friday's grounding off Dunmarrow, in"
                            + " which 212 passengers were evacuated. Captain Ilse Varga will be interviewed."),
            article("b1", "Ferry Tern Star capsizes near Port Aveline",
                    "The ferry Tern Star capsized near Port Aveline on Monday; 37 of its 40 passengers were rescued,"
                            + " the coast guard said. Captain Joss Harrow is among the missing."),
            article("b2", "Three missing after Tern Star capsizes at Port Aveline",
                    "Rescuers at Port Aveline pulled 37 people from the water after the Tern Star capsized. Captain"
                            + " Joss Harrow and two passengers are still missing, the coast guard said."),
            article("c1", "Rellport council approves new library budget",
                    "Rellport's council voted 7 to 2 on Tuesday to fund a new library, mayor Odile Fenn said."));

    private static Set<Set<String>> groups(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    /** The shipped weights and thresholds, with the model splitting groups of any size. */
    private static StoryClusterer everyGroupToTheModel() {
        StoryClusterer.Model m = StoryClusterer.Model.standard();
        return new StoryClusterer(new StoryClusterer.Model(m.coarse(), m.regroup(), m.threshold(), 2, m.weights()));
    }

    @Test
    void manyThreadsGiveTheSameStoriesAsOne() {
        List<Article> batch = new ArrayList<>();
        for (int copy = 0; copy < 8; copy++) {
            for (Article a : FERRIES) {
                batch.add(article(a.id() + "-" + copy, a.title(), a.body() + " Update " + copy + "."));
            }
        }
        for (StoryClusterer c : List.of(new StoryClusterer(), everyGroupToTheModel())) {
            List<Story> one = c.cluster(batch);
            for (int threads : new int[] {2, 3, 8}) {
                assertEquals(one, c.withThreads(threads).cluster(batch), threads + " threads");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new StoryClusterer().withThreads(0));
    }

    @Test
    void theModelSeparatesTwoAccidentsOfOneKindAndLeavesTheUnrelatedAlone() {
        List<Story> stories = everyGroupToTheModel().cluster(FERRIES);
        assertEquals(Set.of(Set.of("a1", "a2", "a3"), Set.of("b1", "b2"), Set.of("c1")), groups(stories));
        assertEquals(List.of("s1", "s2", "s3"), stories.stream().map(Story::id).toList());
    }

    @Test
    void aYearBeforePublicationIsHistoryAndNeitherJoinsNorSeparatesTwoReports() {
        int share = StoryPairFeatures.NAMES.indexOf("yearShare");
        int conflict = StoryPairFeatures.NAMES.indexOf("yearConflict");
        String lawsuit = "The party sued the campaign over the 2016 election.";
        String questions = "The counsel's questions cover the 2016 campaign and a 2017 meeting.";
        double[] undated = StoryPairFeatures.of(List.of(article("x1", "Lawsuit", lawsuit),
                article("x2", "Questions", questions)), Map.of())[1][0];
        assertEquals(1, undated[share]);
        double[] dated = StoryPairFeatures.of(List.of(dated("x1", "2018-04-20", lawsuit),
                dated("x2", "2018-04-30", questions)), Map.of())[1][0];
        assertEquals(0, dated[share]);
        assertEquals(0, dated[conflict]);
        double[] current = StoryPairFeatures.of(List.of(dated("x1", "2018-04-20", "A vote due in 2018 and 2016."),
                dated("x2", "2018-04-30", "The 2018 vote.")), Map.of())[1][0];
        assertEquals(1, current[share]);
    }

    @Test
    void reportsDaysApartLookLessAlikeToTheModelThanToTheLooseGrouping() {
        String body = "The ferry Selkie ran aground off Dunmarrow with 212 passengers aboard.";
        int words = StoryPairFeatures.NAMES.indexOf("words");
        double undated = StoryPairFeatures.of(List.of(article("x1", null, body), article("x2", null, body)),
                Map.of())[1][0][words];
        assertEquals(1, undated, 1e-4);
        double fourDays = StoryPairFeatures.of(List.of(dated("x1", "2018-04-17", body),
                dated("x2", "2018-04-21", body)), Map.of())[1][0][words];
        assertEquals(1 / 3.0, fourDays, 1e-4);
    }

    private static Article dated(String id, String published, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, null, null, published, body, List.of());
    }

    @Test
    void groupsSmallerThanTheModelKnowsComeOutAsTfIdfMakesThem() {
        assertTrue(FERRIES.size() < StoryClusterer.Model.standard().minGroup());
        List<Story> story = new StoryClusterer().cluster(FERRIES);
        List<Story> tfIdf = new TfIdfClusterer().cluster(FERRIES);
        assertEquals(tfIdf.stream().map(Story::articles).toList(), story.stream().map(Story::articles).toList());
        assertEquals(tfIdf.stream().map(Story::title).toList(), story.stream().map(Story::title).toList());
    }

    @Test
    void addedArticlesJoinAsTfIdfWouldAddThem() {
        List<Article> known = FERRIES.subList(0, 4);
        List<Article> added = FERRIES.subList(4, FERRIES.size());
        List<Story> earlier = new StoryClusterer().cluster(known);
        assertEquals(new TfIdfClusterer().extend(earlier, known, added),
                new StoryClusterer().extend(earlier, known, added));
    }

    @Test
    void everyArticleOnceWhateverTheOrderAndTheSameStoriesEachTime() {
        List<Article> shuffled = new ArrayList<>(FERRIES);
        Collections.reverse(shuffled);
        StoryClusterer clusterer = new StoryClusterer();
        List<Story> stories = clusterer.cluster(shuffled);
        assertEquals(FERRIES.size(), stories.stream().mapToInt(s -> s.articles().size()).sum());
        assertEquals(groups(new StoryClusterer().cluster(FERRIES)), groups(stories));
        assertEquals(groups(everyGroupToTheModel().cluster(FERRIES)),
                groups(everyGroupToTheModel().cluster(shuffled)));
        assertEquals(stories, clusterer.cluster(shuffled));
    }

    @Test
    void emptyAndSingleBatches() {
        assertEquals(List.of(), new StoryClusterer().cluster(List.of()));
        List<Story> one = new StoryClusterer().cluster(List.of(FERRIES.get(0)));
        assertEquals(1, one.size());
        assertEquals(List.of("a1"), one.get(0).articles());
        assertEquals(List.of(), new StoryClusterer().events(List.of(), Map.of()));
    }

    @Test
    void modelWritesAndReadsBackTheSameValues() throws IOException {
        StoryClusterer.Model model = StoryClusterer.Model.standard();
        StringWriter out = new StringWriter();
        model.write(out, List.of("a comment"));
        assertTrue(out.toString().startsWith("# a comment\n"));
        StoryClusterer.Model back = StoryClusterer.Model.read(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(model.coarse(), back.coarse());
        assertEquals(model.threshold(), back.threshold());
        for (int k = 0; k < model.weights().size(); k++) {
            assertEquals(model.weights().get(k), back.weights().get(k), 1e-6);
        }
    }

    @Test
    void aBrokenModelFileSaysWhatIsWrong() {
        byte[] noWeights = "coarse 0.05\nregroup 0.01\nthreshold 0.4\nminGroup 10\n".getBytes(StandardCharsets.UTF_8);
        IOException missing = assertThrows(IOException.class,
                () -> StoryClusterer.Model.read(new ByteArrayInputStream(noWeights)));
        assertTrue(missing.getMessage().contains("weight.bias"), missing.getMessage());
        IOException bad = assertThrows(IOException.class, () -> StoryClusterer.Model.read(
                new ByteArrayInputStream("coarse zero\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
        IOException nan = assertThrows(IOException.class, () -> StoryClusterer.Model.read(
                new ByteArrayInputStream("coarse 0.05\nthreshold NaN\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(nan.getMessage().contains("line 2: not a finite number"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StoryClusterer.Model(0.05, 0.01, 0.4, 10, List.of(1.0)));
    }

    @Test
    void trainerLearnsWhichFeatureTellsPairsApartAndIsDeterministic() {
        int d = StoryPairFeatures.NAMES.size();
        int n = 12;
        double[][][] features = new double[n][][];
        boolean[][] same = new boolean[n][];
        for (int i = 0; i < n; i++) {
            features[i] = new double[i][];
            same[i] = new boolean[i];
            for (int j = 0; j < i; j++) {
                same[i][j] = i % 2 == j % 2;
                double[] f = new double[d];
                f[0] = 1;
                f[2] = same[i][j] ? 0.6 : 0.1;
                features[i][j] = f;
            }
        }
        List<StoryModelTrainer.Group> groups = List.of(new StoryModelTrainer.Group(features, same));
        List<Double> weights = StoryModelTrainer.fit(groups);
        assertTrue(weights.get(2) > 1, "names weight " + weights.get(2));
        assertEquals(weights, StoryModelTrainer.fit(groups));
        StoryClusterer.Model model = new StoryClusterer.Model(0.05, 0.01, 0.5, 10, weights);
        assertTrue(model.probability(features[2][0]) > 0.5);
        assertTrue(model.probability(features[2][1]) < 0.5);
        assertThrows(IllegalArgumentException.class, () -> StoryModelTrainer.fit(List.of()));
    }
}
