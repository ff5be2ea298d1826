package crosscheck.pipeline;

import crosscheck.cluster.StoryReviser;
import crosscheck.core.Article;

/**
 * Told of an ingest's progress as well as what {@link BatchListener} is told: each article filed (acknowledged:
 * it is in the store once, whatever happens next) and each round of cross-checks. Every method has an empty
 * default; called from the ingesting thread.
 */
public interface ArchiveListener extends BatchListener {

    /** The article is filed into this story ({@code created}: the article started it). */
    default void filed(Article article, String story, boolean created) {
    }

    /** A document whose content the store already holds, as this article: not filed again. */
    default void alreadyStored(Article article, String storedAs) {
    }

    /** The placements into this many stories are revised (a revision precedes each round of cross-checks). */
    default void revising(int stories) {
    }

    /** A revision is done: what it moved. */
    default void revised(StoryReviser.Revision revision) {
    }

    /** This many changed stories are cross-checked again, of {@code pending} waiting. */
    default void checking(int stories, int pending) {
    }
}
