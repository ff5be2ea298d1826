package crosscheck.annotate.attrib;

import crosscheck.annotate.learn.FeatureSink;
import crosscheck.annotate.pos.PosTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of one token for the attribution tagger: the words around it, whether it stands inside a quotation,
 * where the nearest cue word ("said", "according", "told", learned from the training data) lies in its sentence, and
 * the tags before it.
 */
final class AttributionFeatures {

    /** Tokens of context on each side whose words are features. */
    private static final int WINDOW = 2;
    /** Tokens on each side whose cue-word flag is a feature. */
    static final int CUE_WINDOW = 4;
    /** Tokens from the sentence's end within which a cue word is "near the end". */
    private static final int NEAR_END = 5;

    private AttributionFeatures() {
    }

    /** Where a token stands with respect to quotation marks: the mark opening or closing one, inside, outside. */
    static final String[] QUOTES = {"open", "close", "in", "out"};

    /** What the features of a paragraph's tokens are computed from. */
    static final class Context {
        /** The tokens as written. */
        final String[] text;
        final String[] lower;
        final String[] shape;
        final String[] quote;
        final boolean[] cue;
        final boolean[] sentenceStart;
        final int[] cueLeft;
        final int[] cueRight;
        /** A comma or colon lies between the token and the next cue word of its sentence. */
        final boolean[] pauseBeforeCue;
        /** The next cue word of the sentence stands within a few tokens of the sentence's end ("…, she said."). */
        final boolean[] cueNearEnd;
        /** Universal Dependencies part of speech ({@link PosTagger}), sentence by sentence. */
        final String[] pos;

        Context(List<Token> tokens, Set<String> cueWords, PosTagger posTagger) {
            int n = tokens.size();
            text = new String[n];
            lower = new String[n];
            shape = new String[n];
            quote = new String[n];
            cue = new boolean[n];
            sentenceStart = new boolean[n];
            cueLeft = new int[n];
            cueRight = new int[n];
            pauseBeforeCue = new boolean[n];
            cueNearEnd = new boolean[n];
            boolean inside = false;
            for (int i = 0; i < n; i++) {
                String t = tokens.get(i).text();
                text[i] = t;
                lower[i] = t.toLowerCase(Locale.ROOT);
                shape[i] = shape(t);
                cue[i] = cueWords.contains(lower[i]);
                sentenceStart[i] = i == 0 || isSentenceEnd(lower[i - 1]);
                if (t.equals("“") || t.equals("\"") && !inside) {
                    quote[i] = QUOTES[0];
                    inside = true;
                } else if (t.equals("”") || t.equals("\"")) {
                    quote[i] = QUOTES[1];
                    inside = false;
                } else {
                    quote[i] = inside ? QUOTES[2] : QUOTES[3];
                }
            }
            List<String> words = new ArrayList<>(n);
            tokens.forEach(t -> words.add(t.text()));
            pos = posTagger.tag(words, sentenceStart);
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (sentenceStart[i]) {
                    last = -1;
                }
                cueLeft[i] = last < 0 ? -1 : i - last;
                if (cue[i]) {
                    last = i;
                }
            }
            int next = -1;
            boolean pause = false;
            boolean nearEnd = false;
            int sentenceEnd = n;
            for (int i = n - 1; i >= 0; i--) {
                if (i + 1 < n && sentenceStart[i + 1]) {
                    sentenceEnd = i + 1;
                }
                cueRight[i] = next < 0 ? -1 : next - i;
                pauseBeforeCue[i] = next >= 0 && pause;
                cueNearEnd[i] = next >= 0 && nearEnd;
                if (cue[i]) {
                    next = i;
                    pause = false;
                    nearEnd = sentenceEnd - i <= NEAR_END;
                } else if (lower[i].equals(",") || lower[i].equals(":")) {
                    pause = true;
                }
                if (sentenceStart[i]) {
                    next = -1;
                    pause = false;
                    nearEnd = false;
                    sentenceEnd = i;
                }
            }
        }

        int size() {
            return lower.length;
        }
    }

    private static boolean isSentenceEnd(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?");
    }

    /** "Xx", "x", "X", "d", or the punctuation itself. */
    static String shape(String t) {
        char c = t.charAt(0);
        if (Character.isDigit(c)) {
            return "d";
        }
        if (!Character.isLetter(c)) {
            return t.length() == 1 ? t : "p";
        }
        if (Character.isUpperCase(c)) {
            return t.length() > 1 && t.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))
                    ? "X" : "Xx";
        }
        return "x";
    }

    /** What {@link #distance} calls a distance, by {@link #distanceIndex}. */
    static final String[] DISTANCES = {"none", "0", "1", "2", "3-5", "6-10", "11+"};

    /** A distance to the nearest cue word (-1: none) as a feature names it. */
    static String distance(int d) {
        return DISTANCES[distanceIndex(d)];
    }

    /** The index of a distance's name in {@link #DISTANCES}. */
    static int distanceIndex(int d) {
        return d < 0 ? 0 : d <= 2 ? d + 1 : d <= 5 ? 4 : d <= 10 ? 5 : 6;
    }

    private static final String[] LEFT_WORD = {"", "w-1=", "w-2="};
    private static final String[] RIGHT_WORD = {"", "w+1=", "w+2="};
    private static final String[] LEFT_SHAPE = {"", "sh-1=", "sh-2="};
    private static final String[] RIGHT_SHAPE = {"", "sh+1=", "sh+2="};

    /** The features that do not depend on the tags before the token. */
    static List<String> base(Context c, int i) {
        List<String> f = new ArrayList<>(40);
        base(c, i, FeatureSink.into(f));
        return f;
    }

    /**
     * {@link #base(Context, int)} into a sink: the word's own features ({@link #own}), those of the words around it,
     * then those of its context ({@link #context}). {@link AttributionWords} finds the first two kinds once per distinct
     * word and adds them in this same order.
     */
    static void base(Context c, int i, FeatureSink f) {
        int n = c.size();
        own(c.lower[i], c.shape[i], f);
        for (int d = 1; d <= WINDOW; d++) {
            f.add(LEFT_WORD[d], i - d >= 0 ? c.lower[i - d] : "<p>");
            f.add(RIGHT_WORD[d], i + d < n ? c.lower[i + d] : "</p>");
            f.add(LEFT_SHAPE[d], i - d >= 0 ? c.shape[i - d] : "<p>");
            f.add(RIGHT_SHAPE[d], i + d < n ? c.shape[i + d] : "</p>");
        }
        context(c, i, f);
    }

    /** The features of the word alone that open its base features. */
    static void own(String w, String shape, FeatureSink f) {
        f.add("b");
        f.add("w=", w);
        f.add("sh=", shape);
        if (w.length() > 3) {
            f.begin().part("suf=").part(w, w.length() - 3, w.length()).end();
        } else {
            f.add("suf=", w);
        }
    }

    /**
     * The features a word gives its neighbours, in {@link #base}'s order for one token: as the word before it
     * ("w-1="), after it ("w+1="), the shape before and after, then the same two places away.
     */
    static void given(String w, String shape, FeatureSink f) {
        for (int d = 1; d <= WINDOW; d++) {
            f.add(LEFT_WORD[d], w);
            f.add(RIGHT_WORD[d], w);
            f.add(LEFT_SHAPE[d], shape);
            f.add(RIGHT_SHAPE[d], shape);
        }
    }

    /** A feature spelled as a prefix and values joined by '|' ("cueLR=none|1|in"). */
    record Joined(String prefix) {
        void add(FeatureSink f, String... values) {
            f.begin().part(prefix);
            for (int k = 0; k < values.length; k++) {
                if (k > 0) {
                    f.part('|');
                }
                f.part(values[k]);
            }
            f.end();
        }
    }

    static final Joined QUOTE = new Joined("q=");
    static final Joined QUOTE_BEFORE = new Joined("q-1=");
    static final Joined QUOTE_AFTER = new Joined("q+1=");
    static final Joined SENTENCE_START = new Joined("ss=");
    static final Joined CUE_LEFT = new Joined("cueL=");
    static final Joined CUE_RIGHT = new Joined("cueR=");
    static final Joined CUE_LEFT_RIGHT = new Joined("cueLR=");
    static final Joined PAUSE = new Joined("pause>cue=");
    static final Joined PAUSE_QUOTE = new Joined("pause>cue|q=");
    static final Joined POS = new Joined("pos=");
    static final Joined POS_BEFORE = new Joined("pos-1=");
    static final Joined POS_AFTER = new Joined("pos+1=");
    static final Joined POS_BEFORE_2 = new Joined("pos-2=");
    static final Joined POS_AFTER_2 = new Joined("pos+2=");
    static final Joined POS_PAIR_BEFORE = new Joined("pos-1|pos=");
    static final Joined POS_PAIR_AFTER = new Joined("pos|pos+1=");
    static final Joined POS_QUOTE = new Joined("pos|q=");
    static final Joined POS_CUE_LEFT = new Joined("pos|cueL=");
    static final Joined POS_CUE_RIGHT = new Joined("pos|cueR=");
    static final Joined PREVIOUS_WORD = new Joined("p|w=");
    static final Joined PREVIOUS_QUOTE = new Joined("p|q=");
    static final Joined PREVIOUS_SHAPE = new Joined("p|sh=");
    static final Joined PREVIOUS_POS = new Joined("p|pos=");
    static final Joined PREVIOUS_CUE_RIGHT = new Joined("p|cueR=");
    static final Joined PREVIOUS_PAUSE = new Joined("p|pause>cue=");
    static final Joined PREVIOUS_START_PAUSE = new Joined("p|ss|pause>cue=");

    /** The two features of a token's context that pair its word with a neighbour's: they open {@link #context}. */
    static void wordPairs(Context c, int i, FeatureSink f) {
        int n = c.size();
        String w = c.lower[i];
        f.begin().part("w-1w=").part(i > 0 ? c.lower[i - 1] : "<p>").part('|').part(w).end();
        f.begin().part("ww+1=").part(w).part('|').part(i + 1 < n ? c.lower[i + 1] : "</p>").end();
    }

    /** The feature of a cue word {@code d} tokens away. */
    static void cueAt(int d, FeatureSink f) {
        f.begin().part("cue@").part(d).end();
    }

    /** The feature of a cue word {@code d} tokens away from a token of shape {@code shape}. */
    static void cueAtShape(int d, String shape, FeatureSink f) {
        f.begin().part("cue@").part(d).part("|sh=").part(shape).end();
    }

    /**
     * The features of the token's context: pairs with its neighbours, quotation, cue words, parts of speech.
     * {@link AttributionWords} gives the same features' weights from tables over their few values, in this order.
     */
    static void context(Context c, int i, FeatureSink f) {
        int n = c.size();
        String q = c.quote[i];
        wordPairs(c, i, f);
        QUOTE.add(f, q);
        QUOTE_BEFORE.add(f, i > 0 ? c.quote[i - 1] : "<p>");
        QUOTE_AFTER.add(f, i + 1 < n ? c.quote[i + 1] : "</p>");
        SENTENCE_START.add(f, String.valueOf(c.sentenceStart[i]));
        if (c.cue[i]) {
            f.add("cue");
        }
        for (int d = -CUE_WINDOW; d <= CUE_WINDOW; d++) {
            if (d != 0 && i + d >= 0 && i + d < n && c.cue[i + d]) {
                cueAt(d, f);
                cueAtShape(d, c.shape[i], f);
            }
        }
        String left = distance(c.cueLeft[i]);
        String right = distance(c.cueRight[i]);
        String pause = String.valueOf(c.pauseBeforeCue[i]);
        String nearEnd = String.valueOf(c.cueNearEnd[i]);
        CUE_LEFT.add(f, left);
        CUE_RIGHT.add(f, right);
        CUE_LEFT_RIGHT.add(f, left, right, q);
        PAUSE.add(f, pause, nearEnd, right);
        PAUSE_QUOTE.add(f, pause, nearEnd, q);
        String p = c.pos[i];
        String p1 = i > 0 ? c.pos[i - 1] : "<p>";
        String n1 = i + 1 < n ? c.pos[i + 1] : "</p>";
        POS.add(f, p);
        POS_BEFORE.add(f, p1);
        POS_AFTER.add(f, n1);
        POS_BEFORE_2.add(f, i > 1 ? c.pos[i - 2] : "<p>");
        POS_AFTER_2.add(f, i + 2 < n ? c.pos[i + 2] : "</p>");
        POS_PAIR_BEFORE.add(f, p1, p);
        POS_PAIR_AFTER.add(f, p, n1);
        POS_QUOTE.add(f, p, q);
        POS_CUE_LEFT.add(f, p, left);
        POS_CUE_RIGHT.add(f, p, right);
    }

    /** The features that depend on the tags before the token. */
    static List<String> history(Context c, int i, String prev, String prev2) {
        List<String> f = new ArrayList<>(9);
        history(c, i, prev, prev2, FeatureSink.into(f));
        return f;
    }

    /** {@link #history(Context, int, String, String)} into a sink. */
    static void history(Context c, int i, String prev, String prev2, FeatureSink f) {
        labelHistory(prev, prev2, f);
        tokenHistory(c, i, prev, f);
    }

    /** The history features of the labels alone: the first of {@link #history}'s. */
    static void labelHistory(String prev, String prev2, FeatureSink f) {
        f.add("p=", prev);
        f.begin().part("pp=").part(prev2).part('|').part(prev).end();
    }

    /**
     * The history features of the token and the label before it: the rest of {@link #history}'s.
     * {@link AttributionWords} gives the same features' weights from tables, in this order.
     */
    static void tokenHistory(Context c, int i, String prev, FeatureSink f) {
        String pause = String.valueOf(c.pauseBeforeCue[i]);
        String nearEnd = String.valueOf(c.cueNearEnd[i]);
        PREVIOUS_WORD.add(f, prev, c.lower[i]);
        PREVIOUS_QUOTE.add(f, prev, c.quote[i]);
        PREVIOUS_SHAPE.add(f, prev, c.shape[i]);
        PREVIOUS_POS.add(f, prev, c.pos[i]);
        PREVIOUS_CUE_RIGHT.add(f, prev, distance(c.cueRight[i]));
        PREVIOUS_PAUSE.add(f, prev, pause, nearEnd);
        PREVIOUS_START_PAUSE.add(f, prev, String.valueOf(c.sentenceStart[i]), pause, nearEnd, c.quote[i]);
    }
}
