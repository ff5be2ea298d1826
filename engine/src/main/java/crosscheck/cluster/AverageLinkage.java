package crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering over a lower-triangular similarity matrix: repeatedly joins the two most
 * similar groups until no pair reaches the threshold. Group similarities are updated in place (Lance–Williams: the
 * similarity of A∪B to C is the size-weighted mean of A's and B's), and each group remembers its nearest neighbour
 * and a short list of the next candidates ({@link Candidates}), so a merge costs O(n) unless it empties those lists.
 * Deterministic (the lowest index wins ties); stateless.
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
        return merge(sim, threshold, new long[1]);
    }

    /** As {@link #merge(float[][], double)}, counting into {@code scans[0]} the full scans of a row made. */
    static List<List<Integer>> merge(float[][] sim, double threshold, long[] scans) {
        int n = sim.length;
        List<List<Integer>> groups = new ArrayList<>();
        boolean[] alive = new boolean[n];
        int[] nearest = new int[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            alive[i] = true;
        }
        Candidates candidates = new Candidates(sim, alive);
        for (int i = 0; i < n; i++) {
            nearest[i] = candidates.nearestOf(i);
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
            candidates.merged(keep, drop);
            for (int c = 0; c < n; c++) {
                if (alive[c] && (c == keep || nearest[c] == keep || nearest[c] == drop)) {
                    nearest[c] = candidates.nearestOf(c);
                } else if (alive[c] && at(sim, c, keep) > at(sim, c, nearest[c])) {
                    nearest[c] = keep;
                }
            }
        }
        scans[0] = candidates.scans;
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                result.add(groups.get(i));
            }
        }
        return result;
    }

    /**
     * Each live group's best few candidates for nearest neighbour, so that finding a group's nearest again after a
     * merge does not scan the whole row: on many near-identical articles most groups have the same nearest, every
     * merge sent each of them back to a full scan, and the clustering grew with the cube of the number of articles
     * (2,000 equally similar articles: 37 s). A row's list holds live groups in order of similarity (highest first,
     * the lowest index on ties) such that every live group not in it ranks after all that are; a merge removes the
     * dropped group from every list and puts the kept one (whose similarities changed) at its new place, or leaves it
     * out when it ranks after the list's last. {@link #nearestOf} is then the head of the list, exactly what a full
     * scan finds; an empty list is filled again by one scan.
     */
    private static final class Candidates {

        /** Candidates kept per row. */
        static final int SIZE = 16;

        private final float[][] sim;
        private final boolean[] alive;
        private final int[][] list;
        private final int[] size;
        /** Full scans made: for the tests. */
        long scans;

        Candidates(float[][] sim, boolean[] alive) {
            this.sim = sim;
            this.alive = alive;
            this.list = new int[sim.length][SIZE];
            this.size = new int[sim.length];
        }

        /** The live group most similar to {@code i} (the lowest index on ties), or -1. */
        int nearestOf(int i) {
            if (size[i] == 0) {
                scan(i);
            }
            return size[i] == 0 ? -1 : list[i][0];
        }

        /** Group {@code drop} joined {@code keep}: {@code keep}'s similarities to every group changed. */
        void merged(int keep, int drop) {
            size[keep] = 0;
            for (int c = 0; c < size.length; c++) {
                if (alive[c] && c != keep && size[c] > 0) {
                    remove(c, drop);
                    remove(c, keep);
                    insert(c, keep);
                }
            }
        }

        /** Fills row {@code i}'s list from all live groups. */
        private void scan(int i) {
            scans++;
            int[] l = list[i];
            float[] v = new float[SIZE];
            int m = 0;
            for (int c = 0; c < alive.length; c++) {
                float s = c == i || !alive[c] ? Float.NaN : at(sim, i, c);
                if (!(s > Float.NEGATIVE_INFINITY) || m == SIZE && !(s > v[SIZE - 1])) {
                    continue; // c ascends: a later group equal to the last listed ranks after it
                }
                int k = m == SIZE ? SIZE - 1 : m++;
                while (k > 0 && s > v[k - 1]) {
                    v[k] = v[k - 1];
                    l[k] = l[k - 1];
                    k--;
                }
                v[k] = s;
                l[k] = c;
            }
            size[i] = m;
        }

        /** Puts {@code c} into row {@code i}'s list at its place, unless it ranks after the list's last. */
        private void insert(int i, int c) {
            if (!(at(sim, i, c) > Float.NEGATIVE_INFINITY) || size[i] == 0
                    || !ranksBefore(i, c, list[i][size[i] - 1])) {
                return;
            }
            if (size[i] == SIZE) {
                size[i]--;
            }
            list[i][size[i]++] = c;
            sink(i, size[i] - 1);
        }

        /** Moves the entry at {@code at} of row {@code i}'s list up to its place. */
        private void sink(int i, int at) {
            int[] l = list[i];
            for (int k = at; k > 0 && ranksBefore(i, l[k], l[k - 1]); k--) {
                int t = l[k];
                l[k] = l[k - 1];
                l[k - 1] = t;
            }
        }

        private void remove(int i, int c) {
            int[] l = list[i];
            for (int k = 0; k < size[i]; k++) {
                if (l[k] == c) {
                    System.arraycopy(l, k + 1, l, k, size[i] - k - 1);
                    size[i]--;
                    return;
                }
            }
        }

        /** Whether {@code a} is more similar to {@code i} than {@code b} is (the lower index on ties). */
        private boolean ranksBefore(int i, int a, int b) {
            float va = at(sim, i, a);
            float vb = at(sim, i, b);
            return va > vb || va == vb && a < b;
        }
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
