package crosscheck.core;

import java.util.Objects;

/**
 * One document as read from an input, decoded to text but otherwise untouched.
 *
 * @param id      the article id: the file name without its extension for a file holding one document,
 *                {@code name#1}, {@code name#2}, … for a file holding several
 * @param source  where it came from
 * @param format  how to read {@code content}
 * @param content the decoded text (HTML markup included for {@link DocumentFormat#HTML})
 * @param hints   metadata that came with the document from outside its content
 */
public record RawDocument(String id, SourceRef source, DocumentFormat format, String content, DocumentHints hints) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hints, "hints");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank (source=" + source + ")");
        }
    }
}
