package crosscheck.annotate.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the whole document says about a capitalised word (Ratinov and Roth's context aggregation): for a word
 * capitalised at least twice, the words seen just before and after each of its occurrences, this one included
 * ("beat Atalanta", "Atalanta coach"); whether it also appears in lower case; and whether it is capitalised
 * mid-sentence somewhere. A name is usually one thing throughout an
 * article, so its clearest occurrences inform the others, including those in a headline written in capitals.
 * Occurrences in capitalised headlines describe nothing, since there every word is capitalised. Immutable.
 */
final class DocumentContext {

    private static final int MAX_CONTEXTS = 12;

    private final Map<String, List<String>> features;

    private DocumentContext(Map<String, List<String>> features) {
        this.features = features;
    }

    /** Counts over the document's sentences (tokens as written). */
    static DocumentContext of(List<String[]> sentences) {
        Map<String, TreeSet<String>> contexts = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        Map<String, Boolean> lowerSeen = new HashMap<>();
        Map<String, Boolean> midSentence = new HashMap<>();
        for (String[] s : sentences) {
            if (NerFeatures.isShouting(s)) {
                continue;
            }
            for (int i = 0; i < s.length; i++) {
                String w = s[i];
                if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                String lw = w.toLowerCase(Locale.ROOT);
                if (!Character.isUpperCase(w.charAt(0))) {
                    lowerSeen.put(lw, true);
                    continue;
                }
                capitalised.merge(lw, 1, Integer::sum);
                if (i > 0) {
                    midSentence.put(lw, true);
                }
                TreeSet<String> c = contexts.computeIfAbsent(lw, k -> new TreeSet<>());
                c.add("dprev=" + (i > 0 ? s[i - 1].toLowerCase(Locale.ROOT) : "<s>"));
                c.add("dnext=" + (i + 1 < s.length ? s[i + 1].toLowerCase(Locale.ROOT) : "</s>"));
            }
        }
        Map<String, List<String>> features = new HashMap<>();
        capitalised.forEach((lw, n) -> {
            List<String> f = new ArrayList<>();
            if (lowerSeen.containsKey(lw)) {
                f.add("dlow");
            }
            if (midSentence.containsKey(lw)) {
                f.add("dmid");
            }
            if (n >= 2) {
                contexts.get(lw).stream().limit(MAX_CONTEXTS).forEach(f::add);
            }
            features.put(lw, List.copyOf(f));
        });
        return new DocumentContext(features);
    }

    /** The features of a capitalised word (lower case given), or none. */
    List<String> of(String lowerWord) {
        return features.getOrDefault(lowerWord, List.of());
    }
}
