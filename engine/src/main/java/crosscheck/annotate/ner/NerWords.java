package crosscheck.annotate.ner;

import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.FeatureHashes;
import crosscheck.annotate.learn.FeatureWeights;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The base scores of a sentence's tokens ({@link NerFeatures#base}, weighed by both stages of a {@link PerceptronNer}),
 * with the features that depend on one word alone found once per distinct word: its own (the word, its shape,
 * prefixes and suffixes, cluster, type, capitalisation) and those it gives its neighbours ("w-1=", "sh+1=", "cl-1=",
 * ...). Only the features of a token's context (the pairs with its neighbours, the gazetteer's, the document's) are
 * hashed and looked up at each occurrence. The weights are added in {@link NerFeatures#base}'s order, feature by
 * feature, so the scores are the very floats that adding each feature's weights in turn gives; the word's opening
 * features ({@link NerFeatures#own}), added first to scores of zero, are kept as their sum.
 *
 * <p>Thread-safe: the threads tagging with one model share its words (at most {@link #WORD_CACHE}, forgotten all at
 * once beyond that); a word's history slots, found when first asked for, are published to the other threads with
 * release and acquire.
 */
final class NerWords {

    /** The most distinct words kept. */
    static final int WORD_CACHE = 50_000;

    /** What a word gives its neighbour's features, by the neighbour's side; indices into {@link Word#given}. */
    private static final int W_BEFORE = 0;
    private static final int W_AFTER = 1;
    private static final int W_BEFORE2 = 2;
    private static final int W_AFTER2 = 3;
    private static final int SH_BEFORE = 4;
    private static final int SH_AFTER = 5;
    private static final int CL_BEFORE = 6;
    private static final int CL_AFTER = 7;
    private static final int GZ_BEFORE = 8;
    private static final int GZ_AFTER = 9;
    private static final int CAP_BEFORE = 10;
    private static final int CAP_AFTER = 11;
    private static final int GIVEN = 12;

    private final String[] labels;
    private final FeatureWeights first;
    private final FeatureWeights second;
    private final NerFeatures.Lexicons lexicons;
    private final int classes;
    /** The feature "first" (the sentence's first token), or -1. */
    private final int opening;
    /** What the sentence's start and end give the tokens beside them. */
    private final Word start;
    private final Word end;
    private final Map<String, Word> words = new ConcurrentHashMap<>(WORD_CACHE);
    /** The elements of {@link Word#history}, read with acquire and written with release. */
    private static final VarHandle HISTORY = MethodHandles.arrayElementVarHandle(int[][].class);

    /**
     * One distinct word: the strings its features are made of and the numbers of its features in the stages'
     * shared keys (-1: no weights), each group in {@link NerFeatures#base}'s order.
     */
    record Word(String lower, String shape, float[] own, int[] inner, int[] typed, int[] capitalised,
                int firstShape, int[] shout, int[] given, int[] @Nullable [] history) {
    }

    NerWords(String[] labels, FeatureWeights first, FeatureWeights second, NerFeatures.Lexicons lexicons) {
        this.labels = labels;
        this.first = first;
        this.second = second;
        this.lexicons = lexicons;
        this.classes = first.classes();
        FeatureHashes hashes = new FeatureHashes();
        hashes.add("first");
        this.opening = first.find(hashes)[0];
        this.start = boundary("<s>", hashes);
        this.end = boundary("</s>", hashes);
    }

    /** The sentence's start or end as a neighbour: every feature it gives reads {@code mark}. */
    private Word boundary(String mark, FeatureHashes hashes) {
        hashes.clear();
        given(mark, mark, mark, mark, mark, hashes);
        int[] given = first.find(hashes).clone();
        return new Word(mark, mark, new float[0], new int[0], new int[0], new int[0], -1, new int[0], given,
                new int[0][]);
    }

    /** The features a word gives its neighbours, in {@link Word#given}'s order. */
    private static void given(String lw, String sh, String cl, String type, String cap, FeatureHashes f) {
        f.add("w-1=", lw);
        f.add("w+1=", lw);
        f.add("w-2=", lw);
        f.add("w+2=", lw);
        f.add("sh-1=", sh);
        f.add("sh+1=", sh);
        f.add("cl-1=", cl);
        f.add("cl+1=", cl);
        f.add("gz-1=", type);
        f.add("gz+1=", type);
        f.add("cap-1=", cap);
        f.add("cap+1=", cap);
    }

    private Word word(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        String sh = NerFeatures.shape(w);
        String cl = lexicons.clusters().of(lw);
        String type = lexicons.types().type(lw);
        String cap = lexicons.caps().bucket(lw);
        FeatureHashes f = new FeatureHashes();
        NerFeatures.own(w, lw, sh, f);
        int ownEnd = f.size();
        NerFeatures.inner(w, lw, sh, cl, f);
        int innerEnd = f.size();
        NerFeatures.typed(type, sh, f);
        int typedEnd = f.size();
        NerFeatures.capitalised(cap, sh, f);
        int capitalisedEnd = f.size();
        f.add("first+sh=", sh);
        NerFeatures.shoutFeatures(cap, lw, f);
        int shoutEnd = f.size();
        given(lw, sh, cl, type, cap, f);
        int[] found = first.find(f);
        float[] own = new float[2 * classes];
        for (int k = 0; k < ownEnd; k++) {
            if (found[k] >= 0) {
                first.addSlot(found[k], own, 0);
                second.addSlot(found[k], own, classes);
            }
        }
        return new Word(lw, sh, own, range(found, ownEnd, innerEnd), range(found, innerEnd, typedEnd),
                range(found, typedEnd, capitalisedEnd), found[capitalisedEnd],
                range(found, capitalisedEnd + 1, shoutEnd), range(found, shoutEnd, shoutEnd + GIVEN),
                new int[labels.length + 1][]);
    }

    private static int[] range(int[] found, int from, int to) {
        return java.util.Arrays.copyOfRange(found, from, to);
    }

    /**
     * The base scores of the sentence's tokens: token i's of the first stage in {@code firstScores[i * classes, (i +
     * 1) * classes)}, the second stage's in {@code secondScores}; the tokens lower-cased and their shapes into
     * {@code lower} and {@code shapes}.
     */
    Word[] score(String[] tokens, DocumentContext doc, FeatureHashes hashes, String[] lower, String[] shapes,
                 float[] firstScores, float[] secondScores) {
        int n = tokens.length;
        if (words.size() > WORD_CACHE) {
            words.clear();
        }
        Word[] ws = new Word[n];
        for (int i = 0; i < n; i++) {
            Word w = words.get(tokens[i]);
            if (w == null) {
                w = word(tokens[i]);
                words.putIfAbsent(tokens[i], w);
            }
            ws[i] = w;
            lower[i] = ws[i].lower;
            shapes[i] = ws[i].shape;
        }
        boolean shouting = NerFeatures.isShouting(tokens);
        boolean[] listed = lexicons.gazetteer().listed(lower);
        int[] order = new int[64];
        for (int i = 0; i < n; i++) {
            Word w = ws[i];
            Word before = i > 0 ? ws[i - 1] : start;
            Word after = i + 1 < n ? ws[i + 1] : end;
            hashes.clear();
            NerFeatures.pairs(lower, shapes, i, hashes);
            int pairsEnd = hashes.size();
            NerFeatures.listed(lexicons.gazetteer().features(lower, i, listed), w.shape, hashes);
            int listedEnd = hashes.size();
            NerFeatures.documentFeatures(tokens[i], w.lower, doc, hashes);
            int[] found = first.find(hashes);
            int size = w.inner.length + w.typed.length + w.capitalised.length + w.shout.length + hashes.size() + 16;
            if (order.length < size) {
                order = new int[Math.max(size, 2 * order.length)];
            }
            // The features after the word's own, in NerFeatures.base's order.
            int m = 0;
            order[m++] = before.given[W_BEFORE];
            order[m++] = after.given[W_AFTER];
            order[m++] = (i > 1 ? ws[i - 2] : start).given[W_BEFORE2];
            order[m++] = (i + 2 < n ? ws[i + 2] : end).given[W_AFTER2];
            order[m++] = before.given[SH_BEFORE];
            order[m++] = after.given[SH_AFTER];
            m = copy(found, 0, pairsEnd, order, m);
            if (i == 0) {
                order[m++] = opening;
                order[m++] = w.firstShape;
            }
            m = copy(w.inner, 0, w.inner.length, order, m);
            order[m++] = before.given[CL_BEFORE];
            order[m++] = after.given[CL_AFTER];
            m = copy(w.typed, 0, w.typed.length, order, m);
            order[m++] = before.given[GZ_BEFORE];
            order[m++] = after.given[GZ_AFTER];
            m = copy(found, pairsEnd, listedEnd, order, m);
            m = copy(w.capitalised, 0, w.capitalised.length, order, m);
            order[m++] = before.given[CAP_BEFORE];
            order[m++] = after.given[CAP_AFTER];
            m = copy(found, listedEnd, hashes.size(), order, m);
            if (shouting) {
                m = copy(w.shout, 0, w.shout.length, order, m);
            }
            int at = i * classes;
            System.arraycopy(w.own, 0, firstScores, at, classes);
            System.arraycopy(w.own, classes, secondScores, at, classes);
            for (int k = 0; k < m; k++) {
                if (order[k] >= 0) {
                    first.addSlot(order[k], firstScores, at);
                }
            }
            for (int k = 0; k < m; k++) {
                if (order[k] >= 0) {
                    second.addSlot(order[k], secondScores, at);
                }
            }
        }
        return ws;
    }

    /**
     * The slots ({@link FeatureWeights#slots}, the same in both stages' shared keys) of the history features of a
     * token of this word after label {@code previous} ({@link NerFeatures#tokenHistory}): found once per word and
     * label (by whichever thread asks first; two threads asking at once find the same slots).
     */
    int[] history(Word w, int previous, FeatureHashes hashes) {
        int[] slots = (int[]) HISTORY.getAcquire(w.history, previous + 1);
        if (slots == null) {
            hashes.clear();
            NerFeatures.tokenHistory(new String[] {w.lower}, new String[] {w.shape}, 0,
                    BeamSearch.label(labels, previous), hashes);
            slots = first.slots(hashes);
            HISTORY.setRelease(w.history, previous + 1, slots);
        }
        return slots;
    }

    private static int copy(int[] from, int start, int end, int[] to, int at) {
        System.arraycopy(from, start, to, at, end - start);
        return at + end - start;
    }

    /** The lexicons the features read. */
    NerFeatures.Lexicons lexicons() {
        return lexicons;
    }
}
