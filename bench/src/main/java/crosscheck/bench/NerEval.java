package crosscheck.bench;

import crosscheck.annotate.ner.PerceptronNer;
import crosscheck.annotate.ner.PerceptronNerTrainer;
import crosscheck.annotate.ner.PerceptronNerTrainer.Sentence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named-entity recognition on CoNLL-2003 English ({@code ../shared/data/conll2003}): {@code ner-train} trains the
 * shipped model on {@code eng.train} and writes it into the engine's resources; {@code ner} scores the shipped model
 * on {@code eng.testa} (dev) and {@code eng.testb} (test) with the shared task's measure (conlleval: exact entity
 * spans and types, micro-averaged) and prints tokens/s on one thread and the model's load time.
 */
public final class NerEval {

    static final Path MODEL_OUT = Path.of("engine/src/main/resources/crosscheck/annotate/ner/conll-en.model.gz");
    static final int EPOCHS = 10;
    static final long SEED = 2003;
    static final int MIN_COUNT = 1;

    private NerEval() {
    }

    /**
     * {@code ner-train [--dev [--errors]] [--with-dev] [DATA_DIR]}: trains on train, writes the model and scores dev
     * and test; with {@code --dev}, writes nothing (for trying a change), and {@code --errors} lists the dev entities
     * it gets wrong; with {@code --with-dev}, trains on train and dev together and scores test only.
     */
    public static void train(String[] args) throws IOException {
        boolean dry = args.length > 0 && args[0].equals("--dev");
        if (dry) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        boolean errors = dry && args.length > 0 && args[0].equals("--errors");
        if (errors) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        // --with-dev: train and dev together, as many CoNLL systems are finally trained once their settings are
        // chosen on dev; dev then measures nothing, only the test split does. Not the shipped model (see RESULTS.md).
        boolean withDev = args.length > 0 && args[0].equals("--with-dev");
        if (withDev) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Path data = dataDir(args);
        List<List<Sentence>> trainDocs = new java.util.ArrayList<>(readDocuments(data.resolve("eng.train")));
        if (withDev) {
            trainDocs.addAll(readDocuments(data.resolve("eng.testa")));
        }
        List<Sentence> train = trainDocs.stream().flatMap(List::stream).toList();
        System.out.printf(Locale.ROOT, "training on %d sentences, %d epochs, seed %d, features seen >= %d times%n",
                train.size(), EPOCHS, SEED, MIN_COUNT);
        long start = System.nanoTime();
        List<String> unlabeled = unlabeledNews(data.getParent());
        System.out.printf(Locale.ROOT, "capitalisation lexicon from %d unlabeled news texts (PolNeAR, FNC-1 bodies) "
                + "and the training sentences%n", unlabeled.size());
        Map<String, java.util.Set<String>> lists = NameLists.load();
        System.out.printf(Locale.ROOT, "name lists (Datafaker, JDK locales and time zones, the engine's news outlets): %s%n",
                NameLists.describe(lists));
        PerceptronNer model = new PerceptronNerTrainer(EPOCHS, SEED, MIN_COUNT).trainDocuments(trainDocs, unlabeled,
                lists,
                (epoch, acc) -> System.out.printf(Locale.ROOT, "epoch %d: token accuracy %.4f%n", epoch, acc));
        if (dry) {
            System.out.printf(Locale.ROOT, "trained in %.1f s (not written)%n", (System.nanoTime() - start) / 1e9);
            if (!withDev) {
                score("dev  (eng.testa)", model, readDocuments(data.resolve("eng.testa")));
            }
            score("test (eng.testb)", model, readDocuments(data.resolve("eng.testb")));
            if (errors) {
                errors(model, readDocuments(data.resolve("eng.testa")));
            }
            return;
        }
        NerEval.writeModel(MODEL_OUT, model::write, start);
        if (!withDev) {
            score("dev  (eng.testa)", model, readDocuments(data.resolve("eng.testa")));
        }
        score("test (eng.testb)", model, readDocuments(data.resolve("eng.testb")));
    }

    /** Something that writes a model to a stream. */
    interface ModelWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a trained model into the engine's resources and prints the training time and the file's size. */
    static void writeModel(Path path, ModelWriter model, long startNanos) throws IOException {
        Files.createDirectories(path.getParent());
        try (OutputStream out = Files.newOutputStream(path)) {
            model.write(out);
        }
        System.out.printf(Locale.ROOT, "trained in %.1f s; wrote %s (%.1f MB)%n", (System.nanoTime() - startNanos) / 1e9,
                path, Files.size(path) / 1e6);
    }

    /** {@code ner [DATA_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path data = dataDir(args);
        long start = System.nanoTime();
        PerceptronNer model = PerceptronNer.standard();
        System.out.printf(Locale.ROOT, "model load %.0f ms%n", (System.nanoTime() - start) / 1e6);
        score("dev  (eng.testa)", model, readDocuments(data.resolve("eng.testa")));
        List<List<Sentence>> testDocs = readDocuments(data.resolve("eng.testb"));
        score("test (eng.testb)", model, testDocs);
        speed(model, testDocs);
    }

    /** Running news text with no entity labels: PolNeAR's article texts and FNC-1's article bodies. */
    static List<String> unlabeledNews(Path shared) throws IOException {
        List<String> texts = new ArrayList<>();
        Path polnear = shared.resolve("polnear");
        if (Files.isDirectory(polnear)) {
            try (var files = Files.walk(polnear)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        Path fnc = shared.resolve("fnc-1/train_bodies.csv");
        if (Files.isRegularFile(fnc)) {
            texts.add(Files.readString(fnc, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Path dataDir(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        Path p = Path.of("..", "shared", "data", "conll2003");
        return Files.isDirectory(p) ? p : Path.of("shared", "data", "conll2003");
    }

    /**
     * The file's documents, each a list of sentences: split at -DOCSTART- lines where the file has them; the copy in
     * {@code ../shared} has none, so there a document is recovered from its Reuters layout: it opens with a headline
     * in capitals, followed within two sentences by a dateline that ends in the date ("ROME 1996-12-06").
     */
    static List<List<Sentence>> readDocuments(Path file) throws IOException {
        List<List<Sentence>> docs = readMarkedDocuments(file);
        if (docs.size() != 1) {
            return docs;
        }
        return recoverDocuments(docs.get(0));
    }

    private static final java.util.regex.Pattern DATELINE_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static List<List<Sentence>> recoverDocuments(List<Sentence> sentences) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String> t = sentences.get(i).tokens();
            if (t.size() <= 10 && DATELINE_DATE.matcher(t.get(t.size() - 1)).matches()) {
                int start = i;
                for (int back = 1; back <= 2 && i - back >= 0; back++) {
                    if (crosscheck.annotate.ner.PerceptronNer.isShouting(sentences.get(i - back).tokens())) {
                        start = i - back;
                        break;
                    }
                }
                if (starts.isEmpty() || start > starts.get(starts.size() - 1)) {
                    starts.add(start);
                }
            }
        }
        List<List<Sentence>> docs = new ArrayList<>();
        int from = 0;
        for (int s : starts) {
            if (s > from) {
                docs.add(sentences.subList(from, s));
            }
            from = s;
        }
        if (from < sentences.size()) {
            docs.add(sentences.subList(from, sentences.size()));
        }
        return docs;
    }

    /** The file's documents split at -DOCSTART- lines (one when it has none). */
    private static List<List<Sentence>> readMarkedDocuments(Path file) throws IOException {
        List<List<Sentence>> docs = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                if (line.startsWith("-DOCSTART-") && !out.isEmpty()) {
                    docs.add(out);
                    out = new ArrayList<>();
                }
                continue;
            }
            String[] cols = line.split(" ");
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens, tags));
        }
        if (!out.isEmpty()) {
            docs.add(out);
        }
        return docs;
    }

    private static void score(String name, PerceptronNer model, List<List<Sentence>> docs) {
        Map<String, int[]> counts = new TreeMap<>();
        List<Sentence> data = docs.stream().flatMap(List::stream).toList();
        List<List<String>> predicted = new ArrayList<>();
        for (List<Sentence> doc : docs) {
            predicted.addAll(model.tagDocument(doc.stream().map(Sentence::tokens).toList()));
        }
        for (int si = 0; si < data.size(); si++) {
            Sentence s = data.get(si);
            List<String> gold = spans(s.tags());
            List<String> pred = spans(predicted.get(si));
            for (String g : gold) {
                counts.computeIfAbsent(type(g), k -> new int[3])[1]++;
            }
            for (String p : pred) {
                int[] c = counts.computeIfAbsent(type(p), k -> new int[3]);
                c[2]++;
                if (gold.contains(p)) {
                    c[0]++;
                }
            }
        }
        int tp = 0;
        int g = 0;
        int p = 0;
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            g += c[1];
            p += c[2];
            types.append(String.format(Locale.ROOT, "  %s P=%.3f R=%.3f F1=%.3f", e.getKey(), ratio(c[0], c[2]),
                    ratio(c[0], c[1]), f1(c[0], c[1], c[2])));
        }
        System.out.printf(Locale.ROOT, "%s  P=%.3f R=%.3f F1=%.3f (%d entities, %d documents)%s%n", name, ratio(tp, p),
                ratio(tp, g), f1(tp, g, p), g, docs.size(), types);
    }

    /** Entity spans as "TYPE start end" (conlleval: an I- tag that does not continue its type starts an entity). */
    static List<String> spans(List<String> tags) {
        List<String> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean begins = t.startsWith("B-") || t.startsWith("I-") && (type == null || !type.equals(t.substring(2)));
            if (type != null && (t.equals("O") || begins)) {
                out.add(type + " " + start + " " + i);
                type = null;
            }
            if (begins) {
                type = t.substring(2);
                start = i;
            }
        }
        return out;
    }

    /** Prints each gold entity the model missed (with what it predicted there) and each spurious one. */
    private static void errors(PerceptronNer model, List<List<Sentence>> docs) {
        for (List<Sentence> doc : docs) {
            List<List<String>> predicted = model.tagDocument(doc.stream().map(Sentence::tokens).toList());
            for (int si = 0; si < doc.size(); si++) {
                Sentence s = doc.get(si);
                List<String> gold = spans(s.tags());
                List<String> pred = spans(predicted.get(si));
                for (String g : gold) {
                    if (!pred.contains(g)) {
                        System.out.println("MISS " + show(s, g) + " | pred " + pred.stream().filter(p -> overlaps(p, g))
                                .map(p -> show(s, p)).toList());
                    }
                }
                for (String p : pred) {
                    if (!gold.contains(p) && gold.stream().noneMatch(g -> overlaps(p, g))) {
                        System.out.println("FALSE " + show(s, p));
                    }
                }
            }
        }
    }

    private static String show(Sentence s, String span) {
        String[] p = span.split(" ");
        return p[0] + ":" + String.join(" ", s.tokens().subList(Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }

    private static boolean overlaps(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return Integer.parseInt(x[1]) < Integer.parseInt(y[2]) && Integer.parseInt(y[1]) < Integer.parseInt(x[2]);
    }

    private static String type(String span) {
        return span.substring(0, span.indexOf(' '));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int tp, int gold, int pred) {
        double p = ratio(tp, pred);
        double r = ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Tokens/s of {@link PerceptronNer#tagDocument} (both stages, as the annotator runs it), document by document. */
    private static void speed(PerceptronNer model, List<List<Sentence>> docs) {
        List<List<List<String>>> texts = docs.stream().map(d -> d.stream().map(Sentence::tokens).toList()).toList();
        long tokens = docs.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();
        for (int i = 0; i < 3; i++) {
            texts.forEach(model::tagDocument);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            texts.forEach(model::tagDocument);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "speed %.0f tokens/s (1 thread, whole documents, best of 5 passes over eng.testb "
                + "after 3 warm-up passes; %d cores, JDK %s)%n", tokens / (best / 1e9),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

}
