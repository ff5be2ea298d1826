package crosscheck.bench;

import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.archive.Placement;
import crosscheck.archive.StoredArticle;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.StoryReviser;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.BatchRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the archive's cost per article grows with its size: fills a store with synthetic news up to each size asked
 * for (10,000, 100,000, 1,000,000 by default) and, at each size, prints the time to place and file one article, the
 * time of a whole ingest per article (read, extract, annotate with the shipped models, place, file, re-check the
 * stories changed) of {@code --measure} fresh articles, the peak heap (the sum of the pools' peaks, and the most in
 * use right after a collection) and the store's size on disk per article.
 *
 * <p><b>The corpus is synthetic</b>, recombined from real sentences: the sentences of the ECB+ and GVC dev
 * documents in {@code ../shared/data}, read at run time and never written into the project. Each synthetic event
 * has a day and twelve sentences drawn from the pool; each of its articles tells eight of them in some order, with
 * one sentence of another event, an outlet from a list of invented names and a publication day within two days of
 * the event's. About seven in ten articles report one of the 3,000 most recent events, the rest start an event.
 *
 * <p><b>Filling is cheaper than ingesting</b>: to reach a million articles in one run on two cores, the articles
 * that fill the store are not read from files nor annotated with the shipped models (about a hundred articles a
 * second on two cores): their entities are their capitalised word sequences (a stand-in, with offsets, so that
 * placement has names to index), without quantities or dates; each is placed by the same {@link OnlineStoryPlacer}
 * and filed by the same store, timed, and the stories it changes are marked as checked without a cross-check.
 * The measured articles at each size go through the whole {@code ingest} pipeline.
 *
 * <p>The fill revises its placements as {@code ingest} does ({@link StoryReviser}, every {@link
 * ArchiveRunner#CHECK_EVERY} articles, its neighbourhoods clustered on two threads as {@code ingest}'s two), timed
 * apart (ms per filled article) with the articles it moved; {@code
 * --no-revise} leaves them as placed; the store's term counts are brought up to date as often, as {@code ingest}
 * does before each round of checks, timed apart (ms per filled article), {@code --reviser
 * SAMPLE,MAX_ARTICLES,MIN_LINK,MIN_ARTICLES} sets the reviser's configuration, {@code --batch} also clusters all the filled articles at once as a batch analysis would
 * (small sizes only: its cost grows with the square of the articles) and prints its B3 against the events.
 *
 * <p>{@code java -Xmx4g -jar bench/target/crosscheck-bench.jar archive-scale [--sizes 10000,100000,1000000]
 * [--measure 200] [--store LOCATION] [--no-revise] [DATA_DIR]}
 */
public final class ArchiveScale {

    /** How often (in articles filled) the fill prints its progress. */
    private static final int PROGRESS = 10_000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘]?[A-Z])");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*");
    private static final List<String> OUTLETS = List.of("Ridgeline Times", "Halvergate Courier", "Lorne County "
            + "Ledger", "Brask Daily", "Reyle Post", "Northgate Herald", "Westmarch Wire", "Calder Bay News",
            "Eastholm Record", "Tarn Valley Gazette", "Ostler Review", "Fenwick Observer");

    private ArchiveScale() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
        int measure = 200;
        String location = null;
        boolean revise = true;
        boolean batchToo = false;
        StoryReviser.Config reviserConfig = StoryReviser.Config.standard();
        Path data = Path.of("..", "shared", "data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).sorted().toList();
                case "--measure" -> measure = Integer.parseInt(args[++i]);
                case "--store" -> location = args[++i];
                case "--no-revise" -> revise = false;
                case "--batch" -> batchToo = true;
                case "--reviser" -> reviserConfig = StoryReviser.Config.parse(args[++i]);
                default -> data = Path.of(args[i]);
            }
        }
        HeapAfterGc heap = HeapAfterGc.start();
        List<String> pool = sentences(data);
        System.out.printf(Locale.ROOT, "archive-scale: %d real sentences (ECB+, GVC dev) recombined into synthetic "
                        + "news; %d cores, max heap %d MB, JDK %s%n", pool.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        Path folder = location == null ? Files.createTempDirectory("crosscheck-archive-scale") : null;
        String where = location == null ? folder.toString() : location;
        News news = new News(pool, new Random(20261207L));
        OnlineStoryPlacer placer = new OnlineStoryPlacer();
        StoryReviser reviser = revise ? new StoryReviser(new StoryClusterer(), reviserConfig).withThreads(2) : null;
        StoryReviser.Links links = new StoryReviser.Links();
        int moved = 0;
        ArchiveRunner runner = new ArchiveRunner(BatchRunner.builder().threads(2).build(), placer, reviser,
                ArchiveRunner.DEFAULT_CHUNK);
        System.out.println("articles  fill: place ms    p99  file ms    p99  revise ms/article  moved  count ms/article | ingest"
                + " ms/article | heap peak MB  after GC MB  store MB  bytes/article  stories  events B3 P / R / F1  placements");
        Digest placements = new Digest();
        List<StoredArticle> kept = new ArrayList<>();
        try (ArchiveStore store = ArchiveStores.open(where, java.time.Duration.ZERO)) {
            long filled = store.articles();
            for (int size : sizes) {
                Timings fill = new Timings();
                while (filled < size) {
                    Article a = news.next();
                    Annotations an = standIn(a);
                    long t0 = System.nanoTime();
                    Placement p = placer.place(a, an, store);
                    long t1 = System.nanoTime();
                    byte[] raw = a.body().getBytes(StandardCharsets.UTF_8);
                    String story = store.file(new ArchiveStore.Filing(ArchiveRunner.contentHash(raw), raw,
                            new StoredArticle(a, an), p, List.of()));
                    long t2 = System.nanoTime();
                    fill.add(t1 - t0, t2 - t1);
                    placements.add(p);
                    if (batchToo) {
                        kept.add(new StoredArticle(a, an));
                    }
                    filled++;
                    if (reviser != null) {
                        links.placed(story, p, filled);
                        if (filled % ArchiveRunner.CHECK_EVERY == 0) {
                            long r0 = System.nanoTime();
                            moved += reviser.revise(links, store).moved();
                            fill.revised(System.nanoTime() - r0);
                        }
                    }
                    if (filled % ArchiveRunner.CHECK_EVERY == 0) {
                        long c0 = System.nanoTime();
                        runner.countTerms(store);
                        fill.counted(System.nanoTime() - c0);
                    }
                    if (filled % 5_000 == 0) {
                        markChecked(store);
                    }
                    if (filled % PROGRESS == 0) {
                        System.err.printf(Locale.ROOT, "archive-scale: %d filled, %s; heap after GC at most %.0f MB%n",
                                filled, fill.summary(), heap.most() / 1e6);
                    }
                }
                markChecked(store);
                long c0 = System.nanoTime();
                runner.countTerms(store);
                fill.counted(System.nanoTime() - c0);
                Path batch = Files.createTempFile("crosscheck-archive-scale", ".jsonl");
                try (BufferedWriter w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < measure; i++) {
                        w.write(news.jsonLine(news.next()));
                        w.newLine();
                    }
                }
                Timed timed = new Timed();
                long t0 = System.nanoTime();
                runner.ingest(store, List.of(batch.toString()), timed);
                double perArticle = (System.nanoTime() - t0) / 1e6 / Math.max(1, timed.filed);
                Files.deleteIfExists(batch);
                filled = store.articles();
                long bytes = folder == null ? -1 : folderSize(folder);
                System.out.printf(Locale.ROOT, "%-9d       %8.2f %6.2f %8.2f %6.2f  %17.2f  %5d  %16.2f | %17.1f |"
                                + " %12.0f  %11.0f  %8.0f  %13.0f  %7d  %s  %s%n", filled, fill.meanPlace(),
                        fill.p99Place(), fill.meanFile(), fill.p99File(), fill.revisePerArticle(), moved,
                        fill.countPerArticle(), perArticle, PipelineBench.peakHeap() / 1e6, heap.most() / 1e6,
                        bytes / 1e6, bytes / (double) filled, store.stories(null).size(), b3(store, news),
                        placements);
            }
        }
        if (batchToo) {
            batchB3(kept, news);
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The stories' B3 precision, recall and F1 against the synthetic events (each article's event is known), over
     * every article of the stream in the store. Reads every story: a check, not part of the timed costs.
     */
    private static String b3(ArchiveStore store, News news) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (String story : store.stories(null)) {
            for (StoredArticle a : store.articlesOf(story)) {
                int event = news.eventOf(a.article().id());
                if (event >= 0) {
                    gold.add(Integer.toString(event));
                    predicted.add(story);
                }
            }
        }
        ClusteringScore score = ClusteringScore.of(gold, predicted);
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", score.precision(), score.recall(), score.f1());
    }

    /**
     * What a batch analysis ({@link StoryClusterer} over all the filled articles at once) makes of the same stream,
     * against the events: the figure the archive's stories are to come near. Memory and time grow with the square
     * of the articles: for small sizes only.
     */
    private static void batchB3(List<StoredArticle> articles, News news) {
        Map<String, crosscheck.core.Annotations> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a.annotations()));
        long t0 = System.nanoTime();
        List<crosscheck.core.Story> stories = new StoryClusterer().cluster(
                articles.stream().map(StoredArticle::article).toList(), byId);
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (crosscheck.core.Story s : stories) {
            for (String id : s.articles()) {
                gold.add(Integer.toString(news.eventOf(id)));
                predicted.add(s.id());
            }
        }
        ClusteringScore score = ClusteringScore.of(gold, predicted);
        System.out.printf(Locale.ROOT, "batch StoryClusterer over the %d filled articles: %d stories, events B3 %.3f / "
                        + "%.3f / %.3f, in %.0f s%n", articles.size(), stories.size(), score.precision(),
                score.recall(), score.f1(), (System.nanoTime() - t0) / 1e9);
    }

    /** Marks the stories filling changed as checked, without a cross-check (see the class comment). */
    private static void markChecked(ArchiveStore store) throws IOException {
        for (String id : store.storiesToCheck(Integer.MAX_VALUE)) {
            int size = store.articlesOf(id).size();
            store.saveCheck(store.story(id).orElseThrow(), size);
        }
    }

    /** Counts the articles an ingest files. */
    private static final class Timed implements ArchiveListener {
        int filed;

        @Override
        public void filed(Article article, String story, boolean created) {
            filed++;
        }
    }

    /**
     * A digest of the fill's placements so far (each article's story, or a new one, the keys it is filed under and
     * the candidates it was weighed against with their scores, in order): two runs that print the same digest placed every filling article alike.
     */
    private static final class Digest {
        private long hash = 17;

        void add(Placement p) {
            hash = hash * 1_000_003 + java.util.Objects.hashCode(p.story());
            hash = hash * 1_000_003 + p.keys().hashCode();
            hash = hash * 1_000_003 + p.compared().hashCode();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%016x", hash);
        }
    }

    /** Placement and filing times of the fill. */
    private static final class Timings {
        final List<Long> place = new ArrayList<>();
        final List<Long> file = new ArrayList<>();

        long reviseNanos;
        /** Revision time since the last progress line. */
        long windowReviseNanos;

        void add(long placeNanos, long fileNanos) {
            place.add(placeNanos);
            file.add(fileNanos);
        }

        void revised(long nanos) {
            reviseNanos += nanos;
            windowReviseNanos += nanos;
        }

        long countNanos;

        void counted(long nanos) {
            countNanos += nanos;
        }

        /** Term counting time over the articles filled (as ingest counts them before each round of checks). */
        double countPerArticle() {
            return place.isEmpty() ? 0 : countNanos / 1e6 / place.size();
        }

        /** Revision time over the articles filled (a revision every {@link ArchiveRunner#CHECK_EVERY}). */
        double revisePerArticle() {
            return place.isEmpty() ? 0 : reviseNanos / 1e6 / place.size();
        }

        double meanPlace() {
            return place.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        double meanFile() {
            return file.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        double p99Place() {
            return p99(place);
        }

        double p99File() {
            return p99(file);
        }

        private static double p99(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return 0;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6;
        }

        /**
         * The means so far and over the last {@link #PROGRESS} articles filled: the latter tell whether the cost per
         * article still grows with the store.
         */
        String summary() {
            int from = Math.max(0, place.size() - PROGRESS);
            String out = String.format(Locale.ROOT, "place %.2f ms, file %.2f ms on average so far; the last %d: place"
                            + " %.2f ms, file %.2f ms, revise %.2f ms", meanPlace(), meanFile(), place.size() - from,
                    mean(place.subList(from, place.size())), mean(file.subList(from, file.size())),
                    windowReviseNanos / 1e6 / Math.max(1, place.size() - from));
            windowReviseNanos = 0;
            return out;
        }

        private static double mean(List<Long> nanos) {
            return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }
    }

    /** The stand-in annotations of a filling article: its capitalised word sequences as names. */
    static Annotations standIn(Article a) {
        Map<String, List<Entity.Mention>> names = new java.util.LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(a.body());
        while (m.find()) {
            if (m.group().length() > 3) {
                names.computeIfAbsent(m.group(), k -> new ArrayList<>())
                        .add(new Entity.Mention(m.group(), m.start(), m.end()));
            }
        }
        List<Entity> entities = new ArrayList<>();
        names.forEach((name, mentions) -> entities.add(new Entity(name, "MISC", List.of(), mentions, List.of())));
        return new Annotations(entities, List.of(), List.of(), List.of(), List.of());
    }

    /** The sentences of the ECB+ and GVC dev documents, 40 to 300 characters, each once. */
    private static List<String> sentences(Path data) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        List<ClusteringItem> items = new ArrayList<>();
        for (ClusteringSplit s : ClusteringCorpora.ecbPlus(data.resolve("ecbplus"))) {
            items.addAll(s.items());
        }
        items.addAll(ClusteringCorpora.gvcDev(data.resolve("gvc")).items());
        for (ClusteringItem item : items) {
            for (String paragraph : item.article().body().split("\n\n")) {
                for (String sentence : SENTENCE_END.split(paragraph)) {
                    String s = sentence.strip();
                    if (s.length() >= 40 && s.length() <= 300) {
                        out.add(s);
                    }
                }
            }
        }
        if (out.size() < 1000) {
            throw new IOException("too few sentences in " + data + " (ECB+ and GVC are needed): " + out.size());
        }
        return new ArrayList<>(out);
    }

    /** The synthetic news stream. */
    static final class News {
        private final List<String> pool;
        private final Random random;
        private final List<int[]> recent = new ArrayList<>();
        private final List<LocalDate> days = new ArrayList<>();
        private final List<Integer> eventAt = new ArrayList<>();
        /** The event of each article made, by its number ({@code synthetic-N} is at N - 1). */
        private int[] eventOf = new int[1024];
        private int events;
        private long articles;

        /** The event of the article with this id, or -1 when the id is not one of this stream's. */
        int eventOf(String id) {
            if (!id.startsWith("synthetic-")) {
                return -1;
            }
            try {
                long n = Long.parseLong(id.substring("synthetic-".length()));
                return n >= 1 && n <= articles ? eventOf[(int) (n - 1)] : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        News(List<String> pool, Random random) {
            this.pool = pool;
            this.random = random;
        }

        Article next() {
            int slot;
            if (recent.isEmpty() || random.nextDouble() < 0.3) {
                int[] sentences = new int[12];
                for (int i = 0; i < sentences.length; i++) {
                    sentences[i] = random.nextInt(pool.size());
                }
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(articles / 1500);
                if (recent.size() < 3000) {
                    recent.add(sentences);
                    days.add(day);
                    eventAt.add(events);
                    slot = recent.size() - 1;
                } else {
                    slot = events % 3000;
                    recent.set(slot, sentences);
                    days.set(slot, day);
                    eventAt.set(slot, events);
                }
                events++;
            } else {
                slot = random.nextInt(recent.size());
            }
            int[] event = recent.get(slot);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < event.length; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                body.append(i == 0 ? "" : (i % 3 == 0 ? "\n\n" : " ")).append(pool.get(event[order.get(i)]));
            }
            body.append(' ').append(pool.get(random.nextInt(pool.size())));
            if (articles == eventOf.length) {
                eventOf = java.util.Arrays.copyOf(eventOf, eventOf.length * 2);
            }
            eventOf[(int) articles] = eventAt.get(slot);
            articles++;
            String id = "synthetic-" + articles;
            String title = pool.get(event[order.get(0)]);
            title = title.length() > 90 ? title.substring(0, 90) : title;
            return new Article(id, SourceRef.of(id), null, OUTLETS.get(random.nextInt(OUTLETS.size())), title, null,
                    days.get(slot).plusDays(random.nextInt(3)).toString(), body.toString(), List.of());
        }

        /** The article as a line of JSONL, as {@code ingest} reads it. */
        String jsonLine(Article a) {
            com.fasterxml.jackson.databind.node.ObjectNode o =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("outlet", a.outlet());
            o.put("published", a.published());
            o.put("text", a.body());
            return o.toString();
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
