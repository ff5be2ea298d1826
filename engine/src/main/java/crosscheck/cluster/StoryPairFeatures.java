package crosscheck.cluster;

import crosscheck.annotate.DateAnnotator;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.internal.Parallel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@link StoryClusterer} knows about two articles of one group when it decides whether they report the same
 * event: one vector of {@link #NAMES} per pair, computed over the group, so that what the whole group shares (the
 * kind of event) weighs little and what only some articles share (who, where, when, how many) weighs much.
 *
 * <ul>
 *   <li>{@code bias}: always 1.</li>
 *   <li>{@code words}, {@code names}, {@code numbers}: the cosine of the two articles' word, name and number blocks
 *       of {@link EventClusterer} alone (TF-IDF over the group; publication dates {@link #DAYS} apart halve them).</li>
 *   <li>{@code lead}: the cosine of the words of the title and the first {@value #LEAD_WORDS} words of the body.</li>
 *   <li>{@code yearShare}, {@code yearConflict}: both articles name a year (1950–2039) and share one; both name
 *       years and share none. A year before an article's publication year does not count: it is history the
 *       article recalls (an election, a treaty), which the reports of many events of one period share, while the
 *       event reported happens in the year it is published. ECB+, on which the model is trained, has no dates: its
 *       events are years apart and a year both articles name is their event's.</li>
 *   <li>{@code relative}: their combined similarity over the geometric mean of each one's best similarity to any
 *       article of the group: near 1 when they are each other's nearest neighbours, whatever the group's scale.</li>
 *   <li>{@code wordsXnames}: words times names, for pairs that share both.</li>
 *   <li>{@code short}: 50 / (50 + the shorter body's words): near 1 for a headline or a paragraph, near 0 for a
 *       long report; short texts share fewer words even when they tell one event. {@code shortXwords}: short times
 *       words.</li>
 *   <li>{@code noNames}: annotation found no entity in one of them (always so when entities are not looked for:
 *       the model was trained with the entities the shipped annotator finds).</li>
 * </ul>
 *
 * <p>Deterministic and stateless.
 */
public final class StoryPairFeatures {

    /** The feature names, in the order of each pair's vector. */
    public static final List<String> NAMES = List.of("bias", "words", "names", "numbers", "lead", "yearShare",
            "yearConflict", "relative", "wordsXnames", "noNames", "short", "shortXwords");

    /** How many words open the body as its lead for the {@code lead} feature. */
    static final int LEAD_WORDS = 40;

    /**
     * Publication dates this many days apart halve every similarity the features are made of. Sharper than the loose
     * grouping's week ({@link EventClusterer.Config#of}), which gathers a topic across days: the reports of one event
     * come out within a day or two, while related events of one topic follow each other by days. Chosen on the dated
     * benches (GVC dev 0.978 -> 0.983, UCI headlines unchanged or better); ECB+, on which the model is trained, has
     * no dates, so the weights do not depend on it.
     */
    static final double DAYS = 2;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/:-])(19[5-9]\\d|20[0-3]\\d)(?!\\d)");
    private static final EventClusterer WORDS = block(1, 0, 0);
    private static final EventClusterer NAME_BLOCK = block(0, 1, 0);
    private static final EventClusterer NUMBERS = block(0, 0, 1);
    private static final EventClusterer LEAD = new EventClusterer(new EventClusterer.Config(0.1, 1, 0, 0, 2,
            LEAD_WORDS, 1, DAYS));
    private static final EventClusterer ALL = new EventClusterer(EventClusterer.Config.of(0.1).withDays(DAYS));

    private StoryPairFeatures() {
    }

    private static EventClusterer block(double words, double names, double numbers) {
        return new EventClusterer(new EventClusterer.Config(0.1, words, names, numbers, 2, 50, 1.5, DAYS));
    }

    /**
     * The feature vector of every pair of the group: {@code features[i][j]} for {@code j < i}, each of
     * {@link #NAMES}' length. For training; {@link Pairs} gives one pair at a time without keeping them all.
     *
     * @param articles    the group's articles (at least one)
     * @param annotations each article's annotations by id (its entities are used); missing means none
     */
    public static double[][][] of(List<Article> articles, Map<String, Annotations> annotations) {
        Pairs pairs = new Pairs(articles, annotations);
        double[][][] f = new double[articles.size()][][];
        for (int i = 0; i < f.length; i++) {
            f[i] = new double[i][];
            for (int j = 0; j < i; j++) {
                f[i][j] = pairs.features(i, j, new double[NAMES.size()]);
            }
        }
        return f;
    }

    /**
     * What the features of a group's pairs are computed from: five similarity matrices (floats, lower-triangular),
     * each article's years and whether it has entities, and each article's best similarity in the group.
     */
    static final class Pairs {

        private final float[][] words;
        private final float[][] names;
        private final float[][] numbers;
        private final float[][] lead;
        private final float[][] all;
        private final List<Set<String>> years = new ArrayList<>();
        private final boolean[] hasNames;
        private final double[] best;
        private final int[] length;

        Pairs(List<Article> articles, Map<String, Annotations> annotations) {
            this(articles, ALL.counts(articles, annotations), annotations, 1);
        }

        /**
         * @param counts the articles' block counts ({@link EventClusterer#counts} of a clusterer that weighs all three
         *               blocks, with the default title and lead counting), in article order
         * @param threads how many threads share the work (the same features on any number)
         */
        Pairs(List<Article> articles, List<List<Map<String, Double>>> counts, Map<String, Annotations> annotations,
              int threads) {
            int n = articles.size();
            // The blocks' document frequencies over the group, counted once for the four matrices made of them.
            List<Map<String, Integer>> df = EventClusterer.frequencies(counts, new boolean[] {true, true, true});
            // The five matrices and the years at once, one task to a thread: each matrix's counting of terms over the
            // group is serial, so they are not split further.
            List<float[][]> matrices = Parallel.map(6, threads, k -> switch (k) {
                case 0 -> sims(WORDS, articles, counts, df);
                case 1 -> sims(NAME_BLOCK, articles, counts, df);
                case 2 -> sims(NUMBERS, articles, counts, df);
                case 3 -> {
                    List<Article> leads = leads(articles);
                    yield sims(LEAD, leads, LEAD.counts(leads, Map.of()));
                }
                case 4 -> sims(ALL, articles, counts, df);
                default -> {
                    for (Article a : articles) {
                        years.add(years(a));
                    }
                    yield new float[0][];
                }
            });
            words = matrices.get(0);
            names = matrices.get(1);
            numbers = matrices.get(2);
            lead = matrices.get(3);
            all = matrices.get(4);
            hasNames = new boolean[n];
            length = new int[n];
            for (int i = 0; i < n; i++) {
                Article a = articles.get(i);
                length[i] = length(a);
                hasNames[i] = hasNames(annotations.get(a.id()));
            }
            best = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    best[i] = Math.max(best[i], all[i][j]);
                    best[j] = Math.max(best[j], all[i][j]);
                }
            }
        }

        /** The combined similarity of articles {@code i} and {@code j} ({@code i != j}), dates applied. */
        double similarity(int i, int j) {
            return i > j ? all[i][j] : all[j][i];
        }

        /** The features of pair {@code (i, j)}, {@code j < i}, written into {@code into} and returned. */
        double[] features(int i, int j, double[] into) {
            boolean share = !Collections.disjoint(years.get(i), years.get(j));
            boolean conflict = !share && !years.get(i).isEmpty() && !years.get(j).isEmpty();
            into[0] = 1;
            into[1] = words[i][j];
            into[2] = names[i][j];
            into[3] = numbers[i][j];
            into[4] = lead[i][j];
            into[5] = share ? 1 : 0;
            into[6] = conflict ? 1 : 0;
            into[7] = all[i][j] / Math.max(1e-6, Math.sqrt(best[i] * best[j]));
            into[8] = words[i][j] * names[i][j];
            into[9] = hasNames[i] && hasNames[j] ? 0 : 1;
            into[10] = 50.0 / (50 + Math.min(length[i], length[j]));
            into[11] = into[10] * into[1];
            return into;
        }
    }

    /**
     * The years the article names (1950–2039), less those before its publication year (see {@code yearShare}).
     */
    static Set<String> years(Article a) {
        Set<String> y = new HashSet<>();
        Matcher m = YEAR.matcher((a.title() == null ? "" : a.title()) + "\n" + a.body());
        while (m.find()) {
            y.add(m.group(1));
        }
        LocalDate day = DateAnnotator.publicationDay(a.published());
        if (day != null) {
            y.removeIf(year -> Integer.parseInt(year) < day.getYear());
        }
        return y;
    }

    /** The number of whitespace-separated words of the article's body. */
    static int length(Article a) {
        return a.body().isBlank() ? 0 : a.body().strip().split("\\s+").length;
    }

    /** Whether annotation found an entity in the article. */
    static boolean hasNames(@Nullable Annotations an) {
        return an != null && !an.entities().isEmpty();
    }

    /**
     * The block counts of the article as the pair features count them: words, names and numbers ({@link
     * EventClusterer#counts} with the default title and lead counting), then the words of its lead.
     */
    static List<Map<String, Double>> blocks(Article a, @Nullable Annotations an) {
        List<Article> one = List.of(a);
        List<Map<String, Double>> counts = new ArrayList<>(ALL.counts(one, an == null ? Map.of()
                : Map.of(a.id(), an)).get(0));
        List<Article> lead = leads(one);
        counts.add(LEAD.counts(lead, Map.of()).get(0).get(0));
        return counts;
    }

    private static float[][] sims(EventClusterer c, List<Article> articles, List<List<Map<String, Double>>> counts) {
        return c.similarities(articles, c.vectors(counts));
    }

    private static float[][] sims(EventClusterer c, List<Article> articles, List<List<Map<String, Double>>> counts,
                                  List<Map<String, Integer>> df) {
        return c.similarities(articles, c.vectors(counts, df, 1));
    }

    /** The articles cut to their title and the first {@link #LEAD_WORDS} words of their body. */
    private static List<Article> leads(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String[] words = a.body().strip().split("\\s+", LEAD_WORDS + 1);
            String lead = String.join(" ", List.of(words).subList(0, Math.min(words.length, LEAD_WORDS)));
            out.add(new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.byline(), a.published(), lead,
                    List.of()));
        }
        return out;
    }
}
