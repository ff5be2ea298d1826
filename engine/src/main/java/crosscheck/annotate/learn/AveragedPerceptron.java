package crosscheck.annotate.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a multi-class averaged perceptron (Collins 2002) over string features, with lazy averaging: a
 * weight's running total is brought up to date only when the weight changes. The taggers' trainers share it. Not
 * thread-safe.
 */
public final class AveragedPerceptron {

    private final int classes;
    private final Map<String, float[]> weights = new HashMap<>();
    private final Map<String, float[]> totals = new HashMap<>();
    private final Map<String, int[]> stamps = new HashMap<>();
    private int step;

    /** @param classes the number of classes */
    public AveragedPerceptron(int classes) {
        this.classes = classes;
    }

    /** Moves the clock on by one example; call once per example, before {@link #update}. */
    public void tick() {
        step++;
    }

    /** The scores of each class for the features, with the current (not averaged) weights. */
    public float[] scores(List<String> features) {
        return scores(weights, features, classes);
    }

    /** The best-scoring class for the features under the weights; the lowest index wins ties. */
    public static int argmax(float[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The scores of each class for the features under the given weights. */
    public static float[] scores(Map<String, float[]> weights, List<String> features, int classes) {
        float[] scores = new float[classes];
        for (String f : features) {
            float[] v = weights.get(f);
            if (v != null) {
                for (int k = 0; k < classes; k++) {
                    scores[k] += v[k];
                }
            }
        }
        return scores;
    }

    /** Adds {@code delta} to the weight of the feature for the class. */
    public void update(String feature, int label, float delta) {
        float[] v = weights.computeIfAbsent(feature, k -> new float[classes]);
        float[] t = totals.computeIfAbsent(feature, k -> new float[classes]);
        int[] s = stamps.computeIfAbsent(feature, k -> new int[classes]);
        t[label] += (step - s[label]) * v[label];
        s[label] = step;
        v[label] += delta;
    }

    /** The averaged weights, without features whose every averaged weight is (about) zero. */
    public Map<String, float[]> averaged() {
        Map<String, float[]> avg = new HashMap<>();
        int n = Math.max(step, 1);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            float[] v = e.getValue();
            float[] t = totals.get(e.getKey());
            int[] s = stamps.get(e.getKey());
            float[] a = new float[v.length];
            boolean any = false;
            for (int k = 0; k < v.length; k++) {
                a[k] = (t[k] + (step - s[k]) * v[k]) / n;
                any |= Math.abs(a[k]) > 1e-6;
            }
            if (any) {
                avg.put(e.getKey(), a);
            }
        }
        return avg;
    }
}
