package crosscheck.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement an article attributes to a source: "Putin asked Musk not to activate the service, a former
 * intelligence officer told the Journal" attributes the content "Putin asked Musk not to activate the service" to
 * "a former intelligence officer" by the cue "told", through The Wall Street Journal.
 *
 * @param text        the content attributed, as written
 * @param start       offset of the content's first character in the article's body
 * @param end         offset after the content's last character
 * @param source      who it is attributed to, resolved where the article allows: an entity's canonical name
 *                    ("the Journal" → "The Wall Street Journal", "he" → the person last named), else the source's
 *                    own words ("a source familiar with the matter"); null when the text names no source
 * @param sourceText  the source as written, or null
 * @param sourceStart offset of the source as written, or -1
 * @param sourceEnd   offset after the source as written, or -1
 * @param sourceKind  {@code person}, {@code organisation}, {@code outlet}, {@code anonymous}, {@code document} or
 *                    {@code other}; {@code none} when there is no source
 * @param cue         the words that attribute it ("told", "according to", "said")
 * @param cueStart    offset of the cue in the body
 * @param cueEnd      offset after the cue
 * @param chain       who passed it on, innermost first: the source, then whoever reported what the source said
 *                    ("a former intelligence officer", "The Wall Street Journal"); empty when there is no source
 */
public record Attribution(String text, int start, int end, @Nullable String source, @Nullable String sourceText,
                          int sourceStart, int sourceEnd, String sourceKind, String cue, int cueStart, int cueEnd,
                          List<String> chain) {

    public Attribution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(cue, "cue");
        chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        if (start < 0 || end < start || cueStart < 0 || cueEnd < cueStart) {
            throw new IllegalArgumentException("start=" + start + ", end=" + end + ", cue at " + cueStart);
        }
    }
}
