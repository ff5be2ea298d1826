package crosscheck.core;

/**
 * Limits that apply while reading inputs.
 *
 * @param maxDocumentBytes the largest document (a file, a WARC record, a JSONL line, a feed) read, in bytes after
 *                         decompression; larger ones are skipped with a problem
 */
public record ReadOptions(long maxDocumentBytes) {

    /** 32 MiB: far above any real article page, far below what would exhaust the heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

    public ReadOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
        }
    }

    /** The defaults. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
