package crosscheck.annotate.attrib;

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

    /** The features that do not depend on the tags before the token. */
    static List<String> base(Context c, int i) {
        List<String> f = new ArrayList<>(40);
        int n = c.size();
        f.add("b");
        f.add("w=" + c.lower[i]);
        f.add("sh=" + c.shape[i]);
        String w = c.lower[i];
        f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        for (int d = 1; d <= WINDOW; d++) {
            f.add("w-" + d + "=" + (i - d >= 0 ? c.lower[i - d] : "<p>"));
            f.add("w+" + d + "=" + (i + d < n ? c.lower[i + d] : "</p>"));
            f.add("sh-" + d + "=" + (i - d >= 0 ? c.shape[i - d] : "<p>"));
            f.add("sh+" + d + "=" + (i + d < n ? c.shape[i + d] : "</p>"));
        }
        f.add("w-1w=" + (i > 0 ? c.lower[i - 1] : "<p>") + "|" + w);
        f.add("ww+1=" + w + "|" + (i + 1 < n ? c.lower[i + 1] : "</p>"));
        f.add("q=" + c.quote[i]);
        f.add("q-1=" + (i > 0 ? c.quote[i - 1] : "<p>"));
        f.add("q+1=" + (i + 1 < n ? c.quote[i + 1] : "</p>"));
        f.add("ss=" + c.sentenceStart[i]);
        if (c.cue[i]) {
            f.add("cue");
        }
        for (int d = -CUE_WINDOW; d <= CUE_WINDOW; d++) {
            if (d != 0 && i + d >= 0 && i + d < n && c.cue[i + d]) {
                f.add("cue@" + d);
                f.add("cue@" + d + "|sh=" + c.shape[i]);
            }
        }
        f.add("cueL=" + distance(c.cueLeft[i]));
        f.add("cueR=" + distance(c.cueRight[i]));
        f.add("cueLR=" + distance(c.cueLeft[i]) + "|" + distance(c.cueRight[i]) + "|" + c.quote[i]);
        f.add("pause>cue=" + c.pauseBeforeCue[i] + "|" + c.cueNearEnd[i] + "|" + distance(c.cueRight[i]));
        f.add("pause>cue|q=" + c.pauseBeforeCue[i] + "|" + c.cueNearEnd[i] + "|" + c.quote[i]);
        String p = c.pos[i];
        String p1 = i > 0 ? c.pos[i - 1] : "<p>";
        String n1 = i + 1 < n ? c.pos[i + 1] : "</p>";
        f.add("pos=" + p);
        f.add("pos-1=" + p1);
        f.add("pos+1=" + n1);
        f.add("pos-2=" + (i > 1 ? c.pos[i - 2] : "<p>"));
        f.add("pos+2=" + (i + 2 < n ? c.pos[i + 2] : "</p>"));
        f.add("pos-1|pos=" + p1 + "|" + p);
        f.add("pos|pos+1=" + p + "|" + n1);
        f.add("pos|q=" + p + "|" + c.quote[i]);
        f.add("pos|cueL=" + p + "|" + distance(c.cueLeft[i]));
        f.add("pos|cueR=" + p + "|" + distance(c.cueRight[i]));
        return f;
    }

    /** The features that depend on the tags before the token. */
    static List<String> history(Context c, int i, String prev, String prev2) {
        List<String> f = new ArrayList<>(6);
        f.add("p=" + prev);
        f.add("pp=" + prev2 + "|" + prev);
        f.add("p|w=" + prev + "|" + c.lower[i]);
        f.add("p|q=" + prev + "|" + c.quote[i]);
        f.add("p|sh=" + prev + "|" + c.shape[i]);
        f.add("p|pos=" + prev + "|" + c.pos[i]);
        f.add("p|cueR=" + prev + "|" + distance(c.cueRight[i]));
        f.add("p|pause>cue=" + prev + "|" + c.pauseBeforeCue[i] + "|" + c.cueNearEnd[i]);
        f.add("p|ss|pause>cue=" + prev + "|" + c.sentenceStart[i] + "|" + c.pauseBeforeCue[i] + "|"
                + c.cueNearEnd[i] + "|" + c.quote[i]);
        return f;
    }
}
