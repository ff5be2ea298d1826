package crosscheck.annotate.attrib;

import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.FeatureHashes;
import crosscheck.annotate.learn.FeatureWeights;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scores of the attribution tagger's tokens without hashing most of their features at each occurrence. The
 * features that depend on one word alone are found once per distinct word: its own ({@link AttributionFeatures#own},
 * kept as the sum of their weights, which open a token's sum), those it gives the words two places around it
 * ({@link AttributionFeatures#given}), those of a cue word near it by its shape, and its history features with each
 * previous label ("p|w=", "p|sh="). The other features of a token's context ({@link AttributionFeatures#context},
 * {@link AttributionFeatures#tokenHistory}) are each spelled from a few values of few kinds (a quotation state, a
 * part of speech, a distance to a cue word, a flag, the previous label), so each such feature's weights are found once
 * per model for every combination of its values, in a table; only the two word pairs ("w-1w=", "ww+1=") are hashed
 * and looked up at each occurrence. The weights are added in the features' order, so the scores are the very floats
 * that adding each feature's weights in turn gives. A paragraph with a part of speech outside the model's tags (none
 * is) is scored feature by feature.
 *
 * <p>Thread-safe: the threads tagging with one model share its words (at most {@link #WORD_CACHE}, forgotten all at
 * once beyond that).
 */
final class AttributionWords {

    /** The most distinct words kept. */
    static final int WORD_CACHE = 50_000;
    /** Features a word gives its neighbours: four per distance (word before, after, shape before, after). */
    private static final int GIVEN = 8;
    private static final int WINDOW = AttributionFeatures.CUE_WINDOW;
    private static final String START = "<p>";
    private static final String END = "</p>";
    /** {@link AttributionFeatures#QUOTES} and the paragraph's start and end. */
    private static final String[] QUOTES = concat(AttributionFeatures.QUOTES, START, END);
    private static final int QUOTE_START = QUOTES.length - 2;
    private static final int QUOTE_END = QUOTES.length - 1;
    private static final String[] FLAGS = {"false", "true"};

    private final FeatureWeights table;
    private final int classes;
    /** The previous labels as history features name them: "<s>" (index 0, the start), then the labels. */
    private final String[] previous;
    /** What the paragraph's start and end give the tokens beside them. */
    private final Word start;
    private final Word end;
    private final Map<String, Word> words = new ConcurrentHashMap<>(WORD_CACHE);
    /** The parts of speech: the tagger's tags, then the paragraph's start and end. */
    private final Map<String, Integer> partsOfSpeech = new HashMap<>();
    private final int posStart;
    private final int posEnd;
    private final int cue;
    /** The slots of "cue@d" by {@code d + WINDOW}. */
    private final int[] cueAt = new int[2 * WINDOW + 1];
    private final Slots quote;
    private final Slots quoteBefore;
    private final Slots quoteAfter;
    private final Slots sentenceStart;
    private final Slots cueLeft;
    private final Slots cueRight;
    private final Slots cueLeftRight;
    private final Slots pause;
    private final Slots pauseQuote;
    private final Slots pos;
    private final Slots posBefore;
    private final Slots posAfter;
    private final Slots posBefore2;
    private final Slots posAfter2;
    private final Slots posPairBefore;
    private final Slots posPairAfter;
    private final Slots posQuote;
    private final Slots posCueLeft;
    private final Slots posCueRight;
    private final Slots previousQuote;
    private final Slots previousPos;
    private final Slots previousCueRight;
    private final Slots previousPause;
    private final Slots previousStartPause;

    /**
     * One distinct word: the sum of its own features' weights, the slots (-1: none) of those it gives its neighbours,
     * of "cue@d|sh=" by distance (-4 to -1, 1 to 4) and of "p|w=" and "p|sh=" by previous label.
     */
    record Word(float[] own, int[] given, int[] cueShape, int[] history) {
    }

    /** A paragraph's words and each token's values as indices into the tables' kinds of value. */
    record Paragraph(AttributionFeatures.Context context, Word[] words, boolean known, int[] quote, int[] pos,
            int[] left, int[] right) {
    }

    /** The slots of one feature for every combination of its values, the last kind of value varying fastest. */
    private static final class Slots {
        private final int[] slots;
        private final int[] stride;

        Slots(FeatureWeights table, AttributionFeatures.Joined feature, String[]... kinds) {
            stride = new int[kinds.length];
            int size = 1;
            for (int k = kinds.length - 1; k >= 0; k--) {
                stride[k] = size;
                size *= kinds[k].length;
            }
            slots = new int[size];
            FeatureHashes hashes = new FeatureHashes();
            String[] values = new String[kinds.length];
            for (int at = 0; at < size; at++) {
                for (int k = 0; k < kinds.length; k++) {
                    values[k] = kinds[k][at / stride[k] % kinds[k].length];
                }
                hashes.clear();
                feature.add(hashes, values);
                slots[at] = table.find(hashes)[0];
            }
        }

        int at(int a) {
            return slots[a];
        }

        int at(int a, int b) {
            return slots[a * stride[0] + b];
        }

        int at(int a, int b, int c) {
            return slots[a * stride[0] + b * stride[1] + c];
        }

        int at(int a, int b, int c, int d, int e) {
            return slots[a * stride[0] + b * stride[1] + c * stride[2] + d * stride[3] + e];
        }
    }

    AttributionWords(FeatureWeights table, String[] labels, List<String> partsOfSpeech) {
        this.table = table;
        this.classes = table.classes();
        this.previous = new String[labels.length + 1];
        for (int p = -1; p < labels.length; p++) {
            previous[p + 1] = BeamSearch.label(labels, p);
        }
        FeatureHashes hashes = new FeatureHashes();
        this.start = boundary(START, hashes);
        this.end = boundary(END, hashes);
        String[] tags = concat(partsOfSpeech.toArray(String[]::new), START, END);
        for (int k = 0; k < tags.length - 2; k++) {
            this.partsOfSpeech.putIfAbsent(tags[k], k);
        }
        posStart = tags.length - 2;
        posEnd = tags.length - 1;
        hashes.clear();
        hashes.add("cue");
        for (int d = -WINDOW; d <= WINDOW; d++) {
            AttributionFeatures.cueAt(d, hashes);
        }
        int[] found = table.find(hashes);
        cue = found[0];
        System.arraycopy(found, 1, cueAt, 0, cueAt.length);
        String[] distances = AttributionFeatures.DISTANCES;
        quote = new Slots(table, AttributionFeatures.QUOTE, QUOTES);
        quoteBefore = new Slots(table, AttributionFeatures.QUOTE_BEFORE, QUOTES);
        quoteAfter = new Slots(table, AttributionFeatures.QUOTE_AFTER, QUOTES);
        sentenceStart = new Slots(table, AttributionFeatures.SENTENCE_START, FLAGS);
        cueLeft = new Slots(table, AttributionFeatures.CUE_LEFT, distances);
        cueRight = new Slots(table, AttributionFeatures.CUE_RIGHT, distances);
        cueLeftRight = new Slots(table, AttributionFeatures.CUE_LEFT_RIGHT, distances, distances, QUOTES);
        pause = new Slots(table, AttributionFeatures.PAUSE, FLAGS, FLAGS, distances);
        pauseQuote = new Slots(table, AttributionFeatures.PAUSE_QUOTE, FLAGS, FLAGS, QUOTES);
        pos = new Slots(table, AttributionFeatures.POS, tags);
        posBefore = new Slots(table, AttributionFeatures.POS_BEFORE, tags);
        posAfter = new Slots(table, AttributionFeatures.POS_AFTER, tags);
        posBefore2 = new Slots(table, AttributionFeatures.POS_BEFORE_2, tags);
        posAfter2 = new Slots(table, AttributionFeatures.POS_AFTER_2, tags);
        posPairBefore = new Slots(table, AttributionFeatures.POS_PAIR_BEFORE, tags, tags);
        posPairAfter = new Slots(table, AttributionFeatures.POS_PAIR_AFTER, tags, tags);
        posQuote = new Slots(table, AttributionFeatures.POS_QUOTE, tags, QUOTES);
        posCueLeft = new Slots(table, AttributionFeatures.POS_CUE_LEFT, tags, distances);
        posCueRight = new Slots(table, AttributionFeatures.POS_CUE_RIGHT, tags, distances);
        previousQuote = new Slots(table, AttributionFeatures.PREVIOUS_QUOTE, previous, QUOTES);
        previousPos = new Slots(table, AttributionFeatures.PREVIOUS_POS, previous, tags);
        previousCueRight = new Slots(table, AttributionFeatures.PREVIOUS_CUE_RIGHT, previous, distances);
        previousPause = new Slots(table, AttributionFeatures.PREVIOUS_PAUSE, previous, FLAGS, FLAGS);
        previousStartPause = new Slots(table, AttributionFeatures.PREVIOUS_START_PAUSE, previous, FLAGS, FLAGS,
                FLAGS, QUOTES);
    }

    private static String[] concat(String[] values, String... more) {
        String[] out = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, out, values.length, more.length);
        return out;
    }

    private Word boundary(String mark, FeatureHashes hashes) {
        hashes.clear();
        AttributionFeatures.given(mark, mark, hashes);
        return new Word(new float[0], table.find(hashes).clone(), new int[0], new int[0]);
    }

    private Word word(String lower, String shape) {
        FeatureHashes f = new FeatureHashes();
        AttributionFeatures.own(lower, shape, f);
        int ownEnd = f.size();
        AttributionFeatures.given(lower, shape, f);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d != 0) {
                AttributionFeatures.cueAtShape(d, shape, f);
            }
        }
        for (String p : previous) {
            AttributionFeatures.PREVIOUS_WORD.add(f, p, lower);
            AttributionFeatures.PREVIOUS_SHAPE.add(f, p, shape);
        }
        int[] found = table.find(f);
        float[] own = new float[classes];
        for (int k = 0; k < ownEnd; k++) {
            if (found[k] >= 0) {
                table.addSlot(found[k], own, 0);
            }
        }
        int cueShapeStart = ownEnd + GIVEN;
        int historyStart = cueShapeStart + 2 * WINDOW;
        return new Word(own, Arrays.copyOfRange(found, ownEnd, cueShapeStart),
                Arrays.copyOfRange(found, cueShapeStart, historyStart),
                Arrays.copyOfRange(found, historyStart, historyStart + 2 * previous.length));
    }

    /** The words of a paragraph's tokens and the indices of their values, for {@link #score} and {@link #history}. */
    Paragraph paragraph(AttributionFeatures.Context c) {
        if (words.size() > WORD_CACHE) {
            words.clear();
        }
        int n = c.size();
        Word[] out = new Word[n];
        int[] quotes = new int[n];
        int[] tags = new int[n];
        int[] left = new int[n];
        int[] right = new int[n];
        boolean known = true;
        for (int i = 0; i < n; i++) {
            Word w = words.get(c.text[i]);
            if (w == null) {
                w = word(c.lower[i], c.shape[i]);
                words.putIfAbsent(c.text[i], w);
            }
            out[i] = w;
            quotes[i] = indexOf(QUOTES, c.quote[i]);
            Integer tag = partsOfSpeech.get(c.pos[i]);
            tags[i] = tag == null ? -1 : tag;
            known &= tag != null && quotes[i] >= 0;
            left[i] = AttributionFeatures.distanceIndex(c.cueLeft[i]);
            right[i] = AttributionFeatures.distanceIndex(c.cueRight[i]);
        }
        return new Paragraph(c, out, known, quotes, tags, left, right);
    }

    private static int indexOf(String[] values, String value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k].equals(value)) {
                return k;
            }
        }
        return -1;
    }

    /** The base scores of token {@code i} of a paragraph ({@link #paragraph}). */
    float[] score(Paragraph p, int i, FeatureHashes hashes) {
        AttributionFeatures.Context c = p.context();
        Word[] ws = p.words();
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
        if (!p.known()) {
            AttributionFeatures.context(c, i, hashes);
            int[] found = table.find(hashes);
            for (int k = 0, size = hashes.size(); k < size; k++) {
                add(found[k], scores);
            }
            return scores;
        }
        AttributionFeatures.wordPairs(c, i, hashes);
        int[] found = table.find(hashes);
        add(found[0], scores);
        add(found[1], scores);
        int q = p.quote()[i];
        add(quote.at(q), scores);
        add(quoteBefore.at(i > 0 ? p.quote()[i - 1] : QUOTE_START), scores);
        add(quoteAfter.at(i + 1 < n ? p.quote()[i + 1] : QUOTE_END), scores);
        add(sentenceStart.at(c.sentenceStart[i] ? 1 : 0), scores);
        if (c.cue[i]) {
            add(cue, scores);
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d != 0 && i + d >= 0 && i + d < n && c.cue[i + d]) {
                add(cueAt[d + WINDOW], scores);
                add(ws[i].cueShape[d < 0 ? d + WINDOW : d + WINDOW - 1], scores);
            }
        }
        int l = p.left()[i];
        int r = p.right()[i];
        int pauses = c.pauseBeforeCue[i] ? 1 : 0;
        int nearEnd = c.cueNearEnd[i] ? 1 : 0;
        add(cueLeft.at(l), scores);
        add(cueRight.at(r), scores);
        add(cueLeftRight.at(l, r, q), scores);
        add(pause.at(pauses, nearEnd, r), scores);
        add(pauseQuote.at(pauses, nearEnd, q), scores);
        int[] tags = p.pos();
        int t = tags[i];
        int t1 = i > 0 ? tags[i - 1] : posStart;
        int n1 = i + 1 < n ? tags[i + 1] : posEnd;
        add(pos.at(t), scores);
        add(posBefore.at(t1), scores);
        add(posAfter.at(n1), scores);
        add(posBefore2.at(i > 1 ? tags[i - 2] : posStart), scores);
        add(posAfter2.at(i + 2 < n ? tags[i + 2] : posEnd), scores);
        add(posPairBefore.at(t1, t), scores);
        add(posPairAfter.at(t, n1), scores);
        add(posQuote.at(t, q), scores);
        add(posCueLeft.at(t, l), scores);
        add(posCueRight.at(t, r), scores);
        return scores;
    }

    /**
     * The slots of token {@code i}'s history features after label {@code label} (-1: the start), as
     * {@link FeatureWeights#slots} finds those {@link AttributionFeatures#tokenHistory} gives; only for a paragraph
     * whose values are all {@link Paragraph#known}.
     */
    int[] history(Paragraph p, int i, int label) {
        AttributionFeatures.Context c = p.context();
        Word w = p.words()[i];
        int at = label + 1;
        int q = p.quote()[i];
        int pauses = c.pauseBeforeCue[i] ? 1 : 0;
        int nearEnd = c.cueNearEnd[i] ? 1 : 0;
        int[] out = new int[7];
        int n = 0;
        n = put(out, n, w.history[2 * at]);
        n = put(out, n, previousQuote.at(at, q));
        n = put(out, n, w.history[2 * at + 1]);
        n = put(out, n, previousPos.at(at, p.pos()[i]));
        n = put(out, n, previousCueRight.at(at, p.right()[i]));
        n = put(out, n, previousPause.at(at, pauses, nearEnd));
        n = put(out, n, previousStartPause.at(at, c.sentenceStart[i] ? 1 : 0, pauses, nearEnd, q));
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int put(int[] out, int n, int slot) {
        if (slot >= 0) {
            out[n] = slot;
            return n + 1;
        }
        return n;
    }

    private void add(int slot, float[] scores) {
        if (slot >= 0) {
            table.addSlot(slot, scores, 0);
        }
    }
}
