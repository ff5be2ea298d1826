package crosscheck.ingest;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
    /**
     * Fewest valid UTF-8 multi-byte sequences (and no invalid byte) for bytes to be read as UTF-8 against a declared
     * multi-byte charset (EUC-KR, GBK, Shift_JIS, Big5): their text has lead bytes that UTF-8 forbids, so a page in one
     * of them is valid UTF-8 over a few characters at most, while a page written in UTF-8 that declares one holds
     * hundreds.
     */
    private static final int MIN_UTF8_OVER_MULTIBYTE = 16;

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
        boolean declaredUtf8 = false;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            charset = Sniff.utf16(bytes);
            bomLength = 2;
        } else {
            // UTF-16 without a BOM shows in its zero bytes, whatever a page declares
            charset = Sniff.utf16(bytes);
        }
        if (charset == null && declared != null) {
            charset = checked(lookup(declared, where, problems), declared, bytes, where, problems);
            declaredUtf8 = charset == StandardCharsets.UTF_8;
        }
        if (charset == null && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = checked(lookup(m.group(1), where, problems), m.group(1), bytes, where, problems);
                declaredUtf8 = charset == StandardCharsets.UTF_8;
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        } else if (charset != StandardCharsets.UTF_8 && readsAsUtf8(bytes, bomLength, charset)) {
            problems.accept(Problem.warning("charset-mismatch", where, "declared charset " + charset.name()
                    + " does not match the bytes (valid UTF-8 beyond ASCII, none invalid); decoded as UTF-8"));
            charset = StandardCharsets.UTF_8;
        }
        if (declaredUtf8 && !looksLikeUtf8(bytes, bomLength)) {
            problems.accept(Problem.warning("charset-mismatch", where, "declared charset UTF-8 does not match the "
                    + "bytes (not one valid UTF-8 sequence beyond ASCII, and some invalid); decoded as windows-1252"));
            charset = Charset.forName("windows-1252");
        }
        return withoutNuls(decode(bytes, bomLength, charset, where, problems), where, problems);
    }

    /**
     * A declared charset, or null when the bytes contradict it: UTF-16 or UTF-32 declared on bytes without their
     * zero bytes (WHATWG browsers, too, read a page that declares UTF-16 in a meta tag as UTF-8).
     */
    private static @Nullable Charset checked(@Nullable Charset charset, String declared, byte[] bytes,
                                             SourceRef where, Consumer<Problem> problems) {
        if (charset == null) {
            return null;
        }
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.contains("UTF-16") || name.contains("UTF-32") || name.contains("UCS-2") || name.contains("UCS-4")) {
            problems.accept(Problem.warning("charset-mismatch", where, "declared charset '" + Snippets.clip(declared)
                    + "' does not match the bytes (they lack its zero bytes); decoded as UTF-8"));
            return null;
        }
        return charset;
    }

    /**
     * False when bytes past {@code offset} hold an invalid UTF-8 sequence and not one valid multi-byte sequence:
     * text in a single-byte charset, mislabelled.
     */
    static boolean looksLikeUtf8(byte[] bytes, int offset) {
        int[] counts = utf8Sequences(bytes, offset);
        return counts[0] > 0 || counts[1] == 0;
    }

    /**
     * Whether bytes past {@code offset} that declare {@code declared} are UTF-8 after all: they hold valid UTF-8
     * multi-byte sequences and no invalid one (text really in ISO-8859-1 or windows-125x almost never reads as valid
     * UTF-8 beyond ASCII), and for a multi-byte declared charset at least {@link #MIN_UTF8_OVER_MULTIBYTE} of them.
     * The bytes are scanned once.
     */
    private static boolean readsAsUtf8(byte[] bytes, int offset, Charset declared) {
        int[] counts = utf8Sequences(bytes, offset);
        return counts[0] > 0 && counts[1] == 0
                && (declared.newEncoder().maxBytesPerChar() == 1 || counts[0] >= MIN_UTF8_OVER_MULTIBYTE);
    }

    /** The valid multi-byte UTF-8 sequences ({@code [0]}) and the invalid bytes ({@code [1]}) past {@code offset}. */
    private static int[] utf8Sequences(byte[] bytes, int offset) {
        int valid = 0;
        int invalid = 0;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra == 0) {
                i++;
                continue;
            }
            boolean ok = extra > 0;
            for (int k = 1; ok && k <= extra; k++) {
                ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /**
     * The text without NUL characters, which no article holds (a stray NUL in a text file, a zero-filled block
     * after a crash), with one warning giving their count and the line of the first.
     */
    static String withoutNuls(String text, SourceRef where, Consumer<Problem> problems) {
        int first = text.indexOf('\u0000');
        if (first < 0) {
            return text;
        }
        int line = 1;
        for (int i = 0; i < first; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        String onLine = text.indexOf('\n') >= 0 ? " (first on line " + line + ")" : "";
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                count++;
            } else {
                out.append(c);
            }
        }
        problems.accept(nulsRemoved(count, onLine, where));
        return out.toString();
    }

    /** The bytes without NUL bytes, unless they are UTF-16, with a warning as {@link #withoutNuls}. */
    static byte[] withoutNulBytes(byte[] bytes, SourceRef where, Consumer<Problem> problems) {
        int count = 0;
        for (byte b : bytes) {
            count += b == 0 ? 1 : 0;
        }
        if (count == 0 || Sniff.utf16(bytes) != null) {
            return bytes;
        }
        byte[] out = new byte[bytes.length - count];
        int n = 0;
        int line = 1;
        int firstLine = 0;
        for (byte b : bytes) {
            if (b != 0) {
                out[n++] = b;
                line += b == '\n' ? 1 : 0;
            } else if (firstLine == 0) {
                firstLine = line;
            }
        }
        problems.accept(nulsRemoved(count, " (first on line " + firstLine + ")", where));
        return out;
    }

    private static Problem nulsRemoved(int count, String onLine, SourceRef where) {
        return Problem.warning("nul-bytes", where, count + " NUL byte" + (count == 1 ? "" : "s") + onLine
                + " removed");
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
        // The usual case first, at the speed of the string constructor: bytes that decode without a replacement
        // character hold nothing malformed or unmappable, and decode alike either way.
        String quick = new String(bytes, offset, bytes.length - offset, charset);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
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

    /**
     * A reader over a stream of text that is UTF-8 unless a byte-order mark or the zero bytes of UTF-16 say
     * otherwise; the byte-order mark is skipped and undecodable bytes become U+FFFD.
     *
     * @param in a stream that supports {@link InputStream#mark}, as {@link Inputs#open} returns
     */
    static Reader reader(InputStream in) throws IOException {
        in.mark(Inputs.HEAD_BYTES);
        byte[] head = in.readNBytes(Inputs.HEAD_BYTES);
        in.reset();
        Charset charset = Sniff.utf16(head);
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            bom = 2;
        }
        in.skipNBytes(bom);
        return new InputStreamReader(in, (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
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
