package crosscheck.align.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The string features of a claim and a body for the two stages of {@link StanceClassifier}. Numbers are binned into
 * strings: each value {@code v} gives {@code name>=t} for every threshold {@code t} it reaches and {@code name~b} for
 * its bin, so the perceptron can learn a monotone step function. The inverse document frequencies come from the
 * training bodies and ship in the model. Immutable and thread-safe.
 */
public final class StanceFeatures {

    /** Words that deny or refute. */
    static final Set<String> REFUTE = stems("fake", "fraud", "hoax", "false", "deny", "denies", "denied", "denial",
            "debunk", "debunked", "bogus", "untrue", "myth", "satire", "satirical", "prank", "fabricated", "fabrication",
            "baseless", "refute", "refuted", "dismiss", "dismissed", "reject", "rejected", "contradict", "lie", "lies",
            "scam", "photoshopped", "doctored", "misleading", "retract", "retracted", "nonsense", "erroneous",
            "incorrect", "wrong", "mistaken", "rumor", "rumour", "speculation", "unfounded", "insist", "insisted");
    /** Words that report without committing. */
    static final Set<String> HEDGE = stems("reportedly", "allegedly", "alleged", "claim", "claims", "claimed",
            "according", "unconfirmed", "unverified", "purportedly", "apparently", "supposedly", "may", "might", "could",
            "possibly", "perhaps", "suggest", "suggests", "appears", "seems", "believed", "report", "reports",
            "reported", "sources", "source", "unclear", "whether", "if", "would", "rumored", "rumoured", "expected",
            "likely", "allegation", "allegations", "says", "said", "told", "tweeted", "posted");
    /** Words that confirm. */
    static final Set<String> SUPPORT = stems("confirm", "confirmed", "confirms", "confirmation", "official",
            "officially", "announced", "announce", "revealed", "proof", "proved", "proven", "indeed", "true", "verified",
            "genuine", "real", "authentic", "actually", "shows", "showed", "footage", "video", "photos", "statement");
    /** Words that negate. */
    static final Set<String> NEGATION = stems("not", "no", "never", "none", "nothing", "nobody", "neither", "nor",
            "without", "cannot", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't",
            "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't");
    private static final Map<String, Set<String>> LEXICONS = Map.of("ref", REFUTE, "hed", HEDGE, "sup", SUPPORT,
            "neg", NEGATION);
    private static final List<String> LEXICON_NAMES = List.of("ref", "hed", "sup", "neg");
    /** Where in the body a lexicon word is: anywhere, opening, near a claim word, best sentences. */
    private static final String[] PLACES = {"", "o", "n", "s"};
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
            "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
            "him", "them", "us", "me", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
            "about", "after", "before", "over", "into", "up", "out", "who", "what", "which", "when", "where", "how",
            "why", "than", "then", "so", "if", "not", "no", "just", "more", "most", "new", "says", "said", "s", "t");
    private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    /** Words near a claim word: within this many words of one. */
    private static final int NEAR = 8;
    /** The leading sentences that count as the body's opening. */
    private static final int OPENING = 3;
    /** Body words whose idf is at most this are bag-of-words features (common words, not topic words). */
    private static final float BOW_MAX_IDF = 4.5f;

    private final Map<String, Float> idf;
    private final float unseenIdf;

    /**
     * @param idf       the inverse document frequency of each stem in the training bodies
     * @param unseenIdf the idf of a stem that is not in the map
     */
    public StanceFeatures(Map<String, Float> idf, float unseenIdf) {
        this.idf = Map.copyOf(idf);
        this.unseenIdf = unseenIdf;
    }

    /** The idf of each stem, {@code log((N + 1) / (df + 1)) + 1}, over the bodies; stems in fewer than 2 left out. */
    public static StanceFeatures fromBodies(List<StanceText> bodies) {
        Map<String, Integer> df = new HashMap<>();
        for (StanceText b : bodies) {
            b.stemCounts().keySet().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        int n = bodies.size();
        Map<String, Float> idf = new HashMap<>();
        df.forEach((s, d) -> {
            if (d >= 2) {
                idf.put(s, (float) (Math.log((n + 1.0) / (d + 1.0)) + 1));
            }
        });
        return new StanceFeatures(idf, (float) (Math.log((n + 1.0) / 2.0) + 1));
    }

    Map<String, Float> idf() {
        return idf;
    }

    float unseenIdf() {
        return unseenIdf;
    }

    float idf(String stem) {
        return idf.getOrDefault(stem, unseenIdf);
    }

    private static Set<String> stems(String... words) {
        return Arrays.stream(words).map(StanceText::stem).collect(Collectors.toUnmodifiableSet());
    }

    /** How the claim's content words fall in the body: the numbers both stages read. */
    final class Overlap {
        final StanceText claim;
        final StanceText body;
        final List<String> content = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final long[] sentenceMasks;
        final boolean[] nearClaim;
        double claimIdf;

        Overlap(StanceText claim, StanceText body) {
            this.claim = claim;
            this.body = body;
            for (int i = 0; i < claim.size() && content.size() < 64; i++) {
                String s = claim.stemAt(i);
                if (!STOP.contains(claim.word(i)) && !index.containsKey(s)) {
                    index.put(s, content.size());
                    content.add(s);
                    claimIdf += idf(s);
                }
            }
            sentenceMasks = new long[body.sentenceCount()];
            nearClaim = new boolean[body.size()];
            for (int s = 0; s < body.sentenceCount(); s++) {
                for (int i = body.sentenceStart(s); i < body.sentenceEnd(s); i++) {
                    Integer k = index.get(body.stemAt(i));
                    if (k != null) {
                        sentenceMasks[s] |= 1L << k;
                        Arrays.fill(nearClaim, Math.max(0, i - NEAR), Math.min(body.size(), i + NEAR + 1), true);
                    }
                }
            }
        }

        long union(int from, int to) {
            long m = 0;
            for (int s = from; s < Math.min(to, sentenceMasks.length); s++) {
                m |= sentenceMasks[s];
            }
            return m;
        }

        double fraction(long mask) {
            return content.isEmpty() ? 0 : (double) Long.bitCount(mask) / content.size();
        }

        double idfFraction(long mask) {
            double sum = 0;
            for (int k = 0; k < content.size(); k++) {
                if ((mask & (1L << k)) != 0) {
                    sum += idf(content.get(k));
                }
            }
            return claimIdf == 0 ? 0 : sum / claimIdf;
        }

        /** The sentences in order of how much of the claim's idf they hold, best first. */
        int[] bestSentences(int n) {
            Integer[] order = new Integer[sentenceMasks.length];
            double[] score = new double[sentenceMasks.length];
            for (int s = 0; s < order.length; s++) {
                order[s] = s;
                score[s] = idfFraction(sentenceMasks[s]);
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            return Arrays.stream(order).limit(n).filter(s -> score[s] > 0).mapToInt(Integer::intValue).toArray();
        }

        double cosine() {
            Map<String, Integer> claimCounts = new HashMap<>();
            for (int i = 0; i < claim.size(); i++) {
                if (!STOP.contains(claim.word(i))) {
                    claimCounts.merge(claim.stemAt(i), 1, Integer::sum);
                }
            }
            double dot = 0;
            double cn = 0;
            for (Map.Entry<String, Integer> e : claimCounts.entrySet()) {
                double w = e.getValue() * idf(e.getKey());
                cn += w * w;
                dot += w * body.count(e.getKey()) * idf(e.getKey());
            }
            double bn = 0;
            for (Map.Entry<String, Integer> e : body.stemCounts().entrySet()) {
                double w = e.getValue() * idf(e.getKey());
                bn += w * w;
            }
            return cn == 0 || bn == 0 ? 0 : dot / Math.sqrt(cn * bn);
        }

        double bigramFraction() {
            int all = 0;
            int found = 0;
            for (int i = 1; i < claim.size(); i++) {
                if (STOP.contains(claim.word(i - 1)) && STOP.contains(claim.word(i))) {
                    continue;
                }
                all++;
                found += body.hasBigram(claim.stemAt(i - 1), claim.stemAt(i)) ? 1 : 0;
            }
            return all == 0 ? 0 : (double) found / all;
        }

        /** The share of the claim's {@code n} rarest content words that the body holds. */
        double rareFraction(int n) {
            List<String> rare = new ArrayList<>(content);
            rare.sort((a, b) -> Float.compare(idf(b), idf(a)));
            rare = rare.subList(0, Math.min(n, rare.size()));
            return rare.isEmpty() ? 0 : rare.stream().filter(s -> body.count(s) > 0).count() / (double) rare.size();
        }
    }

    Overlap overlap(StanceText claim, StanceText body) {
        return new Overlap(claim, body);
    }

    /** Features for related versus unrelated. */
    List<String> related(Overlap o) {
        List<String> f = new ArrayList<>(256);
        f.add("bias");
        long all = o.union(0, o.sentenceMasks.length);
        bins(f, "frac", o.fraction(all));
        bins(f, "idf", o.idfFraction(all));
        bins(f, "open", o.idfFraction(o.union(0, OPENING)));
        bins(f, "first", o.idfFraction(o.union(0, 1)));
        int[] best = o.bestSentences(1);
        bins(f, "sent", best.length == 0 ? 0 : o.idfFraction(o.sentenceMasks[best[0]]));
        bins(f, "cos", Math.min(1, 2 * o.cosine()));
        bins(f, "bi", o.bigramFraction());
        bins(f, "rare1", o.rareFraction(1));
        bins(f, "rare3", o.rareFraction(3));
        int matched = Long.bitCount(all);
        f.add("matched=" + Math.min(matched, 8));
        f.add("claimlen=" + Math.min(o.content.size(), 12));
        f.add("missing=" + Math.min(o.content.size() - matched, 6));
        f.add("idf~" + bucket(o.idfFraction(all)) + "&len=" + Math.min(o.content.size(), 12));
        return f;
    }

    /**
     * Features for agree, disagree and discuss, on a pair judged related: the overlap in coarse bins; the denial,
     * hedging, support and negation words of the body (anywhere, in its opening, near a claim word, in the two
     * sentences that hold most of the claim) and of the claim; claim words the body negates; the body's common words
     * and word pairs; the claim's common words.
     */
    List<String> stance(Overlap o) {
        List<String> f = new ArrayList<>(768);
        f.add("bias");
        String ov = bucket(o.idfFraction(o.union(0, o.sentenceMasks.length)));
        f.add("ov~" + ov);
        f.add("open~" + bucket(o.idfFraction(o.union(0, OPENING))));
        bins(f, "cos", Math.min(1, 2 * o.cosine()));
        bins(f, "bi", o.bigramFraction());
        StanceText body = o.body;
        boolean[] inBest = new boolean[body.size()];
        for (int s : o.bestSentences(2)) {
            Arrays.fill(inBest, body.sentenceStart(s), body.sentenceEnd(s), true);
        }
        Set<String> seen = new HashSet<>();
        lexiconFeatures(o, inBest, ov, f, seen);
        wordFeatures(body, inBest, f, seen);
        negatedClaimWords(o, f, seen);
        for (int i = 0; i < o.claim.size(); i++) {
            String s = o.claim.stemAt(i);
            for (String name : LEXICON_NAMES) {
                if (LEXICONS.get(name).contains(s)) {
                    f.add("c" + name + ":" + s);
                }
            }
            if (idf(s) <= BOW_MAX_IDF) {
                f.add("cw:" + s);
            }
        }
        f.add("len=" + Math.min(body.size() / 100, 8));
        return f;
    }

    /** Each lexicon's words in the body, and how many: anywhere, in the opening, near a claim word, in the best sentences. */
    private static void lexiconFeatures(Overlap o, boolean[] inBest, String ov, List<String> f, Set<String> seen) {
        StanceText body = o.body;
        int openingEnd = body.sentenceCount() > OPENING ? body.sentenceStart(OPENING) : body.size();
        Map<String, int[]> counts = new HashMap<>();
        String polarity = claimDenies(o.claim) ? "+" : "";
        for (int i = 0; i < body.size(); i++) {
            String s = body.stemAt(i);
            for (String lexicon : LEXICON_NAMES) {
                String name = lexicon.equals("ref") || lexicon.equals("neg") ? lexicon + polarity : lexicon;
                if (LEXICONS.get(lexicon).contains(s)) {
                    boolean[] where = {true, i < openingEnd, o.nearClaim[i], inBest[i]};
                    int[] c = counts.computeIfAbsent(name, k -> new int[where.length]);
                    for (int w = 0; w < where.length; w++) {
                        if (where[w]) {
                            c[w]++;
                            addOnce(f, seen, name + PLACES[w] + ":" + s);
                        }
                    }
                }
            }
        }
        double words = Math.max(body.size(), 1);
        for (String lexicon : LEXICON_NAMES) {
            String name = lexicon.equals("ref") || lexicon.equals("neg") ? lexicon + polarity : lexicon;
            int[] c = counts.getOrDefault(name, new int[PLACES.length]);
            f.add(name + "#" + Math.min(c[0], 6));
            f.add(name + "o#" + Math.min(c[1], 3));
            f.add(name + "n#" + Math.min(c[2], 4));
            f.add(name + "s#" + Math.min(c[3], 3));
            f.add(name + "n#" + Math.min(c[2], 2) + "&ov~" + ov);
            bins(f, name + "%", Math.min(1, c[0] / words * 20));
        }
    }

    /** The body's common words and common word pairs, and the words of its best sentences. */
    private void wordFeatures(StanceText body, boolean[] inBest, List<String> f, Set<String> seen) {
        for (int i = 0; i < body.size(); i++) {
            String s = body.stemAt(i);
            boolean common = idf(s) <= BOW_MAX_IDF;
            if (common) {
                addOnce(f, seen, "w:" + s);
            }
            if (inBest[i]) {
                addOnce(f, seen, "bw:" + s);
            }
            if (common && i > 0 && idf(body.stemAt(i - 1)) <= BOW_MAX_IDF) {
                addOnce(f, seen, "bb:" + body.stemAt(i - 1) + " " + s);
            }
        }
    }

    /** Claim words that a negation or denial word precedes in the body (within three words), and which words. */
    private static void negatedClaimWords(Overlap o, List<String> f, Set<String> seen) {
        StanceText body = o.body;
        int negated = 0;
        for (int i = 0; i < body.size(); i++) {
            if (!o.index.containsKey(body.stemAt(i))) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j < i; j++) {
                String b = body.stemAt(j);
                if (NEGATION.contains(b) || REFUTE.contains(b)) {
                    negated++;
                    addOnce(f, seen, "ncw:" + b);
                    break;
                }
            }
        }
        f.add("nc#" + Math.min(negated, 4));
    }

    /** True when the claim itself holds a denial or negation word: then the body's such words may agree with it. */
    private static boolean claimDenies(StanceText claim) {
        for (int i = 0; i < claim.size(); i++) {
            if (REFUTE.contains(claim.stemAt(i)) || NEGATION.contains(claim.stemAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addOnce(List<String> f, Set<String> seen, String feature) {
        if (seen.add(feature)) {
            f.add(feature);
        }
    }

    private static String bucket(double v) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(Math.min(1, v) * 5) / 5);
    }

    private static void bins(List<String> f, String name, double v) {
        for (double t : THRESHOLDS) {
            if (v >= t) {
                f.add(name + ">=" + t);
            }
        }
        f.add(name + "~" + bucket(v));
    }
}
