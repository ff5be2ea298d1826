package crosscheck.annotate.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tagger's weights by feature, for looking up: an open-addressing table keyed by each feature name's
 * {@link FeatureHashes hashes}, the weights of all features in one array. A lookup touches two arrays and builds
 * nothing, where a {@code Map<String, float[]>} needs the feature's string built and hashed, then follows a node, the
 * key and its bytes and the weights array, each a likely cache miss (the lookups are most of a tagger's time).
 * Several tables may share their keys ({@link #sharing}): a feature is then found once ({@link #slotsInAny}) and its
 * weights read from each. Immutable and thread-safe.
 */
public final class FeatureWeights {

    private final int classes;
    private final int mask;
    /** Per slot: the polynomial lane, then the FNV lane; both 0 in an empty slot. Shared by tables that share keys. */
    private final long[] keys;
    private final float[] weights;
    /** Per slot: whether this table has weights for the feature there. */
    private final boolean[] present;
    private final int size;

    private FeatureWeights(int classes, long[] keys, boolean[] present, float[] weights, int size) {
        this.classes = classes;
        this.mask = keys.length / 2 - 1;
        this.keys = keys;
        this.present = present;
        this.weights = weights;
        this.size = size;
    }

    /**
     * The table of the weights.
     *
     * @throws IllegalArgumentException when a weight vector's length is not {@code classes}, or (about never) when
     *                                  two feature names share their hashes
     */
    public static FeatureWeights of(Map<String, float[]> weights, int classes) {
        return sharing(List.of(weights), classes).get(0);
    }

    /** The tables of several weight maps over the same classes, sharing one set of keys (the union of theirs). */
    public static List<FeatureWeights> sharing(List<Map<String, float[]>> tables, int classes) {
        int most = 0;
        for (Map<String, float[]> t : tables) {
            most += t.size();
        }
        int capacity = Integer.highestOneBit(Math.max(4, most * 2 + 1)) * 2;
        long[] keys = new long[2 * capacity];
        int mask = capacity - 1;
        List<FeatureWeights> out = new ArrayList<>();
        for (Map<String, float[]> table : tables) {
            boolean[] present = new boolean[capacity];
            float[] weights = new float[capacity * classes];
            for (Map.Entry<String, float[]> e : table.entrySet()) {
                float[] w = e.getValue();
                if (w.length != classes) {
                    throw new IllegalArgumentException("feature " + e.getKey() + " has " + w.length
                            + " weights, expected " + classes);
                }
                long[] h = FeatureHashes.of(e.getKey());
                if (h[0] == 0 && h[1] == 0) {
                    throw new IllegalArgumentException("feature " + e.getKey() + " hashes to the empty slot's mark");
                }
                int slot = slot(keys, mask, h[0], h[1]);
                if (present[slot]) {
                    throw new IllegalArgumentException("two features share their hashes, one is " + e.getKey());
                }
                keys[2 * slot] = h[0];
                keys[2 * slot + 1] = h[1];
                present[slot] = true;
                System.arraycopy(w, 0, weights, slot * classes, classes);
            }
            out.add(new FeatureWeights(classes, keys, present, weights, table.size()));
        }
        return out;
    }

    /** The slot of the feature: where it is, or the empty slot where it would be. */
    private static int slot(long[] keys, int mask, long poly, long fnv) {
        long mixed = poly ^ Long.rotateLeft(fnv, 32);
        int s = (int) (mixed ^ mixed >>> 29) & mask;
        while (true) {
            long k = keys[2 * s];
            long f = keys[2 * s + 1];
            if (k == poly && f == fnv || k == 0 && f == 0) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    private int slot(long poly, long fnv) {
        return slot(keys, mask, poly, fnv);
    }

    /** The number of features with weights. */
    public int size() {
        return size;
    }

    /** The number of classes each feature weighs. */
    public int classes() {
        return classes;
    }

    /**
     * Adds to {@code scores} the weights of each feature {@code from} (inclusive) to {@code to} of the hashes (two
     * longs a feature, as {@link FeatureHashes} keeps them), in their order: the sums are the very floats a loop over
     * the feature strings would give.
     */
    public void addTo(long[] hashes, int from, int to, float[] scores) {
        for (int f = from; f < to; f++) {
            int s = slot(hashes[2 * f], hashes[2 * f + 1]);
            if (present[s]) {
                add(s, scores);
            }
        }
    }

    private void add(int slot, float[] scores) {
        int at = slot * classes;
        for (int k = 0; k < classes; k++) {
            scores[k] += weights[at + k];
        }
    }

    /** Adds to {@code scores} the weights of every feature the sink keeps, in their order. */
    public void addTo(FeatureHashes features, float[] scores) {
        addTo(features.hashes(), 0, features.size(), scores);
    }

    /**
     * The slots of the features the sink keeps that this table has weights for, in their order: what
     * {@link #addSlots} adds, for features asked about again and again (those of one token and one previous label,
     * for each hypothesis).
     */
    public int[] slots(FeatureHashes features) {
        return found(features, present);
    }

    /**
     * The slots of the features the sink keeps that any of the tables sharing this one's keys has weights for, in
     * their order: found once, added from each table with {@link #addSlots}.
     */
    public int[] slotsInAny(FeatureHashes features) {
        return found(features, null);
    }

    private int[] found(FeatureHashes features, boolean @org.jspecify.annotations.Nullable [] in) {
        long[] hashes = features.hashes();
        int[] out = new int[features.size()];
        int n = 0;
        for (int f = 0; f < features.size(); f++) {
            int s = slot(hashes[2 * f], hashes[2 * f + 1]);
            if (in == null ? keys[2 * s] != 0 || keys[2 * s + 1] != 0 : in[s]) {
                out[n++] = s;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Adds the weights this table has in the slots ({@link #slots}, {@link #slotsInAny}) to {@code scores}, in order. */
    public void addSlots(int[] slots, float[] scores) {
        addSlots(slots, 0, slots.length, scores);
    }

    /** {@link #addSlots(int[], float[])} for {@code slots[from, to)}. */
    public void addSlots(int[] slots, int from, int to, float[] scores) {
        for (int i = from; i < to; i++) {
            int s = slots[i];
            if (present[s]) {
                add(s, scores);
            }
        }
    }
}
