package crosscheck.annotate.learn;

import java.util.List;
import java.util.function.Predicate;

/**
 * One training step of a structured averaged perceptron over one sequence, as both taggers' trainers take it: decode
 * with the tagger's beam under the current weights, and where the gold sequence falls out of the beam (or at the
 * end, when the best sequence is wrong) reward the gold prefix's features and penalise the best prefix's (Collins
 * and Roark's early update). Stateless.
 */
public final class EarlyUpdate {

    /** The features of token {@code i} that depend on the two labels before it ("<s>" before the start). */
    public interface HistoryFeatures {
        List<String> of(int i, String previous, String beforePrevious);
    }

    private EarlyUpdate() {
    }

    /**
     * Trains on one sequence.
     *
     * @param base        each token's features that do not depend on earlier labels
     * @param transitions {@link BeamSearch#bioTransitions} of the labels
     * @param gold        the gold label of each token
     * @param updated     which features may be updated (the others are left out of the model)
     * @return {tokens whose label the compared prefix got right, tokens compared}
     */
    public static int[] step(AveragedPerceptron perceptron, List<List<String>> base, HistoryFeatures history,
                             String[] labels, boolean[][] transitions, int width, int[] gold,
                             Predicate<String> updated) {
        perceptron.tick();
        int[] guess = BeamSearch.search(base.size(), labels.length, width, new BeamSearch.Scores() {
            @Override
            public float[] base(int i) {
                return perceptron.scores(base.get(i));
            }

            @Override
            public float[] history(int i, int previous, int beforePrevious) {
                return perceptron.scores(history.of(i, BeamSearch.label(labels, previous),
                        BeamSearch.label(labels, beforePrevious)));
            }

            @Override
            public boolean allowed(int label, int previous) {
                return transitions[label][previous + 1];
            }
        }, gold);
        int upTo = BeamSearch.prefix(guess);
        boolean same = upTo == gold.length;
        int correct = 0;
        for (int i = 0; i < upTo; i++) {
            if (guess[i] == gold[i]) {
                correct++;
            } else {
                same = false;
            }
        }
        if (!same) {
            update(perceptron, base, history, labels, gold, upTo, 1f, updated);
            update(perceptron, base, history, labels, guess, upTo, -1f, updated);
        }
        return new int[] {correct, upTo};
    }

    /** Adds {@code delta} to the features of the sequence's first {@code upTo} labels. */
    private static void update(AveragedPerceptron perceptron, List<List<String>> base, HistoryFeatures history,
                               String[] labels, int[] seq, int upTo, float delta, Predicate<String> updated) {
        for (int i = 0; i < upTo; i++) {
            for (String f : base.get(i)) {
                if (updated.test(f)) {
                    perceptron.update(f, seq[i], delta);
                }
            }
            for (String f : history.of(i, BeamSearch.label(labels, i > 0 ? seq[i - 1] : -1),
                    BeamSearch.label(labels, i > 1 ? seq[i - 2] : -1))) {
                if (updated.test(f)) {
                    perceptron.update(f, seq[i], delta);
                }
            }
        }
    }
}
