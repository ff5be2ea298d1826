package crosscheck.pipeline;

import crosscheck.core.Article;
import crosscheck.core.DocumentHints;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.Removed;
import crosscheck.core.SourceRef;
import crosscheck.internal.Texts;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sanitises one document at ingest with {@link Texts#sanitize}: its decoded content and hints before extraction, and
 * the extracted article's fields after it, since a parser decodes character references ({@code &#xD800;}) that the
 * raw text did not hold as characters. Every document of every format passes through here once, before extraction
 * and annotation, so nothing after ingest meets a lone surrogate, a noncharacter or a control character.
 * One instance per document; not thread-safe.
 */
final class IngestSanitizer {

    /** The code of the warning a document that needed sanitising gets. */
    static final String CODE = "bad-characters";

    private int replaced;

    /** The document with its content and hints sanitised. */
    RawDocument document(RawDocument d) {
        DocumentHints h = d.hints();
        DocumentHints hints = new DocumentHints(clean(h.url()), clean(h.outlet()), clean(h.title()),
                clean(h.byline()), clean(h.published()));
        return new RawDocument(d.id(), d.source(), d.format(), clean(d.content()), hints);
    }

    /** The article with every text field sanitised. */
    Article article(Article a) {
        return new Article(a.id(), a.source(), clean(a.url()), clean(a.outlet()), clean(a.title()), clean(a.byline()),
                clean(a.published()), clean(a.body()),
                a.removed().stream().map(r -> new Removed(clean(r.text()), r.reason())).toList(),
                clean(a.modified()), clean(a.language()), clean(a.detectedLanguage()));
    }

    /** One warning naming the document when anything was replaced, saying how much. */
    Optional<Problem> problem(SourceRef where) {
        if (replaced == 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(CODE, where, replaced + (replaced == 1 ? " character" : " characters")
                + " that text must not hold (lone surrogates, Unicode noncharacters, control characters) replaced by "
                + "U+FFFD or a space"));
    }

    private @Nullable String clean(@Nullable String s) {
        if (s == null) {
            return null;
        }
        Texts.Sanitized r = Texts.sanitize(s);
        replaced += r.replaced();
        return r.text();
    }
}
