package crosscheck.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted clustering with the gold one: B-cubed precision, recall and F1 over items (Bagga and
 * Baldwin 1998) and the adjusted Rand index (Hubert and Arabie 1985).
 *
 * <p>B3: an item's precision is the share of its predicted cluster that shares its gold cluster, its recall the share
 * of its gold cluster that shares its predicted cluster; P and R are the means over items, F1 their harmonic mean.
 *
 * @param precision B3 precision
 * @param recall    B3 recall
 * @param f1        B3 F1
 * @param ari       adjusted Rand index (1 = identical partitions, about 0 = chance)
 */
record ClusteringScore(double precision, double recall, double f1, double ari) {

    /**
     * Scores a predicted clustering.
     *
     * @param gold      each item's gold cluster
     * @param predicted each item's predicted cluster, in the same order
     */
    static ClusteringScore of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need as many predicted labels as gold ones, got "
                    + predicted.size() + " for " + gold.size());
        }
        Map<String, Integer> goldSizes = counts(gold);
        Map<String, Integer> predictedSizes = counts(predicted);
        Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            cells.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double n = gold.size();
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            double shared = cells.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += shared / predictedSizes.get(predicted.get(i));
            r += shared / goldSizes.get(gold.get(i));
        }
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClusteringScore(p, r, f1, ari(cells, goldSizes, predictedSizes, gold.size()));
    }

    private static double ari(Map<String, Integer> cells, Map<String, Integer> goldSizes,
                              Map<String, Integer> predictedSizes, int n) {
        double index = pairSum(cells);
        double goldPairs = pairSum(goldSizes);
        double predictedPairs = pairSum(predictedSizes);
        double expected = goldPairs * predictedPairs / pairs(n);
        double max = (goldPairs + predictedPairs) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }

    private static double pairSum(Map<String, Integer> sizes) {
        return sizes.values().stream().mapToDouble(ClusteringScore::pairs).sum();
    }

    private static double pairs(int k) {
        return k * (k - 1.0) / 2;
    }
}
