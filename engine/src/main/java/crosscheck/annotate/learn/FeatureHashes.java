package crosscheck.annotate.learn;

import java.util.Arrays;

/**
 * A {@link FeatureSink} that keeps, for each feature, a 128-bit hash of its string (two 64-bit lanes of different
 * make: a polynomial hash and FNV-1a), computed character by character as the parts come, so that no feature string
 * is built: the taggers look their weights up by these hashes ({@link FeatureWeights}), which a model computes once
 * for each of its feature names when it is loaded, with this same code. Two different strings share both lanes with
 * a chance of about 2<sup>−128</sup> (a model whose own names collide is refused when loaded), so a lookup finds the
 * weights its string would have found. Reusable: {@link #clear} forgets the features kept. Not thread-safe.
 */
public final class FeatureHashes implements FeatureSink {

    /** The polynomial lane's base: an odd number with its bits spread (the golden ratio's). */
    private static final long BASE = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long poly;
    private long fnv;
    private long[] hashes = new long[64];
    private int size;
    /** Room for {@link FeatureWeights}'s batched lookups of the features kept. */
    private long[] scratch = new long[0];
    private int[] found = new int[0];

    /** The hashes of one string, as a model computes them for its feature names: {poly, fnv}. */
    public static long[] of(String feature) {
        FeatureHashes h = new FeatureHashes();
        h.begin().part(feature).end();
        return new long[] {h.hashes[0], h.hashes[1]};
    }

    /** Forgets the features kept. */
    public void clear() {
        size = 0;
    }

    /** The number of features kept. */
    public int size() {
        return size;
    }

    /** The features kept, two longs each (the lanes), in the order they were added; the array may be longer. */
    long[] hashes() {
        return hashes;
    }

    /** At least {@code 2 * n} longs of room, reused. */
    long[] scratch(int n) {
        if (scratch.length < 2 * n) {
            scratch = new long[Math.max(2 * n, Math.max(64, 2 * scratch.length))];
        }
        return scratch;
    }

    /** At least {@code n} ints of room, reused: where {@link FeatureWeights} puts the features it found. */
    int[] found(int n) {
        if (found.length < n) {
            found = new int[Math.max(n, Math.max(32, 2 * found.length))];
        }
        return found;
    }

    /** A copy of the features kept from feature {@code from} on, two longs each. */
    public long[] copy(int from) {
        return Arrays.copyOfRange(hashes, 2 * from, 2 * size);
    }

    @Override
    public FeatureSink begin() {
        poly = 1;
        fnv = FNV_OFFSET;
        return this;
    }

    private void next(char c) {
        poly = poly * BASE + c + 1;
        fnv = (fnv ^ c) * FNV_PRIME;
    }

    @Override
    public FeatureSink part(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            next(s.charAt(i));
        }
        return this;
    }

    @Override
    public FeatureSink part(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            next(s.charAt(i));
        }
        return this;
    }

    @Override
    public FeatureSink part(char c) {
        next(c);
        return this;
    }

    @Override
    public FeatureSink part(int n) {
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                return part(Integer.toString(n));
            }
            next('-');
            n = -n;
        }
        int div = 1;
        while (n / div >= 10) {
            div *= 10;
        }
        for (; div > 0; div /= 10) {
            next((char) ('0' + n / div % 10));
        }
        return this;
    }

    @Override
    public void end() {
        if (2 * size + 2 > hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[2 * size] = poly;
        hashes[2 * size + 1] = fnv;
        size++;
    }
}
