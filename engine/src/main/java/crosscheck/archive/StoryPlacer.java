package crosscheck.archive;

import crosscheck.core.Annotations;
import crosscheck.core.Article;

/**
 * Decides which filed story a new article joins, or that it starts one, looking only at candidate stories an index
 * finds ({@link StoryMemory#storiesWithKey}) and a bounded sample of their articles: the cost of one placement does
 * not grow with the number of articles filed. Thread-safe.
 */
public interface StoryPlacer {

    /** Where the article goes, given what the memory holds now (the article itself is not in it yet). */
    Placement place(Article article, Annotations annotations, StoryMemory memory);
}
