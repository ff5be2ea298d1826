package crosscheck.annotate.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each word is written with a capital where no sentence starts, counted over unlabeled news text: a word
 * that is nearly always capitalised mid-sentence is a name ("Brask", "Greywater"), one that nearly never is, is not
 * ("minister", "the"). The tagger uses the bucket as a feature, which helps most for names the labeled data never
 * showed. Immutable once built.
 */
final class CapitalisationLexicon {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*|[.!?]");
    private static final int MIN_SEEN = 3;

    private final Map<String, String> buckets;

    CapitalisationLexicon(Map<String, String> buckets) {
        this.buckets = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(buckets));
    }

    /** Counts over the texts; words seen fewer than three times mid-sentence are left out. */
    static CapitalisationLexicon count(List<String> texts) {
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            boolean sentenceStart = true;
            while (m.find()) {
                String w = m.group();
                if (w.length() == 1 && ".!?".indexOf(w.charAt(0)) >= 0) {
                    sentenceStart = true;
                    continue;
                }
                if (!sentenceStart && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                    c[Character.isUpperCase(w.charAt(0)) ? 0 : 1]++;
                }
                sentenceStart = false;
            }
        }
        Map<String, String> buckets = new HashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int n = c[0] + c[1];
            if (n >= MIN_SEEN) {
                double r = (double) c[0] / n;
                buckets.put(e.getKey(), r < 0.1 ? "low" : r < 0.5 ? "mixed" : r < 0.9 ? "mostly" : "cap");
            }
        }
        return new CapitalisationLexicon(buckets);
    }

    /** The word's bucket: low, mixed, mostly, cap, or unseen. */
    String bucket(String lowerWord) {
        return buckets.getOrDefault(lowerWord, "unseen");
    }

    Map<String, String> entries() {
        return buckets;
    }
}
