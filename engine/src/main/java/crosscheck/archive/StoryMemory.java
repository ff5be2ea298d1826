package crosscheck.archive;

import java.util.List;

/**
 * What placing a new article needs to know of the stories filed so far, answered from an index: never by reading
 * every article. Keys are strings a {@link StoryPlacer} makes of an article (a name, a rare word, a MinHash band;
 * their form is the placer's business, the memory only stores and looks them up). Every method costs about the
 * same however many articles the memory holds.
 */
public interface StoryMemory {

    /** How many articles are filed. */
    long articles();

    /** How many filed articles carry this key (0 when none): how rare the key is. */
    long articlesWithKey(String key);

    /**
     * The stories whose articles carry this key, the most recently extended first (the latest filed article), at
     * most {@code limit}.
     */
    List<StoryRef> storiesWithKey(String key, int limit);

    /**
     * At most {@code max} articles of the story to compare a new article with: its first article and then its most
     * recently filed ones, in filing order. Empty when there is no such story.
     */
    List<StoredArticle> sample(String storyId, int max);
}
