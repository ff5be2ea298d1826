package crosscheck.bench;

import crosscheck.bench.ClusteringSplit.Role;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.Article;
import crosscheck.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Story-clustering quality of {@link TfIdfClusterer} over a sweep of similarity thresholds, on the gold sets in
 * {@code ../shared/data}:
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
 * <p>Usage: {@code clustering [DATA_DIR] [--max N] [--thresholds T,T,...] [--only ecbplus,gvc,uci,wikiref]}.
 */
public final class ClusteringEval {

    private static final List<Double> DEFAULT_THRESHOLDS = List.of(0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4);
    private static final int DEFAULT_MAX = 1500;
    private static final List<String> DATASETS = List.of("ecbplus", "gvc", "uci", "wikiref");

    private ClusteringEval() {
    }

    /** A data set clustered in one way: one table in the output. */
    private record Track(String label, boolean perBlock, boolean pooled, List<ClusteringSplit> splits) {
    }

    /** One split clustered at one threshold. */
    private record Row(ClusteringSplit split, double threshold, ClusteringScore score, int predicted,
                       double seconds) {
    }

    private record Options(Path dataDir, int max, List<Double> thresholds, Set<String> only) {
    }

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        long start = System.nanoTime();
        List<Track> tracks = tracks(options);
        System.out.printf(Locale.ROOT, "clustering: %s, thresholds %s, data %s%n",
                new TfIdfClusterer(), options.thresholds(), options.dataDir());
        warmUp(tracks);
        Map<Track, List<Row>> results = new LinkedHashMap<>();
        for (Track track : tracks) {
            List<Row> rows = sweep(track, options.thresholds());
            results.put(track, rows);
            printTable(track, rows);
        }
        printSummary(results, options.thresholds());
        System.out.printf(Locale.ROOT, "%ntotal %.1fs%n", (System.nanoTime() - start) / 1e9);
    }

    private static Options parse(String[] args) {
        Path dir = Path.of("..", "shared", "data");
        int max = DEFAULT_MAX;
        List<Double> thresholds = DEFAULT_THRESHOLDS;
        Set<String> only = Set.copyOf(DATASETS);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max" -> max = Integer.parseInt(value(args, ++i, "--max"));
                case "--thresholds" -> thresholds = Arrays.stream(value(args, ++i, "--thresholds").split(","))
                        .map(Double::valueOf).toList();
                case "--only" -> only = Set.of(value(args, ++i, "--only").split(","));
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
        return new Options(dir, max, thresholds, only);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(2, option + " needs a value");
        }
        return args[i];
    }

    private static void usage(int status, @Nullable String error) {
        if (error != null) {
            System.err.println(error);
        }
        System.err.println("usage: clustering [DATA_DIR (default ../shared/data)] [--max N (UCI headlines per split, "
                + "default " + DEFAULT_MAX + ")] [--thresholds 0.1,0.2,...] [--only " + String.join(",", DATASETS)
                + "]");
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
    private static void warmUp(List<Track> tracks) {
        tracks.stream().flatMap(t -> t.splits().stream())
                .min(Comparator.comparingInt(s -> s.items().size()))
                .ifPresent(s -> cluster(s.items(), false, 0.2));
    }

    private static List<Row> sweep(Track track, List<Double> thresholds) {
        List<Row> rows = new ArrayList<>();
        for (ClusteringSplit split : track.splits()) {
            List<String> gold = split.items().stream().map(ClusteringItem::gold).toList();
            for (double threshold : thresholds) {
                long t0 = System.nanoTime();
                List<String> predicted = cluster(split.items(), track.perBlock(), threshold);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int k = (int) predicted.stream().distinct().count();
                rows.add(new Row(split, threshold, ClusteringScore.of(gold, predicted), k, seconds));
            }
        }
        return rows;
    }

    /** Each item's predicted cluster, in item order: the whole list at once, or block by block. */
    private static List<String> cluster(List<ClusteringItem> items, boolean perBlock, double threshold) {
        Map<String, List<Article>> blocks = new LinkedHashMap<>();
        for (ClusteringItem item : items) {
            blocks.computeIfAbsent(perBlock ? item.block() : "", b -> new ArrayList<>()).add(item.article());
        }
        TfIdfClusterer clusterer = new TfIdfClusterer(threshold);
        Map<String, String> storyOf = new HashMap<>();
        blocks.forEach((block, articles) -> {
            for (Story story : clusterer.cluster(articles)) {
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

    private static void printTable(Track track, List<Row> rows) {
        System.out.printf(Locale.ROOT, "%n== %s (%s)%n", track.label(),
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

    private static void printSummary(Map<Track, List<Row>> results, List<Double> thresholds) {
        System.out.printf(Locale.ROOT, "%n== threshold chosen on dev (best B3 F1) -> figures on the held-out split%n");
        results.forEach(ClusteringEval::printChoice);
        double pooled = printPooled(results, thresholds);
        if (Double.isNaN(pooled)) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n== every split at the pooled threshold %.3f (default is %.3f)%n", pooled,
                TfIdfClusterer.DEFAULT_THRESHOLD);
        results.forEach((track, rows) -> rows.stream()
                .filter(r -> r.threshold() == pooled)
                .forEach(r -> System.out.println(String.format(Locale.ROOT, "%-20s ", track.label()) + format(r))));
    }

    private static void printChoice(Track track, List<Row> rows) {
        Row dev = bestPerSplit(rows, s -> s.role() == Role.DEV).values().stream().findFirst().orElse(null);
        if (dev == null) {
            for (Row oracle : bestPerSplit(rows, s -> true).values().stream()
                    .sorted(Comparator.comparing(r -> r.split().name())).toList()) {
                System.out.printf(Locale.ROOT, "%-20s no dev split; in-sample best (optimistic): %s%n",
                        track.label(), format(oracle));
            }
            return;
        }
        List<Row> heldOut = rows.stream()
                .filter(r -> r.split().role() == Role.HELD_OUT && r.threshold() == dev.threshold())
                .toList();
        String chosen = String.format(Locale.ROOT, "%-20s thr=%.3f (dev F1=%.3f) -> ", track.label(),
                dev.threshold(), dev.score().f1());
        if (heldOut.isEmpty()) {
            System.out.println(chosen + "no held-out split here (test held back); dev, in-sample: " + format(dev));
        }
        heldOut.forEach(r -> System.out.println(chosen + format(r)));
    }

    /** Prints the mean dev B3 F1 per threshold over the pooled tracks; returns the best threshold, or NaN. */
    private static double printPooled(Map<Track, List<Row>> results, List<Double> thresholds) {
        List<Track> pooled = results.keySet().stream().filter(Track::pooled).toList();
        List<Row> devRows = pooled.stream()
                .flatMap(t -> results.get(t).stream())
                .filter(r -> r.split().role() == Role.DEV)
                .toList();
        if (devRows.isEmpty()) {
            return Double.NaN;
        }
        List<String> names = pooled.stream().map(Track::label).toList();
        System.out.printf(Locale.ROOT, "%n== pooled dev: mean B3 F1 / mean ARI over the dev splits of %s%n", names);
        double best = Double.NaN;
        double bestF1 = -1;
        for (double threshold : thresholds) {
            List<ClusteringScore> scores = devRows.stream().filter(r -> r.threshold() == threshold)
                    .map(Row::score).toList();
            double f1 = scores.stream().mapToDouble(ClusteringScore::f1).average().orElse(0);
            double ari = scores.stream().mapToDouble(ClusteringScore::ari).average().orElse(0);
            System.out.printf(Locale.ROOT, "pooled   dev          thr=%.3f  mean F1=%.3f mean ARI=%.3f%n",
                    threshold, f1, ari);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        System.out.printf(Locale.ROOT, "pooled   best thr=%.3f (mean dev F1=%.3f)%n", best, bestF1);
        return best;
    }
}
