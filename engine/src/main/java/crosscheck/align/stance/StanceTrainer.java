package crosscheck.align.stance;

import crosscheck.annotate.learn.AveragedPerceptron;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains a {@link StanceClassifier}: the idf of the training bodies, then the first stage (related or unrelated) on
 * every pair and the second stage (agree, disagree, discuss) on the related pairs, each an averaged perceptron.
 * A mistake on a rarer stance can weigh more ({@code stanceWeights}). Deterministic for a given seed. Not
 * thread-safe.
 */
public final class StanceTrainer {

    /**
     * One labelled pair.
     *
     * @param claim  the claim (headline)
     * @param body   the body; pairs that share a body should share the object
     * @param stance the gold stance
     */
    public record Example(StanceText claim, StanceText body, Stance stance) {
        public Example {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(stance, "stance");
        }
    }

    private final int epochs;
    private final long seed;
    private final float[] stanceWeights;
    private final float prune;

    /**
     * @param epochs        passes over the data
     * @param seed          the shuffling seed
     * @param stanceWeights the size of an update for a missed agree, disagree and discuss
     * @param prune         averaged weights whose largest magnitude is below this are dropped from the model
     */
    public StanceTrainer(int epochs, long seed, float[] stanceWeights, float prune) {
        if (stanceWeights.length != StanceClassifier.RELATED.size()) {
            throw new IllegalArgumentException("stanceWeights needs 3 values (agree, disagree, discuss), found "
                    + stanceWeights.length);
        }
        this.epochs = epochs;
        this.seed = seed;
        this.stanceWeights = stanceWeights.clone();
        this.prune = prune;
    }

    /** Trains on the pairs; {@code progress} hears a line per epoch and stage. */
    public StanceClassifier train(List<Example> data, Consumer<String> progress) {
        Set<StanceText> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        data.forEach(e -> distinct.add(e.body()));
        StanceFeatures features = StanceFeatures.fromBodies(new ArrayList<>(distinct));
        List<List<String>> relatedX = new ArrayList<>(data.size());
        int[] relatedY = new int[data.size()];
        List<List<String>> stanceX = new ArrayList<>();
        List<Integer> stanceY = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Example e = data.get(i);
            StanceFeatures.Overlap o = features.overlap(e.claim(), e.body());
            relatedX.add(features.related(o));
            relatedY[i] = e.stance().isRelated() ? 0 : 1;
            if (e.stance().isRelated()) {
                stanceX.add(features.stance(o));
                stanceY.add(StanceClassifier.RELATED.indexOf(e.stance()));
            }
        }
        float[] one = {1f, 1f};
        Map<String, float[]> related = perceptron(relatedX, relatedY, 2, one, "related", progress);
        int[] y = stanceY.stream().mapToInt(Integer::intValue).toArray();
        Map<String, float[]> stance = perceptron(stanceX, y, 3, stanceWeights, "stance", progress);
        double relatedScale = fitScale(related, relatedX, relatedY, 2);
        double stanceScale = fitScale(stance, stanceX, y, 3);
        return new StanceClassifier(features, related, stance, relatedScale, stanceScale);
    }

    private Map<String, float[]> perceptron(List<List<String>> x, int[] y, int classes, float[] weights, String name,
            Consumer<String> progress) {
        AveragedPerceptron p = new AveragedPerceptron(classes);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int correct = 0;
            for (int i : order) {
                p.tick();
                int guess = AveragedPerceptron.argmax(p.scores(x.get(i)));
                if (guess == y[i]) {
                    correct++;
                    continue;
                }
                for (String f : x.get(i)) {
                    p.update(f, y[i], weights[y[i]]);
                    p.update(f, guess, -weights[y[i]]);
                }
            }
            progress.accept(String.format(java.util.Locale.ROOT, "%s epoch %d: accuracy %.4f", name, epoch,
                    correct / (double) x.size()));
        }
        Map<String, float[]> avg = p.averaged();
        avg.values().removeIf(w -> {
            float max = 0;
            for (float v : w) {
                max = Math.max(max, Math.abs(v));
            }
            return max < prune;
        });
        return avg;
    }

    /** The divisor of the scores that best fits a softmax to the gold labels (log-likelihood, on a grid). */
    private static double fitScale(Map<String, float[]> w, List<List<String>> x, int[] y, int classes) {
        double bestScale = 1;
        double best = Double.NEGATIVE_INFINITY;
        List<float[]> scores = new ArrayList<>(x.size());
        for (List<String> f : x) {
            scores.add(AveragedPerceptron.scores(w, f, classes));
        }
        for (double scale = 0.05; scale < 200; scale *= 1.25) {
            double ll = 0;
            for (int i = 0; i < x.size(); i++) {
                float[] s = scores.get(i);
                double z = 0;
                for (float v : s) {
                    z += Math.exp((v - s[y[i]]) / scale);
                }
                ll -= Math.log(z);
            }
            if (ll > best) {
                best = ll;
                bestScale = scale;
            }
        }
        return bestScale;
    }
}
