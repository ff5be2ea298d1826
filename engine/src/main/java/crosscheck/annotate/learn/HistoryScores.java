package crosscheck.annotate.learn;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The scores a tagger's beam search asks of each hypothesis at each token ({@link BeamSearch.Scores#history}), from
 * features in two parts: those of the two labels before the token alone ("p=B-PER", "pp=O|B-PER"), whose weights
 * are found once per model, and those of the token and the label before it ("p+w=B-PER|said"), found once per token
 * and previous label however many hypotheses share that label. The weights are added in the features' order, so the
 * scores are the very floats that adding each feature's weights in turn gives. Immutable and thread-safe; each
 * sequence decoded gets its own {@link #sequence}.
 */
public final class HistoryScores {

    /** The features of a token that depend only on the two labels before it ("<s>" before the start). */
    public interface LabelFeatures {
        void add(String previous, String beforePrevious, FeatureSink sink);
    }

    /** The features of token {@code i} that depend on the label before it; they follow the label features. */
    public interface TokenFeatures {
        void add(int i, String previous, FeatureSink sink);
    }

    /**
     * The features of token {@code i} after label {@code previous} (-1: none) as {@link FeatureWeights#slots} finds
     * them: a tagger that keeps them per word gives them without hashing.
     */
    public interface TokenSlots {
        int[] slots(int i, int previous);
    }

    private final FeatureWeights weights;
    private final String[] labels;
    /** The label features' slots, by (previous + 1) * (labels + 1) + (beforePrevious + 1). */
    private final int[][] labelSlots;

    public HistoryScores(FeatureWeights weights, String[] labels, LabelFeatures features) {
        this.weights = weights;
        this.labels = labels.clone();
        int n = labels.length + 1;
        this.labelSlots = new int[n * n][];
        FeatureHashes hashes = new FeatureHashes();
        for (int p = -1; p < labels.length; p++) {
            for (int pp = -1; pp < labels.length; pp++) {
                hashes.clear();
                features.add(BeamSearch.label(this.labels, p), BeamSearch.label(this.labels, pp), hashes);
                labelSlots[(p + 1) * n + pp + 1] = weights.slots(hashes);
            }
        }
    }

    /** The history scores of one sequence's tokens, asked in order of the tokens. Not thread-safe. */
    public Sequence sequence(TokenFeatures features) {
        FeatureHashes hashes = new FeatureHashes();
        return new Sequence((i, previous) -> {
            hashes.clear();
            features.add(i, BeamSearch.label(labels, previous), hashes);
            return weights.slots(hashes);
        });
    }

    /** {@link #sequence(TokenFeatures)} with the token features' slots found by the caller. */
    public Sequence sequence(TokenSlots slots) {
        return new Sequence(slots);
    }

    /** The history scores of one sequence. */
    public final class Sequence {
        private final TokenSlots features;
        private final int[][] tokenSlots = new int[labels.length + 1][];
        private int token = -1;
        /**
         * The scores given at {@link #token}: hypotheses that share their last two labels (they often do) get the
         * same; a beam keeps few, so a short list looked through.
         */
        private int[] givenPairs = new int[8];
        private float[] @Nullable [] given = new float[8][];
        private int givenCount;

        private Sequence(TokenSlots features) {
            this.features = features;
        }

        /**
         * The scores of each label at token {@code i} after {@code previous} and {@code beforePrevious}: an array of
         * this sequence's, to be read before the scores of a later token are asked for.
         */
        public float[] scores(int i, int previous, int beforePrevious) {
            int pair = (previous + 1) * (labels.length + 1) + beforePrevious + 1;
            if (i != token) {
                Arrays.fill(tokenSlots, null);
                token = i;
                givenCount = 0;
            }
            for (int g = 0; g < givenCount; g++) {
                if (givenPairs[g] == pair) {
                    return given[g];
                }
            }
            if (givenCount == givenPairs.length) {
                givenPairs = Arrays.copyOf(givenPairs, 2 * givenCount);
                given = Arrays.copyOf(given, 2 * givenCount);
            }
            float[] scores = given[givenCount];
            if (scores == null) {
                scores = new float[labels.length];
                given[givenCount] = scores;
            } else {
                Arrays.fill(scores, 0f);
            }
            givenPairs[givenCount++] = pair;
            weights.addSlots(labelSlots[pair], scores);
            int[] slots = tokenSlots[previous + 1];
            if (slots == null) {
                slots = features.slots(i, previous);
                tokenSlots[previous + 1] = slots;
            }
            weights.addSlots(slots, scores);
            return scores;
        }
    }
}
