package crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How an input file is named in messages and reports. The JVM decodes a file name's bytes with the system's
 * encoding ({@code sun.jnu.encoding}: UTF-8 under {@code LANG=C.UTF-8}, ASCII when no locale is set), and every
 * byte it cannot decode becomes U+FFFD, so {@code \xff\xfe.txt} and {@code \xfe\xff.txt} would both be named
 * {@code ��.txt}, and without a locale {@code café.txt} would be {@code caf��.txt}. For such a name the bytes are
 * read again from the path's URI (which keeps them) and decoded as UTF-8, each byte that is not UTF-8 written
 * {@code \xNN}: the name that {@code ls} shows, and one that tells files apart.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The path as the user gave it or as found, with the bytes of a name the JVM could not decode shown. */
    public static String display(Path p) {
        String s = p.toString();
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        if (p.getRoot() != null) {
            out.append(p.getRoot());
        }
        String separator = p.getFileSystem().getSeparator();
        for (int i = 0; i < p.getNameCount(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(element(p.getName(i)));
        }
        return out.toString();
    }

    /** One element of a path (a file or folder name), shown as {@link #display} shows it. */
    private static String element(Path name) {
        String s = name.toString();
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        String raw = name.toAbsolutePath().toUri().getRawPath();
        if (raw == null) {
            return s;
        }
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return utf8OrEscapes(percentDecode(raw.substring(raw.lastIndexOf('/') + 1)));
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** The bytes decoded as UTF-8, each byte that is not part of a UTF-8 character written {@code \xNN}. */
    static String utf8OrEscapes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        while (true) {
            CoderResult r = decoder.decode(in, chars, true);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (!r.isError()) {
                break;
            }
            for (int k = 0; k < r.length(); k++) {
                out.append(String.format(Locale.ROOT, "\\x%02x", in.get() & 0xFF));
            }
        }
        return out.toString();
    }
}
