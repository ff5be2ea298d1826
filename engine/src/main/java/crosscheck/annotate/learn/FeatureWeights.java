package crosscheck.annotate.learn;

import java.util.Map;

/**
 * A tagger's weights by feature, for looking up: an open-addressing table keyed by each feature name's
 * {@link FeatureHashes hashes}, the weights of all features in one array. A lookup touches two arrays and builds
 * nothing, where a {@code Map<String, float[]>} needs the feature's string built and hashed, then follows a node, the
 * key and its bytes and the weights array, each a likely cache miss (the lookups are most of a tagger's time).
 * Immutable and thread-safe.
 */
public final class FeatureWeights {

    private final int classes;
    private final int mask;
    /** Per slot: the polynomial lane, then the FNV lane; both 0 in an empty slot. */
    private final long[] keys;
    private final float[] weights;
    private final int size;

    private FeatureWeights(int classes, int capacity) {
        this.classes = classes;
        this.mask = capacity - 1;
        this.keys = new long[2 * capacity];
        this.weights = new float[capacity * classes];
        this.size = 0;
    }

    private FeatureWeights(FeatureWeights table, int size) {
        this.classes = table.classes;
        this.mask = table.mask;
        this.keys = table.keys;
        this.weights = table.weights;
        this.size = size;
    }

    /**
     * The table of the weights.
     *
     * @throws IllegalArgumentException when a weight vector's length is not {@code classes}, or (about never) when
     *                                  two feature names share their hashes
     */
    public static FeatureWeights of(Map<String, float[]> weights, int classes) {
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 + 1)) * 2;
        FeatureWeights t = new FeatureWeights(classes, capacity);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            float[] w = e.getValue();
            if (w.length != classes) {
                throw new IllegalArgumentException("feature " + e.getKey() + " has " + w.length
                        + " weights, expected " + classes);
            }
            long[] h = FeatureHashes.of(e.getKey());
            int slot = t.slot(h[0], h[1]);
            if (h[0] == 0 && h[1] == 0) {
                throw new IllegalArgumentException("feature " + e.getKey() + " hashes to the empty slot's mark");
            }
            if (t.keys[2 * slot] != 0 || t.keys[2 * slot + 1] != 0) {
                throw new IllegalArgumentException("two features share their hashes, one is " + e.getKey());
            }
            t.keys[2 * slot] = h[0];
            t.keys[2 * slot + 1] = h[1];
            System.arraycopy(w, 0, t.weights, slot * classes, classes);
        }
        return new FeatureWeights(t, weights.size());
    }

    /** The slot of the feature: where it is, or the empty slot where it would be. */
    private int slot(long poly, long fnv) {
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
            if (keys[2 * s] != 0 || keys[2 * s + 1] != 0) {
                int at = s * classes;
                for (int k = 0; k < classes; k++) {
                    scores[k] += weights[at + k];
                }
            }
        }
    }

    /**
     * The slots of the features the sink keeps that have weights, in their order: what {@link #addSlots} adds, for
     * features asked about again and again (those of one token and one previous label, for each hypothesis).
     */
    public int[] slots(FeatureHashes features) {
        long[] hashes = features.hashes();
        int[] out = new int[features.size()];
        int n = 0;
        for (int f = 0; f < features.size(); f++) {
            int s = slot(hashes[2 * f], hashes[2 * f + 1]);
            if (keys[2 * s] != 0 || keys[2 * s + 1] != 0) {
                out[n++] = s;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Adds the weights in the slots ({@link #slots}) to {@code scores}, in their order. */
    public void addSlots(int[] slots, float[] scores) {
        for (int s : slots) {
            int at = s * classes;
            for (int k = 0; k < classes; k++) {
                scores[k] += weights[at + k];
            }
        }
    }

    /** Adds to {@code scores} the weights of every feature the sink keeps, in their order. */
    public void addTo(FeatureHashes features, float[] scores) {
        addTo(features.hashes(), 0, features.size(), scores);
    }
}
