package crosscheck.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quantity an article states: money, a percentage or a count, with how exact the text says it is.
 *
 * @param text    the words as written ("more than $130 million")
 * @param value   the number ({@code 1.3E8}); for a range, its low end
 * @param max     for a range ("between 12 and 15"), its high end; otherwise null
 * @param unit    {@code USD}, {@code EUR}, {@code GBP}, {@code percent}, or {@code count}
 * @param bound   {@code =} exact, {@code >} more than, {@code >=} at least, {@code <} fewer than / nearly,
 *                {@code <=} up to, {@code ~} about, {@code range}
 * @param counted what is counted when the sentence says it ("portable pumps"), else null
 * @param start   offset of the first character in the article's body
 * @param end     offset after the last character
 */
public record Quantity(String text, double value, @Nullable Double max, String unit, String bound,
                       @Nullable String counted, int start, int end) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start=" + start + ", end=" + end);
        }
    }
}
