package crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Looks at the first bytes of a file to tell what it holds. */
public final class Sniff {

    /** The first bytes of common binary formats: images, archives, PDF, executables, audio and video. */
    private static final byte[][] BINARY_MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'B', 'Z', 'h'},
            {(byte) 0xFD, '7', 'z', 'X', 'Z'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {0x7F, 'E', 'L', 'F'},
            {'R', 'I', 'F', 'F'}, {'O', 'g', 'g', 'S'}, {'I', 'D', '3'}, {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
            {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'S', 'Q', 'L', 'i', 't', 'e'},
    };

    private Sniff() {
    }

    /** True for gzip's magic number. */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * True when the bytes do not look like text in any ASCII-compatible charset or UTF-16: the magic number of a
     * binary format, more than a quarter NUL bytes (outside the pattern of UTF-16), or more than 2% of control
     * characters, a run of NULs counting as one. A few stray NULs in text do not make it binary: the decoder drops
     * them with a warning.
     */
    public static boolean isBinary(byte[] head) {
        if (utf16(head) != null) {
            return false;
        }
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(head, magic)) {
                return true;
            }
        }
        int control = 0;
        int nuls = 0;
        for (int i = 0; i < head.length; i++) {
            int c = head[i] & 0xFF;
            if (c == 0) {
                nuls++;
                if (i > 0 && head[i - 1] == 0) {
                    continue;
                }
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B || c == 0x7F) {
                control++;
            }
        }
        return nuls > head.length / 4 || control > head.length / 50 + 1;
    }

    /**
     * UTF-16 when the bytes say so: a byte-order mark, or, without one, the zero bytes of UTF-16 text whose
     * characters are mostly in the Latin range: at least 40% of the high bytes zero, nearly none of the low bytes,
     * and the low bytes beside a zero mostly printable.
     *
     * @return {@code UTF-16LE} or {@code UTF-16BE}, or null when the bytes do not look like UTF-16
     */
    public static @Nullable Charset utf16(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        int pairs = Math.min(head.length, Inputs.HEAD_BYTES) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        int evenPrintable = 0;
        int oddPrintable = 0;
        for (int p = 0; p < pairs; p++) {
            int even = head[2 * p] & 0xFF;
            int odd = head[2 * p + 1] & 0xFF;
            if (even == 0) {
                evenZero++;
                oddPrintable += printable(odd) ? 1 : 0;
            }
            if (odd == 0) {
                oddZero++;
                evenPrintable += printable(even) ? 1 : 0;
            }
        }
        if (oddZero * 10 >= pairs * 4 && evenZero * 20 <= pairs && evenPrintable * 10 >= oddZero * 9) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 4 && oddZero * 20 <= pairs && oddPrintable * 10 >= evenZero * 9) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean printable(int b) {
        return b >= 0x20 && b != 0x7F || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * The head as lower-case text without a BOM and leading white space: decoded as UTF-16 when {@link #utf16}
     * says so, else as Latin-1, so every byte maps.
     */
    public static String lowerText(byte[] head) {
        Charset utf16 = utf16(head);
        String s = utf16 != null ? new String(head, 0, head.length & ~1, utf16)
                : new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        } else if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.stripLeading().toLowerCase(Locale.ROOT);
    }

    /** The file name's extension after removing {@code .gz}, lower case, without the dot; empty if none. */
    public static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : "";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
