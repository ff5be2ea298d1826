package crosscheck.annotate.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of one token for the named-entity tagger: the word and its neighbours, its shape, prefixes and
 * suffixes, and the tags already given to the two tokens before it. Stateless.
 */
final class NerFeatures {

    /** The word lists the features consult. */
    record Lexicons(CapitalisationLexicon caps, TypeLexicon types, WordClusters clusters, Gazetteer gazetteer) {
    }

    private NerFeatures() {
    }

    /**
     * Feature strings for token {@code i}.
     *
     * @param tokens the sentence
     * @param lower  the tokens lower-cased
     * @param shapes the tokens' shapes
     * @param prev   the tag given to token i−1 ({@code <s>} at the start)
     * @param prev2  the tag given to token i−2
     */
    static List<String> of(String[] tokens, String[] lower, String[] shapes, int i, String prev, String prev2,
                           Lexicons lex, boolean shouting, DocumentContext doc) {
        List<String> f = base(tokens, lower, shapes, i, lex, shouting, doc);
        f.addAll(history(lower, shapes, i, prev, prev2));
        return f;
    }

    /** The features that depend on the tags already given: computed per hypothesis while decoding. */
    static List<String> history(String[] lower, String[] shapes, int i, String prev, String prev2) {
        return List.of("p=" + prev, "pp=" + prev2 + "|" + prev, "p+w=" + prev + "|" + lower[i],
                "p+sh=" + prev + "|" + shapes[i]);
    }

    /** The features that depend only on the words: computed once per token. */
    static List<String> base(String[] tokens, String[] lower, String[] shapes, int i, Lexicons lex,
                             boolean shouting, DocumentContext doc) {
        CapitalisationLexicon caps = lex.caps();
        TypeLexicon types = lex.types();
        WordClusters clusters = lex.clusters();
        List<String> f = new ArrayList<>(48);
        String w = tokens[i];
        String lw = lower[i];
        f.add("b");
        f.add("w=" + w);
        f.add("lw=" + lw);
        f.add("sh=" + shapes[i]);
        for (int k = 1; k <= 4 && k <= lw.length(); k++) {
            f.add("pre" + k + "=" + lw.substring(0, k));
            f.add("suf" + k + "=" + lw.substring(lw.length() - k));
        }
        f.add("w-1=" + at(lower, i - 1));
        f.add("w+1=" + at(lower, i + 1));
        f.add("w-2=" + at(lower, i - 2));
        f.add("w+2=" + at(lower, i + 2));
        f.add("sh-1=" + at(shapes, i - 1));
        f.add("sh+1=" + at(shapes, i + 1));
        f.add("sh-1+sh=" + at(shapes, i - 1) + "|" + shapes[i]);
        f.add("sh+sh+1=" + shapes[i] + "|" + at(shapes, i + 1));
        f.add("w-1+w=" + at(lower, i - 1) + "|" + lw);
        f.add("w+w+1=" + lw + "|" + at(lower, i + 1));
        if (i == 0) {
            f.add("first");
            f.add("first+sh=" + shapes[i]);
        }
        if (w.indexOf('-') > 0) {
            f.add("hyphen");
            for (String part : lw.split("-")) {
                if (!part.isEmpty()) {
                    f.add("part=" + part);
                }
            }
        }
        f.add("len=" + Math.min(w.length(), 8));
        String cl = clusters.of(lw);
        f.add("cl=" + cl);
        f.add("cl+sh=" + cl + "|" + shapes[i]);
        f.add("cl-1=" + (i > 0 ? clusters.of(lower[i - 1]) : "<s>"));
        f.add("cl+1=" + (i + 1 < lower.length ? clusters.of(lower[i + 1]) : "</s>"));
        String type = types.type(lw);
        f.add("gz=" + type);
        f.add("gz+sh=" + type + "|" + shapes[i]);
        f.add("gz-1=" + (i > 0 ? types.type(lower[i - 1]) : "<s>"));
        f.add("gz+1=" + (i + 1 < lower.length ? types.type(lower[i + 1]) : "</s>"));
        int listed = f.size();
        lex.gazetteer().features(lower, i, f);
        boolean capital = shapes[i].startsWith("X");
        for (int k = listed, end = f.size(); k < end; k++) {
            f.add(f.get(k) + (capital ? "|X" : "|x"));
        }
        String cap = caps.bucket(lw);
        f.add("cap=" + cap);
        f.add("cap+sh=" + cap + "|" + shapes[i]);
        f.add("cap-1=" + (i > 0 ? caps.bucket(lower[i - 1]) : "<s>"));
        f.add("cap+1=" + (i + 1 < lower.length ? caps.bucket(lower[i + 1]) : "</s>"));
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            f.addAll(doc.of(lw));
        }
        if (shouting) {
            // A headline in capitals: the shape says nothing, the word and the lexicon must speak.
            f.add("shout");
            f.add("shout+cap=" + cap);
            f.add("shout+lw=" + lw);
        }
        return f;
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    /** A word's shape: each run of upper-case, lower-case, digit and other characters as X, x, d or the character. */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    static String[] lower(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** True when the sentence is written in capitals (headlines): its words' shapes carry no signal. */
    static boolean isShouting(String[] tokens) {
        int letters = 0;
        int upper = 0;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 9;
    }

    static String[] shapes(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = shape(tokens[i]);
        }
        return out;
    }
}
