package crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average linkage with anchored groups: the groups {@code 0 … anchored-1} are existing stories that must stay as they
 * are (they never merge with each other and never lose a member), the rest are new items that may join one of them or
 * each other. Like {@link AverageLinkage}, it repeatedly joins the most similar pair allowed, while their mean
 * similarity is at least the threshold, updating group similarities Lance–Williams style (the similarity of A∪B to
 * C is the size-weighted mean of A's and B's). A new item joined to an anchored group makes it part of that
 * anchored group. Only the rows of the new items are kept: the cost is O(new × groups) memory. Deterministic (the
 * lowest indexes win ties); stateless.
 */
final class AnchoredLinkage {

    private AnchoredLinkage() {
    }

    /**
     * The groups of item indexes: first the anchored groups, each with the new items that joined it (in join
     * order), then the groups formed by new items alone, each led by its lowest index.
     *
     * @param sizes     the size of each anchored group (its number of articles), for the size-weighted means
     * @param rows      {@code rows[k][g]}: the mean similarity of new item {@code k} (group {@code sizes.length + k})
     *                  to group {@code g}; overwritten
     * @param threshold the least mean similarity at which two groups merge
     */
    static List<List<Integer>> merge(int[] sizes, float[][] rows, double threshold) {
        int anchored = sizes.length;
        int n = anchored + rows.length;
        int[] size = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        boolean[] alive = new boolean[n];
        for (int g = 0; g < n; g++) {
            size[g] = g < anchored ? sizes[g] : 1;
            members.add(new ArrayList<>(g < anchored ? List.of() : List.of(g)));
            alive[g] = true;
        }
        int[] nearest = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            nearest[k] = nearestOf(anchored + k, rows, alive, anchored);
        }
        while (true) {
            int a = -1;
            double best = threshold;
            for (int k = 0; k < rows.length; k++) {
                int g = anchored + k;
                if (alive[g] && nearest[k] >= 0 && rows[k][nearest[k]] >= best && (a < 0 || rows[k][nearest[k]] > best)) {
                    best = rows[k][nearest[k]];
                    a = g;
                }
            }
            if (a < 0) {
                break;
            }
            int other = nearest[a - anchored];
            int keep = Math.min(a, other);
            int drop = Math.max(a, other);
            for (int c = 0; c < n; c++) {
                if (alive[c] && c != keep && c != drop && (c >= anchored || keep >= anchored)) {
                    float merged = (size[keep] * at(rows, anchored, keep, c) + size[drop] * at(rows, anchored, drop, c))
                            / (size[keep] + size[drop]);
                    set(rows, anchored, keep, c, merged);
                }
            }
            members.get(keep).addAll(members.get(drop));
            size[keep] += size[drop];
            alive[drop] = false;
            for (int k = 0; k < rows.length; k++) {
                int c = anchored + k;
                if (!alive[c]) {
                    continue;
                }
                if (c == keep || nearest[k] == keep || nearest[k] == drop) {
                    nearest[k] = nearestOf(c, rows, alive, anchored);
                } else if (rows[k][keep] > rows[k][nearest[k]]) {
                    nearest[k] = keep;
                }
            }
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (g < anchored || alive[g]) {
                result.add(members.get(g));
            }
        }
        return result;
    }

    /** The live group most similar to new group {@code g} (the lowest index on ties), or -1. */
    private static int nearestOf(int g, float[][] rows, boolean[] alive, int anchored) {
        float[] row = rows[g - anchored];
        int best = -1;
        for (int c = 0; c < row.length; c++) {
            if (c != g && alive[c] && (best < 0 || row[c] > row[best])) {
                best = c;
            }
        }
        return best;
    }

    private static float at(float[][] rows, int anchored, int a, int b) {
        return a >= anchored ? rows[a - anchored][b] : rows[b - anchored][a];
    }

    /** Sets the similarity of {@code a} and {@code b}, at least one of them new, in each new one's row. */
    private static void set(float[][] rows, int anchored, int a, int b, float value) {
        if (a >= anchored) {
            rows[a - anchored][b] = value;
        }
        if (b >= anchored) {
            rows[b - anchored][a] = value;
        }
    }
}
