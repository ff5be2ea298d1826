package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-check's term statistics as an archive keeps them: how many sentences of the filed articles hold each
 * term, so that a round that checks a few stories weighs its terms as a batch of the whole archive would (a word every
 * story of the archive uses, "police" in a stream of crime news, weighs little even when the round checks one story).
 *
 * <p>Terms are counted per article as {@link SentenceTerms} gives them, with each entity under its own normalised name
 * (not the name a story gives it, which changes as the story grows), every article counted (near-duplicate copies
 * too), and kept under a 64-bit hash of the term ({@link #hash}): the archive never needs the term back.
 */
public final class TermCounts {

    private TermCounts() {
    }

    /**
     * One article's contribution: its sentences, and for each term (by {@link #hash}) the number of its sentences
     * that hold it.
     */
    public record Counted(int sentences, Map<Long, Integer> terms) {

        public Counted {
            terms = Map.copyOf(terms);
        }
    }

    /**
     * The counts an archive holds, over every article it counted (the articles of the round being checked among
     * them, which the checker takes out again: it counts those itself).
     */
    @FunctionalInterface
    public interface Background {

        /** The sentences counted, and for each term hash the counted sentences that hold it (0: never counted). */
        Totals sentencesWith(long[] termHashes);
    }

    /** What a {@link Background} holds: the sentences counted, and a count per hash asked, in its order. */
    public record Totals(long sentences, long[] counts) {
    }

    /** A 64-bit hash of a term (FNV-1a over its UTF-8 bytes, then mixed): stable across runs and versions. */
    public static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** The article's counts, as {@link StoryChecker#termCounts} gives them. */
    static Counted of(SentenceTerms terms, Article article, Annotations annotations) {
        return of(terms.sentences(article, annotations, Map.of()));
    }

    /** The counts of sentences whose terms name entities by their own normalised names. */
    static Counted of(List<StorySentence> sentences) {
        Map<Long, Integer> out = new HashMap<>();
        for (StorySentence s : sentences) {
            for (String t : s.terms()) {
                out.merge(hash(t), 1, Integer::sum);
            }
        }
        return new Counted(sentences.size(), out);
    }

    /**
     * The terms of each of an article's sentences as the archive counts them: the story's sentence terms with each
     * entity term ({@code e:…}) replaced by the normalised names of the entities mentioned in the sentence. Each
     * mention's name is normalised once for the article, not once per sentence.
     */
    static List<List<String>> ownTerms(List<StorySentence> sentences, Annotations annotations) {
        List<int[]> spans = new java.util.ArrayList<>();
        List<String> keys = new java.util.ArrayList<>();
        for (crosscheck.core.Entity e : annotations.entities()) {
            String key = "e:" + SentenceTerms.normalise(e.name());
            for (crosscheck.core.Entity.Mention m : e.mentions()) {
                spans.add(new int[] {m.start(), m.end()});
                keys.add(key);
            }
        }
        List<List<String>> out = new java.util.ArrayList<>(sentences.size());
        for (StorySentence s : sentences) {
            java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
            for (String t : s.terms()) {
                if (!t.startsWith("e:")) {
                    terms.add(t);
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i)[0] >= s.start() && spans.get(i)[1] <= s.end()) {
                    terms.add(keys.get(i));
                }
            }
            out.add(List.copyOf(terms));
        }
        return out;
    }

    /** The background's totals, checked to hold one count per hash asked. */
    static Totals ask(Background background, long[] hashes) {
        Totals totals = Objects.requireNonNull(background.sentencesWith(hashes), "sentencesWith");
        if (totals.counts().length != hashes.length) {
            throw new IllegalStateException("background gave " + totals.counts().length + " counts for "
                    + hashes.length + " terms");
        }
        return totals;
    }
}
