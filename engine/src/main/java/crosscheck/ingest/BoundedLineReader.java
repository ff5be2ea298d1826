package crosscheck.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than a set number of characters
 * of one line: a longer line is skipped to its end and reported as {@link #OVERSIZED}, so that one huge line (or a
 * decompression bomb without line breaks) cannot exhaust the heap. Not thread-safe.
 */
final class BoundedLineReader implements Closeable {

    /** Returned in place of a line that was longer than the limit; compare by identity. */
    static final String OVERSIZED = new String("<oversized line>");

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[65536];
    private int pos;
    private int len;
    private boolean skipLf;

    BoundedLineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #OVERSIZED}, or null at the end. */
    @Nullable String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean oversized = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? (oversized ? OVERSIZED : line.toString()) : null;
                }
            }
            char c = buffer[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return oversized ? OVERSIZED : line.toString();
            }
            if (!oversized) {
                if (line.length() >= maxChars) {
                    oversized = true;
                    line = new StringBuilder();
                } else {
                    line.append(c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
