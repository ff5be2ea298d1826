/**
 * The crosscheck model and the stage interfaces.
 *
 * <p>Every value is an immutable record; every stage is an interface with one abstract method, so that
 * implementations can be swapped and a composite of stages is itself a stage. The pipeline reads files with a
 * {@link crosscheck.core.Source} (one per {@link crosscheck.core.SourceFormat}), turns each
 * {@link crosscheck.core.RawDocument} into an {@link crosscheck.core.Article} with an
 * {@link crosscheck.core.Extractor}, groups articles into {@link crosscheck.core.Story stories} with a
 * {@link crosscheck.core.Clusterer}, and writes a {@link crosscheck.core.Report} with
 * {@link crosscheck.core.Renderer renderers}.
 *
 * <p>Bad input is data: a stage that can still return a result adds a {@link crosscheck.core.Problem} to it; a
 * document that cannot be processed at all throws {@link crosscheck.core.StageException}, which the runner records
 * before it goes on with the rest of the batch.
 *
 * <pre>{@code
 * Extractor extractor = ...;                       // e.g. crosscheck.extract.DensityExtractor
 * Extraction x = extractor.extract(rawDocument);   // never null
 * Article a = x.article();                         // title, byline, outlet, published, body, removed
 * x.problems().forEach(p -> System.err.println(p.line()));
 * }</pre>
 *
 * <p>This package has no runtime dependencies.
 */
@NullMarked
package crosscheck.core;

import org.jspecify.annotations.NullMarked;
