package crosscheck.cluster;

import crosscheck.archive.Placement;
import crosscheck.archive.RevisableStoryMemory;
import crosscheck.archive.RevisableStoryMemory.Regroup;
import crosscheck.archive.StoredArticle;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Story;
import crosscheck.internal.Parallel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Revises where articles were placed, a neighbourhood at a time: an article placed before the reports that tie it to
 * its event started a story of its own, or joined the wrong one, and placement never looks back. As articles are
 * placed, each placement's weighed candidates ({@link Placement#compared()}) link the story the article went to with
 * the stories it was weighed against ({@link Links}). At a revision, the links are joined, strongest first, into
 * neighbourhoods of at most {@link Config#maxArticles()} sampled articles (each story gives at most {@link
 * Config#sample()}: its first and latest articles); each neighbourhood of two or more stories is clustered again as
 * a batch is, by {@link StoryClusterer}, and the stories are made to follow: each new cluster keeps the id of the
 * story most of whose sampled articles it holds (each id once, the largest overlaps first, an older story first on a
 * tie), takes its other articles from the stories they were in, and a cluster that matches no story becomes a new
 * one ({@link RevisableStoryMemory#regroup}). Articles of a story that were not sampled stay in it. A neighbourhood
 * of fewer than {@link Config#minArticles()} articles is left as placed, its links held for the next revision (for
 * at most {@link #KEPT_FOR} more articles), so that a stream of small rounds is revised once its neighbourhoods have
 * grown.
 *
 * <p>Cost: a revision reads at most {@code sample} articles of each linked story and clusters neighbourhoods of at
 * most {@code maxArticles} articles (the pairs of each, as the batch does): bounded by the links of one round, never
 * by the size of the archive. Deterministic.
 */
public final class StoryReviser {

    /**
     * How a revision gathers its neighbourhoods.
     *
     * @param sample      how many articles of each story take part (its first and latest)
     * @param maxArticles a neighbourhood's most articles: a link that would make it larger is not followed
     * @param minLink     the least placement score at which a weighed candidate links two stories
     * @param minArticles a neighbourhood of fewer articles is left as placed: fewer than the story model splits
     *                    ({@link StoryClusterer.Model#minGroup()}), it would be split by the batch's fallback for
     *                    small batches, which undoes more good placements than bad ones (one article's links
     *                    make such a neighbourhood)
     */
    public record Config(int sample, int maxArticles, double minLink, int minArticles) {

        public Config {
            if (sample < 1 || maxArticles < 2 || !(minLink >= 0 && minLink < 1) || minArticles < 0) {
                throw new IllegalArgumentException("reviser configuration out of range: " + this);
            }
        }

        /**
         * The defaults, chosen on the ECB+ and GVC dev splits ({@code bench stories-online}): 30 articles of a
         * story, 300 in a neighbourhood, every weighed candidate a link, and at least the shipped story model's
         * smallest group.
         */
        public static Config standard() {
            return new Config(30, 300, 0.0, StoryClusterer.Model.standard().minGroup());
        }

        /**
         * A configuration written {@code SAMPLE,MAX_ARTICLES,MIN_LINK,MIN_ARTICLES} (for experiments).
         *
         * @throws IllegalArgumentException when it is not four such numbers in range
         */
        public static Config parse(String text) {
            String[] v = text.split(",");
            if (v.length != 4) {
                throw new IllegalArgumentException("expected SAMPLE,MAX_ARTICLES,MIN_LINK,MIN_ARTICLES, got '" + text
                        + "'");
            }
            try {
                return new Config(Integer.parseInt(v[0].strip()), Integer.parseInt(v[1].strip()),
                        Double.parseDouble(v[2].strip()), Integer.parseInt(v[3].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in '" + text + "'", e);
            }
        }
    }

    /** What a revision changed. */
    public record Revision(int neighbourhoods, int articles, int moved, int created, int emptied) {
    }

    /**
     * The links gathered since the last revision: for each placement, the story the article went to and the stories
     * it was weighed against with their scores. Not thread-safe.
     */
    public static final class Links {
        /** For each pair of stories (the lesser id first), the link's best score and when it was last made. */
        private final Map<String, Map<String, Held>> links = new LinkedHashMap<>();
        private final Set<String> touched = new LinkedHashSet<>();

        private record Held(double score, long stamp) {
        }

        /**
         * Records a placement: the article went to {@code story}.
         *
         * @param stamp how many articles the memory held when it was placed (links older than {@link #KEPT_FOR}
         *              articles are dropped)
         */
        public void placed(String story, Placement placement, long stamp) {
            touched.add(story);
            for (Placement.Compared c : placement.compared()) {
                if (!c.story().equals(story) && !Double.isNaN(c.score())) {
                    link(story, c.story(), c.score(), stamp);
                }
            }
        }

        private void link(String x, String y, double score, long stamp) {
            String a = x.compareTo(y) < 0 ? x : y;
            String b = a.equals(x) ? y : x;
            links.computeIfAbsent(a, k -> new LinkedHashMap<>()).merge(b, new Held(score, stamp),
                    (o, n) -> new Held(Math.max(o.score(), n.score()), Math.max(o.stamp(), n.stamp())));
        }

        /** Whether nothing was placed since the last revision (links kept from earlier rounds aside). */
        public boolean isEmpty() {
            return touched.isEmpty();
        }

        /** How many stories were placed into since the last revision. */
        public int touched() {
            return touched.size();
        }

        /** The links held: after a revision, those of neighbourhoods too small to revise yet. */
        public List<Link> held() {
            List<Link> out = new ArrayList<>();
            links.forEach((a, to) -> to.forEach((b, h) -> out.add(new Link(a, b, h.score(), h.stamp()))));
            return out;
        }

        /** Adds links kept from earlier (another process's ingest, read back from a store). */
        public void hold(List<Link> kept) {
            kept.forEach(l -> link(l.a(), l.b(), l.score(), l.stamp()));
        }

        /** Forgets everything gathered. */
        public void clear() {
            links.clear();
            touched.clear();
        }
    }

    /**
     * For how many filed articles a link is kept while its neighbourhood is too small to revise: a story that gains
     * no article in that time is left as placed.
     */
    public static final int KEPT_FOR = 2_000;

    /**
     * A link between two stories: the best score of a placement that weighed one against the other, and how many
     * articles the memory held when it was last made.
     */
    public record Link(String a, String b, double score, long stamp) {

        public Link {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    private final StoryClusterer clusterer;
    private final Config config;
    private final int threads;

    /** A reviser with the shipped story model and the default configuration. */
    public StoryReviser() {
        this(new StoryClusterer(), Config.standard());
    }

    /** A reviser clustering its neighbourhoods one at a time. */
    public StoryReviser(StoryClusterer clusterer, Config config) {
        this(clusterer, config, 1);
    }

    private StoryReviser(StoryClusterer clusterer, Config config, int threads) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.config = Objects.requireNonNull(config, "config");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * This reviser clustering up to {@code threads} neighbourhoods at once (they share no story). The memory is
     * changed by the calling thread alone, neighbourhood by neighbourhood in the same order: the same revision on any
     * number of threads.
     */
    public StoryReviser withThreads(int threads) {
        return new StoryReviser(clusterer, config, threads);
    }

    /** The configuration in use. */
    public Config config() {
        return config;
    }

    /**
     * Revises the neighbourhoods the links make and moves articles in the memory; clears the links, but for those
     * of neighbourhoods too small to revise yet (held for the next revision).
     *
     * @throws IOException when the memory cannot be written (nothing of the neighbourhood being moved is changed)
     */
    public Revision revise(Links gathered, RevisableStoryMemory memory) throws IOException {
        long now = memory.articles();
        List<Link> links = new ArrayList<>();
        for (Link l : gathered.held()) {
            if (l.score() >= config.minLink() && l.stamp() >= now - KEPT_FOR) {
                links.add(l);
            }
        }
        gathered.clear();
        links.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparing(Link::a).thenComparing(Link::b));
        Set<String> linked = new LinkedHashSet<>();
        links.forEach(l -> {
            linked.add(l.a());
            linked.add(l.b());
        });
        Map<String, List<StoredArticle>> samples = memory.samples(linked, config.sample());
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        List<Link> joined = new ArrayList<>();
        for (Link l : links) {
            List<StoredArticle> sa = samples.get(l.a());
            List<StoredArticle> sb = samples.get(l.b());
            if (sa.isEmpty() || sb.isEmpty()) {
                continue; // a story emptied by an earlier revision
            }
            String ra = root(parent, size, l.a(), sa.size());
            String rb = root(parent, size, l.b(), sb.size());
            if (ra.equals(rb)) {
                joined.add(l);
            } else if (size.get(ra) + size.get(rb) <= config.maxArticles()) {
                String keep = ra.compareTo(rb) < 0 ? ra : rb;
                String drop = keep.equals(ra) ? rb : ra;
                parent.put(drop, keep);
                size.put(keep, size.get(ra) + size.get(rb));
                joined.add(l);
            }
        }
        Map<String, List<String>> hoods = new LinkedHashMap<>();
        for (String story : parent.keySet().stream().sorted(StoryReviser::byNumber).toList()) {
            hoods.computeIfAbsent(root(parent, size, story, 0), r -> new ArrayList<>()).add(story);
        }
        int articles = 0;
        int moved = 0;
        int created = 0;
        int emptied = 0;
        Set<String> small = new java.util.HashSet<>();
        List<List<String>> revised = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : hoods.entrySet()) {
            List<String> hood = e.getValue();
            if (hood.size() < 2) {
                continue;
            }
            if (hood.stream().mapToInt(h -> samples.get(h).size()).sum() < config.minArticles()) {
                small.add(e.getKey());
                continue;
            }
            revised.add(hood);
        }
        // The neighbourhoods share no story: each is clustered on its own (on the threads given), then the
        // memory follows each in turn, in the order a single thread would take.
        List<Clustered> clustered = Parallel.map(revised.size(), threads, i -> cluster(revised.get(i), samples));
        for (Clustered c : clustered) {
            Outcome o = regroup(c, samples, memory);
            articles += o.articles;
            moved += o.moved;
            created += o.created;
            emptied += o.emptied;
        }
        // the links of neighbourhoods too small to revise wait for more articles
        gathered.hold(joined.stream().filter(l -> small.contains(root(parent, size, l.a(), 0))).toList());
        return new Revision(revised.size(), articles, moved, created, emptied);
    }

    private record Outcome(int articles, int moved, int created, int emptied) {
    }

    /**
     * A neighbourhood clustered again: how many articles took part, the story each came from, how many of each
     * story, and the new clusters.
     */
    private record Clustered(int articles, Map<String, String> storyOf, Map<String, Integer> sampled,
                             List<Story> clusters) {
    }

    /** Clusters one neighbourhood's sampled articles again, as a batch would; reads and writes nothing shared. */
    private Clustered cluster(List<String> hood, Map<String, List<StoredArticle>> samples) {
        List<Article> articles = new ArrayList<>();
        Map<String, Annotations> annotations = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Integer> sampled = new HashMap<>();
        for (String story : hood) {
            for (StoredArticle s : samples.get(story)) {
                if (storyOf.putIfAbsent(s.article().id(), story) == null) {
                    articles.add(s.article());
                    annotations.put(s.article().id(), s.annotations());
                    sampled.merge(story, 1, Integer::sum);
                }
            }
        }
        return new Clustered(articles.size(), storyOf, sampled, clusterer.cluster(articles, annotations));
    }

    /** Moves a clustered neighbourhood's articles to follow its new clusters. */
    private Outcome regroup(Clustered clustered, Map<String, List<StoredArticle>> samples,
                            RevisableStoryMemory memory) throws IOException {
        Map<String, String> storyOf = clustered.storyOf();
        Map<String, Integer> sampled = clustered.sampled();
        List<Story> clusters = clustered.clusters();
        // overlaps of each cluster with each story, largest first
        record Overlap(int cluster, String story, int count) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            Map<String, Integer> count = new LinkedHashMap<>();
            for (String a : clusters.get(c).articles()) {
                count.merge(storyOf.get(a), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : count.entrySet()) {
                overlaps.add(new Overlap(c, e.getKey(), e.getValue()));
            }
        }
        overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.count())
                .thenComparing(Overlap::story, StoryReviser::byNumber).thenComparingInt(Overlap::cluster));
        String[] target = new String[clusters.size()];
        Set<String> used = new LinkedHashSet<>();
        for (Overlap o : overlaps) {
            if (target[o.cluster()] == null && !used.contains(o.story())) {
                target[o.cluster()] = o.story();
                used.add(o.story());
            }
        }
        List<Regroup> groups = new ArrayList<>();
        int moved = 0;
        int created = 0;
        Map<String, Integer> leaving = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<String> members = clusters.get(c).articles();
            String to = target[c];
            List<String> moving = new ArrayList<>();
            for (String a : members) {
                if (!storyOf.get(a).equals(to)) {
                    moving.add(a);
                    leaving.merge(storyOf.get(a), 1, Integer::sum);
                }
            }
            if (moving.isEmpty()) {
                continue;
            }
            moved += moving.size();
            if (to == null) {
                created++;
            }
            groups.add(new Regroup(to, moving));
        }
        int emptied = 0;
        for (Map.Entry<String, Integer> e : leaving.entrySet()) {
            List<StoredArticle> all = samples.get(e.getKey());
            if (e.getValue() == sampled.get(e.getKey()) && all.size() < config.sample()) {
                emptied++; // every article of the story was sampled, and all left
            }
        }
        if (!groups.isEmpty()) {
            try {
                memory.regroup(groups, "revision");
            } catch (IllegalArgumentException e) {
                // another writer moved these articles or merged a story away since they were read: left for the
                // revision of that writer's placements
                return new Outcome(clustered.articles(), 0, 0, 0);
            }
        }
        return new Outcome(clustered.articles(), moved, created, emptied);
    }

    private static String root(Map<String, String> parent, Map<String, Integer> size, String story, int sampled) {
        if (!parent.containsKey(story)) {
            parent.put(story, story);
            size.put(story, sampled);
            return story;
        }
        String r = story;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String s = story;
        while (!parent.get(s).equals(r)) {
            String next = parent.get(s);
            parent.put(s, r);
            s = next;
        }
        return r;
    }

    /** Story ids {@code sN} by their number (older first); other ids after, by text. */
    private static int byNumber(String a, String b) {
        return Long.compare(number(a), number(b)) != 0 ? Long.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static long number(String id) {
        if (id.length() > 1 && id.charAt(0) == 's') {
            try {
                return Long.parseLong(id.substring(1));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }
}
