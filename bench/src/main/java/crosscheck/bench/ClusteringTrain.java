package crosscheck.bench;

import crosscheck.annotate.EntityAnnotator;
import crosscheck.cluster.EventClusterer;
import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.StoryModelTrainer;
import crosscheck.cluster.StoryPairFeatures;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Clusterer;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Trains and cross-validates the model of {@link StoryClusterer} on ECB+ (the train and dev topics; the test topics
 * are held back). Each topic holds two similar events (its sub-topics), which is what the model learns to tell apart.
 *
 * <ul>
 *   <li>The pair weights are fitted ({@link StoryModelTrainer}) on every pair of articles of one topic, each topic
 *       taken as one group, as the second step of the clusterer sees it. The smallest topic's size becomes the
 *       model's {@code minGroup}: smaller loose groups are left to {@code TfIdfClusterer}.</li>
 *   <li>The pair threshold is the one with the best B3 F1 when each training topic is split on its own (F1 weighted
 *       by the topic's articles), from {@link #PAIR_THRESHOLDS}.</li>
 *   <li>The loose threshold is the one with the best B3 F1 when the training topics, dealt into {@value #CHUNKS}
 *       batches, are clustered a batch at a time by the whole clusterer, from {@link #COARSE_THRESHOLDS}.</li>
 *   <li>The regroup threshold (for what is left in small loose groups) is the one with the best sum of two B3 F1:
 *       each training topic clustered alone by the whole clusterer, and the mixed batches above, from
 *       {@link #REGROUP_THRESHOLDS}.</li>
 * </ul>
 *
 * <p>{@code clustering-train} trains on all 33 topics and writes the model into the engine's resources (run from the
 * repository root). {@code clustering-train --cv} writes nothing: the topics are dealt into {@value #FOLDS} folds,
 * and each fold is clustered by a model trained on the other three, as one batch (the product's setting) and topic by
 * topic, next to {@link EventClusterer} with its threshold chosen the same way on the same training topics and
 * {@link TfIdfClusterer} at its default threshold (nothing to train). The
 * pooled figures over the four held-out folds are the held-out figures of the method.
 *
 * <p>Usage: {@code clustering-train [ECBPLUS_DIR] [--cv [--errors]] [--out FILE]}; {@code --errors} lists, for
 * each held-out topic the story clusterer does not get right, how its sub-topics' articles were grouped.
 */
final class ClusteringTrain {

    static final Path MODEL_OUT = Path.of("engine/src/main/resources/crosscheck/cluster/story-model.txt");
    private static final double[] PAIR_THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};
    private static final double[] COARSE_THRESHOLDS = {0.02, 0.03, 0.05, 0.075, 0.1};
    private static final double[] REGROUP_THRESHOLDS = {0.0001, 0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05};
    private static final double[] EVENT_THRESHOLDS = {0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25};
    private static final int FOLDS = 4;
    private static final int CHUNKS = 3;

    private ClusteringTrain() {
    }

    static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/data/ecbplus");
        Path out = MODEL_OUT;
        boolean cv = false;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> cv = true;
                case "--errors" -> errors = true;
                case "--out" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--out needs a file");
                    }
                    out = Path.of(args[i]);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]
                                + " (usage: clustering-train [ECBPLUS_DIR] [--cv [--errors]] [--out FILE])");
                    }
                    dir = Path.of(args[i]);
                }
            }
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("no ECB+ data at " + dir.toAbsolutePath().normalize());
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Map<String, List<ClusteringItem>> topics = new LinkedHashMap<>();
        List<ClusteringItem> all = new ArrayList<>();
        for (ClusteringSplit split : ClusteringCorpora.ecbPlus(dir)) {
            all.addAll(split.items());
        }
        all.stream().map(ClusteringItem::block).distinct().sorted(Comparator.comparingInt(Integer::parseInt))
                .forEach(t -> topics.put(t, new ArrayList<>()));
        all.forEach(item -> topics.get(item.block()).add(item));
        Map<String, Annotations> annotations = entities(all);
        System.out.printf(Locale.ROOT, "ECB+ train and dev topics: %d topics, %d documents, entities found in %.1f s%n",
                topics.size(), all.size(), (System.nanoTime() - t0) / 1e9);
        if (cv) {
            crossValidate(topics, annotations, errors);
            return;
        }
        long t1 = System.nanoTime();
        StoryClusterer.Model model = train(new ArrayList<>(topics.values()), annotations);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, List.of("Story clustering model of crosscheck.cluster.StoryClusterer.",
                    "Trained by: java -jar bench/target/crosscheck-bench.jar clustering-train (repository root)",
                    "on the " + topics.size() + " ECB+ train and dev topics (" + all.size() + " documents)."));
        }
        System.out.printf(Locale.ROOT, "trained in %.1f s: %s%nwrote %s%n", (System.nanoTime() - t1) / 1e9,
                describe(model), out);
    }

    /** Each document's entities, found with the shipped model as the pipeline's annotator finds them. */
    private static Map<String, Annotations> entities(List<ClusteringItem> items) {
        EntityAnnotator annotator = EntityAnnotator.standard();
        Map<String, Annotations> found = new HashMap<>();
        for (ClusteringItem item : items) {
            found.put(item.article().id(), new Annotations(annotator.annotate(item.article()), List.of(), List.of()));
        }
        return found;
    }

    /** A model fitted to these topics, with both thresholds chosen on them. */
    private static StoryClusterer.Model train(List<List<ClusteringItem>> topics, Map<String, Annotations> annotations) {
        List<StoryModelTrainer.Group> groups = new ArrayList<>();
        for (List<ClusteringItem> topic : topics) {
            List<Article> articles = articles(topic);
            boolean[][] same = new boolean[topic.size()][];
            for (int i = 0; i < topic.size(); i++) {
                same[i] = new boolean[i];
                for (int j = 0; j < i; j++) {
                    same[i][j] = topic.get(i).gold().equals(topic.get(j).gold());
                }
            }
            groups.add(new StoryModelTrainer.Group(StoryPairFeatures.of(articles, annotations), same));
        }
        List<Double> weights = StoryModelTrainer.fit(groups);
        int minGroup = topics.stream().mapToInt(List::size).min().orElseThrow();
        StoryClusterer.Model model = new StoryClusterer.Model(COARSE_THRESHOLDS[0], COARSE_THRESHOLDS[0],
                PAIR_THRESHOLDS[0], minGroup, weights);
        double pair = best(PAIR_THRESHOLDS, t -> {
            StoryClusterer c = new StoryClusterer(model.withThresholds(model.coarse(), model.coarse(), t));
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (List<ClusteringItem> topic : topics) {
                List<List<Integer>> events = c.events(articles(topic), annotations);
                for (int e = 0; e < events.size(); e++) {
                    for (int i : events.get(e)) {
                        gold.add(topic.get(i).gold());
                        predicted.add(topic.get(0).block() + "/" + e);
                    }
                }
            }
            return ClusteringScore.of(gold, predicted).f1();
        });
        List<List<ClusteringItem>> chunks = chunks(topics);
        double coarse = best(COARSE_THRESHOLDS,
                t -> pooled(new StoryClusterer(model.withThresholds(t, t, pair)), chunks, annotations).f1());
        double regroup = best(REGROUP_THRESHOLDS, t -> {
            StoryClusterer c = new StoryClusterer(model.withThresholds(coarse, Math.min(t, coarse), pair));
            return pooled(c, topics, annotations).f1() + pooled(c, chunks, annotations).f1();
        });
        return model.withThresholds(coarse, Math.min(regroup, coarse), pair);
    }

    /** The topics dealt into {@value #CHUNKS} batches, topic t into batch t mod {@value #CHUNKS}. */
    private static List<List<ClusteringItem>> chunks(List<List<ClusteringItem>> topics) {
        List<List<ClusteringItem>> chunks = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
            chunks.add(new ArrayList<>());
        }
        for (int t = 0; t < topics.size(); t++) {
            chunks.get(t % CHUNKS).addAll(topics.get(t));
        }
        return chunks;
    }

    /** The threshold with the highest score; the first wins ties. */
    private static double best(double[] thresholds, java.util.function.DoubleUnaryOperator score) {
        double best = thresholds[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double t : thresholds) {
            double s = score.applyAsDouble(t);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = t;
            }
        }
        return best;
    }

    /** B3 over the batches, each clustered on its own by the same clusterer, pooled. */
    private static ClusteringScore pooled(Clusterer clusterer, List<List<ClusteringItem>> batches,
                                          Map<String, Annotations> annotations) {
        return pooledBy(batches, b -> clusterer, annotations, null, false);
    }

    private static List<Article> articles(List<ClusteringItem> items) {
        return items.stream().map(ClusteringItem::article).toList();
    }

    /** Trains on three folds of topics, scores the fourth, four times; prints each fold and the pooled figures. */
    private static void crossValidate(Map<String, List<ClusteringItem>> topics, Map<String, Annotations> annotations,
                                      boolean errors) {
        List<String> names = new ArrayList<>(topics.keySet());
        List<List<ClusteringItem>> storyWhole = new ArrayList<>();
        List<List<ClusteringItem>> perTopic = new ArrayList<>();
        List<Clusterer> storyModels = new ArrayList<>();
        List<Clusterer> eventModels = new ArrayList<>();
        List<Integer> topicFold = new ArrayList<>();
        System.out.printf("%d folds of topics (topic i, in numeric order, is in fold i mod %d); each fold is held out"
                + " once%n", FOLDS, FOLDS);
        for (int k = 0; k < FOLDS; k++) {
            List<List<ClusteringItem>> train = new ArrayList<>();
            List<ClusteringItem> test = new ArrayList<>();
            List<String> testTopics = new ArrayList<>();
            for (int t = 0; t < names.size(); t++) {
                List<ClusteringItem> topic = topics.get(names.get(t));
                if (t % FOLDS == k) {
                    test.addAll(topic);
                    testTopics.add(names.get(t));
                    perTopic.add(topic);
                    topicFold.add(k);
                } else {
                    train.add(topic);
                }
            }
            long t0 = System.nanoTime();
            StoryClusterer.Model model = train(train, annotations);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<List<ClusteringItem>> chunks = chunks(train);
            double eventThreshold = best(EVENT_THRESHOLDS,
                    t -> pooled(new EventClusterer(t), chunks, annotations).f1());
            storyWhole.add(test);
            storyModels.add(new StoryClusterer(model));
            eventModels.add(new EventClusterer(eventThreshold));
            System.out.printf(Locale.ROOT, "fold %d: held out topics %s (%d documents); trained in %.1f s: %s;"
                    + " event threshold %.3f%n", k, String.join(",", testTopics), test.size(), seconds,
                    describe(model), eventThreshold);
            report("  story  fold " + k + " one batch", pooled(storyModels.get(k), List.of(test), annotations));
            report("  event  fold " + k + " one batch", pooled(eventModels.get(k), List.of(test), annotations));
        }
        System.out.println("held out, pooled over the folds (each fold clustered by the model that did not see it):");
        pooledBy(storyWhole, storyModels::get, annotations, "story  folds as batches ", errors);
        pooledBy(storyWhole, eventModels::get, annotations, "event  folds as batches ", false);
        pooledBy(perTopic, t -> storyModels.get(topicFold.get(t)), annotations, "story  topic by topic   ", errors);
        pooledBy(perTopic, t -> eventModels.get(topicFold.get(t)), annotations, "event  topic by topic   ", false);
        TfIdfClusterer tfIdf = new TfIdfClusterer();
        report("tfidf  folds as batches ", pooled(tfIdf, storyWhole, annotations));
        report("tfidf  topic by topic   ", pooled(tfIdf, perTopic, annotations));
    }

    /**
     * B3 over batches each clustered by its own clusterer, pooled (clusters never span batches); printed under
     * {@code label} when one is given, with the topics it gets wrong when {@code errors}.
     */
    private static ClusteringScore pooledBy(List<List<ClusteringItem>> batches, IntFunction<Clusterer> clusterer,
                                            Map<String, Annotations> annotations, @Nullable String label,
                                            boolean errors) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            List<ClusteringItem> batch = batches.get(b);
            Map<String, String> storyOf = new HashMap<>();
            for (Story s : clusterer.apply(b).cluster(articles(batch), annotations)) {
                for (String id : s.articles()) {
                    storyOf.put(id, b + "/" + s.id());
                }
            }
            for (ClusteringItem item : batch) {
                gold.add(item.gold());
                predicted.add(storyOf.get(item.article().id()));
            }
        }
        ClusteringScore score = ClusteringScore.of(gold, predicted);
        if (label != null) {
            report(label, score);
            if (errors) {
                printErrors(gold, predicted);
            }
        }
        return score;
    }

    /**
     * For each topic (the part of a gold label before {@code _}) that is not clustered perfectly: its B3 F1 and how
     * many articles of each sub-topic went to each predicted story.
     */
    private static void printErrors(List<String> gold, List<String> predicted) {
        Map<String, List<Integer>> byTopic = new java.util.TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (int i = 0; i < gold.size(); i++) {
            byTopic.computeIfAbsent(gold.get(i).split("_")[0], t -> new ArrayList<>()).add(i);
        }
        byTopic.forEach((topic, items) -> {
            List<String> g = items.stream().map(gold::get).toList();
            List<String> p = items.stream().map(predicted::get).toList();
            ClusteringScore score = ClusteringScore.of(g, p);
            if (score.f1() < 1) {
                Map<String, Integer> cells = new java.util.TreeMap<>();
                for (int k = 0; k < g.size(); k++) {
                    cells.merge(g.get(k).substring(topic.length() + 1) + "->" + p.get(k), 1, Integer::sum);
                }
                System.out.printf(Locale.ROOT, "    topic %-3s F1=%.3f  %s%n", topic, score.f1(), cells);
            }
        });
    }

    private static void report(String label, ClusteringScore s) {
        System.out.printf(Locale.ROOT, "%s B3 P=%.3f R=%.3f F1=%.3f ARI=%.3f%n", label, s.precision(), s.recall(),
                s.f1(), s.ari());
    }

    private static String describe(StoryClusterer.Model model) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "coarse %.3f, regroup %.4f, threshold %.2f, minGroup %d, weights", model.coarse(), model.regroup(),
                model.threshold(), model.minGroup()));
        for (int k = 0; k < model.weights().size(); k++) {
            b.append(String.format(Locale.ROOT, " %s=%.2f", StoryPairFeatures.NAMES.get(k), model.weights().get(k)));
        }
        return b.toString();
    }
}
