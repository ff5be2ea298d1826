package crosscheck.cluster;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Story;
import crosscheck.internal.Parallel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Groups articles into stories in two steps. First the whole batch is grouped loosely by {@link EventClusterer} at a
 * low threshold ({@link Model#coarse()}): articles about the same kind of thing, roughly a topic. Then each such
 * group is split into events: every pair of its articles gets a probability of reporting the same event from a
 * logistic model over {@link StoryPairFeatures}, computed within the group (so the words the whole group shares
 * weigh little and its names, numbers and years much), and the group's articles merge by average linkage while that
 * mean probability is at least {@link Model#threshold()}. A loose group smaller than any the model was trained on
 * ({@link Model#minGroup()}: too few articles for the features measured within it to mean what they meant in
 * training) is not given to the model: the articles of all such groups are grouped loosely again among themselves at
 * {@link Model#regroup()} (a batch about one topic falls apart at the first threshold, since the words all its
 * articles share weigh little), groups that reach {@code minGroup} go to the model, and the rest are split as
 * {@link TfIdfClusterer} splits the whole batch, so small batches come out as they would from it. Articles added to
 * an earlier analysis join its stories by {@link TfIdfClusterer#extend}, never by the model: a large addition can
 * come out otherwise than a fresh analysis of all the articles would.
 *
 * <p>The shipped model ({@link Model#standard()}) is trained by {@code bench clustering-train} on the ECB+ train and
 * dev topics, whose two sub-topics each are two similar events; its held-out figures come from the same command's
 * {@code --cv} (topics held out by fold). Deterministic; stateless and thread-safe. Memory grows with the square of
 * the number of articles: two float matrices over the batch (the loose grouping's and, when a group is small,
 * {@link TfIdfClusterer}'s) and six over the largest loose group (a loose group of 3,000 articles takes about 110 MB).
 */
public final class StoryClusterer implements IncrementalClusterer {

    private static final String RESOURCE = "/crosscheck/cluster/story-model.txt";

    /**
     * A trained model: the logistic weights of the pair features and the two thresholds.
     *
     * @param coarse    the threshold of the first, loose grouping ({@link EventClusterer}'s similarity), in (0, 1]
     * @param regroup   the lower threshold at which the articles left in loose groups too small for the model are
     *                  grouped again among themselves (a batch of one topic falls apart at {@code coarse}: the words
     *                  all its articles share weigh little); {@code regroup >= coarse} skips that step
     * @param threshold the least mean same-event probability at which two groups of one loose group merge, in (0, 1)
     * @param minGroup  the fewest articles a loose group needs for the model to split it (the smallest group it was
     *                  trained on); a smaller group is split by {@link TfIdfClusterer} instead
     * @param weights   one weight per {@link StoryPairFeatures#NAMES} entry, in that order
     */
    public record Model(double coarse, double regroup, double threshold, int minGroup, List<Double> weights) {

        public Model {
            if (!(coarse > 0 && coarse <= 1 && regroup > 0 && regroup <= 1)) {
                throw new IllegalArgumentException("coarse and regroup thresholds must be in (0, 1], got " + coarse
                        + " and " + regroup);
            }
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
            }
            if (minGroup < 2) {
                throw new IllegalArgumentException("minGroup must be at least 2, got " + minGroup);
            }
            weights = List.copyOf(weights);
            if (weights.size() != StoryPairFeatures.NAMES.size()) {
                throw new IllegalArgumentException("expected " + StoryPairFeatures.NAMES.size() + " weights ("
                        + StoryPairFeatures.NAMES + "), got " + weights.size());
            }
        }

        /** The model that ships in the jar. */
        public static Model standard() {
            try (InputStream in = StoryClusterer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("story model " + RESOURCE + " is missing from the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read story model " + RESOURCE, e);
            }
        }

        /**
         * Reads a model written by {@link #write}: {@code name value} lines ({@code coarse}, {@code regroup},
         * {@code threshold},
         * {@code minGroup}, then {@code weight.<feature>} for each feature); blank lines and lines opening with
         * {@code #} are skipped.
         */
        public static Model read(InputStream in) throws IOException {
            Map<String, Double> values = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] kv = s.split("\\s+");
                if (kv.length != 2) {
                    throw new IOException("story model line " + lineNo + ": expected 'name value', got '" + s + "'");
                }
                double v;
                try {
                    v = Double.parseDouble(kv[1]);
                } catch (NumberFormatException e) {
                    throw new IOException("story model line " + lineNo + ": not a number: '" + kv[1] + "'", e);
                }
                if (!Double.isFinite(v)) {
                    throw new IOException("story model line " + lineNo + ": not a finite number: '" + kv[1] + "'");
                }
                values.put(kv[0], v);
            }
            List<Double> weights = new ArrayList<>();
            for (String name : StoryPairFeatures.NAMES) {
                weights.add(required(values, "weight." + name));
            }
            double minGroup = required(values, "minGroup");
            if (minGroup != Math.rint(minGroup)) {
                throw new IOException("story model: minGroup must be a whole number, got " + minGroup);
            }
            return new Model(required(values, "coarse"), required(values, "regroup"), required(values, "threshold"),
                    (int) minGroup, weights);
        }

        private static double required(Map<String, Double> values, String key) throws IOException {
            Double v = values.get(key);
            if (v == null) {
                throw new IOException("story model has no '" + key + "'");
            }
            return v;
        }

        /** Writes the model as {@link #read} reads it, after the comment lines given. */
        public void write(Writer out, List<String> comments) throws IOException {
            for (String c : comments) {
                out.write("# " + c + "\n");
            }
            out.write(String.format(Locale.ROOT, "coarse %s\nregroup %s\nthreshold %s\nminGroup %d\n", coarse,
                    regroup, threshold, minGroup));
            for (int k = 0; k < weights.size(); k++) {
                out.write(String.format(Locale.ROOT, "weight.%s %.6f\n", StoryPairFeatures.NAMES.get(k),
                        weights.get(k)));
            }
        }

        /** The probability that the pair with these features reports one event. */
        public double probability(double[] features) {
            double z = 0;
            for (int k = 0; k < features.length; k++) {
                z += weights.get(k) * features[k];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** This model with other thresholds. */
        public Model withThresholds(double coarseThreshold, double regroupThreshold, double pairThreshold) {
            return new Model(coarseThreshold, regroupThreshold, pairThreshold, minGroup, weights);
        }
    }

    private final Model model;
    private final TfIdfClusterer fallback;
    private final double tfIdfThreshold;
    private final int threads;

    /** A clusterer with the shipped model, and {@link TfIdfClusterer}'s default threshold for small groups. */
    public StoryClusterer() {
        this(Model.standard(), TfIdfClusterer.DEFAULT_THRESHOLD);
    }

    /** A clusterer with this model, and {@link TfIdfClusterer}'s default threshold for small groups. */
    public StoryClusterer(Model model) {
        this(model, TfIdfClusterer.DEFAULT_THRESHOLD);
    }

    /**
     * A clusterer with this model; loose groups too small for the model, and articles added to an earlier analysis,
     * are clustered by a {@link TfIdfClusterer} with {@code tfIdfThreshold}.
     */
    public StoryClusterer(Model model, double tfIdfThreshold) {
        this(model, tfIdfThreshold, 1);
    }

    private StoryClusterer(Model model, double tfIdfThreshold, int threads) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = new TfIdfClusterer(tfIdfThreshold);
        this.tfIdfThreshold = tfIdfThreshold;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * This clusterer working on {@code threads} threads: each article's counts and vectors, the rows of each
     * similarity matrix and of each group's pair probabilities are shared among them. The stories are the same on
     * any number of threads.
     */
    @Override
    public StoryClusterer withThreads(int threads) {
        return new StoryClusterer(model, tfIdfThreshold, threads);
    }

    /** The model in use. */
    public Model model() {
        return model;
    }

    @Override
    public List<Story> cluster(List<Article> articles) {
        return cluster(articles, Map.of());
    }

    @Override
    public List<Story> cluster(List<Article> articles, Map<String, Annotations> annotations) {
        if (articles.isEmpty()) {
            return List.of();
        }
        // Block counts depend on each article alone: counted once, they serve every grouping and every group.
        List<List<Map<String, Double>>> counts = new EventClusterer(EventClusterer.Config.of(model.coarse()))
                .counts(articles, annotations, threads);
        List<List<Integer>> events = new ArrayList<>();
        List<Integer> leftover = new ArrayList<>();
        for (List<Integer> loose : looseGroups(articles, counts, model.coarse())) {
            if (loose.size() >= model.minGroup()) {
                events.addAll(split(loose, articles, counts, annotations));
            } else {
                leftover.addAll(loose);
            }
        }
        List<Integer> small = new ArrayList<>();
        if (leftover.size() >= model.minGroup() && model.regroup() < model.coarse()) {
            for (List<Integer> local : looseGroups(pick(articles, leftover), pick(counts, leftover),
                    model.regroup())) {
                List<Integer> loose = local.stream().map(leftover::get).toList();
                if (loose.size() >= model.minGroup()) {
                    events.addAll(split(loose, articles, counts, annotations));
                } else {
                    small.addAll(loose);
                }
            }
        } else {
            small.addAll(leftover);
        }
        List<Map<String, Double>> tfIdf = TfIdfClusterer.vectors(articles, threads);
        if (!small.isEmpty()) {
            // What TfIdfClusterer.cluster(articles) would make of the whole batch, without counting it again.
            int[] group = new int[articles.size()];
            List<List<Integer>> groups = AverageLinkage.merge(TfIdfClusterer.similarities(tfIdf, threads),
                    tfIdfThreshold);
            for (int g = 0; g < groups.size(); g++) {
                for (int i : groups.get(g)) {
                    group[i] = g;
                }
            }
            Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
            for (int i : small) {
                byGroup.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
            }
            events.addAll(byGroup.values());
        }
        return TfIdfClusterer.stories(events, articles, tfIdf, threads);
    }

    /** The articles with these {@link EventClusterer#counts}, grouped loosely: average linkage at the threshold. */
    private List<List<Integer>> looseGroups(List<Article> articles, List<List<Map<String, Double>>> counts,
                                            double threshold) {
        EventClusterer loose = new EventClusterer(EventClusterer.Config.of(threshold));
        return AverageLinkage.merge(loose.similarities(articles, loose.vectors(counts, threads), threads),
                threshold);
    }

    /** The items at these indexes, in their order. */
    private static <T> List<T> pick(List<T> items, List<Integer> indexes) {
        return indexes.stream().map(items::get).toList();
    }

    /**
     * Adds articles to an earlier analysis as {@link TfIdfClusterer#extend} does: the model splits whole groups of
     * articles and cannot place one article among stories it did not form itself.
     */
    @Override
    public List<Story> extend(List<Story> stories, List<Article> known, List<Article> added) {
        return fallback.extend(stories, known, added);
    }

    /** One loose group (indexes into {@code articles}) split into events. */
    private List<List<Integer>> split(List<Integer> group, List<Article> articles,
                                      List<List<Map<String, Double>>> counts, Map<String, Annotations> annotations) {
        List<List<Integer>> out = new ArrayList<>();
        List<Article> members = pick(articles, group);
        for (List<Integer> local : events(new StoryPairFeatures.Pairs(members, pick(counts, group), annotations,
                threads), members.size())) {
            out.add(new ArrayList<>(local.stream().map(group::get).toList()));
        }
        return out;
    }

    /**
     * The second step alone: articles already known to be about one topic split into events, as groups of indexes
     * into {@code group}, each in merge order.
     */
    public List<List<Integer>> events(List<Article> group, Map<String, Annotations> annotations) {
        if (group.size() <= 1) {
            List<List<Integer>> one = new ArrayList<>();
            if (!group.isEmpty()) {
                one.add(new ArrayList<>(List.of(0)));
            }
            return one;
        }
        return events(new StoryPairFeatures.Pairs(group, annotations), group.size());
    }

    /** The {@code n} articles of a group, whose pairs these are, merged into events. */
    private List<List<Integer>> events(StoryPairFeatures.Pairs pairs, int n) {
        float[][] p = new float[n][];
        Parallel.forEach(n, threads, i -> {
            double[] features = new double[StoryPairFeatures.NAMES.size()];
            float[] row = new float[i];
            for (int j = 0; j < i; j++) {
                row[j] = (float) model.probability(pairs.features(i, j, features));
            }
            p[i] = row;
        });
        return AverageLinkage.merge(p, model.threshold());
    }

    @Override
    public String toString() {
        return "StoryClusterer" + model.toString().substring("Model".length());
    }
}
