package crosscheck.annotate.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists of names by kind (first names, surnames, countries, cities, nationalities, sports teams, …): a name the
 * labeled data never showed is still recognised as a surname or a city when a list holds it. The lists are
 * gathered by the trainer (see the {@code bench} command {@code ner-train}) and ship inside the model. A token
 * gets one feature per listed phrase that covers it, saying the list and whether the token opens the phrase.
 * Immutable once built.
 */
final class Gazetteer {

    /** Phrases longer than this many tokens are not listed. */
    static final int MAX_TOKENS = 4;

    private final Map<String, String> phrases;
    private final Set<String> words;
    private final int longest;

    /** @param phrases lower-case phrase (tokens joined by one space) → its lists, joined by '|' */
    Gazetteer(Map<String, String> phrases) {
        this.phrases = java.util.Collections.unmodifiableMap(new HashMap<>(phrases));
        Set<String> w = new HashSet<>();
        int max = 0;
        for (String p : phrases.keySet()) {
            String[] parts = p.split(" ");
            max = Math.max(max, parts.length);
            w.addAll(List.of(parts));
        }
        this.words = java.util.Collections.unmodifiableSet(w);
        this.longest = max;
    }

    /**
     * Builds the gazetteer from lists by kind. Each entry is tokenised like news text (spaces, and a comma split from
     * the word before it; an abbreviation keeps its full stop, "St. Louis"), lower-cased; entries of more than
     * {@link #MAX_TOKENS} tokens are dropped.
     */
    static Gazetteer of(Map<String, ? extends Collection<String>> lists) {
        Map<String, Set<String>> kinds = new HashMap<>();
        lists.forEach((kind, entries) -> {
            for (String e : entries) {
                String p = normalise(e);
                if (!p.isEmpty() && p.split(" ").length <= MAX_TOKENS) {
                    kinds.computeIfAbsent(p, k -> new TreeSet<>()).add(kind);
                }
            }
        });
        Map<String, String> phrases = new HashMap<>();
        kinds.forEach((p, k) -> phrases.put(p, String.join("|", k)));
        return new Gazetteer(phrases);
    }

    private static String normalise(String entry) {
        String s = entry.strip().toLowerCase(Locale.ROOT).replaceAll("([\\p{L}\\p{Nd}]),(\\s|$)", "$1 ,$2");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The features of token {@code i} ({@link #features(String[], int, List)}); most tokens have none. */
    List<String> features(String[] lower, int i) {
        if (!words.contains(lower[i])) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        features(lower, i, out);
        return out;
    }

    /** Adds the features of token {@code i}: "gz=KIND:B1" (a one-token phrase), "gz=KIND:Bn" or "gz=KIND:In". */
    void features(String[] lower, int i, List<String> out) {
        if (!words.contains(lower[i])) {
            return;
        }
        for (int start = Math.max(0, i - longest + 1); start <= i; start++) {
            for (int end = i + 1; end <= Math.min(lower.length, start + longest); end++) {
                String kinds = phrases.get(join(lower, start, end));
                if (kinds == null) {
                    continue;
                }
                String pos = start == i ? (end - start == 1 ? "B1" : "Bn") : "In";
                for (String kind : kinds.split("\\|")) {
                    out.add("gaz=" + kind + ":" + pos);
                }
            }
        }
    }

    private static String join(String[] lower, int start, int end) {
        if (end - start == 1) {
            return lower[start];
        }
        StringBuilder sb = new StringBuilder(lower[start]);
        for (int k = start + 1; k < end; k++) {
            sb.append(' ').append(lower[k]);
        }
        return sb.toString();
    }

    Map<String, String> entries() {
        return phrases;
    }
}
