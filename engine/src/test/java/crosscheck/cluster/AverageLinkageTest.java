package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    /** A lower-triangular matrix of {@code n} items whose similarities are drawn from {@code levels} values. */
    private static float[][] matrix(int n, int levels, long seed) {
        Random r = new Random(seed);
        float[][] sim = new float[n][];
        for (int i = 0; i < n; i++) {
            sim[i] = new float[i];
            for (int j = 0; j < i; j++) {
                sim[i][j] = levels == 0 ? r.nextFloat() : 0.3f + 0.1f * r.nextInt(levels);
            }
        }
        return sim;
    }

    private static float[][] copy(float[][] sim) {
        float[][] out = new float[sim.length][];
        for (int i = 0; i < sim.length; i++) {
            out[i] = sim[i].clone();
        }
        return out;
    }

    @Test
    void mergesAsTheFullScanDidOnRandomAndTiedSimilarities() {
        for (int levels : new int[] {0, 1, 2, 3, 7}) {
            for (long seed = 1; seed <= 12; seed++) {
                float[][] sim = matrix(5 + (int) (seed * 7 % 60), levels, seed);
                for (double threshold : new double[] {0.25, 0.45, 0.6}) {
                    assertEquals(Reference.merge(copy(sim), threshold), AverageLinkage.merge(copy(sim), threshold),
                            "levels " + levels + ", seed " + seed + ", threshold " + threshold);
                }
            }
        }
    }

    @Test
    void nearIdenticalItemsNeedFewFullScans() {
        // Every pair equally similar (many copies of one article): each merge used to send every group back to a
        // full scan of its row, n scans of n per merge and n³ in all.
        int n = 400;
        float[][] sim = new float[n][];
        for (int i = 0; i < n; i++) {
            sim[i] = new float[i];
            java.util.Arrays.fill(sim[i], 0.9f);
        }
        long[] scans = new long[1];
        List<List<Integer>> groups = AverageLinkage.merge(sim, 0.5, scans);
        assertEquals(1, groups.size());
        assertEquals(n, groups.get(0).size());
        // The full scan of every invalidated row made about n * n / 2 (80,000 here); the lists leave a few per item.
        assertTrue(scans[0] <= 10L * n, "full scans: " + scans[0] + " for " + n + " items");
    }

    /** The merge as it was before the candidate lists: every invalidated nearest found again by a full scan. */
    private static final class Reference {

        static List<List<Integer>> merge(float[][] sim, double threshold) {
            int n = sim.length;
            List<List<Integer>> groups = new ArrayList<>();
            boolean[] alive = new boolean[n];
            int[] nearest = new int[n];
            for (int i = 0; i < n; i++) {
                groups.add(new ArrayList<>(List.of(i)));
                alive[i] = true;
            }
            for (int i = 0; i < n; i++) {
                nearest[i] = nearestOf(i, sim, alive);
            }
            while (true) {
                int a = -1;
                double best = threshold;
                for (int i = 0; i < n; i++) {
                    if (alive[i] && nearest[i] >= 0 && AverageLinkage.at(sim, i, nearest[i]) >= best) {
                        best = AverageLinkage.at(sim, i, nearest[i]);
                        a = i;
                    }
                }
                if (a < 0) {
                    break;
                }
                int keep = Math.min(a, nearest[a]);
                int drop = Math.max(a, nearest[a]);
                int sizeKeep = groups.get(keep).size();
                int sizeDrop = groups.get(drop).size();
                for (int c = 0; c < n; c++) {
                    if (alive[c] && c != keep && c != drop) {
                        float merged = (sizeKeep * AverageLinkage.at(sim, keep, c)
                                + sizeDrop * AverageLinkage.at(sim, drop, c)) / (sizeKeep + sizeDrop);
                        if (keep > c) {
                            sim[keep][c] = merged;
                        } else {
                            sim[c][keep] = merged;
                        }
                    }
                }
                groups.get(keep).addAll(groups.get(drop));
                alive[drop] = false;
                for (int c = 0; c < n; c++) {
                    if (alive[c] && (c == keep || nearest[c] == keep || nearest[c] == drop)) {
                        nearest[c] = nearestOf(c, sim, alive);
                    } else if (alive[c] && AverageLinkage.at(sim, c, keep) > AverageLinkage.at(sim, c, nearest[c])) {
                        nearest[c] = keep;
                    }
                }
            }
            List<List<Integer>> result = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (alive[i]) {
                    result.add(groups.get(i));
                }
            }
            return result;
        }

        private static int nearestOf(int i, float[][] sim, boolean[] alive) {
            int best = -1;
            float bestSim = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < sim.length; c++) {
                if (c != i && alive[c] && AverageLinkage.at(sim, c, i) > bestSim) {
                    bestSim = AverageLinkage.at(sim, c, i);
                    best = c;
                }
            }
            return best;
        }
    }
}
