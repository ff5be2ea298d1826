package crosscheck.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One extracted article: its metadata and its clean text.
 *
 * @param id        stable id, unique in a run (see {@link RawDocument#id()})
 * @param source    where it came from
 * @param url       canonical URL when known
 * @param outlet    the publishing outlet's name when known
 * @param title     the headline when known
 * @param byline    the author line when known ({@code "Dan Roe and Tom Poe"})
 * @param published publication date as ISO 8601 ({@code 2026-03-10} or {@code 2026-03-10T08:30:00+01:00}), or null
 * @param body      the clean text: paragraphs separated by one blank line, no leading or trailing blank
 * @param removed   what extraction dropped, in document order
 * @param modified  the date the article was last changed, ISO 8601 like {@code published}, kept apart from it;
 *                  null when unknown
 * @param language  the article's language as the page declares it ({@code en}, {@code en-GB}), or null
 * @param detectedLanguage the language of the body as a detector reads it, an ISO 639-1 code ({@code de}); null
 *                  when the text is too short or the detector is unsure
 */
public record Article(
        String id,
        SourceRef source,
        @Nullable String url,
        @Nullable String outlet,
        @Nullable String title,
        @Nullable String byline,
        @Nullable String published,
        String body,
        List<Removed> removed,
        @Nullable String modified,
        @Nullable String language,
        @Nullable String detectedLanguage) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }

    /** An article without a detected language. */
    public Article(String id, SourceRef source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                   @Nullable String byline, @Nullable String published, String body, List<Removed> removed,
                   @Nullable String modified, @Nullable String language) {
        this(id, source, url, outlet, title, byline, published, body, removed, modified, language, null);
    }

    /** An article without a modification date or language. */
    public Article(String id, SourceRef source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                   @Nullable String byline, @Nullable String published, String body, List<Removed> removed) {
        this(id, source, url, outlet, title, byline, published, body, removed, null, null, null);
    }

    /** This article with other metadata and the same text. */
    public Article withMetadata(@Nullable String url, @Nullable String outlet, @Nullable String title,
                                @Nullable String byline, @Nullable String published, @Nullable String modified) {
        return new Article(id, source, url, outlet, title, byline, published, body, removed, modified, language,
                detectedLanguage);
    }

    /** This article with the given detected language. */
    public Article withDetectedLanguage(@Nullable String detected) {
        return new Article(id, source, url, outlet, title, byline, published, body, removed, modified, language,
                detected);
    }

    /** The body's paragraphs, in order. */
    public List<String> paragraphs() {
        return body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
    }
}
