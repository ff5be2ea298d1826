package crosscheck.core;

import org.jspecify.annotations.Nullable;

/**
 * Metadata that came with a document from outside its content: the fields of a JSONL record or a feed item, the
 * target URI and date of a WARC record. Extractors prefer these to what they guess from the content.
 *
 * @param url       the document's URL, or null
 * @param outlet    the publishing outlet's name, or null
 * @param title     the headline, or null
 * @param byline    the author line, or null
 * @param published the publication date as given (any format the extractor can parse), or null
 */
public record DocumentHints(
        @Nullable String url,
        @Nullable String outlet,
        @Nullable String title,
        @Nullable String byline,
        @Nullable String published) {

    private static final DocumentHints NONE = new DocumentHints(null, null, null, null, null);

    /** No hints. */
    public static DocumentHints none() {
        return NONE;
    }

    /** Only a URL. */
    public static DocumentHints ofUrl(@Nullable String url) {
        return new DocumentHints(url, null, null, null, null);
    }
}
