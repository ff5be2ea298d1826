package crosscheck.core;

import java.util.List;
import java.util.Map;

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

    /**
     * The stories, given what annotation already found in each article (its entities above all), so that a clusterer
     * can tell apart events that read alike but differ in who and where. The runner annotates before it clusters and
     * calls this method; the default ignores the annotations.
     *
     * @param articles    the articles
     * @param annotations each article's annotations by article id; an article missing from the map has none
     * @return the stories, as {@link #cluster(List)} returns them
     */
    default List<Story> cluster(List<Article> articles, Map<String, Annotations> annotations) {
        return cluster(articles);
    }

    /**
     * This clusterer working on up to {@code threads} threads, with the same stories as on one; the runner asks for
     * as many as it was given. The default is this clusterer itself, working on the calling thread.
     */
    default Clusterer withThreads(int threads) {
        return this;
    }
}
