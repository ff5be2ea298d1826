package crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Looks at the first bytes of a file to tell what it holds. */
public final class Sniff {

    private Sniff() {
    }

    /** True for gzip's magic number. */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * True when the bytes do not look like text in any ASCII-compatible charset or UTF-16 with a BOM: a NUL byte,
     * or more than 2% of other control characters.
     */
    public static boolean isBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B || c == 0x7F) {
                control++;
            }
        }
        return control > head.length / 50 + 1;
    }

    /** The head as lower-case text (Latin-1, so every byte maps), without a BOM and leading white space. */
    public static String lowerText(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
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
}
