package crosscheck.bench;

import crosscheck.bench.ClusteringSplit.Role;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.cluster.EventClusterer;
import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.Annotations;
import crosscheck.core.Clusterer;
import crosscheck.core.Article;
import crosscheck.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Story-clustering quality of {@link TfIdfClusterer} (the baseline, {@code tfidf}) and {@link EventClusterer}
 * ({@code event}: given each article's entities, found beforehand with the shipped model and not timed, as the
 * pipeline's annotator stage finds them; {@code event-noner} without them) over a sweep of similarity thresholds, and
 * of {@link StoryClusterer} ({@code story}, the default of {@code analyze}, with entities) at its trained thresholds, on the
 * gold sets in {@code ../shared/data}. The story model was trained on the ECB+ train and dev topics, so its ECB+
 * rows here are in-sample; its held-out ECB+ figures come from {@code clustering-train --cv} (folds of topics). GVC,
 * UCI and WikiRef took no part in its training.
 *
 * <ul>
 *   <li>{@code ecbplus}: ECB+ documents, gold = sub-topic (topic + ecb/ecbplus: two similar events per topic).
 *       Scored with each topic clustered on its own (the standard sub-topic setting) and with the whole split
 *       clustered at once (the product's setting). The threshold is chosen on the dev topics and reported on the
 *       train topics, since the test topics (36–45) are held back.</li>
 *   <li>{@code gvc}: Gun Violence Corpus dev, gold = incident. Its test split is held back, so the dev figure at the
 *       threshold chosen on dev is in-sample.</li>
 *   <li>{@code uci}: UCI News Aggregator prefix, headlines only (the headline is also the body), gold = the
 *       aggregator's story id. Stories are dealt alternately to split A (tuning) and B (held out), each capped by
 *       {@code --max}.</li>
 *   <li>{@code wikiref}: WikiRef150/186/220, gold = topic (coarser than a story). No tuning split: a sanity check,
 *       scored but never used to choose a threshold.</li>
 * </ul>
 *
 * <p>Measures: B-cubed precision, recall and F1 over items and the adjusted Rand index (see {@link ClusteringScore}),
 * with the number of items, gold clusters and predicted clusters, and the clustering time (vectorising included)
 * with articles per second. The threshold is chosen by B3 F1 on each data set's dev split, and once more by the mean
 * dev B3 F1 over ecbplus (whole split), gvc and uci ("pooled"), as a candidate for the product's default.
 *
 * <p>Usage: {@code clustering [DATA_DIR] [--max N] [--thresholds T,T,...] [--only ecbplus,gvc,uci,wikiref]
 * [--methods tfidf,event,event-noner,story] [--config words=1,names=0.5,...]}; {@code --config} changes fields of
 * {@link EventClusterer.Config}, for experiments.
 */
public final class ClusteringEval {

    private static final List<Double> DEFAULT_THRESHOLDS = List.of(0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.4);
    private static final int DEFAULT_MAX = 1500;
    private static final List<String> DATASETS = List.of("ecbplus", "gvc", "uci", "wikiref");
    private static final List<String> METHODS = List.of("tfidf", "event", "event-noner", "story");
    private static final List<String> DEFAULT_METHODS = List.of("tfidf", "event", "story");

    private ClusteringEval() {
    }

    /** A data set clustered in one way: one table in the output. */
    private record Track(String label, boolean perBlock, boolean pooled, List<ClusteringSplit> splits) {
    }

    /** One split clustered at one threshold. */
    private record Row(ClusteringSplit split, double threshold, ClusteringScore score, int predicted,
                       double seconds) {
    }

    /**
     * A clusterer under test: its name in the output, how to make one for a threshold, and whether it is given the
     * articles' entities (found beforehand, untimed: in the pipeline the annotator stage pays for them).
     */
    private record Method(String name, DoubleFunction<Clusterer> factory, boolean usesEntities,
                          @Nullable List<Double> ownThresholds) {

        Method(String name, DoubleFunction<Clusterer> factory, boolean usesEntities) {
            this(name, factory, usesEntities, null);
        }

        /** The thresholds to sweep: the options', or the method's own when it has a trained one. */
        List<Double> thresholds(List<Double> swept) {
            return ownThresholds == null ? swept : ownThresholds;
        }
    }

    private record Options(Path dataDir, int max, List<Double> thresholds, Set<String> only, List<String> methods,
                           EventClusterer.Config config) {
    }

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        long start = System.nanoTime();
        List<Track> tracks = tracks(options);
        List<Method> methods = methods(options);
        System.out.printf(Locale.ROOT, "clustering: %s, thresholds %s, data %s%n",
                methods.stream().map(m -> m.name() + " = " + m.factory().apply(EventClusterer.DEFAULT_THRESHOLD))
                        .toList(), options.thresholds(), options.dataDir());
        Map<Article, Annotations> entities = methods.stream().anyMatch(Method::usesEntities)
                ? entities(tracks) : Map.of();
        for (Method method : methods) {
            warmUp(tracks, method, entities);
            Map<Track, List<Row>> results = new LinkedHashMap<>();
            for (Track track : tracks) {
                List<Row> rows = sweep(track, method.thresholds(options.thresholds()), method, entities);
                results.put(track, rows);
                printTable(method, track, rows);
            }
            printSummary(method, results, method.thresholds(options.thresholds()));
        }
        System.out.printf(Locale.ROOT, "%ntotal %.1fs%n", (System.nanoTime() - start) / 1e9);
    }

    private static List<Method> methods(Options options) {
        List<Method> methods = new ArrayList<>();
        for (String name : options.methods()) {
            switch (name) {
                case "tfidf" -> methods.add(new Method("tfidf", TfIdfClusterer::new, false));
                case "event" -> methods.add(new Method("event",
                        t -> new EventClusterer(options.config().withThreshold(t)), true));
                case "story" -> {
                    StoryClusterer.Model model = StoryClusterer.Model.standard();
                    methods.add(new Method("story", t -> new StoryClusterer(model), true, List.of(model.threshold())));
                }
                case "event-noner" -> methods.add(new Method("event-noner",
                        t -> new EventClusterer(options.config().withThreshold(t)), false));
                default -> usage(2, "--methods takes some of " + METHODS + ", got '" + name + "'");
            }
        }
        return methods;
    }

    /**
     * Every article's entities, found once with the shipped model (as the pipeline's annotator stage finds them);
     * prints how long that took per data set.
     */
    private static Map<Article, Annotations> entities(List<Track> tracks) {
        EntityAnnotator annotator = EntityAnnotator.standard();
        Map<Article, Annotations> found = new IdentityHashMap<>();
        for (Track track : tracks) {
            for (ClusteringSplit split : track.splits()) {
                long t0 = System.nanoTime();
                int count = 0;
                for (ClusteringItem item : split.items()) {
                    if (!found.containsKey(item.article())) {
                        found.put(item.article(), new Annotations(annotator.annotate(item.article()), List.of(),
                                List.of()));
                        count++;
                    }
                }
                if (count > 0) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "entities: %s %s, %d articles in %.2fs (%.0f art/s, one thread; "
                            + "the pipeline's annotator stage finds them anyway)%n", split.dataset(), split.name(),
                            count, seconds, count / seconds);
                }
            }
        }
        return found;
    }

    private static Options parse(String[] args) {
        Path dir = Path.of("..", "shared", "data");
        int max = DEFAULT_MAX;
        List<Double> thresholds = DEFAULT_THRESHOLDS;
        Set<String> only = Set.copyOf(DATASETS);
        List<String> methods = DEFAULT_METHODS;
        EventClusterer.Config config = EventClusterer.Config.of(EventClusterer.DEFAULT_THRESHOLD);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max" -> max = Integer.parseInt(value(args, ++i, "--max"));
                case "--thresholds" -> thresholds = Arrays.stream(value(args, ++i, "--thresholds").split(","))
                        .map(Double::valueOf).toList();
                case "--only" -> only = Set.of(value(args, ++i, "--only").split(","));
                case "--methods" -> methods = List.of(value(args, ++i, "--methods").split(","));
                case "--config" -> config = configOf(config, value(args, ++i, "--config"));
                case "-h", "--help" -> usage(0, null);
                default -> {
                    if (args[i].startsWith("-")) {
                        usage(2, "unknown option '" + args[i] + "'");
                    }
                    dir = Path.of(args[i]);
                }
            }
        }
        if (!DATASETS.containsAll(only)) {
            usage(2, "--only takes some of " + DATASETS + ", got " + only);
        }
        if (!Files.isDirectory(dir)) {
            usage(2, "data directory " + dir.toAbsolutePath() + " not found");
        }
        return new Options(dir, max, thresholds, only, methods, config);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(2, option + " needs a value");
        }
        return args[i];
    }

    /** The configuration with the fields named in {@code spec} ({@code words=1,names=0.5}) changed. */
    private static EventClusterer.Config configOf(EventClusterer.Config base, String spec) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("threshold", base.threshold());
        v.put("words", base.words());
        v.put("names", base.names());
        v.put("numbers", base.numbers());
        v.put("title", base.title());
        v.put("leadWords", (double) base.leadWords());
        v.put("lead", base.lead());
        v.put("days", base.days());
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !v.containsKey(kv[0])) {
                usage(2, "--config takes NAME=VALUE pairs with NAME one of " + v.keySet() + ", got '" + pair + "'");
            }
            v.put(kv[0], Double.valueOf(kv[1]));
        }
        return new EventClusterer.Config(v.get("threshold"), v.get("words"), v.get("names"), v.get("numbers"),
                v.get("title"), (int) Math.round(v.get("leadWords")), v.get("lead"), v.get("days"));
    }

    private static void usage(int status, @Nullable String error) {
        if (error != null) {
            System.err.println(error);
        }
        System.err.println("usage: clustering [DATA_DIR (default ../shared/data)] [--max N (UCI headlines per split, "
                + "default " + DEFAULT_MAX + ")] [--thresholds 0.1,0.2,...] [--only " + String.join(",", DATASETS)
                + "] [--methods " + String.join(",", METHODS) + " (default " + String.join(",", DEFAULT_METHODS)
                + ")] [--config words=1,names=1,... (EventClusterer.Config fields, for experiments)]");
        System.exit(status);
    }

    private static List<Track> tracks(Options options) throws IOException {
        Path data = options.dataDir();
        List<Track> tracks = new ArrayList<>();
        if (options.only().contains("ecbplus")) {
            List<ClusteringSplit> ecb = ClusteringCorpora.ecbPlus(data.resolve("ecbplus"));
            tracks.add(new Track("ecbplus per-topic", true, false, ecb));
            tracks.add(new Track("ecbplus whole-split", false, true, ecb));
        }
        if (options.only().contains("gvc")) {
            tracks.add(new Track("gvc", false, true, List.of(ClusteringCorpora.gvcDev(data.resolve("gvc")))));
        }
        if (options.only().contains("uci")) {
            tracks.add(new Track("uci headlines", false, true,
                    ClusteringCorpora.uci(data.resolve("uci-news-aggregator-prefix"), options.max())));
        }
        if (options.only().contains("wikiref")) {
            tracks.add(new Track("wikiref", false, false, ClusteringCorpora.wikiRef(data.resolve("wikiref-clustering"))));
        }
        return tracks;
    }

    /** Clusters one split once, untimed, so that the first timed row does not pay for class loading and JIT. */
    private static void warmUp(List<Track> tracks, Method method, Map<Article, Annotations> entities) {
        tracks.stream().flatMap(t -> t.splits().stream())
                .min(Comparator.comparingInt(s -> s.items().size()))
                .ifPresent(s -> cluster(s.items(), false, method.factory().apply(0.2),
                        method.usesEntities() ? entities : Map.of()));
    }

    private static List<Row> sweep(Track track, List<Double> thresholds, Method method,
                                   Map<Article, Annotations> entities) {
        List<Row> rows = new ArrayList<>();
        for (ClusteringSplit split : track.splits()) {
            List<String> gold = split.items().stream().map(ClusteringItem::gold).toList();
            for (double threshold : thresholds) {
                long t0 = System.nanoTime();
                List<String> predicted = cluster(split.items(), track.perBlock(), method.factory().apply(threshold),
                        method.usesEntities() ? entities : Map.of());
                double seconds = (System.nanoTime() - t0) / 1e9;
                int k = (int) predicted.stream().distinct().count();
                rows.add(new Row(split, threshold, ClusteringScore.of(gold, predicted), k, seconds));
            }
        }
        return rows;
    }

    /** Each item's predicted cluster, in item order: the whole list at once, or block by block. */
    private static List<String> cluster(List<ClusteringItem> items, boolean perBlock, Clusterer clusterer,
                                        Map<Article, Annotations> entities) {
        Map<String, List<Article>> blocks = new LinkedHashMap<>();
        Map<String, Annotations> annotations = new HashMap<>();
        for (ClusteringItem item : items) {
            blocks.computeIfAbsent(perBlock ? item.block() : "", b -> new ArrayList<>()).add(item.article());
            Annotations an = entities.get(item.article());
            if (an != null) {
                annotations.put(item.article().id(), an);
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        blocks.forEach((block, articles) -> {
            for (Story story : clusterer.cluster(articles, annotations)) {
                story.articles().forEach(id -> {
                    if (storyOf.put(id, block + "/" + story.id()) != null) {
                        throw new IllegalStateException("article " + id + " is in two stories");
                    }
                });
            }
        });
        return items.stream().map(item -> {
            String story = storyOf.get(item.article().id());
            if (story == null) {
                throw new IllegalStateException("article " + item.article().id() + " is in no story");
            }
            return story;
        }).toList();
    }

    private static void printTable(Method method, Track track, List<Row> rows) {
        System.out.printf(Locale.ROOT, "%n== %s: %s (%s)%n", method.name(), track.label(),
                track.perBlock() ? "each topic clustered on its own" : "each split clustered at once");
        for (ClusteringSplit split : track.splits()) {
            if (!split.note().isEmpty()) {
                System.out.printf(Locale.ROOT, "   %s %s: %s%n", split.dataset(), split.name(), split.note());
            }
        }
        Map<ClusteringSplit, Row> best = bestPerSplit(rows, s -> s.role() == Role.DEV);
        for (Row row : rows) {
            System.out.println(format(row) + (best.get(row.split()) == row ? "  <- best on dev" : ""));
        }
    }

    private static String format(Row r) {
        ClusteringScore s = r.score();
        int n = r.split().items().size();
        return String.format(Locale.ROOT,
                "%-8s %-16s thr=%.3f  B3 P=%.3f R=%.3f F1=%.3f ARI=%.3f  k=%-4d (n=%d, gold=%d)  %6.2fs %7.0f art/s",
                r.split().dataset(), r.split().name() + roleTag(r.split().role()), r.threshold(), s.precision(),
                s.recall(), s.f1(), s.ari(), r.predicted(), n, r.split().goldCount(), r.seconds(), n / r.seconds());
    }

    private static String roleTag(Role role) {
        return switch (role) {
            case DEV -> " [dev]";
            case HELD_OUT -> " [held-out]";
            case SANITY -> "";
        };
    }

    /** Per split that passes {@code which}, its row with the highest B3 F1 (the lower threshold on a tie). */
    private static Map<ClusteringSplit, Row> bestPerSplit(List<Row> rows, Predicate<ClusteringSplit> which) {
        Map<ClusteringSplit, Row> best = new HashMap<>();
        for (Row row : rows) {
            if (which.test(row.split())) {
                best.merge(row.split(), row, (a, b) -> b.score().f1() > a.score().f1() ? b : a);
            }
        }
        return best;
    }

    private static void printSummary(Method method, Map<Track, List<Row>> results, List<Double> thresholds) {
        System.out.printf(Locale.ROOT, "%n== %s: threshold chosen on dev (best B3 F1) -> figures on the held-out split%n",
                method.name());
        results.forEach((track, rows) -> printChoice(method, track, rows));
        double pooled = printPooled(method, results, thresholds);
        if (Double.isNaN(pooled)) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n== %s: every split at the pooled threshold %.3f (default is %.3f)%n",
                method.name(), pooled, method.name().equals("tfidf")
                        ? TfIdfClusterer.DEFAULT_THRESHOLD : EventClusterer.DEFAULT_THRESHOLD);
        results.forEach((track, rows) -> rows.stream()
                .filter(r -> r.threshold() == pooled)
                .forEach(r -> System.out.println(String.format(Locale.ROOT, "%-6s %-20s ", method.name(),
                        track.label()) + format(r))));
    }

    private static void printChoice(Method method, Track track, List<Row> rows) {
        Row dev = bestPerSplit(rows, s -> s.role() == Role.DEV).values().stream().findFirst().orElse(null);
        if (dev == null) {
            for (Row oracle : bestPerSplit(rows, s -> true).values().stream()
                    .sorted(Comparator.comparing(r -> r.split().name())).toList()) {
                System.out.printf(Locale.ROOT, "%-6s %-20s no dev split; in-sample best (optimistic): %s%n",
                        method.name(), track.label(), format(oracle));
            }
            return;
        }
        List<Row> heldOut = rows.stream()
                .filter(r -> r.split().role() == Role.HELD_OUT && r.threshold() == dev.threshold())
                .toList();
        String chosen = String.format(Locale.ROOT, "%-6s %-20s thr=%.3f (dev F1=%.3f) -> ", method.name(),
                track.label(),
                dev.threshold(), dev.score().f1());
        if (heldOut.isEmpty()) {
            System.out.println(chosen + "no held-out split here (test held back); dev, in-sample: " + format(dev));
        }
        heldOut.forEach(r -> System.out.println(chosen + format(r)));
    }

    /** Prints the mean dev B3 F1 per threshold over the pooled tracks; returns the best threshold, or NaN. */
    private static double printPooled(Method method, Map<Track, List<Row>> results, List<Double> thresholds) {
        List<Track> pooled = results.keySet().stream().filter(Track::pooled).toList();
        List<Row> devRows = pooled.stream()
                .flatMap(t -> results.get(t).stream())
                .filter(r -> r.split().role() == Role.DEV)
                .toList();
        if (devRows.isEmpty()) {
            return Double.NaN;
        }
        List<String> names = pooled.stream().map(Track::label).toList();
        System.out.printf(Locale.ROOT, "%n== " + method.name() + ": pooled dev: mean B3 F1 / mean ARI over the dev splits of %s%n", names);
        double best = Double.NaN;
        double bestF1 = -1;
        for (double threshold : thresholds) {
            List<ClusteringScore> scores = devRows.stream().filter(r -> r.threshold() == threshold)
                    .map(Row::score).toList();
            double f1 = scores.stream().mapToDouble(ClusteringScore::f1).average().orElse(0);
            double ari = scores.stream().mapToDouble(ClusteringScore::ari).average().orElse(0);
            System.out.printf(Locale.ROOT, "%-6s pooled   dev          thr=%.3f  mean F1=%.3f mean ARI=%.3f%n",
                    method.name(), threshold, f1, ari);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        System.out.printf(Locale.ROOT, "%-6s pooled   best thr=%.3f (mean dev F1=%.3f)%n", method.name(), best,
                bestF1);
        return best;
    }
}
