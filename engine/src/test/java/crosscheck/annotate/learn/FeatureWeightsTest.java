package crosscheck.annotate.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking weights up by hashed features gives what looking them up by the feature strings gives. */
class FeatureWeightsTest {

    /** Builds the same features through a sink: a word and its neighbours, numbers, flags, substrings. */
    private static void features(FeatureSink f, String word, int n, boolean flag) {
        f.add("b");
        f.add("w=", word);
        f.add("w-1+w=", "halvergate", "|", word);
        f.begin().part("pre2=").part(word, 0, Math.min(2, word.length())).end();
        f.begin().part("cue@").part(n).part("|sh=").part('X').end();
        f.begin().part("ss=").part(flag).part('|').part(n * 1000).end();
    }

    @Test
    void theSinksAgreeWithStringConcatenation() {
        List<String> out = new ArrayList<>();
        features(FeatureSink.into(out), "brask", -4, true);
        assertEquals(List.of("b", "w=brask", "w-1+w=halvergate|brask", "pre2=br", "cue@-4|sh=X",
                "ss=true|-4000"), out);
    }

    @Test
    void numbersHashAsTheirDecimalStrings() {
        for (int n : new int[] {0, 7, -3, 10, 99, 100, 12345, -100000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            FeatureHashes h = new FeatureHashes();
            h.begin().part("len=").part(n).end();
            assertArrayEquals(FeatureHashes.of("len=" + n), h.copy(0), "n=" + n);
        }
    }

    @Test
    void lookupsByHashAddTheSameFloatsAsLookupsByString() {
        Random random = new Random(18);
        Map<String, float[]> weights = new HashMap<>();
        List<String> words = List.of("brask", "reyle", "lorne", "county", "said", "x", "", "é", "Ω-dam");
        for (String w : words) {
            for (int n = -5; n <= 5; n++) {
                for (String f : strings(w, n, n % 2 == 0)) {
                    if (random.nextInt(3) > 0) {
                        weights.put(f, new float[] {random.nextFloat() - 0.5f, random.nextFloat(), -random.nextFloat()});
                    }
                }
            }
        }
        FeatureWeights table = FeatureWeights.of(weights, 3);
        assertEquals(weights.size(), table.size());
        for (String w : words) {
            for (int n = -7; n <= 7; n++) {
                boolean flag = n % 3 == 0;
                float[] expected = AveragedPerceptron.scores(weights, strings(w, n, flag), 3);
                FeatureHashes hashes = new FeatureHashes();
                features(hashes, w, n, flag);
                float[] actual = new float[3];
                table.addTo(hashes, actual);
                assertArrayEquals(expected, actual, 0f, w + " " + n);
            }
        }
    }

    private static List<String> strings(String word, int n, boolean flag) {
        List<String> out = new ArrayList<>();
        features(FeatureSink.into(out), word, n, flag);
        return out;
    }
}
