package crosscheck.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/**
 * The writers for stdout and stderr. Java 17 writes them in the locale's encoding, which is ASCII when no locale is
 * set ({@code LANG} unset, as in many containers and cron jobs): every other character, the {@code é} of a file
 * name included, would print as {@code ?}, so two names could read alike. Under such an encoding each character it
 * cannot write is printed as {@code \}{@code uNNNN} instead; under UTF-8 nothing changes.
 */
final class Terminal {

    private Terminal() {
    }

    /** A writer to the stream in the default encoding, escaping what that encoding cannot write. */
    static PrintWriter writer(OutputStream stream) {
        Charset charset = Charset.defaultCharset();
        Writer w = new OutputStreamWriter(stream, charset);
        String name = charset.name().toUpperCase(Locale.ROOT);
        boolean unicode = name.startsWith("UTF-") || name.equals("GB18030");
        return new PrintWriter(unicode ? w : new Escaping(w, charset.newEncoder()), true);
    }

    /** Writes what the encoder can encode as it is and everything else as {@code \}{@code uNNNN}. */
    static final class Escaping extends FilterWriter {
        private final CharsetEncoder encoder;

        Escaping(Writer out, CharsetEncoder encoder) {
            super(out);
            this.encoder = encoder;
        }

        @Override
        public void write(int c) throws IOException {
            synchronized (lock) {
                if (encoder.canEncode((char) c)) {
                    out.write(c);
                } else {
                    out.write(String.format(Locale.ROOT, "\\u%04x", c & 0xFFFF));
                }
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            synchronized (lock) {
                for (int i = off; i < off + len; i++) {
                    write(buf[i]);
                }
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }
    }
}
