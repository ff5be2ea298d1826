package crosscheck.dedup;

import crosscheck.internal.Texts;
import crosscheck.core.Article;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures over word shingles: two articles' signatures agree in about the same share of positions as
 * their sets of five-word shingles overlap (Jaccard similarity), so near-duplicates can be found without comparing
 * texts. Words are lower-cased runs of letters and digits, so punctuation, quotes and spacing do not matter.
 *
 * <p>Immutable and thread-safe; deterministic (fixed seeds).
 */
public final class MinHashFingerprinter {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    private static final int DEFAULT_HASHES = 128;

    private final long[] seeds;

    /** 128 hash functions. */
    public MinHashFingerprinter() {
        this(DEFAULT_HASHES);
    }

    /** {@code hashes} hash functions; more gives a closer estimate. */
    public MinHashFingerprinter(int hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("hashes must be at least 1, got " + hashes);
        }
        seeds = new long[hashes];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < hashes; i++) {
            x = mix(x + i);
            seeds[i] = x;
        }
    }

    /** The article's signature over its title and body; an empty text gives a signature that matches nothing. */
    public Fingerprint fingerprint(Article article) {
        String[] words = words((article.title() == null ? "" : article.title()) + " " + article.body());
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(0, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = shingleHash(words, i);
            for (int k = 0; k < seeds.length; k++) {
                long v = mix(h ^ seeds[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return new Fingerprint(article.id(), min, shingles);
    }

    private static long shingleHash(String[] words, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + SHINGLE; i++) {
            h = 31 * h + words[i].hashCode();
        }
        return h;
    }

    /** A 64-bit finaliser (from SplitMix64): spreads similar inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String[] words(String text) {
        return Texts.lowerWords(text);
    }

    /** An article's MinHash signature. Immutable. */
    public static final class Fingerprint {
        private final String articleId;
        private final long[] minima;
        private final int shingles;

        Fingerprint(String articleId, long[] minima, int shingles) {
            this.articleId = articleId;
            this.minima = minima.clone();
            this.shingles = shingles;
        }

        /** The article. */
        public String articleId() {
            return articleId;
        }

        /** How many shingles the text had. */
        public int shingles() {
            return shingles;
        }

        /** The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
        public double similarity(Fingerprint other) {
            if (shingles == 0 || other.shingles == 0 || minima.length != other.minima.length) {
                return 0;
            }
            int same = 0;
            for (int i = 0; i < minima.length; i++) {
                if (minima[i] == other.minima[i]) {
                    same++;
                }
            }
            return (double) same / minima.length;
        }

        @Override
        public String toString() {
            return "Fingerprint[" + articleId + ", " + shingles + " shingles]";
        }
    }
}
