package crosscheck.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date or time expression in an article, resolved against the publication date where it is relative.
 *
 * @param text      the words as written ("last month", "Wednesday", "the fall of 2022")
 * @param value     the resolved date: {@code 2026-03-11} (day), {@code 2026-03} (month), {@code 2026} (year), or
 *                  null when it cannot be resolved (a relative expression in an article with no known date)
 * @param precision {@code day}, {@code week}, {@code month}, {@code season}, {@code year}
 * @param qualifier {@code early}, {@code mid}, {@code late}, a season ({@code spring}, {@code summer}, {@code fall},
 *                  {@code winter}), or null
 * @param resolved  true when {@code value} is known: absolute expressions always, relative ones when the article's
 *                  publication date is known
 * @param start     offset of the first character in the article's body
 * @param end       offset after the last character
 */
public record DateMention(String text, @Nullable String value, String precision, @Nullable String qualifier,
                          boolean resolved, int start, int end) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start=" + start + ", end=" + end);
        }
    }
}
