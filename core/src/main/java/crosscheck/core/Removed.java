package crosscheck.core;

import java.util.Objects;

/**
 * A piece of a page that extraction dropped, kept so that a reader can check what was left out.
 *
 * @param text   the dropped text, whitespace-normalised
 * @param reason why it was dropped: a short stable word such as {@code "navigation"}, {@code "appeal"},
 *               {@code "caption"}, {@code "credit"}, {@code "advertisement"}, {@code "related"},
 *               {@code "newsletter"}, {@code "label"}, {@code "metadata"}, {@code "duplicate"}
 */
public record Removed(String text, String reason) {

    public Removed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
