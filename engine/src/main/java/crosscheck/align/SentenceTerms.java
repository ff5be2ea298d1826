package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences (OpenNLP, paragraph by paragraph) and gives each the terms that say what it
 * states: Porter stems of its content words, the story's name for each entity it mentions ({@code e:mara lindqvist}
 * whether the text says "Lindqvist" or "Mara Lindqvist"), and a placeholder per quantity ({@code q:USD}), so that "$44
 * million" and "$61 million" leave two sentences alike and the figures are compared elsewhere. Words that only
 * attribute ("said", "reported", "according") and function words are left out. Thread-safe.
 */
final class SentenceTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’\\-]*");

    /** Function words and the words of attribution, which differ between outlets reporting the same fact. */
    static final Set<String> STOPWORDS = Set.copyOf(List.of(("a an the and or but nor so yet of to in on at by for with from into "
            + "onto over under about after before since until during between among through against without within "
            + "as than then that this these those there here which who whom whose what when where why how "
            + "is are was were be been being am has have had having do does did done doing will would shall should "
            + "can could may might must not no n't also just only very more most less least much many some any "
            + "all each every both either neither other another such own same too again further once it its it's "
            + "he him his she her hers they them their theirs we us our you your i me my mine "
            + "said says say saying told tells tell reported reports report reporting according reportedly "
            + "added adds noted notes stated states wrote writes cited citing claimed claims "
            + "alleged allegedly alleges allege purportedly apparently "
            + "mr mrs ms dr new one two three first last year years week weeks month months day days "
            + "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
            + "january february march april may june july august september october november december "
            + "while although though because if whether up out off down even still already now ago however "
            + "percent per cent million billion trillion thousand hundred").split(" ")));

    private final SentenceModel model;

    SentenceTerms(SentenceModel model) {
        this.model = model;
    }

    /**
     * The article's sentences with their terms.
     *
     * @param names the story's name for each name or alias an article uses, normalised ({@code lindqvist} →
     *              {@code mara lindqvist}); names not in it stand for themselves
     */
    List<StorySentence> sentences(Article article, Annotations annotations, Map<String, String> names) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        PorterStemmer stemmer = new PorterStemmer();
        String body = article.body();
        List<StorySentence> out = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : body.split("\n\n", -1)) {
            for (Span s : joinAbbreviations(paragraph, detector.sentPosDetect(paragraph))) {
                for (int[] piece : crosscheck.internal.Bounds.sentencePieces(paragraph, s.getStart(), s.getEnd())) {
                    int start = paragraphStart + piece[0];
                    int end = paragraphStart + piece[1];
                    String text = body.substring(start, end);
                    out.add(new StorySentence(article.id(), out.size(), start, end, text,
                            terms(body, start, end, annotations, names, stemmer), Denials.isDenial(text)));
                }
            }
            paragraphStart += paragraph.length() + 2;
        }
        return out;
    }

    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /**
     * The run of letters and dots that ends the text with a dot, less that dot ("Gen" of "… Gen.", "F.B.I" of "The
     * F.B.I."), or null: what {@code ([\p{L}.]+)\.$} finds, a final line break allowed after the dot, read from
     * the end instead of tried at every position.
     */
    static @org.jspecify.annotations.Nullable String lastDottedWord(String text) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < 2 || text.charAt(end - 1) != '.') {
            return null;
        }
        int i = end - 1;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i < end - 1 ? text.substring(i, end - 1) : null;
    }

    /**
     * The sentence detector's sentences with those it ended at an abbreviation joined again: a title or an initial
     * ("Gen.", "Sgt.", "Vladimir V.") never ends a sentence, and a dotted acronym ("F.B.I.") does not when the next
     * sentence starts in lower case or the one it ends is three words or fewer ("The F.B.I." + "Director James …").
     */
    static List<Span> joinAbbreviations(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = paragraph.substring(prev.getStart(), prev.getEnd());
                char first = paragraph.charAt(s.getStart());
                String word = lastDottedWord(before);
                if (word != null) {
                    boolean acronym = ACRONYM.matcher(word).matches();
                    boolean abbreviation = !word.contains(".")
                            && crosscheck.annotate.AttributionAnnotator.isAbbreviation(word);
                    if (abbreviation || acronym && (Character.isLowerCase(first)
                            || before.strip().split("\\s+").length <= 3)) {
                        out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                        continue;
                    }
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The terms of a part of an article's body (what a denial denies, say). */
    static List<String> spanTerms(Article article, Annotations annotations, Map<String, String> names, int start,
                                  int end) {
        return terms(article.body(), start, end, annotations, names, new PorterStemmer());
    }

    private static List<String> terms(String body, int start, int end, Annotations annotations,
                                      Map<String, String> names, PorterStemmer stemmer) {
        Set<String> terms = new LinkedHashSet<>();
        boolean[] covered = new boolean[end - start];
        for (Entity e : annotations.entities()) {
            for (Entity.Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end) {
                    String key = normalise(e.name());
                    terms.add("e:" + names.getOrDefault(key, key));
                    cover(covered, m.start() - start, m.end() - start);
                }
            }
        }
        for (Quantity q : annotations.quantities()) {
            if (q.start() >= start && q.end() <= end) {
                terms.add("q:" + q.unit());
                cover(covered, q.start() - start, q.end() - start);
            }
        }
        Matcher m = WORD.matcher(body).region(start, end);
        while (m.find()) {
            if (covered[m.start() - start]) {
                continue;
            }
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 2 || STOPWORDS.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            terms.add(stemmer.stem(w));
        }
        return List.copyOf(terms);
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(covered.length, to); i++) {
            covered[i] = true;
        }
    }

    /** A name as names are compared: lower case, accents and punctuation gone, no leading "the". */
    static String normalise(String name) {
        return crosscheck.annotate.EntityAnnotator.normalise(name);
    }
}
