package crosscheck.cluster;

import crosscheck.annotate.DateAnnotator;
import crosscheck.archive.Placement;
import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryMemory;
import crosscheck.archive.StoryPlacer;
import crosscheck.archive.StoryRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Places each new article into a filed story, or starts a new one, at a cost that does not grow with the archive:
 * the article is compared only with a bounded sample of a few candidate stories, found through an index of keys.
 *
 * <p>The article's keys: its names ({@code e:}, as {@link EventClusterer} reads them: the entities annotation found,
 * the capitalised runs of the title), its rarest words and numbers ({@code w:}, {@code n:}: the {@link
 * Config#wordKeys()} with the highest TF-IDF, rarity taken from {@link StoryMemory#articlesWithKey}), and MinHash
 * band keys of its five-word shingles ({@code m:}: near-duplicates share whole bands). Candidate stories are those
 * {@link StoryMemory#storiesWithKey} returns for its keys (at most {@link Config#storiesPerKey()} per key; a key more
 * than {@link Config#maxKeyArticles()} articles hold is skipped as telling nothing), scored by the inverse document
 * frequency of the keys they share; stories whose latest publication day is more than {@link Config#windowDays()}
 * days from the article's are dropped (when both are dated); the best {@link Config#candidates()} are kept.
 *
 * <p>Then the article is judged much as {@link StoryClusterer} judges a loose group: the candidates' samples
 * ({@link StoryMemory#sample}, at most {@link Config#sample()} articles each) and the new article form a group
 * (padded to {@link Config#padTo()} with empty articles), {@link StoryPairFeatures} and the placer's own {@link
 * #FEATURES} are computed over it, and the placement {@link Model} (trained on online placements, where an article
 * must be judged before the rest of its event has arrived) gives a same-event probability for each pair; a story's
 * score is the mean over its {@link Config#top()} closest sampled articles. It joins the best story when that score
 * reaches {@link Config#threshold()};
 * otherwise, it joins a story with which it shares at least {@link Config#duplicateBands()} MinHash bands (a
 * near-duplicate of one of its articles); otherwise it starts a story of its own.
 *
 * <p>Cost per article: the count of each key and of each word or number that could still be among the article's
 * rarest (see {@link #keys(Article, List, StoryMemory)}; read in one or a few batched lookups, {@link
 * StoryMemory#articlesWithKeys}), the stories of at most every key (one {@link StoryMemory#storiesWithKeys}), the
 * ids of the samples of {@code candidates} stories (one {@link StoryMemory#sampleIds}), the sampled articles not met
 * lately (one {@link StoryMemory#filed}), and the pair features of a group of at most {@code candidates * sample + 1}
 * articles, of which only the new article's similarities to the others and the combined similarity of each pair are
 * computed ({@link NewcomerPairs}). Each article's counts are kept in a bounded cache of the {@value #PROFILES} used
 * last, and those of filed articles by id as well (a filed article never changes), so that a stored article sampled
 * again is neither read nor counted again. Thread-safe; deterministic (ties broken by key and story id; the caches
 * change the cost, not the result).
 */
public final class OnlineStoryPlacer implements StoryPlacer {

    /**
     * How the placer looks for candidates.
     *
     * @param wordKeys       how many of its words and numbers an article is filed and looked up under (those with
     *                       the highest TF-IDF)
     * @param nameKeys       how many of its names (those mentioned most)
     * @param maxKeyArticles a key more articles than this hold is not looked up (it tells nothing about a story)
     * @param storiesPerKey  how many stories one key lookup returns at most (the most recently extended)
     * @param candidates     how many candidate stories are compared with the article
     * @param sample         how many articles of each candidate it is compared with
     * @param windowDays     a story whose latest day is more than this many days from the article's is no candidate
     *                       (0: no window)
     * @param bands          how many MinHash bands (of {@value #ROWS} hashes each) key the article's shingles
     * @param duplicateBands how many shared bands make the article a near-duplicate of a story's article
     * @param threshold      the least mean same-event probability to a story's sample at which the article joins it
     * @param padTo          a group of fewer articles is padded with empty ones up to this size before its
     *                       document frequencies are counted: in a group of two, the words both share would
     *                       otherwise count as common and weigh almost nothing
     * @param top            a story's score is the mean same-event probability of the article to the {@code top}
     *                       closest of its sampled articles (a story's older articles may tell a later turn)
     */
    public record Config(int wordKeys, int nameKeys, long maxKeyArticles, int storiesPerKey, int candidates,
                         int sample, int windowDays, int bands, int duplicateBands, double threshold, int padTo,
                         int top) {

        public Config {
            if (wordKeys < 0 || nameKeys < 0 || maxKeyArticles < 1 || storiesPerKey < 1 || candidates < 1
                    || sample < 1 || windowDays < 0 || bands < 0 || duplicateBands < 1
                    || !(threshold > 0 && threshold < 1) || top < 1) {
                throw new IllegalArgumentException("placer configuration out of range: " + this);
            }
        }

        /** The defaults, chosen on the ECB+ and GVC dev splits ({@code bench stories-online}). */
        public static Config standard() {
            return new Config(20, 30, 5000, 8, 8, 10, 30, 8, 2, 0.6, 30, 3);
        }
    }

    /**
     * How many articles' profiles (their block counts as term hashes, a few kilobytes each) the placer keeps: the
     * samples of the stories that recent articles were compared with.
     */
    static final int PROFILES = 20_000;
    /** How many words and numbers' counts one {@link StoryMemory#articlesWithKeys} asks for at most. */
    static final int COUNT_BATCH = 64;
    /** Hashes per MinHash band. */
    static final int ROWS = 4;

    /**
     * The features of the new article against one sampled article of a candidate story: those of {@link
     * StoryPairFeatures#NAMES}, computed over the group of the candidates' samples and the article, then {@code
     * toStory} (their similarity over the sampled article's best similarity to another article of the group, at
     * most 2, 1 when the group has no other article: low when the story's articles are much closer to each other than
     * to the new one), {@code crowd} (1 over the number of sampled articles: the within-group statistics mean less
     * in a small group), {@code relativeXcrowd}, {@code single} (1 over the number of the story's articles sampled)
     * {@code alone} (1 when the group holds one filed article only: its similarities have no scale), and two
     * measured against the whole archive rather than the group: {@code keyShare} (the share of the article's key
     * weight, inverse document frequency over the memory, that the story holds, keys no article holds yet
     * included) and {@code nameShare} (the same
     * for its names).
     */
    public static final List<String> FEATURES = features();

    private static List<String> features() {
        List<String> names = new ArrayList<>(StoryPairFeatures.NAMES);
        names.addAll(List.of("toStory", "crowd", "relativeXcrowd", "single", "alone", "keyShare", "nameShare"));
        return List.copyOf(names);
    }

    /**
     * The placement model: logistic weights over {@link #FEATURES}; a story's score is the mean probability over
     * its sampled articles (average linkage). Trained by {@code bench stories-online --train} on the ECB+ dev and
     * GVC dev splits.
     */
    public record Model(List<Double> weights) {

        private static final String RESOURCE = "/crosscheck/cluster/placer-model.txt";

        public Model {
            weights = List.copyOf(weights);
            if (weights.size() != FEATURES.size()) {
                throw new IllegalArgumentException("expected " + FEATURES.size() + " weights (" + FEATURES
                        + "), got " + weights.size());
            }
        }

        /** The model that ships in the jar. */
        public static Model standard() {
            try (java.io.InputStream in = OnlineStoryPlacer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("placer model " + RESOURCE + " is missing from the class path");
                }
                Map<String, Double> values = new HashMap<>();
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n")) {
                    String[] kv = line.strip().split("\\s+");
                    if (kv.length == 2 && !kv[0].startsWith("#")) {
                        values.put(kv[0], Double.valueOf(kv[1]));
                    }
                }
                List<Double> w = new ArrayList<>();
                for (String name : FEATURES) {
                    Double v = values.get("weight." + name);
                    if (v == null) {
                        throw new IllegalStateException("placer model " + RESOURCE + " has no weight." + name);
                    }
                    w.add(v);
                }
                return new Model(w);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read placer model " + RESOURCE, e);
            }
        }

        /** The model as {@link #standard} reads it, after the comment lines given. */
        public String text(List<String> comments) {
            StringBuilder sb = new StringBuilder();
            comments.forEach(c -> sb.append("# ").append(c).append('\n'));
            for (int k = 0; k < weights.size(); k++) {
                sb.append(String.format(java.util.Locale.ROOT, "weight.%s %.6f%n", FEATURES.get(k),
                        weights.get(k)));
            }
            return sb.toString();
        }

        /** The probability that a pair with these features reports one event. */
        public double probability(double[] features) {
            double z = 0;
            for (int k = 0; k < features.length; k++) {
                z += weights.get(k) * features[k];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** A story's score: the mean probability over its sampled pairs (0 when none). */
        public double score(List<double[]> pairs) {
            return score(pairs, Integer.MAX_VALUE);
        }

        /** A story's score: the mean of its {@code top} highest pair probabilities (0 when none). */
        public double score(List<double[]> pairs, int top) {
            return pairs.stream().mapToDouble(this::probability).boxed().sorted(Comparator.reverseOrder())
                    .limit(top).mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    private final Model model;
    private final Config config;
    private final long[] seeds;
    /** The profiles of the articles placed and sampled last, so that a stored article is counted once. */
    private final NewcomerPairs.Profiles profiles = new NewcomerPairs.Profiles(PROFILES);

    /** A placer with the shipped placement model and the standard configuration. */
    public OnlineStoryPlacer() {
        this(Model.standard(), Config.standard());
    }

    /** A placer with this model and configuration. */
    public OnlineStoryPlacer(Model model, Config config) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        seeds = new long[config.bands() * ROWS];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < seeds.length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            seeds[i] = spread(x);
        }
    }

    /** The configuration in use. */
    public Config config() {
        return config;
    }

    /** A candidate story: what it shares with the article and, once compared, its score. */
    private static final class Candidate {
        final StoryRef ref;
        double keyScore;
        double shared;
        double sharedNames;
        int bands;

        Candidate(StoryRef ref) {
            this.ref = ref;
        }
    }

    /**
     * One candidate story as the placer saw it: the story, how many MinHash bands it shares with the article, and
     * the {@link #FEATURES} of the article against each sampled article of the story.
     */
    public record Comparison(StoryRef story, int bands, List<double[]> pairs) {

        public Comparison {
            Objects.requireNonNull(story, "story");
            pairs = List.copyOf(pairs);
        }
    }

    /** What the placer found for an article: the keys it is filed under and its candidate stories, best first. */
    public record Look(List<String> keys, List<Comparison> candidates) {

        public Look {
            keys = List.copyOf(keys);
            candidates = List.copyOf(candidates);
        }
    }

    @Override
    public Placement place(Article article, Annotations annotations, StoryMemory memory) {
        Look look = look(article, annotations, memory);
        if (look.candidates().isEmpty()) {
            return new Placement(null, look.keys(), Double.NaN);
        }
        List<Placement.Compared> compared = new ArrayList<>();
        for (Comparison c : look.candidates()) {
            compared.add(new Placement.Compared(c.story().id(), model.score(c.pairs(), config.top())));
        }
        // stable: of equal scores, the candidate ranked first by its keys
        compared.sort(Comparator.comparingDouble((Placement.Compared c) -> -c.score()));
        Placement.Compared best = compared.get(0);
        if (best.score() >= config.threshold()) {
            return new Placement(best.story(), look.keys(), best.score(), compared);
        }
        Comparison duplicate = look.candidates().stream().filter(c -> c.bands() >= config.duplicateBands())
                .max(Comparator.comparingInt(Comparison::bands)).orElse(null);
        if (duplicate != null) {
            return new Placement(duplicate.story().id(), look.keys(), model.score(duplicate.pairs(), config.top()),
                    compared);
        }
        return new Placement(null, look.keys(), best.score(), compared);
    }

    /**
     * The article's keys and its candidate stories, each compared with the article: what {@link #place} decides
     * from (and what the placement model is trained on).
     */
    public Look look(Article article, Annotations annotations, StoryMemory memory) {
        List<Map<String, Double>> blocks = StoryPairFeatures.blocks(article, annotations);
        Map<String, Long> df = new HashMap<>();
        long total = memory.articles();
        List<String> keys = keys(article, blocks, memory, total, df);
        double[] totals = new double[2];
        Map<String, Candidate> found = candidates(keys, memory, total, df, totals);
        LocalDate day = DateAnnotator.publicationDay(article.published());
        List<Candidate> ranked = found.values().stream()
                .filter(c -> inWindow(day, c.ref.latest()))
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.keyScore).thenComparing(c -> c.ref.id()))
                .limit(config.candidates())
                .toList();
        if (ranked.isEmpty()) {
            return new Look(keys, List.of());
        }
        List<NewcomerPairs.Profile> group = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Integer> owner = new ArrayList<>();
        Map<String, List<String>> samples = memory.sampleIds(ranked.stream().map(c -> c.ref.id()).toList(),
                config.sample());
        Map<String, NewcomerPairs.Profile> met = new HashMap<>();
        List<String> unmet = new ArrayList<>();
        samples.values().forEach(ids -> ids.forEach(id -> {
            if (!id.equals(article.id()) && !met.containsKey(id)) {
                NewcomerPairs.Profile p = profiles.filed(memory, id);
                met.put(id, p);
                if (p == null) {
                    unmet.add(id);
                }
            }
        }));
        if (!unmet.isEmpty()) {
            memory.filed(unmet).forEach((id, s) -> {
                NewcomerPairs.Profile p = profiles.get(s.article(), s.annotations(), null);
                profiles.keepFiled(memory, id, p);
                met.put(id, p);
            });
        }
        for (int c = 0; c < ranked.size(); c++) {
            for (String id : samples.getOrDefault(ranked.get(c).ref.id(), List.of())) {
                NewcomerPairs.Profile p = met.get(id);
                if (p != null && seen.add(id)) {
                    group.add(p);
                    owner.add(c);
                }
            }
        }
        int self = group.size();
        group.add(profiles.get(article, annotations, blocks));
        List<List<double[]>> pairs = new ArrayList<>();
        int[] sampled = new int[ranked.size()];
        for (int c = 0; c < ranked.size(); c++) {
            pairs.add(new ArrayList<>());
        }
        owner.forEach(c -> sampled[c]++);
        if (self > 0) {
            NewcomerPairs p = new NewcomerPairs(group, config.padTo());
            for (int j = 0; j < self; j++) {
                Candidate c = ranked.get(owner.get(j));
                double[] f = features(p, j, sampled[owner.get(j)]);
                f[f.length - 2] = totals[0] == 0 ? 0 : c.shared / totals[0];
                f[f.length - 1] = totals[1] == 0 ? 0 : c.sharedNames / totals[1];
                pairs.get(owner.get(j)).add(f);
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int c = 0; c < ranked.size(); c++) {
            if (!pairs.get(c).isEmpty()) {
                out.add(new Comparison(ranked.get(c).ref, ranked.get(c).bands, pairs.get(c)));
            }
        }
        return new Look(keys, out);
    }

    /**
     * The {@link #FEATURES} of the new article ({@code self}, the group's last) against sampled article {@code j}
     * of a story of which {@code sampled} articles are in the group.
     */
    private static double[] features(NewcomerPairs p, int j, int sampled) {
        int self = p.self();
        int base = StoryPairFeatures.NAMES.size();
        double[] f = new double[FEATURES.size()];
        p.features(j, f);
        double bestOther = 0;
        for (int k = 0; k < self; k++) {
            if (k != j) {
                bestOther = Math.max(bestOther, p.similarity(j, k));
            }
        }
        double sim = p.similarity(self, j);
        f[base] = bestOther <= 0 ? 1 : Math.min(2, sim / bestOther);
        f[base + 1] = 1.0 / self;
        f[base + 2] = f[7] * f[base + 1];
        f[base + 3] = 1.0 / sampled;
        f[base + 4] = self == 1 ? 1 : 0;
        return f;
    }

    /**
     * The keys the article would be filed under, given what the memory holds now (see {@link #place}); like {@link
     * #place}, keeps the article's counts for the placements that will compare it.
     */
    public List<String> keys(Article article, Annotations annotations, StoryMemory memory) {
        List<Map<String, Double>> blocks = StoryPairFeatures.blocks(article, annotations);
        profiles.get(article, annotations, blocks);
        return keys(article, blocks, memory);
    }

    /**
     * The article's keys: its most mentioned names, its words and numbers of highest TF-IDF (document frequency
     * from the memory), its MinHash bands; in that order, each once. A word is looked up only while it could still
     * be among the highest: in order of decreasing count, until the weakest of those kept outweighs what any word
     * left could weigh were no article to hold it.
     */
    List<String> keys(Article article, List<Map<String, Double>> blocks, StoryMemory memory) {
        return keys(article, blocks, memory, memory.articles(), new HashMap<>());
    }

    /**
     * As {@link #keys(Article, List, StoryMemory)} with the memory's {@code total} articles, recording in {@code df}
     * the document frequencies it read. The counts are read in batches ({@link StoryMemory#articlesWithKeys}): the
     * names, the bands and the first {@value #COUNT_BATCH} words and numbers in one, then the next {@value
     * #COUNT_BATCH} words and numbers while the loop still needs them. A count read but not needed changes nothing:
     * the words kept are those the loop reaches.
     */
    private List<String> keys(Article article, List<Map<String, Double>> blocks, StoryMemory memory, long total,
                              Map<String, Long> df) {
        List<String> names = top(blocks.get(1), "e:", config.nameKeys());
        List<String> bands = bandKeys(article);
        List<String> keys = new ArrayList<>(names);
        List<Map.Entry<String, Double>> terms = new ArrayList<>();
        blocks.get(0).forEach((w, tf) -> terms.add(Map.entry("w:" + w, tf)));
        blocks.get(2).forEach((v, tf) -> terms.add(Map.entry("n:" + v, tf)));
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        double rarest = idf(total, 0);
        Map<String, Double> weighted = new TreeMap<>();
        java.util.PriorityQueue<Double> kept = new java.util.PriorityQueue<>();
        int limit = config.wordKeys();
        List<String> first = new ArrayList<>(names);
        first.addAll(bands);
        int read = limit == 0 ? 0 : Math.min(terms.size(), COUNT_BATCH);
        terms.subList(0, read).forEach(t -> first.add(t.getKey()));
        Map<String, Long> counts = new HashMap<>(memory.articlesWithKeys(first));
        df.putAll(counts);
        for (int i = 0; i < terms.size(); i++) {
            Map.Entry<String, Double> term = terms.get(i);
            double tf = 1 + Math.log(Math.max(1, term.getValue()));
            if (limit == 0 || kept.size() == limit && kept.peek() > tf * rarest) {
                break;
            }
            if (i >= read) {
                int to = Math.min(terms.size(), read + COUNT_BATCH);
                counts.putAll(memory.articlesWithKeys(terms.subList(read, to).stream().map(Map.Entry::getKey)
                        .toList()));
                read = to;
            }
            long n = counts.get(term.getKey());
            df.put(term.getKey(), n);
            double w = tf * idf(total, n);
            weighted.put(term.getKey(), w);
            kept.add(w);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        keys.addAll(top(weighted, "", limit));
        keys.addAll(bands);
        return List.copyOf(new java.util.LinkedHashSet<>(keys));
    }

    /** The {@code limit} entries of highest value (ties by key), their keys prefixed. */
    private static List<String> top(Map<String, Double> values, String prefix, int limit) {
        return values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> prefix + e.getKey()).toList();
    }

    private static double idf(long articles, long withKey) {
        return Math.log((articles + 1.0) / (withKey + 1.0)) + 1;
    }

    /**
     * The stories that share a key with the article, each with the summed rarity of the keys it shares; the stories
     * of all keys looked up at once ({@link StoryMemory#storiesWithKeys}).
     */
    private Map<String, Candidate> candidates(List<String> keys, StoryMemory memory, long total,
                                              Map<String, Long> known, double[] totals) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        List<String> missing = keys.stream().filter(k -> !known.containsKey(k)).toList();
        Map<String, Long> dfs = new HashMap<>(known);
        if (!missing.isEmpty()) {
            dfs.putAll(memory.articlesWithKeys(missing));
        }
        List<String> looked = keys.stream().filter(k -> {
            long df = dfs.get(k);
            return df != 0 && df <= config.maxKeyArticles();
        }).toList();
        Map<String, List<StoryRef>> stories = looked.isEmpty() ? Map.of()
                : memory.storiesWithKeys(looked, config.storiesPerKey());
        for (String key : keys) {
            long df = dfs.get(key);
            double weight = idf(total, df);
            boolean band = key.startsWith("m:");
            boolean name = key.startsWith("e:");
            if (!band) {
                totals[0] += weight;
                totals[1] += name ? weight : 0;
            }
            if (df == 0 || df > config.maxKeyArticles()) {
                continue;
            }
            for (StoryRef ref : stories.getOrDefault(key, List.of())) {
                Candidate c = found.computeIfAbsent(ref.id(), id -> new Candidate(ref));
                c.keyScore += weight;
                if (band) {
                    c.bands++;
                } else {
                    c.shared += weight;
                    c.sharedNames += name ? weight : 0;
                }
            }
        }
        return found;
    }

    private boolean inWindow(@Nullable LocalDate day, @Nullable LocalDate latest) {
        return config.windowDays() == 0 || day == null || latest == null
                || Math.abs(day.toEpochDay() - latest.toEpochDay()) <= config.windowDays();
    }

    /** The article's MinHash band keys over its five-word shingles ({@code m:BAND:HASH}); none for a short text. */
    List<String> bandKeys(Article article) {
        if (seeds.length == 0) {
            return List.of();
        }
        String[] words = Texts.lowerWords((article.title() == null ? "" : article.title()) + " " + article.body());
        int shingles = words.length - 4;
        if (shingles < 1) {
            return List.of();
        }
        long[] min = new long[seeds.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        long[] wordHash = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHash[i] = spread(words[i].hashCode());
        }
        for (int i = 0; i < shingles; i++) {
            long h = wordHash[i];
            for (int k = 1; k < 5; k++) {
                h = Long.rotateLeft(h, 13) ^ wordHash[i + k];
            }
            for (int s = 0; s < seeds.length; s++) {
                min[s] = Math.min(min[s], spread(h + seeds[s]));
            }
        }
        List<String> out = new ArrayList<>(config.bands());
        for (int b = 0; b < config.bands(); b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = spread(h * 31 + min[b * ROWS + r]);
            }
            out.add("m:" + b + ":" + Long.toHexString(h));
        }
        return out;
    }

    /** A 64-bit mixer (Stafford's variant 13). */
    private static long spread(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "OnlineStoryPlacer" + config.toString().substring("Config".length());
    }
}
