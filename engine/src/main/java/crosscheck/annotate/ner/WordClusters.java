package crosscheck.annotate.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distributional word classes counted from unlabeled text: each frequent word is described by the words seen just
 * before and after it, and k-means groups words with similar neighbours ("monday" with "tuesday", "minister" with
 * "president", surnames with surnames). The tagger uses a word's class as a feature, which carries what the labeled
 * data taught about some words over to others it never showed. Deterministic for a seed; immutable once built.
 */
final class WordClusters {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’.-]*|[^\\s\\p{L}\\p{Nd}]");

    private final Map<String, String> classes;

    WordClusters(Map<String, String> classes) {
        this.classes = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(classes));
    }

    /**
     * Clusters the words seen at least {@code minCount} times into {@code k} classes, describing each by its
     * neighbours among the {@code contextWords} most frequent words.
     */
    static WordClusters build(List<String> texts, int minCount, int contextWords, int k, int iterations, long seed) {
        List<String[]> docs = new ArrayList<>();
        Map<String, Integer> freq = new HashMap<>();
        for (String t : texts) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(t);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                tokens.add(w);
                freq.merge(w, 1, Integer::sum);
            }
            docs.add(tokens.toArray(String[]::new));
        }
        List<String> byFreq = freq.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0
                ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey())).map(Map.Entry::getKey).toList();
        Map<String, Integer> ctx = new HashMap<>();
        for (int i = 0; i < Math.min(contextWords, byFreq.size()); i++) {
            ctx.put(byFreq.get(i), i);
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (String w : byFreq) {
            if (freq.get(w) >= minCount) {
                vocab.put(w, vocab.size());
            }
        }
        int dims = 2 * ctx.size();
        float[][] vectors = new float[vocab.size()][dims];
        for (String[] doc : docs) {
            for (int i = 0; i < doc.length; i++) {
                Integer row = vocab.get(doc[i]);
                if (row == null) {
                    continue;
                }
                if (i > 0 && ctx.containsKey(doc[i - 1])) {
                    vectors[row][ctx.get(doc[i - 1])]++;
                }
                if (i + 1 < doc.length && ctx.containsKey(doc[i + 1])) {
                    vectors[row][ctx.size() + ctx.get(doc[i + 1])]++;
                }
            }
        }
        for (float[] v : vectors) {
            normalise(v);
        }
        int[] assignment = kMeans(vectors, Math.min(k, vectors.length), iterations, seed);
        Map<String, String> classes = new HashMap<>();
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            classes.put(e.getKey(), Integer.toString(assignment[e.getValue()]));
        }
        return new WordClusters(classes);
    }

    private static int[] kMeans(float[][] x, int k, int iterations, long seed) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        float[][] centres = new float[k][];
        Random random = new Random(seed);
        for (int c = 0; c < k; c++) {
            centres[c] = x[random.nextInt(n)].clone();
        }
        int[] assignment = new int[n];
        for (int it = 0; it < iterations; it++) {
            final float[][] cs = centres;
            java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                int best = 0;
                double bestSim = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    float[] a = x[i];
                    float[] b = cs[c];
                    for (int j = 0; j < d; j++) {
                        s += a[j] * b[j];
                    }
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                assignment[i] = best;
            });
            float[][] sums = new float[k][d];
            for (int i = 0; i < n; i++) {
                float[] s = sums[assignment[i]];
                for (int j = 0; j < d; j++) {
                    s[j] += x[i][j];
                }
            }
            for (int c = 0; c < k; c++) {
                normalise(sums[c]);
                centres[c] = sums[c];
            }
        }
        return assignment;
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < v.length; j++) {
                v[j] *= inv;
            }
        }
    }

    /** The word's class, or "none". */
    String of(String lowerWord) {
        return classes.getOrDefault(lowerWord, "none");
    }

    Map<String, String> entries() {
        return classes;
    }
}
