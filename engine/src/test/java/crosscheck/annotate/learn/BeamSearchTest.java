package crosscheck.annotate.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BeamSearchTest {

    /** Scores drawn at random, the same for the same arguments; label 2 may not follow the start or label 0. */
    private static final class RandomScores implements BeamSearch.Scores {
        private final float[][] base;
        private final float[][][][] history;

        RandomScores(long seed, int n, int labels) {
            Random r = new Random(seed);
            base = new float[n][labels];
            history = new float[n][labels + 1][labels + 1][labels];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < labels; k++) {
                    base[i][k] = r.nextFloat() * 2 - 1;
                }
                for (float[][] byPrevious : history[i]) {
                    for (float[] scores : byPrevious) {
                        for (int k = 0; k < labels; k++) {
                            scores[k] = r.nextFloat() * 2 - 1;
                        }
                    }
                }
            }
        }

        @Override
        public float[] base(int i) {
            return base[i];
        }

        @Override
        public float[] history(int i, int previous, int beforePrevious) {
            return history[i][previous + 1][beforePrevious + 1];
        }

        @Override
        public boolean allowed(int label, int previous) {
            return !(label == 2 && previous <= 0);
        }

        /** The score of a whole sequence, or -infinity when it breaks the rule. */
        double score(int[] labels) {
            double s = 0;
            int previous = -1;
            int beforePrevious = -1;
            for (int i = 0; i < labels.length; i++) {
                if (!allowed(labels[i], previous)) {
                    return Double.NEGATIVE_INFINITY;
                }
                s = s + base[i][labels[i]] + history[i][previous + 1][beforePrevious + 1][labels[i]];
                beforePrevious = previous;
                previous = labels[i];
            }
            return s;
        }
    }

    @Test
    void aBeamAsWideAsEverySequenceFindsTheBestOne() {
        int n = 5;
        int labels = 3;
        for (long seed = 1; seed <= 20; seed++) {
            RandomScores scores = new RandomScores(seed, n, labels);
            int[] best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            int[] seq = new int[n];
            for (int code = 0; code < Math.pow(labels, n); code++) {
                int c = code;
                for (int i = 0; i < n; i++) {
                    seq[i] = c % labels;
                    c /= labels;
                }
                double s = scores.score(seq);
                if (s > bestScore) {
                    bestScore = s;
                    best = seq.clone();
                }
            }
            int[] found = BeamSearch.best(n, labels, 243, scores);
            assertEquals(bestScore, scores.score(found), 1e-9, "seed " + seed);
            assertArrayEquals(best, found, "seed " + seed);
        }
    }

    @Test
    void aNarrowBeamKeepsToTheRules() {
        RandomScores scores = new RandomScores(7, 40, 3);
        int[] found = BeamSearch.best(40, 3, 2, scores);
        assertEquals(40, found.length);
        assertEquals(true, Double.isFinite(scores.score(found)));
    }

    @Test
    void equalScoresKeepTheEarlierCandidateFirst() {
        BeamSearch.Scores flat = everywhere(new float[3]);
        assertArrayEquals(new int[] {0, 0, 0, 0}, BeamSearch.best(4, 3, 2, flat));
        assertArrayEquals(new int[0], BeamSearch.best(0, 3, 2, flat));
    }

    @Test
    void followingGoldStopsWhereGoldFallsOutOfTheBeam() {
        BeamSearch.Scores prefersZero = everywhere(new float[] {1f, 0f, -1f});
        // Gold 0, 0, 2, 0: with a beam of two, the prefix 0 0 2 (score 1) loses to 0 0 0 (3) and 0 0 1 (2).
        int[] found = BeamSearch.search(4, 3, 2, prefersZero, new int[] {0, 0, 2, 0});
        assertArrayEquals(new int[] {0, 0, 0, -1}, found);
        assertEquals(3, BeamSearch.prefix(found));
        // Gold that stays in the beam: the search runs to the end.
        assertArrayEquals(new int[] {0, 0, 0, 0}, BeamSearch.search(4, 3, 2, prefersZero, new int[] {0, 0, 0, 0}));
    }

    /** The same base scores at every token, no history scores, every label allowed anywhere. */
    private static BeamSearch.Scores everywhere(float[] base) {
        return new BeamSearch.Scores() {
            @Override
            public float[] base(int i) {
                return base;
            }

            @Override
            public float[] history(int i, int previous, int beforePrevious) {
                return new float[base.length];
            }

            @Override
            public boolean allowed(int label, int previous) {
                return true;
            }
        };
    }
}
