package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traces a statement to its original source. An article that cites another outlet ("the Journal reported", "a former
 * officer told the Journal") passes on that outlet's report, so the outlet is the origin: four outlets echoing the
 * Journal trace back to one origin. A named person or organisation speaking for themselves ("Peskov denied …") is
 * the origin whoever carries the words. An anonymous source, a document or the outlet's own reporting stands behind
 * that outlet alone, so they count once per outlet. A statement without attribution comes from the outlet the
 * article re-reports when it leans on one (two or more statements attributed to it), else from its own reporting.
 * Thread-safe.
 */
final class Origins {

    /**
     * What a statement traces back to.
     *
     * @param name   the origin: an outlet, a named person or organisation
     * @param kind   {@code outlet}, {@code person}, {@code organisation} or {@code own-reporting}
     * @param key    equal for statements that are not independent
     * @param source the source behind the origin as the article names it ("a source familiar with the matter"), or
     *               null
     * @param chain  the attribution chain, innermost first; empty for a statement without attribution
     */
    record Traced(String name, String kind, String key, @org.jspecify.annotations.Nullable String source,
                  List<String> chain) {
    }

    private final Set<String> outlets;
    private final Map<String, String> outletDisplay;
    private final Map<String, String> names;

    /**
     * @param outletNames the display names of the batch's outlets
     * @param known       the normalised names of well-known outlets
     * @param names       the story's name (display) for each normalised name or alias of its entities
     */
    Origins(Set<String> outletNames, Set<String> known, Map<String, String> names) {
        Map<String, String> display = new LinkedHashMap<>();
        for (String o : outletNames) {
            display.put(SentenceTerms.normalise(o), o);
        }
        this.outletDisplay = Map.copyOf(display);
        Set<String> all = new java.util.HashSet<>(known);
        all.addAll(display.keySet());
        this.outlets = Set.copyOf(all);
        this.names = Map.copyOf(names);
    }

    /** The source of one attribution chain's element as the story names it ("Journal" → The Wall Street Journal). */
    String canonical(String raw) {
        String n = SentenceTerms.normalise(raw);
        String story = names.get(n);
        if (story != null) {
            n = SentenceTerms.normalise(story);
        }
        String outlet = outletFor(n);
        if (outlet != null) {
            return outletDisplay.getOrDefault(outlet, story != null ? story : raw);
        }
        return story != null ? story : raw;
    }

    /** The normalised outlet a normalised name refers to: itself, its last words ("courier") or its initials. */
    private String outletFor(String n) {
        if (outlets.contains(n)) {
            return n;
        }
        String found = null;
        for (String o : outlets) {
            if (o.endsWith(" " + n) || (n.length() >= 3 && !n.contains(" ") && initials(o).equals(n))) {
                if (found != null && !found.equals(o)) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    private static String initials(String normalised) {
        StringBuilder sb = new StringBuilder();
        for (String w : normalised.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    boolean isOutlet(String raw) {
        String n = SentenceTerms.normalise(raw);
        String story = names.get(n);
        return outletFor(story != null ? SentenceTerms.normalise(story) : n) != null;
    }

    /** The origin of what the article states on its own authority: the outlet it re-reports, else itself. */
    Traced ownOrigin(Article article, Annotations annotations) {
        Map<String, Integer> cited = new HashMap<>();
        String self = outletName(article);
        for (Attribution at : annotations.attributions()) {
            Traced t = ofChain(article, at);
            if (t != null && t.kind().equals("outlet") && !t.key().equals(key(self))) {
                cited.merge(t.name(), 1, Integer::sum);
            }
        }
        String top = cited.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        if (top != null) {
            return new Traced(top, "outlet", key(top), null, List.of());
        }
        return new Traced(self, "own-reporting", key(self), null, List.of());
    }

    /** The origin of the sentence: the attribution it carries, else the article's own origin. */
    Traced trace(Article article, Annotations annotations, StorySentence s, Traced own) {
        Attribution best = null;
        int bestOverlap = 0;
        for (Attribution at : annotations.attributions()) {
            int overlap = Math.min(at.end(), s.end()) - Math.max(at.start(), s.start());
            boolean cueInside = at.cueStart() >= s.start() && at.cueEnd() <= s.end();
            int score = Math.max(overlap, 0) + (cueInside ? 1 : 0);
            if (!at.chain().isEmpty() && score > bestOverlap) {
                best = at;
                bestOverlap = score;
            }
        }
        Traced t = best == null ? null : ofChain(article, best);
        return t == null ? own : t;
    }

    /** The origin an attribution names, or null when it names no source. */
    Traced ofChain(Article article, Attribution at) {
        List<String> chain = at.chain();
        if (chain.isEmpty()) {
            return null;
        }
        String last = chain.get(chain.size() - 1);
        if (chain.size() > 1 && isOutlet(last) || chain.size() == 1 && (at.sourceKind().equals("outlet")
                || isOutlet(last))) {
            String name = canonical(last);
            return new Traced(name, "outlet", key(name), chain.size() > 1 ? chain.get(0) : null, chain);
        }
        String source = canonical(chain.get(0));
        String kind = at.sourceKind();
        boolean named = kind.equals("person") || kind.equals("organisation")
                || kind.equals("other") && hasNameWord(source);
        if (named) {
            return new Traced(source, kind.equals("other") ? "organisation" : kind, key(source), null, chain);
        }
        String self = outletName(article);
        return new Traced(self, "own-reporting", key(self), chain.get(0), chain);
    }

    /** True when some word after the first starts with a capital: a name, not a description ("the company"). */
    private static boolean hasNameWord(String s) {
        String[] words = s.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return words.length == 1 && !words[0].isEmpty() && Character.isUpperCase(words[0].charAt(0));
    }

    /** The article's outlet, or its id when the outlet is unknown. */
    static String outletName(Article a) {
        return a.outlet() != null ? a.outlet() : a.id();
    }

    private String key(String name) {
        String n = SentenceTerms.normalise(name);
        String outlet = outletFor(n);
        return outlet != null ? outlet : n;
    }

    /** The keys of the origins, in order, for counting independent ones. */
    static List<String> keys(List<Traced> traced) {
        List<String> out = new ArrayList<>();
        for (Traced t : traced) {
            if (!out.contains(t.key())) {
                out.add(t.key());
            }
        }
        return out;
    }
}
