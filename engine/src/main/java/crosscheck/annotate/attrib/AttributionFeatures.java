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
    private static final int CUE_WINDOW = 4;
    /** Tokens from the sentence's end within which a cue word is "near the end". */
    private static final int NEAR_END = 5;

    private AttributionFeatures() {
    }

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
                    quote[i] = "open";
                    inside = true;
                } else if (t.equals("”") || t.equals("\"")) {
                    quote[i] = "close";
                    inside = false;
                } else {
                    quote[i] = inside ? "in" : "out";
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

    private static String distance(int d) {
        return d < 0 ? "none" : d <= 2 ? String.valueOf(d) : d <= 5 ? "3-5" : d <= 10 ? "6-10" : "11+";
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

    /** The features of the token's context: pairs with its neighbours, quotation, cue words, parts of speech. */
    static void context(Context c, int i, FeatureSink f) {
        int n = c.size();
        String w = c.lower[i];
        String q = c.quote[i];
        f.begin().part("w-1w=").part(i > 0 ? c.lower[i - 1] : "<p>").part('|').part(w).end();
        f.begin().part("ww+1=").part(w).part('|').part(i + 1 < n ? c.lower[i + 1] : "</p>").end();
        f.add("q=", q);
        f.add("q-1=", i > 0 ? c.quote[i - 1] : "<p>");
        f.add("q+1=", i + 1 < n ? c.quote[i + 1] : "</p>");
        f.begin().part("ss=").part(c.sentenceStart[i]).end();
        if (c.cue[i]) {
            f.add("cue");
        }
        for (int d = -CUE_WINDOW; d <= CUE_WINDOW; d++) {
            if (d != 0 && i + d >= 0 && i + d < n && c.cue[i + d]) {
                f.begin().part("cue@").part(d).end();
                f.begin().part("cue@").part(d).part("|sh=").part(c.shape[i]).end();
            }
        }
        String left = distance(c.cueLeft[i]);
        String right = distance(c.cueRight[i]);
        f.add("cueL=", left);
        f.add("cueR=", right);
        f.begin().part("cueLR=").part(left).part('|').part(right).part('|').part(q).end();
        f.begin().part("pause>cue=").part(c.pauseBeforeCue[i]).part('|').part(c.cueNearEnd[i]).part('|')
                .part(right).end();
        f.begin().part("pause>cue|q=").part(c.pauseBeforeCue[i]).part('|').part(c.cueNearEnd[i]).part('|')
                .part(q).end();
        String p = c.pos[i];
        String p1 = i > 0 ? c.pos[i - 1] : "<p>";
        String n1 = i + 1 < n ? c.pos[i + 1] : "</p>";
        f.add("pos=", p);
        f.add("pos-1=", p1);
        f.add("pos+1=", n1);
        f.add("pos-2=", i > 1 ? c.pos[i - 2] : "<p>");
        f.add("pos+2=", i + 2 < n ? c.pos[i + 2] : "</p>");
        f.begin().part("pos-1|pos=").part(p1).part('|').part(p).end();
        f.begin().part("pos|pos+1=").part(p).part('|').part(n1).end();
        f.begin().part("pos|q=").part(p).part('|').part(q).end();
        f.begin().part("pos|cueL=").part(p).part('|').part(left).end();
        f.begin().part("pos|cueR=").part(p).part('|').part(right).end();
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

    /** The history features of the token and the label before it: the rest of {@link #history}'s. */
    static void tokenHistory(Context c, int i, String prev, FeatureSink f) {
        f.begin().part("p|w=").part(prev).part('|').part(c.lower[i]).end();
        f.begin().part("p|q=").part(prev).part('|').part(c.quote[i]).end();
        f.begin().part("p|sh=").part(prev).part('|').part(c.shape[i]).end();
        f.begin().part("p|pos=").part(prev).part('|').part(c.pos[i]).end();
        f.begin().part("p|cueR=").part(prev).part('|').part(distance(c.cueRight[i])).end();
        f.begin().part("p|pause>cue=").part(prev).part('|').part(c.pauseBeforeCue[i]).part('|')
                .part(c.cueNearEnd[i]).end();
        f.begin().part("p|ss|pause>cue=").part(prev).part('|').part(c.sentenceStart[i]).part('|')
                .part(c.pauseBeforeCue[i]).part('|').part(c.cueNearEnd[i]).part('|').part(c.quote[i]).end();
    }
}
