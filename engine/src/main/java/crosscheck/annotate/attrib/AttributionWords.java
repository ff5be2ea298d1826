package crosscheck.annotate.attrib;

import crosscheck.annotate.learn.FeatureHashes;
import crosscheck.annotate.learn.FeatureWeights;
import java.util.HashMap;
import java.util.Map;

/**
 * The base scores of the attribution tagger's tokens ({@link AttributionFeatures#base}) with the features that depend
 * on one word alone found once per distinct word: its own ({@link AttributionFeatures#own}, kept as the sum of their
 * weights, which open a token's sum) and those it gives the words two places around it
 * ({@link AttributionFeatures#given}). Only the features of a token's context are hashed and looked up at each
 * occurrence. The weights are added in {@link AttributionFeatures#base}'s order, so the scores are the very floats
 * that adding each feature's weights in turn gives.
 *
 * <p>Thread-safe: each thread keeps its own words (at most {@link #WORD_CACHE}, forgotten all at once beyond that).
 */
final class AttributionWords {

    /** The most distinct words a thread keeps. */
    static final int WORD_CACHE = 50_000;
    /** Features a word gives its neighbours: four per distance (word before, after, shape before, after). */
    private static final int GIVEN = 8;

    private final FeatureWeights table;
    private final int classes;
    /** What the paragraph's start and end give the tokens beside them. */
    private final Word start;
    private final Word end;
    private final ThreadLocal<Map<String, Word>> words = ThreadLocal.withInitial(HashMap::new);

    /** One distinct word: the sum of its own features' weights and the numbers of those it gives (-1: none). */
    record Word(float[] own, int[] given) {
    }

    AttributionWords(FeatureWeights table) {
        this.table = table;
        this.classes = table.classes();
        FeatureHashes hashes = new FeatureHashes();
        this.start = boundary("<p>", hashes);
        this.end = boundary("</p>", hashes);
    }

    private Word boundary(String mark, FeatureHashes hashes) {
        hashes.clear();
        AttributionFeatures.given(mark, mark, hashes);
        return new Word(new float[0], table.find(hashes).clone());
    }

    private Word word(String lower, String shape) {
        FeatureHashes f = new FeatureHashes();
        AttributionFeatures.own(lower, shape, f);
        int ownEnd = f.size();
        AttributionFeatures.given(lower, shape, f);
        int[] found = table.find(f);
        float[] own = new float[classes];
        for (int k = 0; k < ownEnd; k++) {
            if (found[k] >= 0) {
                table.addSlot(found[k], own, 0);
            }
        }
        return new Word(own, java.util.Arrays.copyOfRange(found, ownEnd, ownEnd + GIVEN));
    }

    /** The words of a paragraph's tokens, for {@link #score}. */
    Word[] words(AttributionFeatures.Context c) {
        Map<String, Word> cache = words.get();
        if (cache.size() > WORD_CACHE) {
            cache.clear();
        }
        Word[] out = new Word[c.size()];
        for (int i = 0; i < out.length; i++) {
            int k = i;
            out[i] = cache.computeIfAbsent(c.text[i], t -> word(c.lower[k], c.shape[k]));
        }
        return out;
    }

    /** The base scores of token {@code i} of the paragraph whose {@link #words} are given. */
    float[] score(AttributionFeatures.Context c, Word[] ws, int i, FeatureHashes hashes) {
        int n = ws.length;
        float[] scores = ws[i].own.clone();
        for (int d = 1; d <= GIVEN / 4; d++) {
            Word before = i - d >= 0 ? ws[i - d] : start;
            Word after = i + d < n ? ws[i + d] : end;
            int at = 4 * (d - 1);
            add(before.given[at], scores);
            add(after.given[at + 1], scores);
            add(before.given[at + 2], scores);
            add(after.given[at + 3], scores);
        }
        hashes.clear();
        AttributionFeatures.context(c, i, hashes);
        int[] found = table.find(hashes);
        for (int k = 0, size = hashes.size(); k < size; k++) {
            add(found[k], scores);
        }
        return scores;
    }

    private void add(int slot, float[] scores) {
        if (slot >= 0) {
            table.addSlot(slot, scores, 0);
        }
    }
}
