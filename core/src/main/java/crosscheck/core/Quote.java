package crosscheck.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Words an article reports someone said: a direct quote (inside quotation marks, possibly a few words within a
 * sentence, possibly running over several paragraphs) or indirect speech ("X said that …").
 *
 * @param text        the words quoted (a direct quote without its quotation marks)
 * @param start       offset of the first quoted character in the article's body
 * @param end         offset after the last quoted character
 * @param kind        {@code direct} or {@code indirect}
 * @param speaker     who said it, resolved where the article allows (an entity's canonical name; a pronoun or a
 *                    description resolved to the named person), else the speaker's own words ("a source familiar
 *                    with the matter"); null when no speaker is found
 * @param speakerText the speaker as written where the quote is attributed ("he", "the Kremlin spokesperson"), or null
 * @param cue         the words that attribute it ("said", "told", "wrote", a colon), or null
 */
public record Quote(String text, int start, int end, String kind, @Nullable String speaker,
                    @Nullable String speakerText, @Nullable String cue) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start=" + start + ", end=" + end);
        }
    }
}
