package crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering over a lower-triangular similarity matrix: repeatedly joins the two most
 * similar groups until no pair reaches the threshold. Group similarities are updated in place (Lance–Williams: the
 * similarity of A∪B to C is the size-weighted mean of A's and B's), and each group remembers its nearest neighbour,
 * so a merge costs O(n) unless it invalidates them. Deterministic (the lowest index wins ties); stateless.
 */
final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * The groups of item indexes, each in merge order.
     *
     * @param sim       {@code sim[i][j]} for {@code j < i}; overwritten
     * @param threshold the least mean similarity at which two groups merge
     */
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
            nearest[i] = nearestOf(i, sim, alive, n);
        }
        while (true) {
            int a = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (alive[i] && nearest[i] >= 0 && at(sim, i, nearest[i]) >= best) {
                    best = at(sim, i, nearest[i]);
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
                    float merged = (sizeKeep * at(sim, keep, c) + sizeDrop * at(sim, drop, c)) / (sizeKeep + sizeDrop);
                    set(sim, keep, c, merged);
                }
            }
            groups.get(keep).addAll(groups.get(drop));
            alive[drop] = false;
            for (int c = 0; c < n; c++) {
                if (alive[c] && (c == keep || nearest[c] == keep || nearest[c] == drop)) {
                    nearest[c] = nearestOf(c, sim, alive, n);
                } else if (alive[c] && at(sim, c, keep) > at(sim, c, nearest[c])) {
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

    /** The live group most similar to {@code i} (the lowest index on ties), or -1. */
    private static int nearestOf(int i, float[][] sim, boolean[] alive, int n) {
        int best = -1;
        float bestSim = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            if (c != i && alive[c] && at(sim, i, c) > bestSim) {
                bestSim = at(sim, i, c);
                best = c;
            }
        }
        return best;
    }

    private static void set(float[][] sim, int a, int b, float value) {
        if (a > b) {
            sim[a][b] = value;
        } else {
            sim[b][a] = value;
        }
    }

    static float at(float[][] sim, int a, int b) {
        return a > b ? sim[a][b] : sim[b][a];
    }
}
