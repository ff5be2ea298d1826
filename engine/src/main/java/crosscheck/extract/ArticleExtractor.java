package crosscheck.extract;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extraction;
import crosscheck.core.Extractor;
import crosscheck.core.RawDocument;
import crosscheck.core.Problem;
import crosscheck.internal.Bounds;
import crosscheck.internal.Dates;
import crosscheck.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The extractor the pipeline uses: HTML documents go to one extractor, plain text to another, and the metadata
 * that came with the document from outside ({@link DocumentHints}: JSONL fields, feed items, WARC headers) takes
 * precedence over what the content suggests. Without a URL-stated outlet, the URL's domain names it.
 *
 * <p>Stateless and thread-safe when both delegates are.
 */
public final class ArticleExtractor implements Extractor {

    private final Extractor html;
    private final Extractor text;

    /** Uses the given extractors for HTML and plain text. */
    public ArticleExtractor(Extractor html, Extractor text) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The default: {@link DensityExtractor} for HTML, {@link LineExtractor} for text. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new DensityExtractor(), new LineExtractor());
    }

    @Override
    public Extraction extract(RawDocument document) {
        String content = Bounds.capCombiningMarks(document.content());
        RawDocument doc = content.equals(document.content()) ? document
                : new RawDocument(document.id(), document.source(), document.format(), content, document.hints());
        Extraction x = switch (doc.format()) {
            case HTML -> html.extract(doc);
            case TEXT -> text.extract(doc);
        };
        List<Problem> problems = x.problems();
        if (doc != document) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.warning("combining-marks", document.source(), "characters carrying more than "
                    + Bounds.MAX_COMBINING_MARKS + " combining marks each: the marks past the first "
                    + Bounds.MAX_COMBINING_MARKS + " were dropped (" + (document.content().length() - content.length())
                    + " characters)"));
        }
        Article a = x.article();
        if (a.detectedLanguage() == null && doc.format() == DocumentFormat.TEXT) {
            a = a.withDetectedLanguage(Languages.detect(a.body()));
        }
        return new Extraction(withHints(a, document.hints()), problems);
    }

    private static Article withHints(Article a, DocumentHints h) {
        String url = Texts.firstNonBlank(h.url(), a.url());
        String outlet = Texts.firstNonBlank(h.outlet(), a.outlet(), PageMetadata.domain(url));
        String published = Texts.firstNonBlank(Dates.normalize(h.published()), a.published(), Dates.fromUrl(url));
        String byline = Texts.firstNonBlank(Bylines.withoutPrefix(h.byline()),
                a.byline());
        return a.withMetadata(url, outlet, Texts.firstNonBlank(h.title(), a.title()), byline, published,
                a.modified());
    }

}
