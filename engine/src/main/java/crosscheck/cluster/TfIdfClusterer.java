package crosscheck.cluster;

import crosscheck.core.Article;
import crosscheck.core.Clusterer;
import crosscheck.core.Story;
import crosscheck.internal.Parallel;
import crosscheck.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups articles into stories by average-linkage agglomerative clustering over TF-IDF vectors. An article's
 * vector holds its title and body words (stop words dropped, title words counted twice) and its named-looking
 * phrases (runs of capitalised words, which carry the who and where of an event) with extra weight. Two groups
 * merge while the mean cosine similarity between their articles is at least the threshold.
 *
 * <p>This is the honest first version: it knows nothing of time, so two similar events weeks apart can merge.
 * Deterministic; stateless and thread-safe. Memory grows with the square of the number of articles (a float
 * matrix: 3,000 articles take 36 MB).
 */
public final class TfIdfClusterer implements IncrementalClusterer {

    /** The default similarity threshold, chosen on the example corpus and the seed reports. */
    public static final double DEFAULT_THRESHOLD = 0.2;

    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}'’-]*\\p{L}|\\p{L}");
    static final Pattern PHRASE = Pattern.compile(
            "(?<![.!?]\\s)(?<!^)\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of|the|de|al|van|von)?\\s*\\p{Lu}[\\p{L}'’-]+)*)");
    private static final double PHRASE_WEIGHT = 2.0;
    private static final Pattern STORY_ID = Pattern.compile("s(\\d{1,9})");
    static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any are as at be because "
            + "been before being below between both but by can could did do does doing down during each few for from further "
            + "had has have having he her here hers herself him himself his how i if in into is it its itself just me more "
            + "most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so "
            + "some such than that the their theirs them themselves then there these they this those through to too under "
            + "until up very was we were what when where which while who whom why will with would you your yours yourself "
            + "said says say told according reported report reports one two new also would could last first year years week "
            + "mr ms mrs monday tuesday wednesday thursday friday saturday sunday").split(" ")));

    private final double threshold;

    /** A clusterer with the default threshold. */
    public TfIdfClusterer() {
        this(DEFAULT_THRESHOLD);
    }

    /** A clusterer that merges groups whose mean similarity is at least {@code threshold} (0 to 1). */
    public TfIdfClusterer(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public List<Story> cluster(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Map<String, Double>> vectors = vectors(articles);
        float[][] sim = similarities(vectors);
        List<List<Integer>> groups = AverageLinkage.merge(sim, threshold);
        return stories(groups, articles, vectors);
    }

    /**
     * The stories of an earlier analysis with articles added, without clustering the earlier articles again. The
     * TF-IDF vectors are computed over the known and the added articles together (as one analysis of all of them
     * would); then each added article joins the group, an existing story or a group of added articles, whose
     * articles it is most similar to on average, the most similar pair first, while that mean cosine is at least the
     * threshold: the same average linkage as {@link #cluster(List)}, except that existing stories never merge with
     * each other and never lose an article.
     *
     * @param stories the earlier stories; their ids, titles and articles are kept, in this order
     * @param known   the earlier articles (those the stories name)
     * @param added   the new articles, ids distinct from the known ones
     * @return the earlier stories, each with the added articles that joined it after its own, then the stories
     *         formed by added articles alone, largest first, numbered on from the highest earlier {@code sN} id; their
     *         duplicates, entities and cross-check are left empty
     */
    @Override
    public List<Story> extend(List<Story> stories, List<Article> known, List<Article> added) {
        if (added.isEmpty()) {
            return List.copyOf(stories);
        }
        List<Article> all = new ArrayList<>(known);
        all.addAll(added);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (index.put(all.get(i).id(), i) != null) {
                throw new IllegalArgumentException("article id '" + all.get(i).id() + "' is given twice");
            }
        }
        List<Map<String, Double>> vectors = vectors(all);
        List<List<Integer>> members = new ArrayList<>();
        for (Story s : stories) {
            members.add(s.articles().stream().map(index::get).filter(java.util.Objects::nonNull).toList());
        }
        int[] sizes = members.stream().mapToInt(m -> Math.max(1, m.size())).toArray();
        float[][] rows = new float[added.size()][];
        Map<String, Postings> postings = postings(vectors);
        for (int k = 0; k < added.size(); k++) {
            rows[k] = groupRow(known.size() + k, known.size(), vectors, postings, members);
        }
        List<List<Integer>> groups = AnchoredLinkage.merge(sizes, rows, threshold);
        return extended(stories, groups, known.size(), all, vectors);
    }

    /** For each term, the articles that hold it, in article order, with its weight in each. */
    private static Map<String, Postings> postings(List<Map<String, Double>> vectors) {
        Map<String, Postings> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new Postings()).add(i, e.getValue());
            }
        }
        return postings;
    }

    /**
     * The mean similarity of article {@code i} to each existing story, then its similarity to each added article
     * ({@code first} is the index of the first added article).
     */
    private static float[] groupRow(int i, int first, List<Map<String, Double>> vectors,
                                    Map<String, Postings> postings, List<List<Integer>> members) {
        double[] toArticle = new double[vectors.size()];
        for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
            Postings p = postings.get(e.getKey());
            for (int k = 0; k < p.size; k++) {
                toArticle[p.article[k]] += e.getValue() * p.weight[k];
            }
        }
        int stories = members.size();
        float[] row = new float[stories + vectors.size() - first];
        for (int g = 0; g < stories; g++) {
            double sum = 0;
            for (int j : members.get(g)) {
                sum += toArticle[j];
            }
            row[g] = members.get(g).isEmpty() ? Float.NEGATIVE_INFINITY : (float) (sum / members.get(g).size());
        }
        for (int j = first; j < vectors.size(); j++) {
            row[stories + j - first] = (float) toArticle[j];
        }
        return row;
    }

    private static List<Story> extended(List<Story> stories, List<List<Integer>> groups, int first,
                                        List<Article> all, List<Map<String, Double>> vectors) {
        List<Story> out = new ArrayList<>();
        for (int g = 0; g < stories.size(); g++) {
            Story s = stories.get(g);
            List<Integer> joined = groups.get(g).stream().map(x -> first + x - stories.size()).toList();
            if (joined.isEmpty()) {
                out.add(s);
            } else {
                List<String> ids = new ArrayList<>(s.articles());
                joined.forEach(i -> ids.add(all.get(i).id()));
                out.add(new Story(s.id(), s.title(), ids));
            }
        }
        List<List<Integer>> fresh = new ArrayList<>();
        for (List<Integer> group : groups.subList(stories.size(), groups.size())) {
            fresh.add(new ArrayList<>(group.stream().map(x -> first + x - stories.size()).toList()));
        }
        int next = stories.stream().mapToInt(TfIdfClusterer::number).max().orElse(0);
        for (Story s : stories(fresh, all, vectors)) {
            out.add(new Story("s" + (next + Integer.parseInt(s.id().substring(1))), s.title(), s.articles()));
        }
        return out;
    }

    /** The number in a story id {@code sN}; 0 for an id of another form. */
    private static int number(Story s) {
        Matcher m = STORY_ID.matcher(s.id());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * All pairwise cosine similarities (the vectors are unit length), as a lower-triangular matrix, computed through
     * an inverted index so that only pairs that share a term cost anything.
     */
    static float[][] similarities(List<Map<String, Double>> vectors) {
        return similarities(vectors, 1);
    }

    /**
     * {@link #similarities(List)}, the rows shared among {@code threads} threads: the same floats on any number, each
     * row's sums made in the same order (the row's terms in turn, the earlier articles in order).
     */
    static float[][] similarities(List<Map<String, Double>> vectors, int threads) {
        int n = vectors.size();
        Map<String, Postings> postings = postings(vectors);
        float[][] sim = new float[n][];
        Parallel.forEach(n, threads, i -> {
            float[] row = new float[i];
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                Postings p = postings.get(e.getKey());
                double w = e.getValue();
                for (int k = 0; k < p.size && p.article[k] < i; k++) {
                    row[p.article[k]] += (float) (w * p.weight[k]);
                }
            }
            sim[i] = row;
        });
        return sim;
    }

    /** One term's articles, in article order, with its weight in each. */
    private static final class Postings {
        int[] article = new int[4];
        double[] weight = new double[4];
        int size;

        void add(int i, double w) {
            if (size == article.length) {
                article = java.util.Arrays.copyOf(article, 2 * size);
                weight = java.util.Arrays.copyOf(weight, 2 * size);
            }
            article[size] = i;
            weight[size++] = w;
        }
    }

    static List<Story> stories(List<List<Integer>> groups, List<Article> articles,
                                       List<Map<String, Double>> vectors) {
        return stories(groups, articles, vectors, 1);
    }

    /** {@link #stories(List, List, List)}, each group's most central article found on one of {@code threads}. */
    static List<Story> stories(List<List<Integer>> groups, List<Article> articles,
                               List<Map<String, Double>> vectors, int threads) {
        groups.forEach(g -> g.sort(Integer::compare));
        groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(g -> g.get(0)));
        List<Integer> central = Parallel.map(groups.size(), threads, k -> mostCentral(groups.get(k), vectors));
        List<Story> stories = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            List<String> ids = groups.get(k).stream().map(i -> articles.get(i).id()).toList();
            stories.add(new Story("s" + (stories.size() + 1), titleOf(articles.get(central.get(k))), ids));
        }
        return stories;
    }

    /**
     * The title a story of these articles gets: the title of its most central article (the one most like the
     * others, TF-IDF over these articles), as {@link #cluster} titles the stories it forms.
     */
    public static String title(List<Article> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article");
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            all.add(i);
        }
        return titleOf(members.get(mostCentral(all, vectors(members))));
    }

    private static int mostCentral(List<Integer> group, List<Map<String, Double>> vectors) {
        int best = group.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : group) {
            double s = 0;
            for (int j : group) {
                s += i == j ? 0 : dot(vectors.get(i), vectors.get(j));
            }
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** The article's title, or the start of its first paragraph when it has none. */
    static String titleOf(Article a) {
        if (a.title() != null && !a.title().isBlank()) {
            return a.title();
        }
        List<String> paragraphs = a.paragraphs();
        return paragraphs.isEmpty() ? a.id() : Texts.abbreviate(paragraphs.get(0), 100);
    }

    static List<Map<String, Double>> vectors(List<Article> articles) {
        return vectors(articles, 1);
    }

    /** {@link #vectors(List)}, the articles' terms counted and weighed on {@code threads} threads. */
    static List<Map<String, Double>> vectors(List<Article> articles, int threads) {
        List<Map<String, Integer>> counts = Parallel.map(articles.size(), threads, i -> terms(articles.get(i)));
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = articles.size();
        return Parallel.map(counts.size(), threads, i -> {
            Map<String, Integer> c = counts.get(i);
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1;
                double w = (1 + Math.log(e.getValue())) * idf * (e.getKey().startsWith("#") ? PHRASE_WEIGHT : 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            return v;
        });
    }

    private static Map<String, Integer> terms(Article a) {
        Map<String, Integer> c = new HashMap<>();
        String title = a.title() == null ? "" : a.title();
        addWords(title, c, 2);
        addWords(a.body(), c, 1);
        Matcher m = PHRASE.matcher(title + "\n" + a.body());
        while (m.find()) {
            String phrase = m.group(1).toLowerCase(Locale.ROOT);
            if (!STOP.contains(phrase)) {
                c.merge("#" + phrase, 1, Integer::sum);
            }
        }
        return c;
    }

    private static void addWords(String text, Map<String, Integer> c, int weight) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() >= 3 && !STOP.contains(w)) {
                c.merge(w, weight, Integer::sum);
            }
        }
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                s += e.getValue() * w;
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "TfIdfClusterer[threshold=" + threshold + "]";
    }
}
