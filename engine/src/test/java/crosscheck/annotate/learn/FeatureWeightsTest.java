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

    @Test
    void tablesSharingTheirKeysAddWhatEachWouldAddAlone() {
        Random random = new Random(7);
        List<Map<String, float[]>> maps = List.of(new HashMap<>(), new HashMap<>());
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String f = "w=brask" + i;
            asked.add(f);
            for (Map<String, float[]> m : maps) {
                if (random.nextInt(3) > 0) {
                    m.put(f, new float[] {random.nextFloat() - 0.5f, -random.nextFloat(), -0.0f, random.nextFloat()});
                }
            }
        }
        List<FeatureWeights> tables = FeatureWeights.sharing(maps, 4);
        for (int t = 0; t < 2; t++) {
            assertEquals(maps.get(t).size(), tables.get(t).size());
        }
        for (int from = 0; from < asked.size(); from += 37) {
            List<String> features = asked.subList(from, Math.min(asked.size(), from + 60));
            FeatureHashes hashes = new FeatureHashes();
            features.forEach(hashes::add);
            hashes.add("w=lorne county");
            for (int t = 0; t < 2; t++) {
                float[] expected = AveragedPerceptron.scores(maps.get(t), features, 4);
                float[] byHash = new float[4];
                tables.get(t).addTo(hashes, byHash);
                float[] bySlot = new float[4];
                tables.get(t).addSlots(tables.get(t).slotsInAny(hashes), bySlot);
                for (int k = 0; k < 4; k++) {
                    assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(byHash[k]));
                    assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(bySlot[k]));
                }
            }
        }
    }
}
