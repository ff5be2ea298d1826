package crosscheck.ingest;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a document to text. The charset comes from, in order: a byte-order mark, the charset the
 * transport declared (an HTTP header in a WARC record), an HTML {@code <meta>} charset in the first 4 KiB, and
 * UTF-8 otherwise. Bytes that the charset cannot decode are replaced with U+FFFD and reported once per document,
 * with their count and the offset of the first.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private TextDecoder() {
    }

    /**
     * Decodes bytes to a string.
     *
     * @param bytes    the document's bytes
     * @param declared the charset declared by the transport, or null
     * @param html     whether to look for an HTML meta charset
     * @param where    the document, for problems
     * @param problems receives a warning when bytes were replaced or a declared charset is unknown
     */
    public static String decode(byte[] bytes, @Nullable String declared, boolean html, SourceRef where,
                                Consumer<Problem> problems) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset == null && declared != null) {
            charset = lookup(declared, where, problems);
        }
        if (charset == null && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = lookup(m.group(1), where, problems);
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        return decode(bytes, bomLength, charset, where, problems);
    }

    /** Finds a charset by name, reporting unknown names. */
    static @Nullable Charset lookup(String name, SourceRef where, Consumer<Problem> problems) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        // Pages that say iso-8859-1 are nearly always windows-1252, as browsers assume (WHATWG Encoding).
        if (trimmed.equals("iso-8859-1") || trimmed.equals("latin1") || trimmed.equals("us-ascii")) {
            trimmed = "windows-1252";
        }
        try {
            return Charset.forName(trimmed);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.accept(Problem.warning("unknown-charset", where,
                    "declared charset '" + Snippets.clip(name) + "' is unknown; decoded as UTF-8"));
            return null;
        }
    }

    private static String decode(byte[] bytes, int offset, Charset charset, SourceRef where,
                                 Consumer<Problem> problems) {
        if (bytes.length <= offset) {
            return "";
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        int replaced = 0;
        long firstBad = -1;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                replaced++;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                throw new IllegalStateException("decode buffer too small for " + bytes.length + " bytes");
            } else {
                break;
            }
        }
        decoder.flush(out);
        if (replaced > 0) {
            problems.accept(Problem.warning("undecodable-bytes", where, replaced + " byte sequence"
                    + (replaced == 1 ? " is" : "s are") + " not valid " + charset.name() + " (first at byte "
                    + firstBad + "); replaced with U+FFFD"));
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
