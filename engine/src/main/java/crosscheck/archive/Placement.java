package crosscheck.archive;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a new article goes.
 *
 * @param story    the id of the filed story it joins, or null when it starts a story of its own
 * @param keys     the keys the article is filed under, so that later articles find its story ({@link
 *                 StoryMemory#storiesWithKey})
 * @param score    how sure the placer is: the joined story's score, or the best candidate's when it starts a story
 *                 (NaN when there was no candidate)
 * @param compared the candidate stories the article was weighed against, best first, with their scores: where a
 *                 later revision looks for a better place ({@link RevisableStoryMemory}); empty when unknown
 */
public record Placement(@Nullable String story, List<String> keys, double score, List<Compared> compared) {

    public Placement {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        compared = List.copyOf(Objects.requireNonNull(compared, "compared"));
    }

    /** A placement that does not say which stories were weighed. */
    public Placement(@Nullable String story, List<String> keys, double score) {
        this(story, keys, score, List.of());
    }

    /** A candidate story the article was weighed against, and its score (NaN when not scored). */
    public record Compared(String story, double score) {

        public Compared {
            Objects.requireNonNull(story, "story");
        }
    }
}
