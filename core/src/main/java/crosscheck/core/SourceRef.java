package crosscheck.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a document came from: the input file as the user named it, and the record inside it when the file holds
 * several (a JSONL line, a WARC record, a feed item).
 *
 * @param file   the file path as given or found by the user's arguments, never empty
 * @param record the record inside the file ({@code "line 3"}, {@code "record 2 at offset 4096"},
 *               {@code "item 1"}), or null when the file is one document
 */
public record SourceRef(String file, @Nullable String record) {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (file.isEmpty()) {
            throw new IllegalArgumentException("file must not be empty");
        }
    }

    /** A reference to a whole file. */
    public static SourceRef of(String file) {
        return new SourceRef(file, null);
    }

    /** A reference to one record inside a file. */
    public static SourceRef of(String file, String record) {
        return new SourceRef(file, Objects.requireNonNull(record, "record"));
    }

    /** {@code file} or {@code file, record}, as printed in messages. */
    @Override
    public String toString() {
        return record == null ? file : file + ", " + record;
    }
}
