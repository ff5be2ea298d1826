package crosscheck.bench;

import crosscheck.align.StoryChecker;
import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.DateAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.annotate.QuantityAnnotator;
import crosscheck.cluster.TfIdfClusterer;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import crosscheck.dedup.NearDuplicates;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Speed and memory of story clustering and of the cross-check stage ({@link StoryChecker#check}) on synthetic
 * corpora made by recombining real sentences: the news texts of PolNeAR's {@code train/} and {@code dev/} splits,
 * split into sentences. Each generated story takes a pool of up to {@value #POOL} sentences from one PolNeAR text;
 * each of its articles is {@value #FROM_POOL} sentences drawn from that pool (in the pool's order, so claims and leads
 * recur across the story's articles as re-reports do) and {@value #ELSEWHERE} sentences from any other text, in
 * paragraphs of one to three sentences, with one of {@value #OUTLETS} invented outlets ("Outlet 17") and a
 * publication day within {@value #SPREAD_DAYS} days of the story's first. Fixed seed: the same corpus every run.
 * Nothing generated is written to disk.
 *
 * <p>Three series, each row after a warm-up: (1) corpus size (N articles, stories of {@value #STORY_SIZE}) with the
 * rule-based annotation layers only (quantities, dates): clustering ({@link TfIdfClusterer}, skipped when its
 * similarity matrix cannot fit the heap, and {@link crosscheck.cluster.StoryClusterer}, skipped when three such
 * matrices cannot), near-duplicates and the cross-check of the generated stories on one and
 * on two threads; (2) story
 * size (2,000 articles, stories of 2 to 200) for the cross-check on one thread; (3) 1,000 articles with full annotation (entities,
 * quotes and attributions too) against the same articles with the rule-based layers only. Annotation is timed apart
 * and not counted in the stages.
 *
 * <p>{@code java -Xmx8g -jar bench/target/crosscheck-bench.jar crosscheck-speed [N...] [DATA_DIR]}; N = 1000 10000
 * 100000 by default.
 */
public final class CrossCheckBench {

    static final int POOL = 40;
    static final int FROM_POOL = 18;
    static final int ELSEWHERE = 7;
    static final int OUTLETS = 40;
    static final int SPREAD_DAYS = 5;
    static final int STORY_SIZE = 10;
    private static final long SEED = 20260311L;
    private static final int THREADS = 2;
    /** Above this corpus size the cross-check runs on two threads only (one would take minutes more). */
    private static final int ONE_THREAD_UP_TO = 20_000;

    private final List<List<String>> texts;
    private final List<String> everySentence = new ArrayList<>();

    private CrossCheckBench(List<List<String>> texts) {
        this.texts = texts;
        texts.forEach(everySentence::addAll);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                sizes.add(Integer.parseInt(a));
            } else {
                rest.add(a);
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        Path data = AttributionEval.dataDir(rest.toArray(String[]::new));
        CrossCheckBench bench = new CrossCheckBench(sentences(data));
        System.out.printf(Locale.ROOT, "crosscheck speed: synthetic corpora recombining %d real sentences of %d "
                        + "PolNeAR news texts (train+dev); %d cores, JDK %s, max heap %d MB%n",
                bench.everySentence.size(), bench.texts.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "each story: a pool of up to %d sentences of one text; each article: %d pool "
                        + "sentences + %d from other texts, %d outlets, days spread over %d; seed %d%n",
                POOL, FROM_POOL, ELSEWHERE, OUTLETS, SPREAD_DAYS, SEED);
        StoryChecker checker = StoryChecker.standard();
        bench.warmUp(checker);
        StoryChecker twoThreads = new StoryChecker(EntityAnnotator.sentenceModel(),
                AttributionAnnotator.knownOutletNames(), StoryChecker.DEFAULT_THRESHOLD, THREADS,
                crosscheck.align.stance.StanceClassifier.standard());
        bench.corpusSeries(checker, twoThreads, sizes);
        bench.storySizeSeries(checker);
        bench.fullAnnotationSeries(checker);
    }

    /** One pass over a small corpus so that the first row is not the JIT's. */
    private void warmUp(StoryChecker checker) throws Exception {
        Corpus c = corpus(1_000, STORY_SIZE, SEED + 1);
        Map<String, Annotations> an = annotate(c.articles(), ruleBased());
        new TfIdfClusterer().cluster(c.articles());
        checker.check(new NearDuplicates().apply(c.stories(), c.articles()), c.articles(), an);
    }

    private void corpusSeries(StoryChecker checker, StoryChecker twoThreads, List<Integer> sizes)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n(1) corpus size, stories of %d articles; annotation: quantities and dates "
                + "only (no entities, quotes or attributions); the cross-check runs on the generated stories "
                + "after near-duplicates (above %d articles on 2 threads only)%n", STORY_SIZE, ONE_THREAD_UP_TO);
        System.out.printf(Locale.ROOT, "%-8s %-24s %10s %12s %14s %10s  %s%n", "articles", "stage", "seconds",
                "articles/s", "sentences/s", "heap MB", "notes");
        for (int n : sizes) {
            resetPeakHeap();
            Corpus c = corpus(n, STORY_SIZE, SEED);
            long t0 = System.nanoTime();
            Map<String, Annotations> an = annotate(c.articles(), ruleBased());
            row(n, "(annotate q+d, 2 thr)", seconds(t0), c, "not part of the stages; " + c.stories().size()
                    + " stories");
            cluster(c);
            resetPeakHeap();
            t0 = System.nanoTime();
            List<Story> stories = new NearDuplicates().apply(c.stories(), c.articles());
            long copies = stories.stream().mapToLong(s -> s.articles().size() - s.distinctArticles().size()).sum();
            row(n, "near-duplicates", seconds(t0), c, copies + " articles are copies");
            if (n <= ONE_THREAD_UP_TO) {
                check(checker, c, stories, an, n, "cross-check (1 thread)");
            }
            check(twoThreads, c, stories, an, n, "cross-check (2 threads)");
        }
    }

    private void cluster(Corpus c) {
        int n = c.articles().size();
        double matrix = 4.0 * n * (n - 1) / 2;
        Runtime rt = Runtime.getRuntime();
        if (matrix > 0.5 * rt.maxMemory()) {
            System.out.printf(Locale.ROOT, "%-8d %-24s %10s %12s %14s %10s  skipped: its similarity matrix alone "
                            + "is %.1f GB (n²/2 floats), over half the %d MB heap; time also grows with n²%n", n,
                    "clustering (TF-IDF)", "-", "-", "-", "-", matrix / 1e9, rt.maxMemory() >> 20);
            return;
        }
        resetPeakHeap();
        long t0 = System.nanoTime();
        List<Story> found = new TfIdfClusterer().cluster(c.articles());
        row(n, "clustering (TF-IDF)", seconds(t0), c, found.size() + " stories found (" + c.stories().size()
                + " generated); 1 thread");
        if (3 * matrix > 0.5 * rt.maxMemory()) {
            System.out.printf(Locale.ROOT, "%-8d %-24s %10s %12s %14s %10s  skipped: it holds at least three such "
                    + "matrices, %.1f GB%n", n, "clustering (story)", "-", "-", "-", "-", 3 * matrix / 1e9);
            return;
        }
        resetPeakHeap();
        t0 = System.nanoTime();
        found = new crosscheck.cluster.StoryClusterer().cluster(c.articles());
        row(n, "clustering (story)", seconds(t0), c, found.size() + " stories found (" + c.stories().size()
                + " generated); 1 thread, no entities");
    }

    private void check(StoryChecker checker, Corpus c, List<Story> stories, Map<String, Annotations> an, int n,
                       String stage) {
        resetPeakHeap();
        long t0 = System.nanoTime();
        List<Story> checked = checker.check(stories, c.articles(), an);
        double s = seconds(t0);
        long claims = checked.stream().mapToLong(st -> st.check().claims().size()).sum();
        long shared = checked.stream().flatMap(st -> st.check().claims().stream())
                .filter(cl -> cl.articles().size() >= 2).count();
        long conflicts = checked.stream().mapToLong(st -> st.check().conflicts().size()).sum();
        row(n, stage, s, c, String.format(Locale.ROOT, "%.1f ms/story; %d claims (%d in 2+ articles), %d conflicts; "
                + "output %s", 1000 * s / stories.size(), claims, shared, conflicts, digest(checked)));
    }

    private void storySizeSeries(StoryChecker checker) throws Exception {
        int n = 2_000;
        System.out.printf(Locale.ROOT, "%n(2) story size, %d articles; annotation: quantities and dates only%n", n);
        System.out.printf(Locale.ROOT, "%-11s %10s %12s %14s %14s %10s  %s%n", "story size", "seconds",
                "articles/s", "sentences/s", "µs/article", "heap MB", "notes");
        for (int size : new int[] {2, 5, 10, 50, 200}) {
            Corpus c = corpus(n, size, SEED);
            Map<String, Annotations> an = annotate(c.articles(), ruleBased());
            List<Story> stories = new NearDuplicates().apply(c.stories(), c.articles());
            checker.check(stories, c.articles(), an); // warm-up at this size
            resetPeakHeap();
            long t0 = System.nanoTime();
            List<Story> checked = checker.check(stories, c.articles(), an);
            double s = seconds(t0);
            long claims = checked.stream().mapToLong(st -> st.check().claims().size()).sum();
            System.out.printf(Locale.ROOT, "%-11d %10.2f %12.1f %14.0f %14.0f %10.0f  %d stories, %d claims; "
                            + "output %s%n", size, s, n / s, c.sentences() / s, 1e6 * s / n, peakHeap() / 1e6,
                    stories.size(), claims, digest(checked));
        }
    }

    private void fullAnnotationSeries(StoryChecker checker) throws Exception {
        int n = 1_000;
        System.out.printf(Locale.ROOT, "%n(3) full annotation, %d articles, stories of %d: the cross-check with "
                + "entities, quotes and attributions as inputs, against quantities and dates only%n", n, STORY_SIZE);
        System.out.printf(Locale.ROOT, "%-8s %-24s %10s %12s %14s %10s  %s%n", "articles", "stage", "seconds",
                "articles/s", "sentences/s", "heap MB", "notes");
        Corpus c = corpus(n, STORY_SIZE, SEED);
        long t0 = System.nanoTime();
        EntityAnnotator entities = EntityAnnotator.standard();
        AttributionAnnotator attributions = AttributionAnnotator.standard();
        double load = seconds(t0);
        java.util.Set<String> outlets = EntityAnnotator.outletNames(c.articles());
        t0 = System.nanoTime();
        Map<String, Annotations> full = annotate(c.articles(), a -> {
            List<Entity> e = EntityAnnotator.outletsAsOrganisations(entities.annotate(a), outlets);
            AttributionAnnotator.Found f = attributions.annotate(a, e, outlets);
            return new Annotations(e, new QuantityAnnotator().annotate(a), new DateAnnotator().annotate(a),
                    f.quotes(), f.attributions());
        });
        row(n, "(annotate all, 2 thr)", seconds(t0), c, String.format(Locale.ROOT,
                "not part of the stages; models loaded in %.1f s", load));
        Map<String, List<Entity>> byArticle = new HashMap<>();
        full.forEach((id, an) -> byArticle.put(id, an.entities()));
        List<Story> stories = new NearDuplicates().apply(c.stories(), c.articles()).stream()
                .map(st -> st.withEntities(EntityAnnotator.merge(EntityAnnotator.byArticle(st.articles(), byArticle))))
                .toList();
        Map<String, Annotations> rules = annotate(c.articles(), ruleBased());
        checker.check(stories, c.articles(), full); // warm-up with entities and attributions
        check(checker, c, stories, rules, n, "cross-check, q+d only");
        check(checker, c, stories, full, n, "cross-check, full");
    }

    private void row(int n, String stage, double seconds, Corpus c, String notes) {
        System.out.printf(Locale.ROOT, "%-8d %-24s %10.2f %12.1f %14.0f %10.0f  %s%n", n, stage, seconds,
                n / seconds, c.sentences() / seconds, peakHeap() / 1e6, notes);
    }

    /** A generated corpus: its articles (in input order) and its true stories. */
    record Corpus(List<Article> articles, List<Story> stories, long sentences) {
    }

    /** {@code n} articles in stories of {@code storySize} (the last one smaller when it does not divide). */
    Corpus corpus(int n, int storySize, long seed) {
        Random rng = new Random(seed);
        List<Article> articles = new ArrayList<>(n);
        List<Story> stories = new ArrayList<>();
        LocalDate base = LocalDate.of(2016, 1, 1);
        for (int first = 0; first < n; first += storySize) {
            List<String> text = texts.get(rng.nextInt(texts.size()));
            List<String> pool = subset(text, Math.min(POOL, text.size()), rng);
            LocalDate day = base.plusDays(rng.nextInt(300));
            List<Article> story = new ArrayList<>();
            for (int i = first; i < Math.min(n, first + storySize); i++) {
                story.add(article(String.format(Locale.ROOT, "a%06d", i), pool, day.plusDays(rng.nextInt(SPREAD_DAYS)),
                        rng));
            }
            story.sort(Comparator.comparing(Article::published));
            List<String> ids = story.stream().map(Article::id).toList();
            stories.add(new Story("s" + (stories.size() + 1), ids.get(0), ids));
            articles.addAll(story);
        }
        Collections.shuffle(articles, rng);
        return new Corpus(articles, stories, (long) n * (FROM_POOL + ELSEWHERE));
    }

    private Article article(String id, List<String> pool, LocalDate day, Random rng) {
        List<String> sentences = new ArrayList<>(subset(pool, Math.min(FROM_POOL, pool.size()), rng));
        for (int i = 0; i < ELSEWHERE; i++) {
            sentences.add(1 + rng.nextInt(sentences.size()), everySentence.get(rng.nextInt(everySentence.size())));
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences.size(); ) {
            int k = Math.min(sentences.size() - i, 1 + rng.nextInt(3));
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(String.join(" ", sentences.subList(i, i + k)));
            i += k;
        }
        String outlet = "Outlet " + (1 + rng.nextInt(OUTLETS));
        return new Article(id, SourceRef.of(id + ".txt"), null, outlet, null, null, day.toString(), body.toString(),
                List.of());
    }

    /** {@code k} of the items, chosen at random, in their original order. */
    private static List<String> subset(List<String> items, int k, Random rng) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, rng);
        List<Integer> chosen = new ArrayList<>(idx.subList(0, k));
        chosen.sort(Integer::compare);
        return chosen.stream().map(items::get).toList();
    }

    /** PolNeAR's train and dev texts, each as its sentences (OpenNLP, paragraph by paragraph); short texts left out. */
    static List<List<String>> sentences(Path data) throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(EntityAnnotator.sentenceModel());
        List<List<String>> out = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            try (Stream<Path> s = Files.list(data.resolve(split).resolve("text"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    List<String> text = new ArrayList<>();
                    for (String paragraph : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                        for (Span sp : detector.sentPosDetect(paragraph.strip())) {
                            String sentence = sp.getCoveredText(paragraph.strip()).toString();
                            if (sentence.length() >= 40 && sentence.length() <= 400) {
                                text.add(sentence);
                            }
                        }
                    }
                    if (text.size() >= FROM_POOL) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }

    private static Function<Article, Annotations> ruleBased() {
        QuantityAnnotator quantities = new QuantityAnnotator();
        DateAnnotator dates = new DateAnnotator();
        return a -> new Annotations(List.of(), quantities.annotate(a), dates.annotate(a));
    }

    /** Each article's annotations, found on {@value #THREADS} threads, in article order. */
    private static Map<String, Annotations> annotate(List<Article> articles, Function<Article, Annotations> annotator)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int chunk = 256;
            List<Future<List<Annotations>>> futures = new ArrayList<>();
            for (int from = 0; from < articles.size(); from += chunk) {
                List<Article> part = articles.subList(from, Math.min(articles.size(), from + chunk));
                futures.add(pool.submit(() -> part.stream().map(annotator).toList()));
            }
            Map<String, Annotations> out = new LinkedHashMap<>();
            int i = 0;
            for (Future<List<Annotations>> f : futures) {
                for (Annotations an : f.get()) {
                    out.put(articles.get(i++).id(), an);
                }
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** A short fingerprint of what the cross-check found, to tell that a faster checker still finds the same. */
    private static String digest(List<Story> checked) {
        long h = 1125899906842597L;
        for (Story st : checked) {
            h = 31 * h + st.check().toString().hashCode();
        }
        return String.format(Locale.ROOT, "%016x", h);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap pools' peak use since the last {@link #resetPeakHeap()}, in bytes (their sum). */
    private static long peakHeap() {
        return PipelineBench.peakHeap();
    }

    /** Collects garbage and restarts the heap pools' peak counts, so that a row's peak is its own. */
    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }
}
