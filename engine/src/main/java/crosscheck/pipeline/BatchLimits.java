package crosscheck.pipeline;

/**
 * How many articles one batch may hold, from the memory Java may use. A batch keeps every article with its
 * annotations until the report is written, and story clustering builds pairwise similarity matrices (floats,
 * lower-triangular: 2 bytes per pair of articles), so memory grows with the square of the number of articles. The
 * worst case is a batch about one topic: the story model then splits one loose group of all the articles, holding
 * six such matrices at once ({@code StoryPairFeatures.Pairs} and the pair probabilities), 12 bytes per pair. Past the limit the batch stops reading, says so, and reports what was
 * read, instead of spending minutes in garbage collection before running out of memory.
 */
public final class BatchLimits {

    /** Measured heap per article held through the run (text, paragraphs, annotations, term vectors), rounded up. */
    static final long BYTES_PER_ARTICLE = 96 * 1024;
    /** Bytes per pair of articles in the clustering matrices at worst, with headroom for transient copies. */
    static final double BYTES_PER_PAIR = 14;
    /** Kept for the models (entities, sentences, stances) and the report writers. */
    static final long RESERVED_BYTES = 384L * 1024 * 1024;

    private BatchLimits() {
    }

    /** The default limit for this JVM's max heap ({@code -Xmx}, or a quarter of the machine's memory). */
    public static int defaultMaxArticles() {
        return maxArticles(Runtime.getRuntime().maxMemory());
    }

    /**
     * The most articles that fit in {@code maxHeapBytes}: the largest n with
     * {@code BYTES_PER_ARTICLE·n + BYTES_PER_PAIR·n² ≤ maxHeapBytes − RESERVED_BYTES}; at least 100.
     */
    public static int maxArticles(long maxHeapBytes) {
        double budget = Math.max(0, maxHeapBytes - RESERVED_BYTES);
        double a = BYTES_PER_PAIR;
        double b = BYTES_PER_ARTICLE;
        double n = (-b + Math.sqrt(b * b + 4 * a * budget)) / (2 * a);
        return (int) Math.max(100, Math.min(Integer.MAX_VALUE - 1, Math.floor(n)));
    }
}
