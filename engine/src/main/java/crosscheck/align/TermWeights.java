package crosscheck.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of sentence terms, counted over every sentence of a batch: a word most sentences
 * use weighs little, a rare name or word a lot. Immutable once built.
 */
final class TermWeights {

    /** Each counted term's weight, worked out once: the aligner asks for the same terms again and again. */
    private final Map<String, Double> weights;
    /** The weight of a term no sentence has. */
    private final double unseen;

    private TermWeights(Map<String, Integer> df, int sentences) {
        Map<String, Double> w = new HashMap<>(df.size() * 2);
        df.forEach((t, n) -> w.put(t, weight(sentences, n)));
        this.weights = w;
        this.unseen = weight(sentences, 0);
    }

    /** Weights counted over the given sentences. */
    static TermWeights of(List<StorySentence> all) {
        Map<String, Integer> df = new HashMap<>();
        for (StorySentence s : all) {
            for (String t : s.terms()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new TermWeights(df, all.size());
    }

    /** The term's weight: {@code ln((N + 1) / (df + 1)) + 1}. */
    double weight(String term) {
        Double w = weights.get(term);
        return w == null ? unseen : w;
    }

    private static double weight(int sentences, int df) {
        return Math.log((sentences + 1.0) / (df + 1.0)) + 1.0;
    }
}
