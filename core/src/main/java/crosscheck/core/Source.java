package crosscheck.core;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the documents of one input file, one at a time.
 *
 * <p>A record that cannot be read (a JSONL line that is not JSON, a truncated WARC record) is reported to the
 * problem listener given when the source was opened and skipped; {@code next()} then goes on with the next record.
 * An {@link IOException} means the rest of the file cannot be read; documents already returned stay valid.
 *
 * <p>Not thread-safe: one source is read by one thread.
 */
@FunctionalInterface
public interface Source extends Closeable {

    /** The next document, or empty at the end of the input. */
    Optional<RawDocument> next() throws IOException;

    /** Releases the file. The default does nothing. */
    @Override
    default void close() throws IOException {
        // nothing to release
    }
}
