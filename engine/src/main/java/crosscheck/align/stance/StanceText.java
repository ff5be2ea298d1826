package crosscheck.align.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A claim or an article body made ready for stance features: its lower-case words, their light stems, where its
 * sentences begin, and the counts of its stems and stem bigrams. Build it once per body with {@link #of(String)} or
 * {@link #ofSentences(List)} and classify many claims against it. Immutable.
 */
public final class StanceText {

    private final String[] words;
    private final String[] stems;
    private final int[] sentenceStarts;
    private final Map<String, Integer> stemCounts;
    private final Set<String> bigrams;

    private StanceText(List<String> words, List<Integer> sentenceStarts) {
        this.words = words.toArray(String[]::new);
        this.stems = new String[this.words.length];
        this.stemCounts = new HashMap<>(this.words.length * 2);
        this.bigrams = new HashSet<>(this.words.length * 2);
        for (int i = 0; i < this.words.length; i++) {
            stems[i] = stem(this.words[i]);
            stemCounts.merge(stems[i], 1, Integer::sum);
            if (i > 0) {
                bigrams.add(stems[i - 1] + ' ' + stems[i]);
            }
        }
        this.sentenceStarts = sentenceStarts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text split into words and sentences: a sentence ends at {@code . ! ?} before a space, or at a line break. */
    public static StanceText of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        StringBuilder w = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && w.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                w.append('\'');
            } else {
                flush(w, words);
                boolean ends = c == '\n' || (c == '.' || c == '!' || c == '?')
                        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"');
                if (ends && words.size() > starts.get(starts.size() - 1)) {
                    starts.add(words.size());
                }
            }
        }
        flush(w, words);
        if (starts.size() > 1 && starts.get(starts.size() - 1) == words.size()) {
            starts.remove(starts.size() - 1);
        }
        return new StanceText(words, starts);
    }

    /** A text already split into sentences of tokens; tokens are lower-cased and those without a letter or digit dropped. */
    public static StanceText ofSentences(List<List<String>> sentences) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<String> sentence : sentences) {
            int start = words.size();
            for (String token : sentence) {
                String t = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (t.chars().anyMatch(Character::isLetterOrDigit)) {
                    words.add(t);
                }
            }
            if (words.size() > start) {
                starts.add(start);
            }
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        return new StanceText(words, starts);
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }

    /**
     * A light English stem: plural and verb endings and {@code -ly} cut ("denies" and "denied" → "deni", "reports" and
     * "reported" → "report"); possessive {@code 's} dropped.
     */
    static String stem(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        int n = s.length();
        if (n > 4 && s.endsWith("ies")) {
            return s.substring(0, n - 3) + "i";
        }
        if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
            n--;
        }
        if (n > 5 && s.endsWith("ing")) {
            return s.substring(0, n - 3);
        }
        if (n > 4 && s.endsWith("ed")) {
            return s.substring(0, n - (s.endsWith("ied") ? 3 : 2)) + (s.endsWith("ied") ? "i" : "");
        }
        if (n > 4 && s.endsWith("ly")) {
            return s.substring(0, n - 2);
        }
        if (n > 3 && s.endsWith("e")) {
            return s.substring(0, n - 1);
        }
        if (n > 3 && s.endsWith("y")) {
            return s.substring(0, n - 1) + "i";
        }
        return s;
    }

    /** The number of words. */
    public int size() {
        return words.length;
    }

    /** The number of sentences (at least one). */
    public int sentenceCount() {
        return sentenceStarts.length;
    }

    String word(int i) {
        return words[i];
    }

    String stemAt(int i) {
        return stems[i];
    }

    /** The index of the first word of sentence {@code s}. */
    int sentenceStart(int s) {
        return sentenceStarts[s];
    }

    /** The index after the last word of sentence {@code s}. */
    int sentenceEnd(int s) {
        return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : words.length;
    }

    int count(String stem) {
        return stemCounts.getOrDefault(stem, 0);
    }

    Map<String, Integer> stemCounts() {
        return stemCounts;
    }

    boolean hasBigram(String a, String b) {
        return bigrams.contains(a + ' ' + b);
    }
}
