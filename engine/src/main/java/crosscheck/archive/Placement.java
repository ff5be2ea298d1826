package crosscheck.archive;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a new article goes.
 *
 * @param story the id of the filed story it joins, or null when it starts a story of its own
 * @param keys  the keys the article is filed under, so that later articles find its story ({@link
 *              StoryMemory#storiesWithKey})
 * @param score how sure the placer is: the joined story's score, or the best candidate's when it starts a story
 *              (NaN when there was no candidate)
 */
public record Placement(@Nullable String story, List<String> keys, double score) {

    public Placement {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
    }
}
