package crosscheck.annotate.attrib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AttributionWordsTest {

    private static final List<String> PARAGRAPHS = List.of(
            "“We will not leave the harbour,” Ada Brask, the Halvergate harbour chief, told reporters on Monday.",
            "According to Tom Reyle of the Lorne County council, the vote was postponed: \"nobody came\", he said.",
            "Brask said. Reyle-Brask talks (3-2) ended; U.S. officials — 1,300 of them — said nothing.",
            "Said Reyle: “The dam holds.” “It will not,” said Brask, who added that the council, which met on "
                    + "Friday, had been told so by engineers, officials and a spokesman, according to minutes seen "
                    + "by the Lorne County Courier; “none of it,” he said, “is new.”",
            "Said",
            "x");

    /** The word-by-word scores are, bit for bit, those of adding each feature's weights in turn, cold and warm. */
    @Test
    void scoresFoundWordByWordAreThoseFoundFeatureByFeature() {
        AttributionTagger tagger = AttributionTagger.standard();
        for (int pass = 0; pass < 2; pass++) {
            for (String p : PARAGRAPHS) {
                assertSameScores(tagger, p);
            }
        }
    }

    /** The same over every paragraph of the seed reports, when they are there. */
    @Test
    void scoresOfTheSeedReportsAreThoseFoundFeatureByFeature() throws IOException {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no seed reports at " + seeds);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no seed reports at " + seeds);
        AttributionTagger tagger = AttributionTagger.standard();
        for (Path f : files) {
            for (String p : Files.readString(f).split("\n\\s*\n")) {
                if (!p.isBlank()) {
                    assertSameScores(tagger, p);
                }
            }
        }
    }

    /** Threads tagging with one tagger, sharing its words as they meet them, tag as one fresh tagger alone does. */
    @Test
    void threadsSharingTheWordsTagAsOneThreadAlone() throws Exception {
        AttributionTagger alone = AttributionTagger.standard();
        List<List<String>> expected = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            expected.add(alone.tag(Token.tokenize(p, 0, p.length())));
        }
        AttributionTagger shared = AttributionTagger.standard();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<String>>>> runs = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> tags = new ArrayList<>();
                    for (String p : PARAGRAPHS) {
                        tags.add(shared.tag(Token.tokenize(p, 0, p.length())));
                    }
                    return tags;
                }));
            }
            for (java.util.concurrent.Future<List<List<String>>> run : runs) {
                org.junit.jupiter.api.Assertions.assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSameScores(AttributionTagger tagger, String p) {
        List<Token> tokens = Token.tokenize(p, 0, p.length());
        float[][] byWord = tagger.baseScores(tokens, true);
        float[][] byFeature = tagger.baseScores(tokens, false);
        int[][][] historyByWord = tagger.historySlots(tokens, true);
        int[][][] historyByFeature = tagger.historySlots(tokens, false);
        for (int i = 0; i < tokens.size(); i++) {
            assertArrayEquals(bits(byFeature[i]), bits(byWord[i]), tokens.get(i) + " in " + p);
            for (int k = 0; k < historyByWord[i].length; k++) {
                assertArrayEquals(historyByFeature[i][k], historyByWord[i][k],
                        "history after label " + (k - 1) + " of " + tokens.get(i) + " in " + p);
            }
        }
    }

    private static int[] bits(float[] scores) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = Float.floatToRawIntBits(scores[i]);
        }
        return out;
    }
}
