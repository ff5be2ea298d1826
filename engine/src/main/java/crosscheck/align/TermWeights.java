package crosscheck.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of sentence terms, counted over every sentence of a batch: a word most sentences
 * use weighs little, a rare name or word a lot. Immutable once built.
 */
final class TermWeights {

    private final Map<String, Integer> df;
    private final int sentences;

    private TermWeights(Map<String, Integer> df, int sentences) {
        this.df = df;
        this.sentences = sentences;
    }

    /** Weights counted over the given sentences. */
    static TermWeights of(List<StorySentence> all) {
        Map<String, Integer> df = new HashMap<>();
        for (StorySentence s : all) {
            for (String t : s.terms()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new TermWeights(Map.copyOf(df), all.size());
    }

    /** The term's weight: {@code ln((N + 1) / (df + 1)) + 1}. */
    double weight(String term) {
        return Math.log((sentences + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
    }
}
