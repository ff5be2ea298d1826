package crosscheck.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of sentence terms, counted over every sentence of a batch (and, in an archive, over
 * the sentences of the articles filed outside it too: {@link TermCounts}): a word most sentences use weighs little, a
 * rare name or word a lot. Immutable once built.
 */
final class TermWeights {

    /** Each counted term's weight, worked out once: the aligner asks for the same terms again and again. */
    private final Map<String, Double> weights;
    /** The weight of a term no sentence has. */
    private final double unseen;

    private TermWeights(Map<String, Long> df, long sentences) {
        Map<String, Double> w = new HashMap<>(df.size() * 2);
        df.forEach((t, n) -> w.put(t, weight(sentences, n)));
        this.weights = w;
        this.unseen = weight(sentences, 0);
    }

    /** Weights counted over the given sentences. */
    static TermWeights of(List<StorySentence> all) {
        return new TermWeights(counts(all), all.size());
    }

    /**
     * Weights counted over the given sentences and over the sentences an archive counted outside them: {@code
     * background}'s counts less {@code own}'s, the round's sentences as the archive counts them (every article of
     * the round once, each entity under its own name; see {@link TermCounts}). A count the archive has not caught up
     * with (another process filing) is taken as zero, never below.
     */
    static TermWeights of(List<StorySentence> all, List<List<String>> own, TermCounts.Background background) {
        Map<String, Long> df = counts(all);
        Map<Long, Long> ownCounts = new HashMap<>();
        for (List<String> terms : own) {
            for (String t : terms) {
                ownCounts.merge(TermCounts.hash(t), 1L, Long::sum);
            }
        }
        List<String> terms = List.copyOf(df.keySet());
        long[] hashes = new long[terms.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TermCounts.hash(terms.get(i));
        }
        TermCounts.Totals outside = TermCounts.ask(background, hashes);
        for (int i = 0; i < hashes.length; i++) {
            long extra = outside.counts()[i] - ownCounts.getOrDefault(hashes[i], 0L);
            if (extra > 0) {
                df.merge(terms.get(i), extra, Long::sum);
            }
        }
        long sentences = all.size() + Math.max(0, outside.sentences() - own.size());
        return new TermWeights(df, sentences);
    }

    private static Map<String, Long> counts(List<StorySentence> all) {
        Map<String, Long> df = new HashMap<>();
        for (StorySentence s : all) {
            for (String t : s.terms()) {
                df.merge(t, 1L, Long::sum);
            }
        }
        return df;
    }

    /** The term's weight: {@code ln((N + 1) / (df + 1)) + 1}. */
    double weight(String term) {
        Double w = weights.get(term);
        return w == null ? unseen : w;
    }

    private static double weight(long sentences, long df) {
        return Math.log((sentences + 1.0) / (df + 1.0)) + 1.0;
    }
}
