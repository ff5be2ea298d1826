package crosscheck.annotate.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which kind of name each word was seen in, in labeled sentences: "paris" mostly inside LOC, "reuters" inside ORG.
 * Words seen fewer than twice, or mostly outside names, are left out. Built by the trainer on one half of the
 * data for the other half (so that the tagger learns how far to trust it on words it has not seen), and on all of
 * it for the model that ships. Immutable once built.
 */
final class TypeLexicon {

    private static final int MIN_SEEN = 2;

    private final Map<String, String> types;

    TypeLexicon(Map<String, String> types) {
        this.types = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(types));
    }

    static TypeLexicon count(List<PerceptronNerTrainer.Sentence> sentences) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (PerceptronNerTrainer.Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                String tag = s.tags().get(i);
                String type = tag.equals("O") ? "O" : tag.substring(2);
                counts.computeIfAbsent(s.tokens().get(i).toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .merge(type, 1, Integer::sum);
            }
        }
        Map<String, String> types = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> best = e.getValue().entrySet().stream()
                    .filter(x -> !x.getKey().equals("O")).max(Map.Entry.comparingByValue()).orElse(null);
            if (best == null || best.getValue() < MIN_SEEN) {
                continue;
            }
            double share = (double) best.getValue() / total;
            if (share >= 0.3) {
                types.put(e.getKey(), best.getKey() + (share >= 0.8 ? "" : "?"));
            }
        }
        return new TypeLexicon(types);
    }

    /** The word's usual kind of name ("PER", "LOC?" when it is often something else too), or "none". */
    String type(String lowerWord) {
        return types.getOrDefault(lowerWord, "none");
    }

    Map<String, String> entries() {
        return types;
    }
}
