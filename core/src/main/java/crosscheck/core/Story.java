package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A group of articles that report the same event.
 *
 * @param id       stable id in a run ({@code s1}, {@code s2}, … by size, then by first article)
 * @param title    a headline that stands for the story (the title of its most central article)
 * @param articles   ids of its articles, in report order; never empty
 * @param duplicates groups of two or more of its articles that are near-duplicate copies of one text (syndicated
 *                   or republished), each group in article order; articles in no group are not listed
 * @param entities   the names its articles mention, merged across articles (most widely named first)
 * @param check      what cross-checking found: claims, conflicts, timeline, actors, brief
 */
public record Story(String id, String title, List<String> articles, List<List<String>> duplicates,
                    List<Entity> entities, CrossCheck check) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
        duplicates = Objects.requireNonNull(duplicates, "duplicates").stream().map(List::copyOf).toList();
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        Objects.requireNonNull(check, "check");
        for (List<String> group : duplicates) {
            if (group.size() < 2 || !articles.containsAll(group)) {
                throw new IllegalArgumentException("story " + id + ": a duplicate group must hold two or more of its "
                        + "articles, got " + group);
            }
        }
    }

    /** A story with no duplicates found (yet). */
    public Story(String id, String title, List<String> articles) {
        this(id, title, articles, List.of(), List.of(), CrossCheck.none());
    }

    /** A story with duplicate groups and no entities (yet). */
    public Story(String id, String title, List<String> articles, List<List<String>> duplicates) {
        this(id, title, articles, duplicates, List.of(), CrossCheck.none());
    }

    /** This story with the given duplicate groups. */
    public Story withDuplicates(List<List<String>> groups) {
        return new Story(id, title, articles, groups, entities, check);
    }

    /** This story with the given entities. */
    public Story withEntities(List<Entity> merged) {
        return new Story(id, title, articles, duplicates, merged, check);
    }

    /** This story with what cross-checking found. */
    public Story withCheck(CrossCheck found) {
        return new Story(id, title, articles, duplicates, entities, found);
    }

    /** The articles to show and count: every article except the later copies in each duplicate group. */
    public List<String> distinctArticles() {
        java.util.Set<String> later = new java.util.HashSet<>();
        for (List<String> group : duplicates) {
            later.addAll(group.subList(1, group.size()));
        }
        return articles.stream().filter(a -> !later.contains(a)).toList();
    }
}
