package crosscheck.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the pair weights of a {@link StoryClusterer.Model}: logistic regression over {@link StoryPairFeatures} by
 * full-batch gradient descent (a fixed number of steps from zero weights, a small L2 penalty), so that the same
 * training pairs give the same weights each time. The thresholds are chosen by the caller, who knows the gold
 * clusters.
 */
public final class StoryModelTrainer {

    private static final int STEPS = 1500;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-4;

    private StoryModelTrainer() {
    }

    /** One group of articles as the trainer sees it: each pair's features and whether it is one event. */
    public record Group(double[][][] features, boolean[][] same) {
    }

    /**
     * The logistic weights, one per {@link StoryPairFeatures#NAMES} entry, fitted to every pair of every group.
     *
     * @throws IllegalArgumentException when the groups hold no pair
     */
    public static List<Double> fit(List<Group> groups) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Group g : groups) {
            for (int i = 0; i < g.features().length; i++) {
                for (int j = 0; j < i; j++) {
                    x.add(g.features()[i][j]);
                    y.add(g.same()[i][j]);
                }
            }
        }
        return fit(x, y);
    }

    /**
     * The logistic weights fitted to these feature vectors (all of one length) and their labels, as {@link
     * #fit(List)} fits pairs.
     *
     * @throws IllegalArgumentException when there is no example
     */
    public static List<Double> fit(List<double[]> x, List<Boolean> y) {
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no pair to train on");
        }
        int d = x.get(0).length;
        double[] w = new double[d];
        double[] gradient = new double[d];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(gradient, 0);
            for (int n = 0; n < x.size(); n++) {
                double[] f = x.get(n);
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * f[k];
                }
                double error = 1 / (1 + Math.exp(-z)) - (y.get(n) ? 1 : 0);
                for (int k = 0; k < d; k++) {
                    gradient[k] += error * f[k];
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= RATE * (gradient[k] / x.size() + L2 * w[k]);
            }
        }
        List<Double> weights = new ArrayList<>(d);
        for (double v : w) {
            weights.add(v);
        }
        return weights;
    }
}
