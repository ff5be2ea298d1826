package crosscheck.archive;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story as an index lookup returns it: its stable id, how many articles it has, and the publication day of its
 * latest dated article (null when none of its articles is dated).
 */
public record StoryRef(String id, int size, @Nullable LocalDate latest) {

    public StoryRef {
        Objects.requireNonNull(id, "id");
    }
}
