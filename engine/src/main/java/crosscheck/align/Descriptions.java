package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * What a story's articles call its people: "A lawyer for Volkov-Reyes, Marcus Thale", "Marcus Thale, a lawyer for
 * Volkov-Reyes,", "port spokesperson Tomas Reyle". A source an article only describes ("Volkov-Reyes's
 * lawyer", "the port spokesperson") is the person another article names with the same description, when exactly
 * one person fits. Immutable once built.
 */
final class Descriptions {

    private static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our");
    private static final Set<String> TITLE_STOP = Set.of("said", "says", "told", "and", "by", "with", "to", "of",
            "for", "from", "that", "as", "in", "on", "at", "when", "after", "before", "while", "but", "or");

    private final Map<String, Set<String>> byPerson;

    private Descriptions(Map<String, Set<String>> byPerson) {
        this.byPerson = byPerson;
    }

    static Descriptions none() {
        return new Descriptions(Map.of());
    }

    /**
     * The descriptions next to each person's name in the articles.
     *
     * @param names the story's display name for each normalised name and alias
     */
    static Descriptions of(List<Article> articles, Map<String, Annotations> annotations, Map<String, String> names) {
        Map<String, Set<String>> byPerson = new HashMap<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (Article a : articles) {
            String body = a.body();
            for (Entity e : annotations.getOrDefault(a.id(), Annotations.none()).entities()) {
                if (!e.type().equals("PER")) {
                    continue;
                }
                String person = names.getOrDefault(SentenceTerms.normalise(e.name()), e.name());
                for (Entity.Mention m : e.mentions()) {
                    Set<String> stems = byPerson.computeIfAbsent(person, k -> new HashSet<>());
                    stems.addAll(stems(before(body, m.start()), stemmer));
                    stems.addAll(stems(after(body, m.end()), stemmer));
                }
            }
        }
        byPerson.values().removeIf(Set::isEmpty);

        return new Descriptions(Map.copyOf(byPerson));
    }

    /** "A lawyer for Volkov-Reyes, " or "port spokesperson " right before a name. */
    private static String before(String body, int start) {
        int from = Math.max(0, start - 120);
        String head = body.substring(from, start);
        if (head.endsWith(", ")) {
            String phrase = head.substring(0, head.length() - 2);
            int cut = Math.max(Math.max(phrase.lastIndexOf(','), phrase.lastIndexOf('—')),
                    Math.max(phrase.lastIndexOf('.'), phrase.lastIndexOf('(')));
            phrase = phrase.substring(cut + 1).strip();
            String[] words = phrase.split("\\s+");
            boolean described = words.length <= MAX_WORDS && words.length >= 2
                    && (DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) || words[0].endsWith("’s")
                    || words[0].endsWith("'s"));
            return described ? phrase : "";
        }
        String[] words = head.strip().split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = words.length - 1, taken = 0; i >= 0 && taken < 3; i--, taken++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            boolean titleWord = Character.isUpperCase(w.isEmpty() ? 'a' : w.charAt(0))
                    || !lower.endsWith("ed") && !lower.endsWith("ly") && !lower.endsWith("ing");
            if (w.isEmpty() || !w.chars().allMatch(Character::isLetter) || TITLE_STOP.contains(lower)
                    || DETERMINERS.contains(lower) || !titleWord) {
                break;
            }
            title.insert(0, w + " ");
        }
        return title.toString().strip();
    }

    /** ", a lawyer for Volkov-Reyes," right after a name. */
    private static String after(String body, int end) {
        if (end + 2 > body.length() || !body.startsWith(", ", end)) {
            return "";
        }
        String tail = body.substring(end + 2, Math.min(body.length(), end + 122));
        int cut = tail.length();
        for (char c : new char[] {',', '.', ';', '—', ')'}) {
            int i = tail.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        String phrase = tail.substring(0, cut).strip();
        String[] words = phrase.split("\\s+");
        return words.length >= 2 && words.length <= MAX_WORDS && DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                ? phrase : "";
    }

    private static Set<String> stems(String phrase, PorterStemmer stemmer) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(phrase.replace('’', '\''));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !SentenceTerms.STOPWORDS.contains(w) && !w.equals("s")) {
                out.add(stemmer.stem(w));
            }
        }
        return out;
    }

    /**
     * The one person whose descriptions hold every content word of the source ("Volkov Reyes's lawyer" → Marcus
     * Thale), or null: when the source names a group ("officials"), has no content word, or fits several people.
     */
    String person(String source) {
        String[] words = source.strip().split("\\s+");
        String lastWord = words[words.length - 1];
        String last = lastWord.toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(lastWord.charAt(0)) && last.endsWith("s") && !last.endsWith("ss")
                && !last.endsWith("'s") && !last.endsWith("’s")) {
            return null;
        }
        Set<String> wanted = stems(source, new PorterStemmer());
        if (wanted.isEmpty()) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, Set<String>> e : byPerson.entrySet()) {
            if (e.getValue().containsAll(wanted)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }
}
