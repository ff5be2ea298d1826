package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A group of articles that report the same event.
 *
 * @param id       stable id in a run ({@code s1}, {@code s2}, … by size, then by first article)
 * @param title    a headline that stands for the story (the title of its most central article)
 * @param articles ids of its articles, in report order; never empty
 */
public record Story(String id, String title, List<String> articles) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
