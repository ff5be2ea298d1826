package crosscheck.archive;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What placing a new article needs to know of the stories filed so far, answered from an index: never by reading
 * every article. Keys are strings a {@link StoryPlacer} makes of an article (a name, a rare word, a MinHash band;
 * their form is the placer's business, the memory only stores and looks them up). Every method costs about the
 * same however many articles the memory holds.
 *
 * <p>The batched lookups ({@link #articlesWithKeys}, {@link #storiesWithKeys}, {@link #samples}) answer what the
 * single ones answer for each key or story; a store overrides them to answer many in one round trip.
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

    /**
     * The filed articles with these ids (each once, in the order given; an id not filed is left out). A filed
     * article never changes: what a caller computed of one stays true while it is filed.
     */
    Map<String, StoredArticle> filed(Collection<String> articleIds);

    /** {@link #articlesWithKey} of each key (each once, in the order given). */
    default Map<String, Long> articlesWithKeys(Collection<String> keys) {
        return each(keys, this::articlesWithKey);
    }

    /** {@link #storiesWithKey} of each key (each once, in the order given). */
    default Map<String, List<StoryRef>> storiesWithKeys(Collection<String> keys, int limit) {
        return each(keys, key -> storiesWithKey(key, limit));
    }

    /** {@link #sample} of each story (each once, in the order given). */
    default Map<String, List<StoredArticle>> samples(Collection<String> storyIds, int max) {
        return each(storyIds, id -> sample(id, max));
    }

    /**
     * The ids of the articles {@link #samples} gives for each story, in the same order: a caller that keeps what it
     * computed of the articles it met reads ({@link #filed}) only those it has not.
     */
    default Map<String, List<String>> sampleIds(Collection<String> storyIds, int max) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        samples(storyIds, max).forEach((id, sample) -> out.put(id, sample.stream().map(s -> s.article().id())
                .toList()));
        return out;
    }

    /** The answer for each of {@code asked} (each once, in the order given). */
    private static <T> Map<String, T> each(Collection<String> asked, Function<String, T> answer) {
        Map<String, T> out = new LinkedHashMap<>();
        for (String a : asked) {
            if (!out.containsKey(a)) {
                out.put(a, answer.apply(a));
            }
        }
        return out;
    }
}
