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
import org.jspecify.annotations.Nullable;

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
        return features(lower, i, (boolean[]) null);
    }

    /**
     * Per token: whether a listed phrase may hold it (a word of some phrase, or a token with a space in it, which
     * joined to its neighbours could spell one). A phrase of other tokens is not looked up.
     */
    boolean[] listed(String[] lower) {
        boolean[] out = new boolean[lower.length];
        for (int k = 0; k < lower.length; k++) {
            out[k] = listed(lower[k]);
        }
        return out;
    }

    private boolean listed(String token) {
        return words.contains(token) || token.indexOf(' ') >= 0;
    }

    /** {@link #features(String[], int)} with the sentence's {@link #listed} tokens (null: asked token by token). */
    List<String> features(String[] lower, int i, boolean @Nullable [] listed) {
        if (!words.contains(lower[i])) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        features(lower, i, listed, out);
        return out;
    }

    /** Adds the features of token {@code i}: "gz=KIND:B1" (a one-token phrase), "gz=KIND:Bn" or "gz=KIND:In". */
    void features(String[] lower, int i, List<String> out) {
        features(lower, i, null, out);
    }

    private void features(String[] lower, int i, boolean @Nullable [] listed, List<String> out) {
        if (!words.contains(lower[i])) {
            return;
        }
        for (int start = Math.max(0, i - longest + 1); start <= i; start++) {
            if (!allListed(lower, listed, start, i)) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(lower.length, start + longest); end++) {
                if (!(listed == null ? listed(lower[end - 1]) : listed[end - 1])) {
                    break;
                }
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

    private boolean allListed(String[] lower, boolean @Nullable [] listed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(listed == null ? listed(lower[k]) : listed[k])) {
                return false;
            }
        }
        return true;
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
