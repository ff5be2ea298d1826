package crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns a story's sentences into claims: the same statement made by several articles, paraphrases included. Articles
 * are taken in publication order; each sentence joins the claim it is most similar to (IDF-weighted cosine over its
 * {@linkplain SentenceTerms terms}, against any sentence the claim already holds) when that similarity reaches the
 * threshold and the claim has no sentence from the same article yet, else it starts a new claim. Within an article
 * the best pairs are matched first, so an article's two similar sentences do not compete for one claim. A sentence
 * that reports a denial never joins a claim of sentences that do not, however alike their words. Adding a
 * later article never changes the claims found before it. Not thread-safe; one instance per story.
 */
final class ClaimAligner {

    /** Sentences with fewer content terms (a dateline, "Close", a one-word caption) state no claim. */
    static final int MIN_TERMS = 3;

    private final TermWeights weights;
    private final double threshold;
    private final List<List<StorySentence>> claims = new ArrayList<>();
    private final List<Set<String>> claimArticles = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<StorySentence, Prepared> prepared = new java.util.IdentityHashMap<>();

    /** The terms ({@code e:…}) of the story's people: two sentences about different people state different facts. */
    private final Set<String> people;

    ClaimAligner(TermWeights weights, double threshold) {
        this(weights, threshold, Set.of());
    }

    ClaimAligner(TermWeights weights, double threshold, Set<String> people) {
        this.weights = weights;
        this.threshold = threshold;
        this.people = Set.copyOf(people);
    }

    /** The claims found so far, each its sentences in the order they were added (earliest article first). */
    List<List<StorySentence>> claims() {
        return claims;
    }


    private static final String SPEECH = "(?:said|says|say|told|tells|added|wrote|according\\s+to)";

    /** True when the person of that last name speaks in the sentence (lower case): "…, said Sgt. Ann Reyle". */
    static boolean speaks(String sentence, String lastName) {
        return sentence.contains(lastName) && speaking(lastName).matcher(sentence).find();
    }

    private static java.util.regex.Pattern speaking(String lastName) {
        String name = java.util.regex.Pattern.quote(lastName);
        return java.util.regex.Pattern.compile("\\b" + name + "\\b(?:\\W+\\w+){0,6}?\\W+" + SPEECH + "\\b|\\b"
                + SPEECH + "\\b(?:\\W+\\w+){0,6}?\\W+" + name + "\\b");
    }

    /** The pattern of {@link #speaks} for each last name of the story's people, compiled once per story. */
    private final Map<String, java.util.regex.Pattern> speaking = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the sentence can state a claim. */
    static boolean statesClaim(StorySentence s) {
        return s.terms().size() >= MIN_TERMS && !s.text().strip().endsWith("?");
    }

    /** Adds one article's sentences. */
    void add(List<StorySentence> sentences) {
        record Pair(StorySentence sentence, int claim, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        List<StorySentence> candidates = new ArrayList<>();
        for (StorySentence s : sentences) {
            if (!statesClaim(s)) {
                continue;
            }
            candidates.add(s);
            Set<Integer> seen = new HashSet<>();
            for (String t : s.terms()) {
                for (int c : postings.getOrDefault(t, List.of())) {
                    if (seen.add(c) && claims.get(c).get(0).denial() == s.denial()
                            && !claimArticles.get(c).contains(s.article())) {
                        double sim = similarity(s, claims.get(c));
                        if (sim >= threshold) {
                            pairs.add(new Pair(s, c, sim));
                        }
                    }
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        Set<StorySentence> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Integer> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!placed.contains(p.sentence()) && !taken.contains(p.claim())) {
                placed.add(p.sentence());
                taken.add(p.claim());
                claims.get(p.claim()).add(p.sentence());
                claimArticles.get(p.claim()).add(p.sentence().article());
            }
        }
        for (StorySentence s : candidates) {
            if (!placed.contains(s)) {
                int c = claims.size();
                List<StorySentence> claim = new ArrayList<>();
                claim.add(s);
                claims.add(claim);
                Set<String> articles = new HashSet<>();
                articles.add(s.article());
                claimArticles.add(articles);
                for (String t : s.terms()) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
                }
            }
        }
    }

    /** The best similarity of the sentence to any sentence of the claim. */
    private double similarity(StorySentence s, List<StorySentence> claim) {
        double best = 0;
        for (StorySentence m : claim) {
            best = Math.max(best, similarity(s, m));
        }
        return best;
    }

    /**
     * IDF-weighted cosine of two sentences' term sets; 0 unless they share two terms, one of them a word (two
     * sentences that only name the same two people say different things), and 0 for two statements that someone did
     * not comment that name different parties (two parties' silences are not one claim).
     */
    double similarity(StorySentence a, StorySentence b) {
        Prepared pa = prepared(a);
        Prepared pb = prepared(b);
        List<String> terms = a.terms();
        double shared = 0;
        int common = 0;
        boolean word = false;
        boolean name = false;
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (pb.terms.contains(t)) {
                shared += pa.squares[i];
                common++;
                word |= !t.startsWith("e:") && !t.startsWith("q:");
                name |= t.startsWith("e:");
            }
        }
        if (common < 2 || !word || pa.nonResponse && pb.nonResponse && !name && pa.named && pb.named) {
            return 0;
        }
        if (!pa.people.isEmpty() && !pb.people.isEmpty()
                && java.util.Collections.disjoint(pa.people, pb.people)) {
            return 0;
        }
        return shared / (pa.norm * pb.norm);
    }

    /**
     * How much of the first sentence's weight the second shares ({@code shared / |a|²}), 0 unless they share a word
     * or two names:
     * how well a short statement (what a denial denies) is covered by a longer one.
     */
    double overlap(StorySentence a, StorySentence b) {
        Prepared pa = prepared(a);
        Prepared pb = prepared(b);
        List<String> terms = a.terms();
        double shared = 0;
        boolean word = false;
        int names = 0;
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (pb.terms.contains(t)) {
                shared += pa.squares[i];
                word |= !t.startsWith("e:") && !t.startsWith("q:");
                names += t.startsWith("e:") ? 1 : 0;
            }
        }
        double n = pa.norm;
        return (word || names >= 2) && n > 0 ? shared / (n * n) : 0;
    }

    /**
     * The sentence's terms as a set, their squared weights and its norm, worked out once per sentence: a sentence is
     * compared with every sentence of each claim it shares a term with, so this is the aligner's inner loop.
     */
    private Prepared prepared(StorySentence s) {
        return prepared.computeIfAbsent(s, Prepared::new);
    }

    /** A sentence ready to compare. */
    private final class Prepared {
        final Set<String> terms;
        /** The squared weight of each term, in the order of {@link StorySentence#terms()}. */
        final double[] squares;
        final double norm;
        /** "did not respond to requests for comment": that someone said nothing. */
        final boolean nonResponse;
        /** Whether the sentence names anyone. */
        final boolean named;

        /** The story's people the sentence is about: those it names, but for the one it quotes ("…, Reyle said"). */
        final Set<String> people;

        Prepared(StorySentence s) {
            nonResponse = Brief.NON_RESPONSE.matcher(s.text()).find();
            Set<String> mentioned = new HashSet<>();
            String lower = s.text().toLowerCase(java.util.Locale.ROOT);
            for (String t : s.terms()) {
                String last = t.substring(t.lastIndexOf(' ') + 1).replace("e:", "");
                if (ClaimAligner.this.people.contains(t) && !(lower.contains(last)
                        && speaking.computeIfAbsent(last, ClaimAligner::speaking).matcher(lower).find())) {
                    mentioned.add(t);
                }
            }
            people = mentioned;
            named = s.terms().stream().anyMatch(t -> t.startsWith("e:"));
            terms = new HashSet<>(s.terms());
            squares = new double[s.terms().size()];
            double sum = 0;
            for (int i = 0; i < squares.length; i++) {
                double w = weights.weight(s.terms().get(i));
                squares[i] = w * w;
                sum += w * w;
            }
            norm = Math.sqrt(sum);
        }
    }
}
