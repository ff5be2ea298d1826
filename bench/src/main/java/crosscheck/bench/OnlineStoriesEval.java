package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.annotate.DateAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.archive.Placement;
import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryMemory;
import crosscheck.archive.StoryRef;
import crosscheck.bench.ClusteringSplit.Role;
import crosscheck.cluster.CountingStoryMemory;
import crosscheck.cluster.InMemoryStoryMemory;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.cluster.StoryClusterer;
import crosscheck.cluster.StoryReviser;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stories built one article at a time against stories built from the whole batch: each split is clustered at once
 * by {@link StoryClusterer} (the batch), and fed, in publication order, to an {@link OnlineStoryPlacer} over an
 * {@link InMemoryStoryMemory} (the archive's way: each article placed among the stories filed before it, seen only
 * through the key index and bounded samples). Prints the B3 precision, recall and F1 of both against the gold, the
 * difference, how many candidate stories each placement compared (mean and max), and the milliseconds per
 * placement (entities found beforehand with the shipped annotator and not timed, as in {@code clustering}).
 *
 * <p>Publication order: by publication day; articles of one day, and undated articles (ECB+ has no dates), in
 * corpus order; undated articles of a partly dated split after the dated ones.
 *
 * <p>Data: ECB+ dev and train topics (each split whole), GVC dev, and NewsWCL50 ({@code ../shared/gold/newswcl50}:
 * its input articles with their dates, gold = the event each reports). The placer's parameters were chosen on ECB+
 * dev and GVC dev only; ECB+ train and NewsWCL50 are held out.
 *
 * <p>Usage: {@code stories-online [DATA_DIR (default ../shared/data)] [--gold GOLD_DIR (default ../shared/gold)]
 * [--config wordKeys=20,candidates=8,...;...]} ({@link OnlineStoryPlacer.Config} fields, for experiments; several
 * configurations separated by {@code ;}); {@code --revise N} revises the placements every N articles and at the
 * end ({@link StoryReviser}, as {@code ingest} does every 2,000; 0: never), {@code --reviser s,m,l,a} sets its
 * {@link StoryReviser.Config}, and the revised stories are scored beside the placed ones; {@code --train} refits the placement model on the dev splits;
 * {@code --scale 10000,100000} times placement as the memory grows; {@code -Ddebug=true} prints every placement.
 */
public final class OnlineStoriesEval {

    private OnlineStoriesEval() {
    }

    /** One split's figures. */
    private record Result(ClusteringScore batch, ClusteringScore online, int batchStories, int onlineStories,
                          double meanCandidates, int maxCandidates, double msPerArticle, double batchSeconds,
                          ClusteringScore revised, int revisedStories, double revisionMs, int moved) {
    }

    /** How often stories are revised ({@link StoryReviser}), in articles placed; 0 for never. */
    private static int reviseEvery = 2_000;
    private static StoryReviser.Config reviserConfig = StoryReviser.Config.standard();

    public static void main(String[] args) throws IOException {
        Path data = Path.of("..", "shared", "data");
        Path gold = Path.of("..", "shared", "gold");
        List<OnlineStoryPlacer.Config> configs = new ArrayList<>();
        boolean train = false;
        List<Integer> scale = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(value(args, ++i));
                case "--train" -> train = true;
                case "--revise" -> reviseEvery = Integer.parseInt(value(args, ++i));
                case "--reviser" -> reviserConfig = StoryReviser.Config.parse(value(args, ++i));
                case "--scale" -> scale = java.util.Arrays.stream(value(args, ++i).split(","))
                        .map(Integer::valueOf).toList();
                case "--config" -> {
                    for (String spec : value(args, ++i).split(";")) {
                        configs.add(configOf(OnlineStoryPlacer.Config.standard(), spec));
                    }
                }
                case "-h", "--help" -> usage(0, null);
                default -> {
                    if (args[i].startsWith("-")) {
                        usage(2, "unknown option '" + args[i] + "'");
                    }
                    data = Path.of(args[i]);
                }
            }
        }
        List<ClusteringSplit> splits = new ArrayList<>();
        if (Files.isDirectory(data.resolve("ecbplus"))) {
            splits.addAll(ClusteringCorpora.ecbPlus(data.resolve("ecbplus")));
        }
        if (Files.isDirectory(data.resolve("gvc"))) {
            splits.add(ClusteringCorpora.gvcDev(data.resolve("gvc")));
        }
        if (Files.isDirectory(gold.resolve("newswcl50"))) {
            splits.add(newsWcl50(gold.resolve("newswcl50")));
        }
        if (splits.isEmpty()) {
            usage(2, "no ECB+, GVC or NewsWCL50 under " + data.toAbsolutePath() + " and " + gold.toAbsolutePath());
        }
        if (configs.isEmpty()) {
            configs.add(OnlineStoryPlacer.Config.standard());
        }
        System.out.printf(Locale.ROOT, "stories-online: batch %s%n", new StoryClusterer());
        System.out.println("the placer's parameters were chosen on ECB+ dev and GVC dev only; ECB+ train and"
                + " NewsWCL50 are held out (never tuned on)");
        if (!scale.isEmpty()) {
            scale(splits, scale, configs.isEmpty() ? OnlineStoryPlacer.Config.standard() : configs.get(0));
            return;
        }
        Map<Article, Annotations> entities = entities(splits);
        if (train) {
            train(splits.stream().filter(s -> s.role() == Role.DEV).toList(), configs.get(0), entities);
            return;
        }
        if (splits.size() > 1) {
            splits.add(oneStream(splits));
        }
        for (OnlineStoryPlacer.Config config : configs) {
            evaluate(splits, new OnlineStoryPlacer(OnlineStoryPlacer.Model.standard(), config), entities);
        }
    }

    private static void evaluate(List<ClusteringSplit> splits, OnlineStoryPlacer placer,
                                 Map<Article, Annotations> entities) {
        System.out.printf(Locale.ROOT, "%nonline: %s%n", placer);
        run(splits.get(splits.size() - 1), placer, entities); // warm-up, not printed
        System.out.printf(Locale.ROOT, "revised every %d articles and at the end: %s%n", reviseEvery,
                reviserConfig);
        System.out.printf(Locale.ROOT, "%-10s %-16s %5s  %-29s  %-29s  %7s  %-29s  %7s  %-13s %9s %9s %6s%n", "data",
                "split", "n", "batch B3 P / R / F1 (k)", "online B3 P / R / F1 (k)", "dF1",
                "revised B3 P / R / F1 (k)", "dF1", "cand mean/max", "ms/place", "ms/revise", "moved");
        for (ClusteringSplit split : splits) {
            Result r = run(split, placer, entities);
            System.out.printf(Locale.ROOT, "%-10s %-16s %5d  %.3f / %.3f / %.3f (%4d)  %.3f / %.3f / %.3f (%4d)"
                            + "  %+7.3f  %.3f / %.3f / %.3f (%4d)  %+7.3f  %5.1f / %-5d %9.2f %9.2f %6d%n",
                    split.dataset(), split.name() + tag(split.role()), split.items().size(),
                    r.batch().precision(), r.batch().recall(), r.batch().f1(), r.batchStories(),
                    r.online().precision(), r.online().recall(), r.online().f1(), r.onlineStories(),
                    r.online().f1() - r.batch().f1(),
                    r.revised().precision(), r.revised().recall(), r.revised().f1(), r.revisedStories(),
                    r.revised().f1() - r.batch().f1(), r.meanCandidates(), r.maxCandidates(), r.msPerArticle(),
                    r.revisionMs(), r.moved());
        }
    }

    private static StoryReviser.Revision revise(StoryReviser reviser, StoryReviser.Links links,
                                                InMemoryStoryMemory memory) {
        try {
            return reviser.revise(links, memory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // the memory writes nothing to disk
        }
    }

    /**
     * All the splits as one stream (their gold events kept apart by data set): more stories than a revision's
     * neighbourhood holds, and stories of other data sets among the candidates. Holds dev splits.
     */
    private static ClusteringSplit oneStream(List<ClusteringSplit> splits) {
        List<ClusteringItem> items = new ArrayList<>();
        for (ClusteringSplit s : splits) {
            for (ClusteringItem it : s.items()) {
                items.add(new ClusteringItem(it.article(), s.dataset() + "/" + s.name() + "/" + it.gold(),
                        it.block()));
            }
        }
        return new ClusteringSplit("all", "one stream", Role.DEV, items, "every split above, in one stream");
    }

    private static String tag(Role role) {
        return role == Role.DEV ? " [dev]" : " [held-out]";
    }

    /** Clusters the split as a batch, then places its articles one by one in publication order. */
    private static Result run(ClusteringSplit split, OnlineStoryPlacer placer, Map<Article, Annotations> entities) {
        List<String> gold = split.items().stream().map(ClusteringItem::gold).toList();
        List<Article> articles = split.items().stream().map(ClusteringItem::article).toList();
        Map<String, Annotations> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), entities.get(a)));
        long t0 = System.nanoTime();
        List<Story> stories = new StoryClusterer().cluster(articles, byId);
        double batchSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, String> batchOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(id -> batchOf.put(id, s.id())));

        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        CountingStoryMemory counting = new CountingStoryMemory(memory);
        Map<String, String> onlineOf = new HashMap<>();
        StoryReviser reviser = new StoryReviser(new StoryClusterer(), reviserConfig);
        StoryReviser.Links links = new StoryReviser.Links();
        Map<String, String> revisedOf = new HashMap<>();
        long revising = 0;
        int moved = 0;
        int sincePlaced = 0;
        long placing = 0;
        long candidates = 0;
        int maxCandidates = 0;
        for (Article a : publicationOrder(articles)) {
            counting.reset();
            long p0 = System.nanoTime();
            Placement placement = placer.place(a, byId.get(a.id()), counting);
            placing += System.nanoTime() - p0;
            candidates += counting.samples();
            maxCandidates = Math.max(maxCandidates, counting.samples());
            String story = memory.add(a, byId.get(a.id()), placement);
            onlineOf.put(a.id(), story);
            links.placed(story, placement, memory.articles());
            if (reviseEvery > 0 && ++sincePlaced >= reviseEvery) {
                sincePlaced = 0;
                long r0 = System.nanoTime();
                moved += revise(reviser, links, memory).moved();
                revising += System.nanoTime() - r0;
            }
            if (Boolean.getBoolean("debug")) {
                String g = split.items().stream().filter(it -> it.article() == a).findFirst().orElseThrow().gold();
                String first = placement.story() == null ? null : split.items().stream()
                        .filter(it -> onlineOf.get(it.article().id()) != null
                                && onlineOf.get(it.article().id()).equals(placement.story()))
                        .findFirst().orElseThrow().gold();
                long goldSeen = split.items().stream().filter(it -> it.gold().equals(g) && it.article() != a
                        && onlineOf.containsKey(it.article().id())).count();
                System.out.printf(Locale.ROOT, "DEBUG %s %s gold=%s seen=%d -> %s (%s) score=%.3f cands=%d sampled=%d %s%n",
                        split.name(), a.id(), g, goldSeen, placement.story(), first, placement.score(), counting.samples(),
                        counting.sampled(), placement.story() == null ? (goldSeen > 0 ? "MISS" : "ok-new")
                        : (g.equals(first) ? "ok-join" : "WRONG"));
            }
        }
        int onlineStories = memory.stories();
        if (reviseEvery > 0) {
            long r0 = System.nanoTime();
            moved += revise(reviser, links, memory).moved();
            revising += System.nanoTime() - r0;
        }
        articles.forEach(a -> revisedOf.put(a.id(), memory.storyOf(a.id())));
        List<String> batch = articles.stream().map(a -> batchOf.get(a.id())).toList();
        List<String> online = articles.stream().map(a -> onlineOf.get(a.id())).toList();
        List<String> revised = articles.stream().map(a -> revisedOf.get(a.id())).toList();
        int n = articles.size();
        return new Result(ClusteringScore.of(gold, batch), ClusteringScore.of(gold, online), stories.size(),
                onlineStories, (double) candidates / n, maxCandidates, placing / 1e6 / n, batchSeconds,
                ClusteringScore.of(gold, revised), memory.stories(), revising / 1e6 / n, moved);
    }

    /**
     * How placement cost changes as the memory grows: fills an {@link InMemoryStoryMemory} with synthetic articles
     * (each recombined from real sentences of the loaded splits: a story draws its sentences from two source
     * articles, so its articles overlap as reports of one event do; 3 to 7 articles a story, 200 stories a day, no
     * entities), filed under the keys the placer gives them without placing them, then times the placement
     * of 500 more synthetic articles at each size. Not a quality measure.
     */
    private static void scale(List<ClusteringSplit> splits, List<Integer> sizes, OnlineStoryPlacer.Config config) {
        List<List<String>> sources = new ArrayList<>();
        for (ClusteringSplit split : splits) {
            for (ClusteringItem item : split.items()) {
                List<String> sentences = List.of(item.article().body().split("(?<=[.!?])\\s+"));
                if (sentences.size() >= 4) {
                    sources.add(sentences);
                }
            }
        }
        OnlineStoryPlacer placer = new OnlineStoryPlacer(OnlineStoryPlacer.Model.standard(), config);
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        java.util.Random random = new java.util.Random(18);
        System.out.printf(Locale.ROOT, "%nscale: synthetic articles recombined from %d real articles' sentences"
                + " (not real news; cost only; cpu: the placing thread's CPU time, steadier than wall time on a busy"
                + " machine)%n%10s %12s %12s %12s %12s %10s %10s%n", sources.size(), "articles", "ms/place",
                "ms/place p99", "cpu ms/place", "cand mean", "sampled", "heap MB");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String story = null;
        int left = 0;
        int stories = 0;
        int next = 0;
        for (int size : sizes) {
            while (memory.articles() < size) {
                if (left == 0) {
                    story = null;
                    left = 3 + random.nextInt(5);
                    stories++;
                }
                Article a = synthetic("x" + next++, FIRST_DAY + stories / 200, sources, random, stories);
                story = memory.add(a, Annotations.none(), new Placement(story,
                        placer.keys(a, Annotations.none(), memory), Double.NaN));
                left--;
            }
            CountingStoryMemory counting = new CountingStoryMemory(memory);
            double[] ms = new double[500];
            long cands = 0;
            long sampled = 0;
            long cpu = 0;
            for (int k = 0; k < ms.length; k++) {
                Article a = synthetic("probe" + size + "-" + k, FIRST_DAY + stories / 200, sources, random,
                        stories - random.nextInt(Math.min(stories, 400)));
                counting.reset();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                placer.place(a, Annotations.none(), counting);
                ms[k] = (System.nanoTime() - t0) / 1e6;
                cpu += threads.getCurrentThreadCpuTime() - c0;
                cands += counting.samples();
                sampled += counting.sampled();
            }
            double[] sorted = ms.clone();
            java.util.Arrays.sort(sorted);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%10d %12.2f %12.2f %12.2f %12.1f %10.1f %10d%n", memory.articles(),
                    java.util.Arrays.stream(ms).average().orElse(0), sorted[(int) (sorted.length * 0.99)],
                    cpu / 1e6 / ms.length,
                    (double) cands / ms.length, (double) sampled / ms.length,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    /** 2020-01-01 as an epoch day: the first synthetic story's day. */
    private static final long FIRST_DAY = 18262;

    /** A synthetic article: six sentences drawn from two source articles picked by {@code seed}. */
    private static Article synthetic(String id, long day, List<List<String>> sources, java.util.Random random,
                                     int seed) {
        java.util.Random pick = new java.util.Random(seed);
        List<String> a = sources.get(pick.nextInt(sources.size()));
        List<String> b = sources.get(pick.nextInt(sources.size()));
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            List<String> from = k % 2 == 0 ? a : b;
            body.append(from.get(random.nextInt(from.size()))).append(' ');
        }
        String title = a.get(0).length() > 120 ? a.get(0).substring(0, 120) : a.get(0);
        return new Article(id, SourceRef.of(id), null, null, title, null,
                java.time.LocalDate.ofEpochDay(day).toString(), body.toString().strip(), List.of());
    }

    /**
     * Fits the placement model on the dev splits: each split is fed in publication order with every article filed
     * in its gold story (so the memory is what a right placer would have built), and every pair the placer compares
     * (the article against a sampled article of a candidate story) is an example, positive when the story is the
     * article's own. Writes {@code engine/src/main/resources/crosscheck/cluster/placer-model.txt}.
     */
    private static void train(List<ClusteringSplit> dev, OnlineStoryPlacer.Config config,
                              Map<Article, Annotations> entities) throws IOException {
        OnlineStoryPlacer placer = new OnlineStoryPlacer(new OnlineStoryPlacer.Model(
                java.util.Collections.nCopies(OnlineStoryPlacer.FEATURES.size(), 0.0)), config);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (ClusteringSplit split : dev) {
            InMemoryStoryMemory memory = new InMemoryStoryMemory();
            Map<String, String> goldOf = new HashMap<>();
            split.items().forEach(it -> goldOf.put(it.article().id(), it.gold()));
            Map<String, String> storyOfGold = new HashMap<>();
            Map<String, String> goldOfStory = new HashMap<>();
            for (Article a : publicationOrder(split.items().stream().map(ClusteringItem::article).toList())) {
                Annotations an = entities.get(a);
                String gold = goldOf.get(a.id());
                OnlineStoryPlacer.Look look = placer.look(a, an, memory);
                for (OnlineStoryPlacer.Comparison c : look.candidates()) {
                    boolean same = gold.equals(goldOfStory.get(c.story().id()));
                    for (double[] f : c.pairs()) {
                        x.add(f);
                        y.add(same);
                    }
                }
                String story = memory.add(a, an, new Placement(storyOfGold.get(gold), look.keys(), 0));
                storyOfGold.put(gold, story);
                goldOfStory.put(story, gold);
            }
        }
        long positive = y.stream().filter(b -> b).count();
        OnlineStoryPlacer.Model model = new OnlineStoryPlacer.Model(crosscheck.cluster.StoryModelTrainer.fit(x, y));
        String text = model.text(List.of("Placement model of crosscheck.cluster.OnlineStoryPlacer.",
                "Trained by: java -jar bench/target/crosscheck-bench.jar stories-online --train (repository root)",
                String.format(Locale.ROOT, "on %s: %d pairs, %d of one event.", dev.stream()
                        .map(s -> s.dataset() + " " + s.name()).toList(), x.size(), positive),
                "candidates and samples as " + placer));
        Path out = Path.of("engine", "src", "main", "resources", "crosscheck", "cluster", "placer-model.txt");
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
        System.out.println("written to " + out);
    }

    /** By publication day; one day's articles in corpus order; undated ones after, in corpus order. */
    static List<Article> publicationOrder(List<Article> articles) {
        List<Article> dated = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        for (Article a : articles) {
            (DateAnnotator.publicationDay(a.published()) == null ? undated : dated).add(a);
        }
        List<Article> out = new ArrayList<>(dated.stream()
                .sorted(Comparator.comparing((Article a) -> DateAnnotator.publicationDay(a.published()))).toList());
        out.addAll(undated);
        return out;
    }

    /**
     * NewsWCL50 as {@code ../shared/gold/newswcl50} holds it: one JSONL file per article ({@code text},
     * {@code title}, {@code published}, {@code outlet}; id {@code name#1} as crosscheck gives it), gold = the story
     * of {@code gold.json} that lists it.
     */
    static ClusteringSplit newsWcl50(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode story : json.readTree(dir.resolve("gold.json").toFile()).get("stories")) {
            story.get("articles").forEach(a -> storyOf.put(a.asText(), story.get("id").asText()));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("input"))) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<ClusteringItem> items = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".jsonl".length()) + "#1";
            String line = Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .findFirst().orElseThrow(() -> new IOException(file + " is empty"));
            JsonNode o = json.readTree(line);
            String story = storyOf.get(id);
            if (story == null) {
                throw new IOException(id + " is in no story of " + dir.resolve("gold.json"));
            }
            items.add(new ClusteringItem(new Article(id, SourceRef.of(name), text(o, "url"), text(o, "outlet"),
                    text(o, "title"), null, text(o, "published"), o.get("text").asText().strip(), List.of()),
                    story, "all"));
        }
        return new ClusteringSplit("newswcl50", "all", Role.HELD_OUT, items);
    }

    private static @Nullable String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Every article's entities, found once with the shipped model, untimed. */
    private static Map<Article, Annotations> entities(List<ClusteringSplit> splits) {
        EntityAnnotator annotator = EntityAnnotator.standard();
        Map<Article, Annotations> found = new IdentityHashMap<>();
        for (ClusteringSplit split : splits) {
            for (ClusteringItem item : split.items()) {
                found.computeIfAbsent(item.article(), a -> new Annotations(annotator.annotate(a), List.of(),
                        List.of()));
            }
        }
        return found;
    }

    /** The configuration with the fields named in {@code spec} ({@code candidates=8,sample=6}) changed. */
    private static OnlineStoryPlacer.Config configOf(OnlineStoryPlacer.Config base, String spec) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("wordKeys", (double) base.wordKeys());
        v.put("nameKeys", (double) base.nameKeys());
        v.put("maxKeyArticles", (double) base.maxKeyArticles());
        v.put("storiesPerKey", (double) base.storiesPerKey());
        v.put("candidates", (double) base.candidates());
        v.put("sample", (double) base.sample());
        v.put("windowDays", (double) base.windowDays());
        v.put("bands", (double) base.bands());
        v.put("duplicateBands", (double) base.duplicateBands());
        v.put("threshold", base.threshold());
        v.put("padTo", (double) base.padTo());
        v.put("top", (double) base.top());
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !v.containsKey(kv[0])) {
                usage(2, "--config takes NAME=VALUE pairs with NAME one of " + v.keySet() + ", got '" + pair + "'");
            }
            v.put(kv[0], Double.valueOf(kv[1]));
        }
        return new OnlineStoryPlacer.Config(v.get("wordKeys").intValue(), v.get("nameKeys").intValue(),
                v.get("maxKeyArticles").longValue(), v.get("storiesPerKey").intValue(),
                v.get("candidates").intValue(), v.get("sample").intValue(), v.get("windowDays").intValue(),
                v.get("bands").intValue(), v.get("duplicateBands").intValue(), v.get("threshold"),
                v.get("padTo").intValue(), v.get("top").intValue());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(2, args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(int status, @Nullable String error) {
        if (error != null) {
            System.err.println(error);
        }
        System.err.println("usage: stories-online [DATA_DIR (default ../shared/data)] [--gold GOLD_DIR (default "
                + "../shared/gold)] [--config wordKeys=20,candidates=8,... (OnlineStoryPlacer.Config fields)]"
                + " [--revise N (a revision every N articles and at the end; 0: none; default 2000)]"
                + " [--reviser SAMPLE,MAX_ARTICLES,MIN_LINK,MIN_ARTICLES (StoryReviser.Config)]");
        System.exit(status);
    }
}
