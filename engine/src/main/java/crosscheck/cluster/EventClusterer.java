package crosscheck.cluster;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Clusterer;
import crosscheck.core.Entity;
import crosscheck.core.Story;
import crosscheck.internal.Parallel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories by what tells one event from a similar one: who, where, when and how many. Each
 * article gets one sparse vector in three weighted blocks, each TF-IDF weighted over the batch and normalised on its
 * own: its words (title and lead counted more), its names (the entities annotation found, else runs of capitalised
 * words) and its numbers and dates (years, counts, day and month). The similarity of two articles is the cosine of
 * these vectors, so an article without names or numbers is compared on what it has. When both articles carry a
 * publication date, their similarity shrinks with the days between them. Groups merge by average linkage while the
 * mean similarity is at least the threshold.
 *
 * <p>Deterministic; stateless and thread-safe. Memory grows with the square of the number of articles (a float
 * matrix: 3,000 articles take 36 MB).
 */
public final class EventClusterer implements Clusterer {

    /**
     * The default similarity threshold: the best B3 F1 on the ECB+ dev topics clustered all at once (the setting
     * closest to a user's mixed batch), where it keeps precision at 1.0.
     */
    public static final double DEFAULT_THRESHOLD = 0.175;

    /**
     * Added to every inverse document frequency, {@code ln((n+1)/(df+1)) + IDF_FLOOR}. Below the usual 1, so that
     * what every article in the batch shares (the kind of event) weighs little against what only some share (who,
     * where, how many); above 0, so that two articles alone in a batch are still compared on what they share.
     */
    private static final double IDF_FLOOR = 0.25;

    /** Key prefixes of the three blocks: words, names, numbers and dates. */
    private static final String[] PREFIX = {"w ", "e ", "n "};
    /** A number as written: digits, thousands commas, decimals, an ordinal suffix; its edges are checked apart. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(\\.\\d+)?(?:st|nd|rd|th)?");
    private static final Map<String, String> MONTHS = months();

    /**
     * How the clusterer weighs what it sees.
     *
     * @param threshold  the least mean similarity at which two groups merge, in (0, 1]
     * @param words      weight of the word block
     * @param names      weight of the name block
     * @param numbers    weight of the number and date block
     * @param title      how many times a title word counts
     * @param leadWords  how many words open the body as its lead
     * @param lead       how many times a lead word counts
     * @param days       publication dates this many days apart halve the similarity (0: ignore dates)
     */
    public record Config(double threshold, double words, double names, double numbers, double title, int leadWords,
                         double lead, double days) {

        public Config {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
            }
            if (!(words >= 0 && names >= 0 && numbers >= 0 && words + names + numbers > 0)) {
                throw new IllegalArgumentException("block weights must be >= 0 and not all 0, got words=" + words
                        + ", names=" + names + ", numbers=" + numbers);
            }
            if (!(title >= 0 && lead >= 0 && leadWords >= 0 && days >= 0)) {
                throw new IllegalArgumentException("title=" + title + ", lead=" + lead + ", leadWords=" + leadWords
                        + ", days=" + days + ": none may be negative");
            }
        }

        /**
         * The defaults with another threshold: words 1, names 1, numbers 0.5; title words count 2, the first 50
         * words of the body 1.5; dates 7 days apart halve the similarity.
         */
        public static Config of(double threshold) {
            return new Config(threshold, 1, 1, 0.5, 2, 50, 1.5, 7);
        }

        /** This configuration with another threshold. */
        public Config withThreshold(double t) {
            return new Config(t, words, names, numbers, title, leadWords, lead, days);
        }

        /** This configuration with another date scale. */
        public Config withDays(double d) {
            return new Config(threshold, words, names, numbers, title, leadWords, lead, d);
        }
    }

    private final Config config;

    /** A clusterer with the default configuration. */
    public EventClusterer() {
        this(Config.of(DEFAULT_THRESHOLD));
    }

    /** The default configuration with another threshold (0 to 1). */
    public EventClusterer(double threshold) {
        this(Config.of(threshold));
    }

    /** A clusterer with this configuration. */
    public EventClusterer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public List<Story> cluster(List<Article> articles) {
        return cluster(articles, Map.of());
    }

    @Override
    public List<Story> cluster(List<Article> articles, Map<String, Annotations> annotations) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Map<String, Double>> vectors = vectors(articles, annotations);
        float[][] sim = similarities(articles, vectors);
        return TfIdfClusterer.stories(AverageLinkage.merge(sim, config.threshold()), articles, vectors);
    }

    /**
     * The pairwise similarities of the articles ({@code sim[i][j]} for {@code j < i}), publication dates applied,
     * computed from {@code vectors} (made by {@link #vectors}).
     */
    float[][] similarities(List<Article> articles, List<Map<String, Double>> vectors) {
        return similarities(articles, vectors, 1);
    }

    /** {@link #similarities(List, List)} on {@code threads} threads (the same floats on any number). */
    float[][] similarities(List<Article> articles, List<Map<String, Double>> vectors, int threads) {
        float[][] sim = TfIdfClusterer.similarities(vectors, threads);
        applyDates(sim, articles, threads);
        return sim;
    }

    /** Shrinks the similarity of articles published apart: by half at {@code days} days, 1/(1+d/days). */
    private void applyDates(float[][] sim, List<Article> articles, int threads) {
        if (config.days() == 0) {
            return;
        }
        long[] day = new long[articles.size()];
        boolean any = false;
        for (int i = 0; i < day.length; i++) {
            LocalDate d = crosscheck.annotate.DateAnnotator.publicationDay(articles.get(i).published());
            day[i] = d == null ? Long.MIN_VALUE : d.toEpochDay();
            any |= d != null;
        }
        if (!any) {
            return;
        }
        Parallel.forEach(day.length, threads, i -> {
            for (int j = 0; j < i && day[i] != Long.MIN_VALUE; j++) {
                if (day[j] != Long.MIN_VALUE) {
                    long apart = Math.abs(day[i] - day[j]);
                    sim[i][j] *= (float) (1 / (1 + apart / config.days()));
                }
            }
        });
    }

    /** Each article's vector: three blocks, each TF-IDF weighted and normalised, scaled by its weight; unit length. */
    List<Map<String, Double>> vectors(List<Article> articles, Map<String, Annotations> annotations) {
        return vectors(counts(articles, annotations));
    }

    /**
     * Each article's raw counts in the three blocks (words, names, numbers and dates), in {@link #PREFIX} order; a
     * block this clusterer gives no weight is left empty. The counts depend on the article (and its entities) alone,
     * so those of a batch serve any part of it.
     */
    List<List<Map<String, Double>>> counts(List<Article> articles, Map<String, Annotations> annotations) {
        return counts(articles, annotations, 1);
    }

    /** {@link #counts(List, Map)}, the articles counted on {@code threads} threads. */
    List<List<Map<String, Double>>> counts(List<Article> articles, Map<String, Annotations> annotations,
                                           int threads) {
        return Parallel.map(articles.size(), threads, i -> {
            Article a = articles.get(i);
            Annotations an = annotations.get(a.id());
            return List.of(config.words() > 0 ? words(a) : Map.of(),
                    config.names() > 0 ? names(a, an == null ? List.of() : an.entities()) : Map.of(),
                    config.numbers() > 0 ? numbers(a) : Map.of());
        });
    }

    /** The vectors of articles with these {@link #counts}, document frequencies taken over them alone. */
    List<Map<String, Double>> vectors(List<List<Map<String, Double>>> counts) {
        return vectors(counts, 1);
    }

    /** {@link #vectors(List)}, each article's vector made on one of {@code threads} threads. */
    List<Map<String, Double>> vectors(List<List<Map<String, Double>>> counts, int threads) {
        return vectors(counts, frequencies(counts, new boolean[] {config.words() > 0, config.names() > 0,
                config.numbers() > 0}), threads);
    }

    /**
     * The document frequencies of each block's terms over articles with these {@link #counts}, for the blocks asked
     * for ({@code blocks[b]}; an empty map for the others). Those of all three blocks serve every clusterer's {@link
     * #vectors(List, List, int)} of the same articles.
     */
    static List<Map<String, Integer>> frequencies(List<List<Map<String, Double>>> counts, boolean[] blocks) {
        List<Map<String, Integer>> df = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (List<Map<String, Double>> articleBlocks : counts) {
            for (int b = 0; b < PREFIX.length; b++) {
                if (blocks[b]) {
                    Map<String, Integer> blockDf = df.get(b);
                    articleBlocks.get(b).keySet().forEach(t -> blockDf.merge(t, 1, Integer::sum));
                }
            }
        }
        return df;
    }

    /**
     * {@link #vectors(List, int)} with the blocks' document frequencies already counted over the same articles
     * ({@link #frequencies}, at least for the blocks this clusterer weighs).
     */
    List<Map<String, Double>> vectors(List<List<Map<String, Double>>> counts, List<Map<String, Integer>> df,
                                      int threads) {
        double[] weights = {config.words(), config.names(), config.numbers()};
        return Parallel.map(counts.size(), threads, i -> {
            List<Map<String, Double>> blocks = counts.get(i);
            Map<String, Double> v = new HashMap<>();
            double total = 0;
            for (int b = 0; b < PREFIX.length; b++) {
                if (weights[b] > 0 && !blocks.get(b).isEmpty()) {
                    addBlock(v, blocks.get(b), df.get(b), counts.size(), PREFIX[b], weights[b]);
                    total += weights[b];
                }
            }
            double len = Math.sqrt(total);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            return v;
        });
    }

    /** Adds one block's TF-IDF weights, normalised so that the block's squared length is {@code weight}. */
    private static void addBlock(Map<String, Double> v, Map<String, Double> counts, Map<String, Integer> df, int n,
                                 String prefix, double weight) {
        Map<String, Double> block = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + IDF_FLOOR;
            double tf = e.getValue();
            double w = (tf > 1 ? 1 + Math.log(tf) : tf) * idf;
            block.put(prefix + e.getKey(), w);
            norm += w * w;
        }
        double scale = Math.sqrt(weight / norm);
        block.forEach((k, w) -> v.put(k, w * scale));
    }

    private Map<String, Double> words(Article a) {
        Map<String, Double> c = new HashMap<>();
        addWords(a.title() == null ? "" : a.title(), c, config.title(), Integer.MAX_VALUE, 1);
        addWords(a.body(), c, config.lead(), config.leadWords(), 1);
        return c;
    }

    /** Counts the words of {@code text}: the first {@code leadWords} with {@code lead}, the rest with {@code rest}. */
    private static void addWords(String text, Map<String, Double> c, double lead, int leadWords, double rest) {
        Matcher m = TfIdfClusterer.WORD.matcher(text);
        int seen = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() >= 3 && !TfIdfClusterer.STOP.contains(w)) {
                c.merge(w, seen < leadWords ? lead : rest, Double::sum);
            }
            seen++;
        }
    }

    /**
     * The article's names: the entities annotation found in the body, with the capitalised runs of the title (the
     * annotator reads the body only); without entities, the capitalised runs of title and body.
     */
    static Map<String, Double> names(Article a, List<Entity> entities) {
        Map<String, Double> c = new HashMap<>();
        String title = a.title() == null ? "" : a.title();
        addPhrases(title, c);
        if (entities.isEmpty()) {
            addPhrases(a.body(), c);
        }
        for (Entity e : entities) {
            String key = normalise(e.name());
            if (!key.isEmpty()) {
                c.merge(key, (double) Math.max(1, e.mentions().size()), Double::sum);
            }
        }
        return c;
    }

    private static void addPhrases(String text, Map<String, Double> c) {
        Matcher m = TfIdfClusterer.PHRASE.matcher(text);
        while (m.find()) {
            String phrase = normalise(m.group(1));
            if (!phrase.isEmpty() && !TfIdfClusterer.STOP.contains(phrase)) {
                c.merge(phrase, 1.0, Double::sum);
            }
        }
    }

    /** Lower case, letters and digits only, single spaces, no leading "the". */
    static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /**
     * The article's numbers (counts, amounts, years; an ordinal as its number) and the days of a month written next
     * to a month's name ("March 3", "3rd of March" both give {@code mar 3}). A number glued to letters, to another
     * number or to a time or range ("A320", "10:30", "2008-09") is not one.
     */
    static Map<String, Double> numbers(Article a) {
        Map<String, Double> c = new HashMap<>();
        String text = (a.title() == null ? "" : a.title()) + "\n" + a.body();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (start > 0 && isGlued(text.charAt(start - 1))
                    || end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || end + 1 < text.length() && ".,:/-".indexOf(text.charAt(end)) >= 0
                    && Character.isDigit(text.charAt(end + 1)))) {
                continue;
            }
            String value = text.substring(start, end).replace(",", "").replaceAll("[a-z]+$", "");
            c.merge(value, 1.0, Double::sum);
            String month = m.group(1) == null && value.length() <= 2 ? monthBeside(text, start, end) : null;
            if (month != null && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 31) {
                c.merge(month + " " + Integer.parseInt(value), 1.0, Double::sum);
            }
        }
        return c;
    }

    private static boolean isGlued(char c) {
        return Character.isLetterOrDigit(c) || ".,/:-".indexOf(c) >= 0;
    }

    /** The month named just before {@code [start, end)} or just after it (past an "of"), or null. */
    private static @Nullable String monthBeside(String text, int start, int end) {
        int wordEnd = start;
        while (wordEnd > 0 && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '.')) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String before = MONTHS.get(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
        if (before != null) {
            return before;
        }
        String after = wordAfter(text, end);
        if (after.equals("of")) {
            after = wordAfter(text, text.indexOf("of", end) + 2);
        }
        return MONTHS.get(after);
    }

    private static String wordAfter(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> months() {
        Map<String, String> months = new HashMap<>();
        for (String name : List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")) {
            months.put(name, name.substring(0, 3));
            months.put(name.substring(0, 3), name.substring(0, 3));
        }
        months.put("sept", "sep");
        return Map.copyOf(months);
    }

    @Override
    public String toString() {
        return "EventClusterer" + config.toString().substring("Config".length());
    }
}
