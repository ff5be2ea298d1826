package crosscheck.ingest;

import crosscheck.core.InputFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/** Opening and reading input files, with gzip undone and sizes bounded. */
public final class Inputs {

    /** How much of a file {@link #head} reads. */
    public static final int HEAD_BYTES = 8192;

    private Inputs() {
    }

    /** Opens a file, decompressing it when it starts with gzip's magic number. */
    public static InputStream open(InputFile file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 65536);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1F && b1 == 0x8B) {
                return new BufferedInputStream(new GZIPInputStream(in, 65536), 65536);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Up to the first 8 KiB of a file's content, decompressed. A truncated gzip stream gives what could be read, or
     * throws {@link java.io.EOFException} when nothing could.
     */
    public static byte[] head(InputFile file) throws IOException {
        byte[] buffer = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = open(file)) {
            int r;
            while (n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0) {
                n += r;
            }
        } catch (java.io.EOFException e) {
            if (n == 0) {
                throw e;
            }
            // a truncated gzip stream: keep what came before the cut; reading the whole file will report it
        }
        return java.util.Arrays.copyOf(buffer, n);
    }

    /**
     * Reads a whole stream, failing with {@link TooLargeException} past {@code limit} bytes.
     */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        // One byte past the limit tells a document over it; readNBytes copies the bytes once, not at each doubling.
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            throw new TooLargeException(limit);
        }
        return bytes;
    }

    /** A document over the size limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException(long limit) {
            super("larger than the per-document limit of " + humanBytes(limit)
                    + " (raise it with --max-document-size); skipped");
        }
    }

    /** {@code 12.3 MiB}. */
    public static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double v = bytes;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(java.util.Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[i]);
    }
}
