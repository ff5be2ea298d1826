/**
 * Extraction: from a {@link crosscheck.core.RawDocument} to an {@link crosscheck.core.Article} with title, byline,
 * outlet, publication date, clean body, and the list of what was removed and why.
 * {@link crosscheck.extract.DensityExtractor} reads HTML, {@link crosscheck.extract.LineExtractor} cleans text that
 * was already scraped, and {@link crosscheck.extract.ArticleExtractor} routes between them and applies the metadata
 * that came with the document.
 *
 * <p>Invariants: the body's paragraphs are whitespace-normalised and separated by one blank line; every block of
 * the input is either in the body or in {@code removed} (titles and metadata lines aside). Extractors are pure,
 * stateless and thread-safe, and never recurse over the DOM.
 *
 * <pre>{@code
 * Extractor extractor = ArticleExtractor.standard();
 * Article a = extractor.extract(rawDocument).article();
 * System.out.println(a.title() + " — " + a.outlet());
 * a.removed().forEach(r -> System.out.println(r.reason() + ": " + r.text()));
 * }</pre>
 */
@NullMarked
package crosscheck.extract;

import org.jspecify.annotations.NullMarked;
