package crosscheck.core;

import java.util.List;

/**
 * Groups articles into stories: articles that report the same event.
 *
 * <p>Every article id given appears in exactly one story. Implementations are deterministic: the same articles in
 * the same order give the same stories with the same ids.
 */
@FunctionalInterface
public interface Clusterer {

    /** The stories, largest first; ids {@code s1}, {@code s2}, … in that order. */
    List<Story> cluster(List<Article> articles);
}
