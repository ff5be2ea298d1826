package crosscheck.annotate.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tagger's weights by feature, for looking up: an open-addressing index keyed by each feature name's
 * {@link FeatureHashes hashes}, pointing into one array that holds, feature after feature, its hashes and its
 * weights. A lookup builds nothing and touches two places in memory: the index's slot (8 bytes, a 32-bit fingerprint
 * and the feature's number, so that the slots a probe walks share a cache line) and the feature's record (its hashes
 * to confirm the match, then its weights, side by side). Where the weights lived apart from the keys, and a flag of
 * their presence apart again, a found feature cost three or four cache misses; the tables are far larger than the
 * caches, so the misses are the cost. Several tables over the same classes may share one index and one record per
 * feature ({@link #sharing}): a feature is then found once ({@link #slotsInAny}) and each table's weights read from
 * the same record. A table without weights for a feature of the shared index holds zeros there: adding +0.0f to a
 * score that starts at +0.0f leaves it the same float, so the sums are those of the features the table has. Immutable
 * and thread-safe.
 */
public final class FeatureWeights {

    /** Ints of a record before the weights: the polynomial lane, then the FNV lane, low half first. */
    private static final int HEAD = 4;

    private final Shared shared;
    /** Where this table's weights start in a record. */
    private final int offset;
    private final int size;

    /** The index and records that tables sharing their keys share. */
    private static final class Shared {
        private final int classes;
        private final int stride;
        private final int mask;
        /** Per slot: fingerprint (high 32 bits) and feature number + 1 (low 32 bits); 0 in an empty slot. */
        private final long[] index;
        /** Per feature, {@link #stride} ints: the hashes, then each table's weights (float bits). */
        private int[] records;
        private int features;

        Shared(int classes, int tables, int capacity, int most) {
            this.classes = classes;
            this.stride = HEAD + tables * classes;
            this.index = new long[capacity];
            this.mask = capacity - 1;
            this.records = new int[Math.max(1, most) * stride];
        }

        /** The number of the feature with these hashes, or -1. */
        int find(long poly, long fnv) {
            long mixed = mix(poly);
            int fingerprint = (int) (mixed >>> 32);
            int s = (int) mixed & mask;
            while (true) {
                long v = index[s];
                if (v == 0) {
                    return -1;
                }
                if ((int) (v >>> 32) == fingerprint) {
                    int f = (int) v - 1;
                    int at = f * stride;
                    if (records[at] == (int) poly && records[at + 1] == (int) (poly >>> 32)
                            && records[at + 2] == (int) fnv && records[at + 3] == (int) (fnv >>> 32)) {
                        return f;
                    }
                }
                s = (s + 1) & mask;
            }
        }

        /**
         * {@link #find} for each feature of the sink, into {@code features.found}: first the index's slots of all of
         * them are read, then each probe is resolved, then the records of the candidates are confirmed. Each pass's
         * loads do not wait on one another, so the processor has many cache misses under way at once where one
         * lookup after the other would wait out each miss in turn (the tables are far larger than the caches).
         */
        void findAll(FeatureHashes features) {
            int n = features.size();
            long[] hashes = features.hashes();
            long[] entry = features.scratch(n);
            int[] found = features.found(n);
            long[] index = this.index;
            int mask = this.mask;
            for (int i = 0; i < n; i++) {
                long mixed = mix(hashes[2 * i]);
                found[i] = (int) mixed & mask;
                entry[2 * i] = mixed;
                entry[2 * i + 1] = index[(int) mixed & mask];
            }
            for (int i = 0; i < n; i++) {
                int fingerprint = (int) (entry[2 * i] >>> 32);
                int s = found[i];
                long v = entry[2 * i + 1];
                while (v != 0 && (int) (v >>> 32) != fingerprint) {
                    s = (s + 1) & mask;
                    v = index[s];
                }
                found[i] = (int) v - 1;
            }
            int[] records = this.records;
            for (int i = 0; i < n; i++) {
                int f = found[i];
                if (f >= 0) {
                    long poly = hashes[2 * i];
                    long fnv = hashes[2 * i + 1];
                    int at = f * stride;
                    if (records[at] != (int) poly || records[at + 1] != (int) (poly >>> 32)
                            || records[at + 2] != (int) fnv || records[at + 3] != (int) (fnv >>> 32)) {
                        // A fingerprint shared by another feature (about one lookup in 4 billion): probe on.
                        found[i] = find(poly, fnv);
                    }
                }
            }
        }

        /** The number of the feature with these hashes, added (weights 0) if new. */
        int findOrAdd(long poly, long fnv) {
            int f = find(poly, fnv);
            if (f >= 0) {
                return f;
            }
            long mixed = mix(poly);
            int s = (int) mixed & mask;
            while (index[s] != 0) {
                s = (s + 1) & mask;
            }
            f = features++;
            index[s] = (mixed >>> 32) << 32 | (f + 1L);
            int at = f * stride;
            if (at + stride > records.length) {
                records = Arrays.copyOf(records, Math.max(records.length * 2, at + stride));
            }
            records[at] = (int) poly;
            records[at + 1] = (int) (poly >>> 32);
            records[at + 2] = (int) fnv;
            records[at + 3] = (int) (fnv >>> 32);
            return f;
        }

        /** Spreads the polynomial lane's bits (its low bits alone are weak): MurmurHash3's finaliser. */
        private static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ h >>> 33;
        }
    }

    private FeatureWeights(Shared shared, int offset, int size) {
        this.shared = shared;
        this.offset = offset;
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
        Shared shared = new Shared(classes, tables.size(), capacity, most);
        List<FeatureWeights> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            int offset = HEAD + t * classes;
            boolean[] seen = new boolean[Math.max(1, most)];
            for (Map.Entry<String, float[]> e : tables.get(t).entrySet()) {
                float[] w = e.getValue();
                if (w.length != classes) {
                    throw new IllegalArgumentException("feature " + e.getKey() + " has " + w.length
                            + " weights, expected " + classes);
                }
                long[] h = FeatureHashes.of(e.getKey());
                int f = shared.findOrAdd(h[0], h[1]);
                if (seen[f]) {
                    throw new IllegalArgumentException("two features share their hashes, one is " + e.getKey());
                }
                seen[f] = true;
                int at = f * shared.stride + offset;
                for (int k = 0; k < classes; k++) {
                    shared.records[at + k] = Float.floatToRawIntBits(w[k]);
                }
            }
            out.add(new FeatureWeights(shared, offset, tables.get(t).size()));
        }
        shared.records = Arrays.copyOf(shared.records, shared.features * shared.stride);
        return out;
    }

    /** The number of features with weights. */
    public int size() {
        return size;
    }

    /** The number of classes each feature weighs. */
    public int classes() {
        return shared.classes;
    }

    private void add(int feature, float[] scores, int into) {
        int[] records = shared.records;
        int at = feature * shared.stride + offset;
        for (int k = 0, n = shared.classes; k < n; k++) {
            scores[into + k] += Float.intBitsToFloat(records[at + k]);
        }
    }

    /**
     * Adds to {@code scores} the weights of every feature the sink keeps, in their order: the sums are the very floats
     * a loop over the feature strings would give.
     */
    public void addTo(FeatureHashes features, float[] scores) {
        shared.findAll(features);
        int[] found = features.found(features.size());
        for (int i = 0, n = features.size(); i < n; i++) {
            if (found[i] >= 0) {
                add(found[i], scores, 0);
            }
        }
    }

    /**
     * The number of each feature the sink keeps in the keys this table shares ({@link #addSlot}), -1 for one that no
     * sharing table has weights for, in the sink's order: an array of the sink's, valid until its next lookup.
     */
    public int[] find(FeatureHashes features) {
        shared.findAll(features);
        return features.found(features.size());
    }

    /** Adds this table's weights of feature {@code slot} ({@link #find}, {@link #slots}) to {@code scores[into, into + classes)}. */
    public void addSlot(int slot, float[] scores, int into) {
        add(slot, scores, into);
    }

    /**
     * The features the sink keeps that this table, or one sharing its keys, has weights for, in their order: what
     * {@link #addSlots} adds, for features asked about again and again (those of one token and one previous label,
     * for each hypothesis).
     */
    public int[] slots(FeatureHashes features) {
        return slotsInAny(features);
    }

    /**
     * The features the sink keeps that any of the tables sharing this one's keys has weights for, in their order:
     * found once, added from each table with {@link #addSlots}.
     */
    public int[] slotsInAny(FeatureHashes features) {
        shared.findAll(features);
        int[] found = features.found(features.size());
        int[] out = new int[features.size()];
        int n = 0;
        for (int i = 0, size = features.size(); i < size; i++) {
            if (found[i] >= 0) {
                out[n++] = found[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Adds the weights this table has for the features ({@link #slots}, {@link #slotsInAny}) to {@code scores}, in order. */
    public void addSlots(int[] slots, float[] scores) {
        addSlots(slots, 0, slots.length, scores, 0);
    }

    /** Adds the weights of {@code slots[from, to)} to {@code scores[into, into + classes)}, in order. */
    public void addSlots(int[] slots, int from, int to, float[] scores, int into) {
        for (int i = from; i < to; i++) {
            add(slots[i], scores, into);
        }
    }
}
