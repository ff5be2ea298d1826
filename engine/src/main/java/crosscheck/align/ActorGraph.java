package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relations a story states between its people and organisations: in a sentence, a name, its verb of relation
 * ("asked", "called", "met", "donated to", "denied", "praised") right after it (auxiliaries and adverbs aside), then
 * within a few words another name, gives an edge from the first to the second ("founded by" the other way round),
 * cited by the sentence. The same edge stated by several articles is one edge citing each. Not a parser: it reads
 * the words between two names, and leaves out pairs with a clause break between them. Thread-safe.
 */
final class ActorGraph {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    /** Verb forms that state a relation, to their base form. */
    private static final Map<String, String> VERBS = verbs();

    private static Map<String, String> verbs() {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] forms = {
            {"ask", "asked", "asks", "asking"}, {"call", "called", "calls", "calling"},
            {"meet", "met", "meets", "meeting"}, {"donate", "donated", "donates", "donating"},
            {"fund", "funded", "funds", "funding", "financed", "finances", "bankrolled", "bankrolls"},
            {"pay", "paid", "pays"}, {"deny", "denied", "denies"}, {"accuse", "accused", "accuses"},
            {"praise", "praised", "praises"}, {"criticise", "criticized", "criticised", "criticizes", "criticises",
                "criticizing", "criticising"},
            {"speak", "spoke", "speaks"}, {"join", "joined", "joins"}, {"support", "supported", "supports"},
            {"endorse", "endorsed", "endorses"}, {"sue", "sued", "sues"}, {"fire", "fired"},
            {"hire", "hired"}, {"appoint", "appointed", "appoints"}, {"thank", "thanked", "thanks"},
            {"warn", "warned", "warns"}, {"threaten", "threatened", "threatens"}, {"mock", "mocked", "mocks"},
            {"dismiss", "dismissed", "dismisses"}, {"urge", "urged", "urges"}, {"invite", "invited"},
            {"visit", "visited", "visits"}, {"greet", "greeted"}, {"contact", "contacted"},
            {"back", "backed"}, {"campaign", "campaigned"}, {"hand", "handed"}, {"interview", "interviewed"},
            {"attack", "attacked"}, {"replace", "replaced"}, {"investigate", "investigated"},
            {"sanction", "sanctioned"}, {"congratulate", "congratulated"}, {"reject", "rejected"},
            {"admire", "admired"}, {"talk", "talked"}, {"negotiate", "negotiated"},
            {"sell", "sold"}, {"buy", "bought"}, {"acquire", "acquired"}, {"own", "owns", "owned"},
            {"lead", "leads", "led"}, {"found", "founded"}, {"chair", "chairs", "chaired"},
            {"represent", "represents", "represented"}, {"route", "routed"}, {"channel", "channelled", "channeled"},
            {"funnel", "funneled", "funnelled"},
        };
        for (String[] f : forms) {
            for (String form : f) {
                m.put(form, f[0]);
            }
        }
        return Map.copyOf(m);
    }

    private record Named(String name, String type, int start, int end) {
    }

    record Key(String source, String target, String relation) {
    }

    /**
     * The graph of the story's sentences.
     *
     * @param sentences  each article's sentences
     * @param names      the story's name for each normalised article-level entity name
     * @param entities   the story's entities, for node types and the articles that name them
     */
    static CrossCheck.Actors build(Map<String, List<StorySentence>> sentences, Map<String, Annotations> annotations,
                                   Map<String, String> names, List<Entity> entities) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        entities.forEach(e -> byName.put(e.name(), e));
        Map<Key, Set<String>> articles = new LinkedHashMap<>();
        Map<Key, List<CrossCheck.Citation>> citations = new LinkedHashMap<>();
        for (Map.Entry<String, List<StorySentence>> e : sentences.entrySet()) {
            Annotations an = annotations.getOrDefault(e.getKey(), Annotations.none());
            for (StorySentence s : e.getValue()) {
                for (Key k : relations(s, an, names, byName)) {
                    articles.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.article());
                    citations.computeIfAbsent(k, x -> new ArrayList<>())
                            .add(new CrossCheck.Citation(s.article(), s.start(), s.end()));
                }
            }
        }
        List<CrossCheck.Relation> edges = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (Map.Entry<Key, Set<String>> e : articles.entrySet()) {
            Key k = e.getKey();
            edges.add(new CrossCheck.Relation(k.source(), k.target(), k.relation(), List.copyOf(e.getValue()),
                    citations.get(k)));
            used.add(k.source());
            used.add(k.target());
        }
        edges.sort(Comparator.comparingInt((CrossCheck.Relation r) -> -r.articles().size()));
        List<CrossCheck.Actor> nodes = new ArrayList<>();
        for (String name : used) {
            Entity ent = byName.get(name);
            nodes.add(new CrossCheck.Actor(name, ent == null ? "MISC" : ent.type(),
                    ent == null ? List.of() : ent.articles()));
        }
        nodes.sort(Comparator.comparingInt((CrossCheck.Actor a) -> -a.articles().size()));
        return new CrossCheck.Actors(nodes, edges);
    }

    /** Words that may stand between a name and its verb: "Lindqvist also asked", "Reyle, who has donated". */
    private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("has", "have", "had", "was", "were",
            "is", "also", "reportedly", "allegedly", "then", "later", "previously", "secretly", "personally",
            "repeatedly", "who", "which", "once", "never", "publicly", "privately", "recently", "directly",
            "been", "being", "on", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Most words between the verb and the second name ("asked Reyle", "donated millions to Lindqvist"). */
    private static final int MAX_AFTER_VERB = 5;

    /**
     * The relation the words between two names state: the subject's verb right after it (auxiliaries and adverbs
     * aside) and the object within a few words; "founded by", "funded by" turn it round. Null when there is none.
     */
    static Key relation(String between, String first, String second) {
        Matcher m = WORD.matcher(between);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < words.size(); i++) {
            String base = VERBS.get(words.get(i));
            if (base != null) {
                int after = words.size() - i - 1;
                if (after > MAX_AFTER_VERB) {
                    return null;
                }
                boolean passive = i + 1 < words.size() && words.get(i + 1).equals("by");
                return passive ? new Key(second, first, base) : new Key(first, second, base);
            }
            if (!BEFORE_VERB.contains(words.get(i))) {
                return null;
            }
        }
        return null;
    }

    private static List<Key> relations(StorySentence s, Annotations an, Map<String, String> names,
                                       Map<String, Entity> byName) {
        List<Named> named = new ArrayList<>();
        for (Entity e : an.entities()) {
            if (!e.type().equals("PER") && !e.type().equals("ORG")) {
                continue;
            }
            String story = names.getOrDefault(SentenceTerms.normalise(e.name()), null);
            String name = story != null && byName.containsKey(story) ? story : e.name();
            for (Entity.Mention m : e.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    named.add(new Named(name, e.type(), m.start() - s.start(), m.end() - s.start()));
                }
            }
        }
        named.sort(Comparator.comparingInt(Named::start));
        List<Key> out = new ArrayList<>();
        for (int i = 0; i + 1 < named.size(); i++) {
            Named a = named.get(i);
            Named b = named.get(i + 1);
            if (a.name().equals(b.name()) || b.start() < a.end()) {
                continue;
            }
            String between = s.text().substring(a.end(), b.start());
            if (between.contains(";") || between.contains("“") || between.contains("\"") || between.contains("—")
                    || between.contains(".")) {
                continue;
            }
            Key k = relation(between, a.name(), b.name());
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }
}
