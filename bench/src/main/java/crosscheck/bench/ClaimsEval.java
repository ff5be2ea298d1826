package crosscheck.bench;

import crosscheck.align.StoryChecker;
import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.DateAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.annotate.QuantityAnnotator;
import crosscheck.bench.ClaimsCorpora.ClaimsSet;
import crosscheck.bench.ClaimsCorpora.Doc;
import crosscheck.bench.ClaimsCorpora.Line;
import crosscheck.bench.ClaimsCorpora.SentenceRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Quality of claim alignment ({@link StoryChecker}) against cross-document event coreference, over a sweep of
 * thresholds.
 *
 * <p>Each document becomes one {@link Article} whose body holds the data set's sentences, one per paragraph, so that
 * the checker's sentences fall inside the data set's; each is annotated as the pipeline annotates it (entities,
 * quotes and attributions, quantities, dates), each gold story becomes one {@link Story} with its entities merged,
 * and a whole split is checked in one call, as one batch. No near-duplicate detection runs: every document's
 * sentences are aligned.
 *
 * <p>Gold: two sentences of different documents of one story state the same claim when both are scored and they
 * mention events of one cross-document coreference chain. Predicted: two sentences of different documents in one
 * claim. Pairwise precision, recall and F1 over scored sentences (a predicted pair with an unscored sentence is left
 * out); link recall, the share of gold links (an event chain stated in two documents) that some correct predicted
 * pair carries, which does not count against the checker that one article's headline and lead, both stating an
 * event, cannot join one claim; the number of claims, those that span two or more documents, and the checker's
 * sentences per second.
 * The threshold is chosen by F1 on ECB+ dev (ties: the higher one) and reported on the held-out sets: ECB+ train (the test topics are held
 * back) and MEANTIME (English, one story per topic corpus).
 *
 * <p>Usage: {@code claims [DATA_DIR] [--thresholds T,T,...] [--only ecbplus,meantime] [--examples N]};
 * {@code --examples N} prints N false-positive and N false-negative pairs of ECB+ dev at the chosen threshold.
 */
public final class ClaimsEval {

    private static final List<Double> DEFAULT_THRESHOLDS = List.of(0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6);
    private static final List<String> DATASETS = List.of("ecbplus", "meantime");
    private static final long EXAMPLE_SEED = 20140526L;
    private static final int EXAMPLE_CHARS = 200;

    private ClaimsEval() {
    }

    private record Options(Path dataDir, List<Double> thresholds, Set<String> only, int examples) {
    }

    /** Two sentences of different documents, the smaller first. */
    private record Pair(SentenceRef a, SentenceRef b) {
        static Pair of(SentenceRef x, SentenceRef y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    /** A set ready to check: its articles annotated, its stories with their entities, its gold pairs. */
    private record Prepared(ClaimsSet set, List<Article> articles, Map<String, Annotations> annotations,
                            List<Story> stories, Map<String, int[]> starts, Map<String, int[]> numbers,
                            Set<Pair> gold, Set<Link> links, int sentences) {
    }

    /** An event chain stated in two documents (the smaller id first). */
    private record Link(String chain, String docA, String docB) {
        static Link of(String chain, String x, String y) {
            return x.compareTo(y) < 0 ? new Link(chain, x, y) : new Link(chain, y, x);
        }
    }

    /** What the checker predicted at one threshold. */
    private record Predicted(Set<Pair> pairs, int claims, int multiDocument, double seconds) {
    }

    /** One set checked at one threshold. */
    private record Row(double threshold, Predicted predicted, int correct, int gold, int linked, int links) {
        double linkRecall() {
            return links == 0 ? 0 : (double) linked / links;
        }

        double precision() {
            return predicted.pairs().isEmpty() ? 0 : (double) correct / predicted.pairs().size();
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        long start = System.nanoTime();
        List<ClaimsSet> sets = new ArrayList<>();
        if (options.only().contains("ecbplus")) {
            sets.addAll(ClaimsCorpora.ecbPlus(options.dataDir().resolve("ecbplus")));
        }
        if (options.only().contains("meantime")) {
            sets.add(ClaimsCorpora.meantime(options.dataDir().resolve("meantime")));
        }
        System.out.printf(Locale.ROOT, "claims: StoryChecker (default threshold %.2f), thresholds %s, data %s%n",
                StoryChecker.DEFAULT_THRESHOLD, options.thresholds(), options.dataDir());
        long t0 = System.nanoTime();
        EntityAnnotator entities = EntityAnnotator.standard();
        AttributionAnnotator attributions = AttributionAnnotator.standard();
        System.out.printf(Locale.ROOT, "models loaded in %.1fs%n", (System.nanoTime() - t0) / 1e9);
        List<Prepared> prepared = new ArrayList<>();
        for (ClaimsSet set : sets) {
            prepared.add(prepare(set, entities, attributions));
        }
        if (!prepared.isEmpty()) {
            predict(prepared.get(0), StoryChecker.DEFAULT_THRESHOLD); // warm-up, untimed
        }
        Map<Prepared, List<Row>> results = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            List<Row> rows = new ArrayList<>();
            for (double threshold : options.thresholds()) {
                rows.add(score(p, threshold, predict(p, threshold)));
            }
            results.put(p, rows);
            printTable(p, rows);
        }
        Double best = printSummary(results);
        if (best != null && options.examples() > 0) {
            for (Prepared p : prepared) {
                if (p.set().dev()) {
                    printExamples(p, best, options.examples());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%ntotal %.1fs%n", (System.nanoTime() - start) / 1e9);
    }

    private static Options parse(String[] args) {
        Path dir = Path.of("..", "shared", "data");
        List<Double> thresholds = DEFAULT_THRESHOLDS;
        Set<String> only = Set.copyOf(DATASETS);
        int examples = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--thresholds" -> thresholds = Arrays.stream(value(args, ++i, "--thresholds").split(","))
                        .map(Double::valueOf).toList();
                case "--only" -> only = Set.of(value(args, ++i, "--only").split(","));
                case "--examples" -> examples = Integer.parseInt(value(args, ++i, "--examples"));
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
        if (thresholds.stream().anyMatch(t -> !(t > 0 && t <= 1))) {
            usage(2, "thresholds must be in (0, 1], got " + thresholds);
        }
        if (!Files.isDirectory(dir)) {
            usage(2, "data directory " + dir.toAbsolutePath() + " not found");
        }
        return new Options(dir, thresholds, only, examples);
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
        System.err.println("usage: claims [DATA_DIR (default ../shared/data)] [--thresholds 0.2,0.3,...] [--only "
                + String.join(",", DATASETS) + "] [--examples N (error pairs on ECB+ dev)]");
        System.exit(status);
    }

    /** Builds the set's articles, annotates them and makes its stories; the gold pairs too. */
    private static Prepared prepare(ClaimsSet set, EntityAnnotator entityAnnotator,
                                    AttributionAnnotator attributionAnnotator) {
        List<Article> articles = new ArrayList<>();
        Map<String, int[]> starts = new HashMap<>();
        Map<String, int[]> numbers = new HashMap<>();
        int sentences = 0;
        for (Doc d : set.docs()) {
            int n = d.sentences().size();
            int[] s = new int[n];
            int[] num = new int[n];
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Line line = d.sentences().get(i);
                if (i > 0) {
                    body.append("\n\n");
                }
                s[i] = body.length();
                num[i] = line.number();
                body.append(line.text());
            }
            starts.put(d.id(), s);
            numbers.put(d.id(), num);
            sentences += n;
            articles.add(new Article(d.id(), SourceRef.of(d.id()), null, null, d.title(), null, d.published(),
                    body.toString(), List.of()));
        }
        long t0 = System.nanoTime();
        Map<String, Annotations> annotations = annotate(articles, entityAnnotator, attributionAnnotator);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d documents annotated in %.1fs (%.1f articles/s)%n", set.label(),
                articles.size(), seconds, articles.size() / seconds);
        Set<Pair> gold = goldPairs(set);
        return new Prepared(set, articles, annotations, stories(set, annotations), starts, numbers, gold,
                links(gold, set), sentences);
    }

    /** Each article's annotations, found as the pipeline finds them (BatchRunner). */
    private static Map<String, Annotations> annotate(List<Article> articles, EntityAnnotator entityAnnotator,
                                                     AttributionAnnotator attributionAnnotator) {
        QuantityAnnotator quantities = new QuantityAnnotator();
        DateAnnotator dates = new DateAnnotator();
        Set<String> outlets = EntityAnnotator.outletNames(articles);
        Map<String, Annotations> out = new LinkedHashMap<>();
        for (Article a : articles) {
            List<Entity> entities = entityAnnotator.annotate(a);
            AttributionAnnotator.Found found = attributionAnnotator.annotate(a, entities, outlets);
            out.put(a.id(), new Annotations(EntityAnnotator.outletsAsOrganisations(entities, outlets),
                    quantities.annotate(a), dates.annotate(a), found.quotes(), found.attributions()));
        }
        return out;
    }

    /** One story per gold story, its articles in set order, its entities merged across them. */
    private static List<Story> stories(ClaimsSet set, Map<String, Annotations> annotations) {
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        set.docs().forEach(d -> byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d.id()));
        Map<String, List<Entity>> entities = new HashMap<>();
        annotations.forEach((id, an) -> entities.put(id, an.entities()));
        List<Story> stories = new ArrayList<>();
        byStory.forEach((story, ids) -> stories.add(new Story(story, story, ids)
                .withEntities(EntityAnnotator.merge(EntityAnnotator.byArticle(ids, entities)))));
        return stories;
    }

    /** The pairs of scored sentences of different documents of one story that share a cross-document event chain. */
    private static Set<Pair> goldPairs(ClaimsSet set) {
        Map<String, List<SentenceRef>> byStory = new LinkedHashMap<>();
        for (Doc d : set.docs()) {
            for (Line l : d.sentences()) {
                SentenceRef ref = new SentenceRef(d.id(), l.number());
                if (set.validated().contains(ref) && set.chains().containsKey(ref)) {
                    byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        Set<Pair> gold = new HashSet<>();
        for (List<SentenceRef> refs : byStory.values()) {
            for (int i = 0; i < refs.size(); i++) {
                for (int j = i + 1; j < refs.size(); j++) {
                    SentenceRef a = refs.get(i);
                    SentenceRef b = refs.get(j);
                    if (!a.doc().equals(b.doc())
                            && !Collections.disjoint(set.chains().get(a), set.chains().get(b))) {
                        gold.add(Pair.of(a, b));
                    }
                }
            }
        }
        return gold;
    }

    /** The event chains each pair states in its two documents. */
    private static Set<Link> links(Set<Pair> pairs, ClaimsSet set) {
        Set<Link> out = new HashSet<>();
        for (Pair pair : pairs) {
            Set<String> shared = new HashSet<>(set.chains().getOrDefault(pair.a(), Set.of()));
            shared.retainAll(set.chains().getOrDefault(pair.b(), Set.of()));
            shared.forEach(c -> out.add(Link.of(c, pair.a().doc(), pair.b().doc())));
        }
        return out;
    }

    /** Checks the whole set at one threshold and reads each claim's mentions back to sentences. */
    private static Predicted predict(Prepared p, double threshold) {
        StoryChecker checker = new StoryChecker(EntityAnnotator.sentenceModel(),
                AttributionAnnotator.knownOutletNames(), threshold);
        long t0 = System.nanoTime();
        List<Story> checked = checker.check(p.stories(), p.articles(), p.annotations());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Set<Pair> pairs = new HashSet<>();
        int claims = 0;
        int multi = 0;
        for (Story story : checked) {
            for (CrossCheck.Claim claim : story.check().claims()) {
                claims++;
                List<SentenceRef> refs = new ArrayList<>(new TreeSet<>(claim.mentions().stream()
                        .map(m -> sentenceOf(p, m)).toList()));
                if (refs.stream().map(SentenceRef::doc).distinct().count() >= 2) {
                    multi++;
                }
                for (int i = 0; i < refs.size(); i++) {
                    for (int j = i + 1; j < refs.size(); j++) {
                        SentenceRef a = refs.get(i);
                        SentenceRef b = refs.get(j);
                        if (!a.doc().equals(b.doc()) && p.set().validated().contains(a)
                                && p.set().validated().contains(b)) {
                            pairs.add(Pair.of(a, b));
                        }
                    }
                }
            }
        }
        return new Predicted(pairs, claims, multi, seconds);
    }

    /** The data set's sentence that holds a claim mention's start. */
    private static SentenceRef sentenceOf(Prepared p, CrossCheck.ClaimMention m) {
        int[] starts = p.starts().get(m.article());
        if (starts == null) {
            throw new IllegalStateException("claim mention of unknown article " + m.article());
        }
        int i = Arrays.binarySearch(starts, m.start());
        int index = i >= 0 ? i : -i - 2;
        return new SentenceRef(m.article(), p.numbers().get(m.article())[Math.max(0, index)]);
    }

    private static Row score(Prepared p, double threshold, Predicted predicted) {
        Set<Pair> correct = new HashSet<>(predicted.pairs());
        correct.retainAll(p.gold());
        int linked = links(correct, p.set()).size();
        return new Row(threshold, predicted, correct.size(), p.gold().size(), linked, p.links().size());
    }

    private static void printTable(Prepared p, List<Row> rows) {
        ClaimsSet set = p.set();
        System.out.printf(Locale.ROOT, "%n== %s (%s): %d stories, %d documents, %d sentences, %d scored, "
                        + "%d gold pairs, %d gold links%n", set.label(), set.dev() ? "dev, tuning" : "held out",
                p.stories().size(), p.articles().size(), p.sentences(), set.validated().size(), p.gold().size(),
                p.links().size());
        System.out.println("   " + set.note());
        System.out.printf(Locale.ROOT, "%9s %9s %8s %6s %6s %6s %7s %7s %12s %11s%n", "threshold", "predicted",
                "correct", "P", "R", "F1", "R-link", "claims", "claims>=2doc", "sentences/s");
        for (Row r : rows) {
            Predicted pr = r.predicted();
            System.out.printf(Locale.ROOT, "%9.2f %9d %8d %6.3f %6.3f %6.3f %7.3f %7d %12d %11.0f%n",
                    r.threshold(), pr.pairs().size(), r.correct(), r.precision(), r.recall(), r.f1(), r.linkRecall(),
                    pr.claims(), pr.multiDocument(), p.sentences() / pr.seconds());
        }
    }

    /** Prints the threshold with the best F1 on the dev sets and the held-out figures at it; returns it. */
    private static @Nullable Double printSummary(Map<Prepared, List<Row>> results) {
        Map<Double, Double> devF1 = new LinkedHashMap<>();
        results.forEach((p, rows) -> {
            if (p.set().dev()) {
                rows.forEach(r -> devF1.merge(r.threshold(), r.f1(), Double::sum));
            }
        });
        System.out.println();
        if (devF1.isEmpty()) {
            System.out.println("no dev set read: no threshold chosen");
            return null;
        }
        double best = devF1.entrySet().stream() // ties go to the higher, more cautious threshold
                .max(Map.Entry.<Double, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        System.out.printf(Locale.ROOT, "best threshold on dev (F1): %.2f (StoryChecker.DEFAULT_THRESHOLD = %.2f)%n",
                best, StoryChecker.DEFAULT_THRESHOLD);
        results.forEach((p, rows) -> rows.stream()
                .filter(r -> r.threshold() == best || r.threshold() == StoryChecker.DEFAULT_THRESHOLD)
                .forEach(r -> System.out.printf(Locale.ROOT,
                        "  %-14s %-10s threshold %.2f: P %.3f R %.3f F1 %.3f R-link %.3f%n", p.set().label(),
                        p.set().dev() ? "(dev)" : "(held out)", r.threshold(), r.precision(), r.recall(), r.f1(),
                        r.linkRecall())));
        return best;
    }

    /** A seeded sample of the false-positive and false-negative pairs at one threshold, with their sentences. */
    private static void printExamples(Prepared p, double threshold, int n) {
        Predicted predicted = predict(p, threshold);
        Map<SentenceRef, String> text = new HashMap<>();
        p.set().docs().forEach(d -> d.sentences().forEach(l -> text.put(new SentenceRef(d.id(), l.number()),
                l.text())));
        List<Pair> falsePositives = sorted(predicted.pairs().stream().filter(x -> !p.gold().contains(x)).toList());
        List<Pair> falseNegatives = sorted(p.gold().stream().filter(x -> !predicted.pairs().contains(x)).toList());
        System.out.printf(Locale.ROOT, "%n== %s at %.2f: %d false positives, %d false negatives; %d of each%n",
                p.set().label(), threshold, falsePositives.size(), falseNegatives.size(), n);
        printPairs("false positive", falsePositives, n, text, p);
        printPairs("false negative", falseNegatives, n, text, p);
    }

    private static List<Pair> sorted(List<Pair> pairs) {
        List<Pair> out = new ArrayList<>(pairs);
        out.sort((x, y) -> x.a().compareTo(y.a()) != 0 ? x.a().compareTo(y.a()) : x.b().compareTo(y.b()));
        Collections.shuffle(out, new Random(EXAMPLE_SEED));
        return out;
    }

    private static void printPairs(String kind, List<Pair> pairs, int n, Map<SentenceRef, String> text, Prepared p) {
        for (Pair pair : pairs.subList(0, Math.min(n, pairs.size()))) {
            Set<String> shared = new TreeSet<>(p.set().chains().getOrDefault(pair.a(), Set.of()));
            shared.retainAll(p.set().chains().getOrDefault(pair.b(), Set.of()));
            System.out.printf(Locale.ROOT, "%s%s%n  %s: %s%n  %s: %s%n", kind,
                    shared.isEmpty() ? "" : " (shared chains " + shared + ")",
                    pair.a(), clip(text.get(pair.a())), pair.b(), clip(text.get(pair.b())));
        }
    }

    private static String clip(@Nullable String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= EXAMPLE_CHARS ? s : s.substring(0, EXAMPLE_CHARS) + "…";
    }
}
