package crosscheck.annotate.ner;

import crosscheck.annotate.learn.FeatureSink;
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

    /** The lexicons' answers for each token of a sentence (lower-cased): looked up once, asked by three tokens. */
    record Looked(String[] clusters, String[] types, String[] caps, boolean[] listed) {
        static Looked of(String[] lower, Lexicons lex) {
            int n = lower.length;
            String[] clusters = new String[n];
            String[] types = new String[n];
            String[] caps = new String[n];
            for (int i = 0; i < n; i++) {
                clusters[i] = lex.clusters().of(lower[i]);
                types[i] = lex.types().type(lower[i]);
                caps[i] = lex.caps().bucket(lower[i]);
            }
            return new Looked(clusters, types, caps, lex.gazetteer().listed(lower));
        }
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
        List<String> f = new ArrayList<>(4);
        history(lower, shapes, i, prev, prev2, FeatureSink.into(f));
        return f;
    }

    /** {@link #history(String[], String[], int, String, String)} into a sink. */
    static void history(String[] lower, String[] shapes, int i, String prev, String prev2, FeatureSink f) {
        labelHistory(prev, prev2, f);
        tokenHistory(lower, shapes, i, prev, f);
    }

    /** The history features of the labels alone: the first of {@link #history}'s. */
    static void labelHistory(String prev, String prev2, FeatureSink f) {
        f.add("p=", prev);
        f.begin().part("pp=").part(prev2).part('|').part(prev).end();
    }

    /** The history features of the token and the label before it: the rest of {@link #history}'s. */
    static void tokenHistory(String[] lower, String[] shapes, int i, String prev, FeatureSink f) {
        f.begin().part("p+w=").part(prev).part('|').part(lower[i]).end();
        f.begin().part("p+sh=").part(prev).part('|').part(shapes[i]).end();
    }

    /** The features that depend only on the words: computed once per token. */
    static List<String> base(String[] tokens, String[] lower, String[] shapes, int i, Lexicons lex,
                             boolean shouting, DocumentContext doc) {
        return base(tokens, lower, shapes, i, lex, Looked.of(lower, lex), shouting, doc);
    }

    /** The features that depend only on the words, with the sentence's lexicon answers. */
    static List<String> base(String[] tokens, String[] lower, String[] shapes, int i, Lexicons lex, Looked looked,
                             boolean shouting, DocumentContext doc) {
        List<String> f = new ArrayList<>(48);
        base(tokens, lower, shapes, i, lex, looked, shouting, doc, FeatureSink.into(f));
        return f;
    }

    private static final String[] PREFIX = {"", "pre1=", "pre2=", "pre3=", "pre4="};
    private static final String[] SUFFIX = {"", "suf1=", "suf2=", "suf3=", "suf4="};

    /**
     * {@link #base(String[], String[], String[], int, Lexicons, boolean, DocumentContext)} into a sink. The features
     * come in groups: those of the word alone ({@link #own}, {@link #inner}, {@link #typed}, {@link #capitalised},
     * {@link #shoutFeatures}), those of a neighbour word alone, and those of the context ({@link #pairs},
     * {@link #listed}, {@link #documentFeatures}); {@link NerWords} finds the weights of the first two kinds once per
     * distinct word and must add every group in this same order.
     */
    static void base(String[] tokens, String[] lower, String[] shapes, int i, Lexicons lex, Looked looked,
                     boolean shouting, DocumentContext doc, FeatureSink f) {
        String[] clusters = looked.clusters();
        String[] types = looked.types();
        String[] caps = looked.caps();
        String w = tokens[i];
        String lw = lower[i];
        String sh = shapes[i];
        own(w, lw, sh, f);
        f.add("w-1=", at(lower, i - 1));
        f.add("w+1=", at(lower, i + 1));
        f.add("w-2=", at(lower, i - 2));
        f.add("w+2=", at(lower, i + 2));
        f.add("sh-1=", at(shapes, i - 1));
        f.add("sh+1=", at(shapes, i + 1));
        pairs(lower, shapes, i, f);
        if (i == 0) {
            f.add("first");
            f.add("first+sh=", sh);
        }
        inner(w, lw, sh, clusters[i], f);
        f.add("cl-1=", i > 0 ? clusters[i - 1] : "<s>");
        f.add("cl+1=", i + 1 < lower.length ? clusters[i + 1] : "</s>");
        typed(types[i], sh, f);
        f.add("gz-1=", i > 0 ? types[i - 1] : "<s>");
        f.add("gz+1=", i + 1 < lower.length ? types[i + 1] : "</s>");
        listed(lex.gazetteer().features(lower, i, looked.listed()), sh, f);
        capitalised(caps[i], sh, f);
        f.add("cap-1=", i > 0 ? caps[i - 1] : "<s>");
        f.add("cap+1=", i + 1 < lower.length ? caps[i + 1] : "</s>");
        documentFeatures(w, lw, doc, f);
        if (shouting) {
            shoutFeatures(caps[i], lw, f);
        }
    }

    /** The word's own features that open its base features: the word, its shape, prefixes and suffixes. */
    static void own(String w, String lw, String sh, FeatureSink f) {
        f.add("b");
        f.add("w=", w);
        f.add("lw=", lw);
        f.add("sh=", sh);
        for (int k = 1; k <= 4 && k <= lw.length(); k++) {
            f.begin().part(PREFIX[k]).part(lw, 0, k).end();
            f.begin().part(SUFFIX[k]).part(lw, lw.length() - k, lw.length()).end();
        }
    }

    /** The shapes and words of the token paired with its neighbours'. */
    static void pairs(String[] lower, String[] shapes, int i, FeatureSink f) {
        String lw = lower[i];
        String sh = shapes[i];
        f.begin().part("sh-1+sh=").part(at(shapes, i - 1)).part('|').part(sh).end();
        f.begin().part("sh+sh+1=").part(sh).part('|').part(at(shapes, i + 1)).end();
        f.begin().part("w-1+w=").part(at(lower, i - 1)).part('|').part(lw).end();
        f.begin().part("w+w+1=").part(lw).part('|').part(at(lower, i + 1)).end();
    }

    /** The word's hyphenated parts, its length and its cluster. */
    static void inner(String w, String lw, String sh, String cl, FeatureSink f) {
        if (w.indexOf('-') > 0) {
            f.add("hyphen");
            for (int from = 0, to; from <= lw.length(); from = to + 1) {
                to = lw.indexOf('-', from);
                to = to < 0 ? lw.length() : to;
                if (to > from) {
                    f.begin().part("part=").part(lw, from, to).end();
                }
            }
        }
        f.begin().part("len=").part(Math.min(w.length(), 8)).end();
        f.add("cl=", cl);
        f.begin().part("cl+sh=").part(cl).part('|').part(sh).end();
    }

    /** The word's type in the type lexicon. */
    static void typed(String type, String sh, FeatureSink f) {
        f.add("gz=", type);
        f.begin().part("gz+sh=").part(type).part('|').part(sh).end();
    }

    /** The gazetteer's features of the token ({@link Gazetteer#features}), alone and with its capitalisation. */
    static void listed(List<String> listed, String sh, FeatureSink f) {
        if (!listed.isEmpty()) {
            for (String g : listed) {
                f.add(g);
            }
            String capital = sh.startsWith("X") ? "|X" : "|x";
            for (String g : listed) {
                f.add(g, capital);
            }
        }
    }

    /** The word's capitalisation bucket. */
    static void capitalised(String cap, String sh, FeatureSink f) {
        f.add("cap=", cap);
        f.begin().part("cap+sh=").part(cap).part('|').part(sh).end();
    }

    /** What the rest of the document says about a capitalised word ({@link DocumentContext}). */
    static void documentFeatures(String w, String lw, DocumentContext doc, FeatureSink f) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            for (String d : doc.of(lw)) {
                f.add(d);
            }
        }
    }

    /** The features of a word in a headline in capitals: the shape says nothing, the word and the lexicon must speak. */
    static void shoutFeatures(String cap, String lw, FeatureSink f) {
        f.add("shout");
        f.add("shout+cap=", cap);
        f.add("shout+lw=", lw);
    }

    static String at(String[] a, int i) {
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
