package crosscheck.annotate.attrib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionWordsTest {

    private static final List<String> PARAGRAPHS = List.of(
            "“We will not leave the harbour,” Ada Brask, the Halvergate harbour chief, told reporters on Monday.",
            "According to Tom Reyle of the Lorne County council, the vote was postponed: \"nobody came\", he said.",
            "Brask said. Reyle-Brask talks (3-2) ended; U.S. officials — 1,300 of them — said nothing.",
            "Said",
            "x");

    /** The word-by-word scores are, bit for bit, those of adding each feature's weights in turn, cold and warm. */
    @Test
    void scoresFoundWordByWordAreThoseFoundFeatureByFeature() {
        AttributionTagger tagger = AttributionTagger.standard();
        for (int pass = 0; pass < 2; pass++) {
            for (String p : PARAGRAPHS) {
                List<Token> tokens = Token.tokenize(p, 0, p.length());
                float[][] byWord = tagger.baseScores(tokens, true);
                float[][] byFeature = tagger.baseScores(tokens, false);
                for (int i = 0; i < tokens.size(); i++) {
                    assertArrayEquals(bits(byFeature[i]), bits(byWord[i]), tokens.get(i) + " in " + p);
                }
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
