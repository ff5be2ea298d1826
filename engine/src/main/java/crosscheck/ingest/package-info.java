/**
 * Reading inputs: expanding paths ({@link crosscheck.ingest.InputFiles}), detecting each file's format by content
 * ({@link crosscheck.ingest.FormatRegistry}, {@link crosscheck.ingest.Sniff}), decoding bytes to text
 * ({@link crosscheck.ingest.TextDecoder}), and one {@link crosscheck.core.SourceFormat} per format: text, HTML, WARC
 * (jwarc), JSONL (Jackson), RSS and Atom (Rome).
 *
 * <p>Reads files; writes nothing. Every document gets an id unique in the run and a
 * {@link crosscheck.core.SourceRef} that names its file and record. A bad record is a
 * {@link crosscheck.core.Problem}, never the end of the batch.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.load();
 * InputFile file = InputFiles.expand(List.of("examples")).files().get(0);
 * try (Source s = formats.detect(file).orElseThrow().open(file, ReadOptions.defaults(), System.err::println)) {
 *     for (Optional<RawDocument> d = s.next(); d.isPresent(); d = s.next()) { ... }
 * }
 * }</pre>
 */
@NullMarked
package crosscheck.ingest;

import org.jspecify.annotations.NullMarked;
