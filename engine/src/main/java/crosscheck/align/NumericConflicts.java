package crosscheck.align;

import crosscheck.core.CrossCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Finds the figures of a story's articles that state the same quantity (same unit, what is counted, words and names
 * around it alike, values within a factor of four) and says whether they conflict. Figures whose intervals overlap
 * agree ("more than $40 million", "nearly $45 million" and "$44 million"); figures that rise with each later report
 * are a count that grew ("at least 12" dead, then "at least 19", then 21); anything else is a conflict, and the
 * explanation names the figure that does not fit the others when one does. Thread-safe.
 */
final class NumericConflicts {

    /** Figures further apart than this are taken for different quantities. */
    static final double MAX_RATIO = 4;
    /** Times of day further apart than this, in hours, are taken for different moments. */
    static final double MAX_HOURS = 2;
    /** Calendar days further apart than this are taken for different events. */
    static final double MAX_DAYS = 14;
    /** How alike the words around two figures must be (weighted Jaccard). */
    static final double MIN_CONTEXT = 0.2;
    /** Added to the similarity of two figures whose words name the same measure (deaths, homes, a payment). */
    static final double FRAME_BONUS = 0.2;
    private static final int WINDOW = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");

    /** Words that name the same measure of an event, mapped to one frame. */
    private static final Map<String, String> FRAMES = Map.ofEntries(
            Map.entry("kill", "death"), Map.entry("dead", "death"), Map.entry("death", "death"),
            Map.entry("die", "death"), Map.entry("di", "death"), Map.entry("toll", "death"), Map.entry("fatal", "death"),
            Map.entry("bodi", "death"), Map.entry("live", "death"),
            Map.entry("injur", "injury"), Map.entry("wound", "injury"), Map.entry("hurt", "injury"),
            Map.entry("miss", "missing"), Map.entry("unaccount", "missing"),
            Map.entry("evacu", "evacuation"), Map.entry("displac", "evacuation"), Map.entry("shelter", "evacuation"),
            Map.entry("home", "home"), Map.entry("hous", "home"), Map.entry("dwell", "home"),
            Map.entry("pai", "payment"), Map.entry("paid", "payment"), Map.entry("donat", "payment"),
            Map.entry("fund", "payment"), Map.entry("financ", "payment"), Map.entry("pump", "payment"),
            Map.entry("funnel", "payment"), Map.entry("rout", "payment"), Map.entry("channel", "payment"),
            Map.entry("bankrol", "payment"), Map.entry("contribut", "payment"), Map.entry("spent", "payment"),
            Map.entry("inject", "payment"), Map.entry("splash", "payment"), Map.entry("transfer", "payment"),
            Map.entry("gave", "payment"), Map.entry("donor", "payment"), Map.entry("donation", "payment"),
            Map.entry("monei", "payment"), Map.entry("cash", "payment"));

    private final TermWeights weights;

    NumericConflicts(TermWeights weights) {
        this.weights = weights;
    }

    /** The groups of figures that state one quantity in two or more articles. */
    List<List<Figure>> groups(List<Figure> all) {
        List<Figure> figures = new ArrayList<>();
        List<Figure> ages = new ArrayList<>();
        for (Figure f : all) {
            (f.quantity().unit().equals(Measures.AGE) ? ages : figures).add(f);
        }
        List<List<Figure>> out = Ages.groups(ages);
        List<Context> contexts = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (Figure f : figures) {
            contexts.add(context(context(f, stemmer), head(f)));
        }
        record Pair(int a, int b, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                double sim = compatible(figures.get(i), figures.get(j), contexts.get(i), contexts.get(j));
                if (sim >= MIN_CONTEXT) {
                    pairs.add(new Pair(i, j, sim));
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
        int[] group = new int[figures.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            group[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ga = group[p.a()];
            int gb = group[p.b()];
            if (ga == gb || !mergeable(members.get(ga), members.get(gb), figures, contexts)) {
                continue;
            }
            for (int m : members.get(gb)) {
                group[m] = ga;
            }
            members.get(ga).addAll(members.get(gb));
            members.get(gb).clear();
        }
        for (List<Integer> g : members) {
            if (g.size() >= 2) {
                g.sort(Integer::compare);
                List<Figure> judged = g.stream().map(figures::get).toList();
                if (consistent(judged) || !givenElsewhere(judged, figures)) {
                    out.add(judged);
                }
            }
        }
        return out;
    }

    /**
     * True when an article of a group whose figures disagree also gives, outside the group, the value another article
     * gives in it: "25 percent on steel and 10 percent on aluminum" beside another report's "25 percent tariff on
     * steel" says the 10 may measure something else, so the evidence does not decide.
     */
    static boolean givenElsewhere(List<Figure> group, List<Figure> all) {
        Set<Figure> members = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        members.addAll(group);
        for (Figure f : all) {
            if (members.contains(f)) {
                continue;
            }
            for (Figure g : group) {
                if (g.article().equals(f.article()) || !g.quantity().unit().equals(f.quantity().unit())) {
                    continue;
                }
                boolean sameArticleInGroup = group.stream().anyMatch(h -> h.article().equals(f.article()));
                if (sameArticleInGroup && g.quantity().value() == f.quantity().value()
                        && group.stream().noneMatch(h -> h.article().equals(f.article())
                        && h.quantity().value() == f.quantity().value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Average link: the figures of the two groups are alike on average, none of them is of another unit, measure or
     * order of magnitude, and no article is in both.
     */
    private boolean mergeable(List<Integer> a, List<Integer> b, List<Figure> figures, List<Context> contexts) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                double sim = compatible(figures.get(i), figures.get(j), contexts.get(i), contexts.get(j));
                if (sim == 0) {
                    return false;
                }
                sum += sim;
            }
        }
        return sum / (a.size() * b.size()) >= MIN_CONTEXT;
    }

    /**
     * A figure's context, worked out once: every pair of the story's figures is compared, and {@link #mergeable}
     * compares them again; so the words' weights are looked up here, not at every pair.
     *
     * @param words     its {@linkplain #context context}
     * @param terms     the same words in their order, as an array
     * @param weights   each term's weight, in that order
     * @param frames    the frames among the words
     * @param head      the stem of what it counts, or null
     * @param headFrame the frame of that stem, or null
     */
    private record Context(Set<String> words, String[] terms, double[] weights, Set<String> frames,
                           @org.jspecify.annotations.Nullable String head,
                           @org.jspecify.annotations.Nullable String headFrame) {
    }

    private Context context(Set<String> words, @org.jspecify.annotations.Nullable String head) {
        String[] terms = words.toArray(String[]::new);
        double[] w = new double[terms.length];
        for (int k = 0; k < terms.length; k++) {
            w[k] = weights.weight(terms[k]);
        }
        return new Context(words, terms, w, frames(words), head, head == null ? null : frame(head));
    }

    /** How alike the two figures' contexts are, or 0 when they cannot be one quantity. */
    private double compatible(Figure a, Figure b, Context contextA, Context contextB) {
        if (a.article().equals(b.article()) || !a.quantity().unit().equals(b.quantity().unit())) {
            return 0;
        }
        double x = Math.abs(a.quantity().value());
        double y = Math.abs(b.quantity().value());
        if (a.quantity().unit().equals(Measures.TIME)) {
            // Times of one event lie within hours of each other, on the same day where both sentences name it.
            if (Math.abs(x - y) > MAX_HOURS || Measures.weekdaysDiffer(a.sentence().text(), b.sentence().text())) {
                return 0;
            }
        } else if (a.quantity().unit().equals(Measures.DATE)) {
            if (Math.abs(x - y) > MAX_DAYS) {
                return 0; // days weeks apart are different events
            }
        } else if (x == 0 || y == 0 || Math.max(x, y) / Math.min(x, y) > MAX_RATIO) {
            return 0;
        }
        String ha = contextA.head();
        String hb = contextB.head();
        if (ha != null && hb != null && !ha.equals(hb) && !contextA.headFrame().equals(contextB.headFrame())) {
            return 0;
        }
        Set<String> fa = contextA.frames();
        Set<String> fb = contextB.frames();
        Set<String> ca = contextA.words();
        Set<String> cb = contextB.words();
        boolean sameFrame = false;
        if (!fa.isEmpty() && !fb.isEmpty()) {
            if (java.util.Collections.disjoint(fa, fb)) {
                return 0;
            }
            sameFrame = true;
        }
        double shared = 0;
        double union = 0;
        String[] ta = contextA.terms();
        double[] wa = contextA.weights();
        for (int k = 0; k < ta.length; k++) {
            union += wa[k];
            if (cb.contains(ta[k])) {
                shared += wa[k];
            }
        }
        String[] tb = contextB.terms();
        double[] wb = contextB.weights();
        for (int k = 0; k < tb.length; k++) {
            if (!ca.contains(tb[k])) {
                union += wb[k];
            }
        }
        return (union == 0 ? 0 : shared / union) + (sameFrame ? FRAME_BONUS : 0);
    }

    private static Set<String> frames(Set<String> context) {
        Set<String> out = new HashSet<>();
        for (String t : context) {
            if (t.startsWith("frame:")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The stem of the last word of what a count counts ("shipping containers" → "contain"), or null. */
    private static String head(Figure f) {
        String counted = f.quantity().counted();
        if (counted == null || counted.isBlank()) {
            return null;
        }
        String[] words = counted.toLowerCase(Locale.ROOT).split("\\s+");
        return new PorterStemmer().stem(words[words.length - 1]);
    }

    private static String frame(String stem) {
        return FRAMES.getOrDefault(stem, stem);
    }

    /** The stems (and frames) of the words near the figure, the names in its sentence and what it counts. */
    private static Set<String> context(Figure f, PorterStemmer stemmer) {
        Set<String> out = new LinkedHashSet<>();
        StorySentence s = f.sentence();
        for (String t : s.terms()) {
            if (t.startsWith("e:")) {
                out.add(t);
            }
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher m = WORD.matcher(s.text());
        int qStart = f.quantity().start() - s.start();
        int qEnd = f.quantity().end() - s.start();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (SentenceTerms.STOPWORDS.contains(w) || w.length() < 2) {
                continue;
            }
            String stem = stemmer.stem(w);
            if (m.end() <= qStart) {
                before.add(stem);
            } else if (m.start() >= qEnd) {
                after.add(stem);
            }
        }
        List<String> near = new ArrayList<>(before.subList(Math.max(0, before.size() - WINDOW), before.size()));
        near.addAll(after.subList(0, Math.min(WINDOW, after.size())));
        out.addAll(near);
        String nearest = nearestFrame(before, after);
        if (nearest != null) {
            out.add("frame:" + nearest);
        }
        String head = head(f);
        if (head != null && FRAMES.containsKey(head)) {
            out.add("frame:" + FRAMES.get(head));
        }
        return out;
    }

    /** The frame of the frame word nearest the figure, within the window on either side; null when none. */
    private static String nearestFrame(List<String> before, List<String> after) {
        for (int d = 0; d < WINDOW; d++) {
            if (d < after.size() && FRAMES.containsKey(after.get(d))) {
                return FRAMES.get(after.get(d));
            }
            int b = before.size() - 1 - d;
            if (b >= 0 && FRAMES.containsKey(before.get(b))) {
                return FRAMES.get(before.get(b));
            }
        }
        return null;
    }

    /**
     * The verdict on one group, or null when every figure says the same thing.
     *
     * @param claimOf the id of the claim a sentence belongs to, or null
     * @param copyOf  for each near-duplicate copy in the story, the article it copies
     */
    CrossCheck.Conflict judge(List<Figure> group, Function<StorySentence, String> claimOf,
                              Map<String, String> copyOf) {
        Set<String> said = new HashSet<>();
        for (Figure f : group) {
            said.add(f.quantity().bound() + f.quantity().value() + "-" + f.quantity().max());
        }
        if (said.size() == 1) {
            return null;
        }
        List<Figure> byDate = new ArrayList<>(group);
        byDate.sort(java.util.Comparator.comparing((Figure f) -> f.published() == null ? "9999" : f.published()));
        boolean consistent = consistent(group);
        String frame = frame(group);
        Figure[] changed = changedCopy(group, copyOf);
        Figure changedCopy = changed == null ? null : changed[0];
        // A figure that accumulates (the dead, the injured, the evacuated) may rise from one day to the next; any
        // figure may be a lower bound that a later report raises. A sum paid in the past does not grow, and a copy
        // that changes its original's figure is a conflict whatever the dates.
        boolean accumulates = frame != null && ACCUMULATING.contains(frame);
        // An age or a time of day is one fact: it never grows from one report to the next.
        boolean measure = isMeasure(group.get(0).quantity().unit());
        boolean rising = changedCopy == null && !measure && rising(byDate) && (consistent || accumulates);
        String verdict;
        String explanation;
        String what = what(frame, group);
        if (changedCopy != null) {
            verdict = "conflict";
            explanation = capitalise(what) + ": " + changedCopy.label() + " reprints " + changed[1].label()
                    + "'s text but gives " + changedCopy.quantity().text() + " where it has "
                    + changed[1].quantity().text() + "; all the figures: " + listing(byDate) + ".";
        } else if (rising) {
            verdict = "grew";
            explanation = capitalise(what) + " rose with each later report: " + sequence(byDate)
                    + (consistent ? "; the earlier figures are lower bounds, so they do not conflict."
                    : "; each report gives the figure known on its day, so they do not conflict.");
        } else if (consistent) {
            verdict = "consistent";
            explanation = capitalise(what) + ": " + listing(byDate) + " can all be true: they are bounds or "
                    + "roundings of one figure.";
        } else {
            verdict = "conflict";
            explanation = capitalise(what) + ": " + conflictText(byDate);
        }
        List<CrossCheck.Side> sides = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> claims = new LinkedHashSet<>();
        for (Figure f : byDate) {
            articles.add(f.article());
            String claim = claimOf.apply(f.sentence());
            if (claim != null) {
                claims.add(claim);
            }
            // The sentence is the evidence a reader checks; the figure's own words ride along.
            sides.add(new CrossCheck.Side(f.article(), f.outlet(), f.published(), f.sentence().text(),
                    f.sentence().start(), f.sentence().end(), f.quantity().value(), f.quantity().max(),
                    f.quantity().unit(), f.quantity().bound(), "figure", f.source(), f.quantity().text(),
                    f.quantity().start(), f.quantity().end()));
        }
        return new CrossCheck.Conflict("numeric", verdict, explanation, List.copyOf(articles), sides,
                List.copyOf(claims), List.of());
    }

    /**
     * True when one value lies within every figure's interval. The intervals' ends are open: "11" (10.5–11.5) and
     * "12" (11.5–12.5) share no value.
     */
    static boolean consistent(List<Figure> figures) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (Figure f : figures) {
            low = Math.max(low, f.low());
            high = Math.min(high, f.high());
        }
        return low < high;
    }

    /** True when every figure is dated, on two or more days, and the figure never falls from one day to a later one. */
    static boolean rising(List<Figure> byDate) {
        Set<String> days = new HashSet<>();
        for (Figure f : byDate) {
            if (f.day() == null) {
                return false;
            }
            days.add(f.day());
        }
        if (days.size() < 2) {
            return false;
        }
        boolean rose = false;
        for (int i = 1; i < byDate.size(); i++) {
            Figure prev = byDate.get(i - 1);
            Figure cur = byDate.get(i);
            if (cur.quantity().value() < prev.quantity().value()) {
                return false;
            }
            if (cur.quantity().value() > prev.quantity().value()) {
                if (cur.day().equals(prev.day())) {
                    return false;
                }
                rose = true;
            }
        }
        return rose;
    }

    /** Measures that only accumulate from one day's report to the next. */
    private static final Set<String> ACCUMULATING = Set.of("death", "injury", "evacuation");

    /** The measure most of the group's figures name ("death", "home", "payment"), or null. */
    private String frame(List<Figure> group) {
        PorterStemmer stemmer = new PorterStemmer();
        Map<String, Integer> votes = new java.util.HashMap<>();
        for (Figure f : group) {
            for (String t : context(f, stemmer)) {
                if (t.startsWith("frame:")) {
                    votes.merge(t.substring(6), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() * 2 > group.size())
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /**
     * A figure of a near-duplicate copy that differs from the figure of the article it copies, with that figure
     * ({copy, original}), or null.
     */
    private static Figure[] changedCopy(List<Figure> group, Map<String, String> copyOf) {
        for (Figure f : group) {
            String original = copyOf.get(f.article());
            if (original == null) {
                continue;
            }
            for (Figure g : group) {
                if (g.article().equals(original) && g.quantity().value() != f.quantity().value()) {
                    return new Figure[] {f, g};
                }
            }
        }
        return null;
    }

    private static boolean isMeasure(String unit) {
        return unit.equals(Measures.AGE) || unit.equals(Measures.TIME) || unit.equals(Measures.DATE);
    }

    /** What the figures measure, in words: "the death toll", "the number of homes", "the sum paid". */
    private static String what(String frame, List<Figure> group) {
        String unit = group.get(0).quantity().unit();
        if (unit.equals(Measures.AGE)) {
            return "the age of " + Ages.whom(group);
        }
        if (unit.equals(Measures.TIME)) {
            return "the time of day";
        }
        if (unit.equals(Measures.DATE)) {
            return "the date";
        }
        if (frame != null) {
            switch (frame) {
                case "death" -> {
                    return "the death toll";
                }
                case "injury" -> {
                    return "the number injured";
                }
                case "missing" -> {
                    return "the number missing";
                }
                case "evacuation" -> {
                    return "the number evacuated";
                }
                case "home" -> {
                    return "the number of homes";
                }
                case "payment" -> {
                    return "the sum paid";
                }
                default -> {
                }
            }
        }
        for (Figure f : group) {
            String counted = f.quantity().counted();
            if (counted != null && !counted.isBlank()) {
                // A count counts things; a sum is made of them ("$2 million in private donations").
                return (f.quantity().unit().equals("count") ? "the number of " : "the sum in ")
                        + counted.toLowerCase(Locale.ROOT);
            }
        }
        return switch (group.get(0).quantity().unit()) {
            case "percent" -> "the share";
            case "count" -> "the count";
            default -> "the sum";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String sequence(List<Figure> byDate) {
        List<String> steps = new ArrayList<>();
        for (Figure f : byDate) {
            steps.add(f.quantity().text() + " (" + f.label() + ", " + f.day() + ")");
        }
        return String.join(" → ", steps);
    }

    private static String listing(List<Figure> figures) {
        Map<String, List<String>> byText = byText(figures);
        List<String> parts = new ArrayList<>();
        byText.forEach((text, outlets) -> parts.add(text + " (" + String.join("; ", outlets) + ")"));
        return String.join(", ", parts);
    }

    /**
     * Each wording of the figure with the outlets that use it and whom they cite, in order of first use: "$30
     * million" → ["The Harbor Sentinel", "Bay Courier citing The Harbor Sentinel"].
     */
    private static Map<String, List<String>> byText(List<Figure> figures) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (Figure f : figures) {
            String who = f.source() == null || f.source().equals(f.outlet()) ? f.label()
                    : f.label() + " citing " + f.source();
            List<String> outlets = byText.computeIfAbsent(f.quantity().text(), k -> new ArrayList<>());
            if (!outlets.contains(who)) {
                outlets.add(who);
            }
        }
        return byText;
    }

    /** Names the figures that do not fit the rest when leaving out one value makes the rest agree. */
    private static String conflictText(List<Figure> figures) {
        Map<Double, List<Figure>> byValue = new LinkedHashMap<>();
        for (Figure f : figures) {
            byValue.computeIfAbsent(f.quantity().value(), k -> new ArrayList<>()).add(f);
        }
        List<Figure> odd = null;
        if (byValue.size() >= 3) {
            for (List<Figure> candidate : byValue.values()) {
                List<Figure> rest = new ArrayList<>(figures);
                rest.removeAll(candidate);
                if (consistent(rest) && (odd == null || candidate.size() < odd.size())) {
                    odd = candidate;
                }
            }
        }
        if (odd != null && odd.size() * 2 < figures.size()) {
            List<Figure> rest = new ArrayList<>(figures);
            rest.removeAll(odd);
            return listing(odd) + " does not fit the other reports, which agree with each other: " + listing(rest)
                    + ".";
        }
        return "the reports give incompatible figures: " + listing(figures) + ".";
    }
}
