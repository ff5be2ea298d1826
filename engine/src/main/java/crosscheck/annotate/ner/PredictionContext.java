package crosscheck.annotate.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second stage's view of the first stage's tags over a whole document (Ratinov and Roth's two-stage prediction
 * aggregation): for each token, its own first-stage tag, the types the first stage gave the same word elsewhere in
 * the document, and the type it gave the same whole name elsewhere. "Atalanta" tagged ORG in three sentences and
 * LOC in one is then more likely ORG in that one too. Stateless.
 */
final class PredictionContext {

    private PredictionContext() {
    }

    /** Per sentence, per token: the features (the sentences' tokens and their first-stage BIO tags). */
    static List<String[][]> features(List<List<String>> sentences, List<List<String>> tags) {
        Map<String, Map<String, Integer>> wordTypes = new HashMap<>();
        Map<String, Map<String, Integer>> nameTypes = new HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<String> s = sentences.get(si);
            List<String> t = tags.get(si);
            for (int i = 0; i < s.size(); i++) {
                if (capitalised(s.get(i))) {
                    wordTypes.computeIfAbsent(s.get(i).toLowerCase(Locale.ROOT), k -> new HashMap<>())
                            .merge(type(t.get(i)), 1, Integer::sum);
                }
            }
            for (int[] e : spans(t)) {
                nameTypes.computeIfAbsent(name(s, e), k -> new HashMap<>()).merge(type(t.get(e[0])), 1, Integer::sum);
            }
        }
        List<String[][]> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<String> s = sentences.get(si);
            List<String> t = tags.get(si);
            String[][] f = new String[s.size()][];
            String[] spanType = new String[s.size()];
            for (int[] e : spans(t)) {
                Map<String, Integer> others = new HashMap<>(nameTypes.get(name(s, e)));
                others.merge(type(t.get(e[0])), -1, Integer::sum);
                String best = majority(others);
                for (int i = e[0]; i < e[1]; i++) {
                    spanType[i] = best;
                }
            }
            for (int i = 0; i < s.size(); i++) {
                List<String> fi = new ArrayList<>(6);
                String own = t.get(i);
                fi.add("s1=" + own);
                if (capitalised(s.get(i))) {
                    Map<String, Integer> others = new HashMap<>(wordTypes.get(s.get(i).toLowerCase(Locale.ROOT)));
                    others.merge(type(own), -1, Integer::sum);
                    others.forEach((type, n) -> {
                        if (n > 0) {
                            fi.add("s1doc=" + type);
                        }
                    });
                    String best = majority(others);
                    if (best != null) {
                        fi.add("s1maj=" + best);
                        fi.add("s1maj+own=" + best + "|" + own);
                    }
                }
                if (spanType[i] != null) {
                    fi.add("s1name=" + spanType[i]);
                }
                f[i] = fi.toArray(String[]::new);
            }
            out.add(f);
        }
        return out;
    }

    private static String majority(Map<String, Integer> counts) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean capitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0));
    }

    private static String type(String tag) {
        return tag.length() > 2 ? tag.substring(2) : "O";
    }

    private static String name(List<String> s, int[] e) {
        return String.join(" ", s.subList(e[0], e[1])).toLowerCase(Locale.ROOT);
    }

    /** [start, end) of each entity in BIO tags. */
    static List<int[]> spans(List<String> tags) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t.length() > 2) {
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + t.substring(2))) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j - 1;
            }
        }
        return out;
    }
}
