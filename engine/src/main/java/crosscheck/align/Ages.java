package crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the ages of a story's articles by the person they are the age of. Two ages are one person's when they name
 * the same person ("Arvid Wren, 15", "Avrid Wren, 15", "Wren, 14" where no other Wren is named), when they
 * describe a person by the same noun ("a 16-year-old boy"), or, within one article, when they give the same age to
 * descriptions that can be one person ("a 47-year-old woman" and "his 47-year-old wife"). A person whose age an
 * article gives two ways cannot be told apart from two people of one description, so such a group is left out unless
 * every article gives the same ages. Thread-safe.
 */
final class Ages {

    private Ages() {
    }

    /** The groups of ages of one person in two or more articles, where each article gives one age. */
    static List<List<Figure>> groups(List<Figure> ages) {
        int n = ages.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        Map<String, Set<String>> firstNames = firstNamesBySurname(ages);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (samePerson(ages.get(i), ages.get(j), firstNames)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Figure>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ages.get(i));
        }
        Map<String, Set<Double>> allAges = byArticle(ages);
        List<List<Figure>> out = new ArrayList<>();
        for (List<Figure> g : byRoot.values()) {
            Map<String, Set<Double>> byArticle = byArticle(g);
            boolean ambiguous = byArticle.values().stream().anyMatch(v -> v.size() > 1);
            if (byArticle.size() >= 2 && !ambiguous && !(unnamed(g) && otherPersonsAge(byArticle, allAges))) {
                out.add(g);
            }
        }
        return out;
    }

    private static Map<String, Set<Double>> byArticle(List<Figure> ages) {
        Map<String, Set<Double>> out = new HashMap<>();
        for (Figure f : ages) {
            out.computeIfAbsent(f.article(), k -> new TreeSet<>()).add(f.quantity().value());
        }
        return out;
    }

    private static boolean unnamed(List<Figure> group) {
        return group.stream().noneMatch(f -> Measures.isName(f.quantity().counted()));
    }

    /**
     * True when an article gives, for someone else, an age that another article gives this description: "a
     * 20-year-old man" in one report may be the "Colin Rade, 20" of the report that calls an 18-year-old "a man".
     */
    private static boolean otherPersonsAge(Map<String, Set<Double>> group, Map<String, Set<Double>> allAges) {
        Set<Double> values = new TreeSet<>();
        group.values().forEach(values::addAll);
        for (Map.Entry<String, Set<Double>> e : group.entrySet()) {
            for (double v : values) {
                if (!e.getValue().contains(v) && allAges.getOrDefault(e.getKey(), Set.of()).contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whom the group's ages are of: the longest name given, else the noun ("the girl"). */
    static String whom(List<Figure> group) {
        String noun = null;
        String name = null;
        for (Figure f : group) {
            String who = f.quantity().counted();
            if (Measures.isName(who) && (name == null || who.length() > name.length())) {
                name = who;
            }
            if (who != null && noun == null) {
                noun = who;
            }
        }
        return name != null ? name : noun == null ? "the person" : "the " + noun;
    }

    private static boolean samePerson(Figure a, Figure b, Map<String, Set<String>> firstNames) {
        String wa = a.quantity().counted();
        String wb = b.quantity().counted();
        if (wa == null || wb == null) {
            return false;
        }
        boolean nameA = Measures.isName(wa);
        boolean nameB = Measures.isName(wb);
        if (nameA && nameB) {
            return sameName(wa, wb, firstNames);
        }
        if (nameA || nameB) {
            return false; // a name and a description: only the same article's same age could tell, and a name says more
        }
        if (wa.equals(wb)) {
            return true;
        }
        if (!a.article().equals(b.article()) || a.quantity().value() != b.quantity().value()) {
            return false;
        }
        // One article's "47-year-old woman" and "47-year-old wife": descriptions of one person, never of another sex.
        String ga = Measures.gender(wa);
        String gb = Measures.gender(wb);
        return ga != null && ga.equals(gb);
    }

    /**
     * The same person's name, spelt alike: the same surname and first name up to the order of their letters ("Arvid"
     * and "Avrid", "Haung" and "Huang"), or a surname alone where the story names one first name with it.
     */
    static boolean sameName(String a, String b, Map<String, Set<String>> firstNames) {
        String[] ta = a.toLowerCase(Locale.ROOT).split("\\s+");
        String[] tb = b.toLowerCase(Locale.ROOT).split("\\s+");
        String surname = ta[ta.length - 1];
        if (!alike(surname, tb[tb.length - 1])) {
            return false;
        }
        if (ta.length >= 2 && tb.length >= 2) {
            return alike(ta[0], tb[0]);
        }
        Set<String> firsts = firstNames.getOrDefault(key(surname), Set.of());
        List<String> distinct = new ArrayList<>();
        for (String f : firsts) {
            if (distinct.stream().noneMatch(d -> alike(d, f))) {
                distinct.add(f);
            }
        }
        return distinct.size() <= 1;
    }

    private static Map<String, Set<String>> firstNamesBySurname(List<Figure> ages) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Figure f : ages) {
            String who = f.quantity().counted();
            if (Measures.isName(who)) {
                String[] t = who.toLowerCase(Locale.ROOT).split("\\s+");
                Set<String> firsts = out.computeIfAbsent(key(t[t.length - 1]), k -> new TreeSet<>());
                if (t.length >= 2) {
                    firsts.add(t[0]);
                }
            }
        }
        return out;
    }

    /** The same word, or the same letters with the same first one (a transposed pair: "Arvid", "Avrid"). */
    private static boolean alike(String a, String b) {
        return a.equals(b) || a.length() >= 4 && a.charAt(0) == b.charAt(0) && key(a).equals(key(b));
    }

    private static String key(String word) {
        char[] c = word.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
