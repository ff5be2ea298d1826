package crosscheck.bench;

import crosscheck.align.stance.Stance;
import crosscheck.align.stance.StanceClassifier;
import crosscheck.align.stance.StanceText;
import crosscheck.align.stance.StanceTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Stance detection on FNC-1 ({@code ../shared/data/fnc-1}). The competition test set is held back, so the train files
 * are split by body: a body whose id's CRC-32 (of its decimal digits) is below 20 modulo 100 is held out, with every
 * pair that uses it, so no body is on both sides. {@code stance-train} trains the shipped classifier on the rest and
 * writes it into the engine's resources; {@code stance} scores the shipped classifier on the held-out pairs: the FNC
 * score, macro-F1 over the four stances, per-stance P/R/F1, the confusion matrix, the all-unrelated baseline, pairs/s
 * on one thread and the model load time. {@code stance-train --dev} instead cross-validates on the training side (four
 * folds by CRC-32 bucket of the body id) and writes nothing: for choosing features and settings without looking at
 * the held-out pairs. {@code --dev-claims} folds by claim instead (bodies linked by a shared related headline stay
 * together), which asks how the model does on claims it has never seen.
 */
public final class StanceEval {

    static final Path MODEL_OUT = Path.of("engine/src/main/resources/crosscheck/align/stance/fnc-en.model.gz");
    static final int EPOCHS = 10;
    static final long SEED = 2017;
    /** Update sizes for a missed agree, disagree and discuss. */
    static final float[] STANCE_WEIGHTS = {1.5f, 10f, 1f};
    static final float PRUNE = 0.01f;
    private static final int HELD_OUT_PERCENT = 20;
    private static final int DEV_FOLDS = 4;

    private StanceEval() {
    }

    /** One labelled pair, with the id of its body. */
    record Pair(String claim, int bodyId, Stance stance) {
    }

    /** The pairs and the bodies they use. */
    record Data(List<Pair> pairs, Map<Integer, String> bodies) {
    }

    /** {@code stance-train [DATA_DIR] [--dev | --dev-claims]}. */
    public static void train(String[] args) throws IOException {
        Data data = read(dataDir(args));
        if (Arrays.asList(args).contains("--dev") || Arrays.asList(args).contains("--dev-claims")) {
            crossValidate(data, Arrays.asList(args).contains("--dev-claims"));
            return;
        }
        List<Pair> train = data.pairs().stream().filter(p -> bucket(p.bodyId()) >= HELD_OUT_PERCENT).toList();
        System.out.printf(Locale.ROOT, "training on %s, %d epochs, seed %d, stance update sizes %s%n",
                sizes(train), EPOCHS, SEED, Arrays.toString(STANCE_WEIGHTS));
        long start = System.nanoTime();
        StanceClassifier model = fit(train, data.bodies(), System.out::println);
        System.out.printf(Locale.ROOT, "%d feature weights%n", model.size());
        NerEval.writeModel(MODEL_OUT, model::write, start);
    }

    /**
     * Four-fold cross-validation on the training side only (folds: CRC-32 buckets 20-39, 40-59, 60-79, 80-99 of the
     * body id, or with {@code byClaim} of the smallest body id of the body's claim group), the confusion matrices
     * summed: for choosing features and settings without looking at the held-out pairs.
     */
    private static void crossValidate(Data data, boolean byClaim) {
        Map<Integer, Integer> group = byClaim ? claimGroups(data.pairs()) : Map.of();
        int n = Stance.values().length;
        long[][] confusion = new long[n][n];
        long start = System.nanoTime();
        for (int fold = 0; fold < DEV_FOLDS; fold++) {
            int from = HELD_OUT_PERCENT + fold * (100 - HELD_OUT_PERCENT) / DEV_FOLDS;
            int to = HELD_OUT_PERCENT + (fold + 1) * (100 - HELD_OUT_PERCENT) / DEV_FOLDS;
            List<Pair> train = new ArrayList<>();
            List<Pair> test = new ArrayList<>();
            for (Pair p : data.pairs()) {
                if (bucket(p.bodyId()) < HELD_OUT_PERCENT) {
                    continue;
                }
                int b = byClaim ? HELD_OUT_PERCENT + Math.floorMod(bucket(group.get(p.bodyId())), 100
                        - HELD_OUT_PERCENT) : bucket(p.bodyId());
                (b >= from && b < to ? test : train).add(p);
            }
            StanceClassifier model = fit(train, data.bodies(), line -> { });
            long[][] c = confusion(model, test, data.bodies());
            System.out.printf(Locale.ROOT, "fold %d (buckets %d-%d): ", fold + 1, from, to - 1);
            report("classifier", c, false);
            for (int g = 0; g < n; g++) {
                for (int p = 0; p < n; p++) {
                    confusion[g][p] += c[g][p];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d-fold cross-validation on the training side (%.1f s), all folds:%n",
                DEV_FOLDS, (System.nanoTime() - start) / 1e9);
        report("classifier", confusion, true);
    }

    /**
     * Each body's claim group: bodies joined when a related pair links them to the same headline, named by the
     * smallest body id in the group. Folds by group keep a claim's bodies on one side.
     */
    private static Map<Integer, Integer> claimGroups(List<Pair> pairs) {
        Map<Integer, Integer> parent = new HashMap<>();
        Map<String, Integer> headlineBody = new HashMap<>();
        for (Pair p : pairs) {
            parent.putIfAbsent(p.bodyId(), p.bodyId());
        }
        for (Pair p : pairs) {
            if (p.stance().isRelated()) {
                Integer other = headlineBody.putIfAbsent(p.claim(), p.bodyId());
                if (other != null) {
                    int a = root(parent, other);
                    int b = root(parent, p.bodyId());
                    parent.put(Math.max(a, b), Math.min(a, b));
                }
            }
        }
        Map<Integer, Integer> group = new HashMap<>();
        parent.keySet().forEach(id -> group.put(id, root(parent, id)));
        return group;
    }

    private static int root(Map<Integer, Integer> parent, int id) {
        int r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    private static StanceClassifier fit(List<Pair> train, Map<Integer, String> texts, Consumer<String> progress) {
        Map<Integer, StanceText> bodies = new HashMap<>();
        List<StanceTrainer.Example> examples = new ArrayList<>();
        for (Pair p : train) {
            StanceText body = bodies.computeIfAbsent(p.bodyId(), id -> StanceText.of(texts.get(id)));
            examples.add(new StanceTrainer.Example(StanceText.of(p.claim()), body, p.stance()));
        }
        return new StanceTrainer(EPOCHS, SEED, STANCE_WEIGHTS, PRUNE).train(examples, progress);
    }

    /** {@code stance [DATA_DIR]}. */
    public static void main(String[] args) throws IOException {
        Data data = read(dataDir(args));
        long start = System.nanoTime();
        StanceClassifier model = StanceClassifier.standard();
        System.out.printf(Locale.ROOT, "model load %.0f ms (%d feature weights)%n", (System.nanoTime() - start) / 1e6,
                model.size());
        List<Pair> train = data.pairs().stream().filter(p -> bucket(p.bodyId()) >= HELD_OUT_PERCENT).toList();
        List<Pair> test = data.pairs().stream().filter(p -> bucket(p.bodyId()) < HELD_OUT_PERCENT).toList();
        System.out.println("split by body id (CRC-32 of the id mod 100 < " + HELD_OUT_PERCENT + " held out):");
        System.out.println("  train    " + sizes(train));
        System.out.println("  held-out " + sizes(test));
        score(model, test, data.bodies());
        speed(model, test, data.bodies());
    }

    static int bucket(int bodyId) {
        CRC32 crc = new CRC32();
        crc.update(Integer.toString(bodyId).getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % 100);
    }

    private static String sizes(List<Pair> pairs) {
        long bodies = pairs.stream().mapToInt(Pair::bodyId).distinct().count();
        Map<Stance, Integer> counts = new LinkedHashMap<>();
        for (Stance s : Stance.values()) {
            counts.put(s, 0);
        }
        pairs.forEach(p -> counts.merge(p.stance(), 1, Integer::sum));
        return String.format(Locale.ROOT, "%d pairs, %d bodies %s", pairs.size(), bodies, counts);
    }

    static void score(StanceClassifier model, List<Pair> pairs, Map<Integer, String> bodyTexts) {
        int n = Stance.values().length;
        long[][] baseline = new long[n][n];
        for (Pair p : pairs) {
            baseline[p.stance().ordinal()][Stance.UNRELATED.ordinal()]++;
        }
        report("classifier", confusion(model, pairs, bodyTexts), true);
        report("all-unrelated baseline", baseline, false);
    }

    private static long[][] confusion(StanceClassifier model, List<Pair> pairs, Map<Integer, String> bodyTexts) {
        Map<Integer, StanceText> bodies = new HashMap<>();
        int n = Stance.values().length;
        long[][] confusion = new long[n][n];
        for (Pair p : pairs) {
            StanceText body = bodies.computeIfAbsent(p.bodyId(), id -> model.prepare(bodyTexts.get(id)));
            confusion[p.stance().ordinal()][model.classify(p.claim(), body).stance().ordinal()]++;
        }
        return confusion;
    }

    private static void report(String name, long[][] c, boolean details) {
        int n = c.length;
        double score = 0;
        double max = 0;
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < n; p++) {
                boolean goldRelated = Stance.values()[g].isRelated();
                max += c[g][p] * (goldRelated ? 1.0 : 0.25);
                if (goldRelated == Stance.values()[p].isRelated()) {
                    score += c[g][p] * 0.25;
                }
                if (goldRelated && g == p) {
                    score += c[g][p] * 0.75;
                }
            }
        }
        double f1sum = 0;
        StringBuilder perClass = new StringBuilder();
        for (int k = 0; k < n; k++) {
            long tp = c[k][k];
            long predicted = 0;
            long gold = 0;
            for (int j = 0; j < n; j++) {
                predicted += c[j][k];
                gold += c[k][j];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1sum += f1;
            perClass.append(String.format(Locale.ROOT, "  %-9s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)%n",
                    Stance.values()[k].label(), p, r, f1, gold, predicted));
        }
        System.out.printf(Locale.ROOT, "%s: FNC score %.1f / %.1f = %.2f %%, macro-F1 %.3f%n", name, score, max,
                100 * score / max, f1sum / n);
        if (details) {
            System.out.print(perClass);
            System.out.println("  confusion (rows gold, columns predicted):");
            System.out.printf(Locale.ROOT, "  %-9s %9s %9s %9s %9s%n", "", "agree", "disagree", "discuss", "unrelated");
            for (int g = 0; g < n; g++) {
                System.out.printf(Locale.ROOT, "  %-9s %9d %9d %9d %9d%n", Stance.values()[g].label(), c[g][0], c[g][1],
                        c[g][2], c[g][3]);
            }
        }
    }

    private static void speed(StanceClassifier model, List<Pair> pairs, Map<Integer, String> bodies) {
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            long sink = 0;
            for (Pair p : pairs) {
                sink += model.classify(p.claim(), bodies.get(p.bodyId())).stance().ordinal();
            }
            double s = (System.nanoTime() - start) / 1e9;
            if (round == 1) {
                System.out.printf(Locale.ROOT, "speed, one thread, claim and body text each time: %.0f pairs/s "
                        + "(%d pairs in %.2f s, checksum %d)%n", pairs.size() / s, pairs.size(), s, sink);
            }
        }
        Map<Integer, StanceText> prepared = new HashMap<>();
        long start = System.nanoTime();
        for (Pair p : pairs) {
            StanceText body = prepared.computeIfAbsent(p.bodyId(), id -> model.prepare(bodies.get(id)));
            model.classify(p.claim(), body);
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "speed, one thread, each body prepared once: %.0f pairs/s%n", pairs.size() / s);
    }

    static Path dataDir(String[] args) {
        Path data = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : Path.of("../shared/data/fnc-1");
        if (!Files.isRegularFile(data.resolve("train_stances.csv"))) {
            System.err.println("no FNC-1 data at " + data.toAbsolutePath() + " (expected train_stances.csv and "
                    + "train_bodies.csv)");
            System.exit(2);
        }
        return data;
    }

    static Data read(Path dir) throws IOException {
        Map<Integer, String> bodies = new HashMap<>();
        for (List<String> row : csv(Files.readString(dir.resolve("train_bodies.csv"), StandardCharsets.UTF_8))) {
            bodies.put(Integer.parseInt(row.get(0).strip()), row.get(1));
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<String> row : csv(Files.readString(dir.resolve("train_stances.csv"), StandardCharsets.UTF_8))) {
            int id = Integer.parseInt(row.get(1).strip());
            if (!bodies.containsKey(id)) {
                throw new IOException("train_stances.csv names body " + id + ", which train_bodies.csv lacks");
            }
            pairs.add(new Pair(row.get(0), id, Stance.parse(row.get(2))));
        }
        return new Data(pairs, bodies);
    }

    /** The rows of a CSV text after its header (RFC 4180 records), blank lines left out. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>(ClusteringCorpora.csvRecords(text));
        rows.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return rows.subList(1, rows.size());
    }
}
