package crosscheck.archive;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StoryMemory} whose stories can be revised after the fact: an article placed before the reports that tie
 * it to its event can be moved, and two stories found to report one event merged. Story ids stay stable: a story
 * keeps its id while it has articles; one that loses all its articles keeps its id and its history (which says where
 * they went) and is no longer listed.
 */
public interface RevisableStoryMemory extends StoryMemory {

    /**
     * Puts each group's articles into one story, in one transaction: the group's {@code story} (an existing story,
     * which keeps its other articles), or a new story (the next free id) when it is null. Articles already in that
     * story stay; the others are moved out of the stories they were in. Each story that gains or loses an article is
     * marked as needing a new cross-check, and its history records the move ({@code moved}: which article, from
     * where, to where); a story left without articles records that it was merged ({@code merged}: into the story
     * that took most of its articles) and is no longer listed nor looked up. Postings, key counts and the stories'
     * sizes and days follow the articles. An article given in two groups, or not filed, is refused
     * ({@link IllegalArgumentException}) before anything changes.
     *
     * @param groups the groups (a group with no articles is ignored)
     * @param reason why (kept in the history entries), for example "revision"
     * @return the story id of each group, in order: its {@code story}, or the new story's id
     * @throws IOException when the store cannot be written: nothing is changed
     */
    List<String> regroup(List<Regroup> groups, String reason) throws IOException;

    /**
     * Articles that belong together in one story.
     *
     * @param story    the story they go to, or null for a new story
     * @param articles the ids of the articles
     */
    record Regroup(@Nullable String story, List<String> articles) {

        public Regroup {
            articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        }
    }
}
