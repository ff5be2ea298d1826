package crosscheck.internal;

/** Whitespace and character normalisation for extracted text. */
public final class Texts {

    private Texts() {
    }

    /**
     * Collapses every run of white space (non-breaking and other Unicode spaces and line breaks included) to one
     * space, removes zero-width spaces, word joiners, byte-order marks and soft hyphens, and strips the ends. The
     * zero-width joiner and non-joiner stay: they are part of the spelling in Persian, Hindi and other scripts
     * ("حرفه‌ای"), and of emoji sequences. Idempotent.
     */
    public static String normalizeSpace(CharSequence s) {
        int n = s.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        int written = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, pendingSpace ? i - 1 : i);
                }
                continue;
            }
            if (isSpace(c)) {
                if (out == null && (c != ' ' || written == 0 || i + 1 < n && isSpace(s.charAt(i + 1))
                        || i + 1 == n)) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                pendingSpace = written > 0;
                continue;
            }
            if (out != null) {
                if (pendingSpace) {
                    out.append(' ');
                }
                out.append(c);
            }
            pendingSpace = false;
            written++;
        }
        if (out == null) {
            return s.toString();
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\u3000' || c == '\u000B' || c >= '\u2000' && c <= '\u200A'
                || c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u205F' || c == '\u0085'
                || c == '\u001C' || c == '\u001D' || c == '\u001E' || c == '\u001F';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** True when the text ends like a sentence: a period, question or exclamation mark, perhaps inside quotes. */
    public static boolean endsLikeSentence(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’)»]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:。！？".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * The number of words, counted as runs of letters or digits; in scripts written without spaces (Chinese,
     * Japanese), every two characters count as a word.
     */
    public static int wordCount(String s) {
        int n = 0;
        int unspaced = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnspacedScript(c)) {
                unspaced++;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n + (unspaced + 1) / 2;
    }

    private static boolean isUnspacedScript(char c) {
        return c >= '\u3040' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF'
                || c >= '\uF900' && c <= '\uFAFF';
    }

    /** The text's words: lower-cased runs of letters and digits, everything else a separator. */
    public static String[] lowerWords(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? new String[0] : s.split(" +");
    }

    /** The first value that is neither null nor blank, or null. */
    public static @org.jspecify.annotations.Nullable String firstNonBlank(
            @org.jspecify.annotations.Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /**
     * The first {@code max} characters of {@code s}, cut at a word boundary, with an ellipsis when cut; never cut
     * inside a surrogate pair (an emoji), so the result is as well-formed as {@code s}.
     */
    public static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : cut(s, max - 1)) + "…";
    }

    /**
     * At most the first {@code max} UTF-16 characters of {@code s}, one fewer when the cut would fall inside a
     * surrogate pair: every shortening of text for output goes through here (or {@link #abbreviate}), so that no
     * emoji or other character outside the Basic Multilingual Plane is split into a lone surrogate, which no UTF-8
     * encoder can write.
     */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max);
        return s.substring(0, end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end);
    }

    /**
     * {@code s.substring(start, end)} widened to code-point boundaries: a start or end that falls between the two
     * halves of a surrogate pair moves out to take the whole pair, so a span never holds half a character.
     */
    public static String span(String s, int start, int end) {
        return s.substring(codePointStart(s, start), codePointEnd(s, end));
    }

    /** {@code i}, or {@code i - 1} when {@code i} falls between the two halves of a surrogate pair. */
    public static int codePointStart(CharSequence s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
                && Character.isHighSurrogate(s.charAt(i - 1)) ? i - 1 : i;
    }

    /** True when the character at {@code i} is a surrogate that is not half of a pair: no UTF-8 encoder writes it. */
    public static boolean isLoneSurrogate(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** {@code i}, or {@code i + 1} when {@code i} falls between the two halves of a surrogate pair. */
    public static int codePointEnd(CharSequence s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
                && Character.isHighSurrogate(s.charAt(i - 1)) ? i + 1 : i;
    }

    /**
     * Text made safe to process and to write in any output format, and how many characters that took.
     *
     * @param text     the sanitised text ({@code s} itself when nothing needed changing)
     * @param replaced how many characters were damage rather than layout: lone surrogates, noncharacters and
     *                 control characters other than the white-space ones (see {@link #sanitize})
     */
    public record Sanitized(String text, int replaced) {
    }

    /**
     * Makes text safe for everything after ingest: the analysis, the renderers (JSON, Markdown, HTML, XML) and the
     * terminal. Applied once to every document, before extraction and again to what extraction decoded.
     * <ul>
     *   <li>A lone surrogate (half of a UTF-16 pair, as a JSON escape or the HTML reference
     *       {@code &#xD800;} can give) becomes U+FFFD: it is no character and no UTF-8 encoder can write it.</li>
     *   <li>A Unicode noncharacter (U+FDD0–U+FDEF, and U+FFFE and U+FFFF of every plane) becomes U+FFFD: they are
     *       reserved for a program's internal use, XML 1.0 forbids U+FFFE and U+FFFF, and in news text they are
     *       always damage (a byte-order mark decoded the wrong way round).</li>
     *   <li>A C0 or C1 control character other than tab, line feed and carriage return (U+0000–U+001F, U+007F–U+009F)
     *       becomes a space, not nothing: such a character usually stands where a separator was (a field separator,
     *       a vertical tab that a word processor wrote for a line break, a page break), and a space never fuses two
     *       words into one false word or name ("Brask", U+0001, "said" stays two words), while the space
     *       normalisation of extraction folds any extra space away. XML 1.0 cannot hold these characters at all and
     *       a terminal acts on some of them (ESC starts a colour or cursor code).</li>
     * </ul>
     * The white-space controls (vertical tab, form feed, the separators U+001C–U+001F, next line U+0085) become
     * spaces without being counted: they are layout that text extraction already treats as space (a form feed
     * between the pages of a converted document), not damage worth a warning. Everything else, unassigned code
     * points and private-use characters included, is kept.
     */
    public static Sanitized sanitize(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && isPlain(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return new Sanitized(s, 0);
        }
        StringBuilder out = null;
        int replaced = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            int width = 1;
            char put;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                width = 2;
                put = isNoncharacter(Character.toCodePoint(c, s.charAt(i + 1))) ? '\uFFFD' : 0;
            } else if (Character.isSurrogate(c) || isNoncharacter(c)) {
                put = '\uFFFD';
            } else {
                put = isControl(c) ? ' ' : 0;
            }
            if (put == 0) {
                if (out != null) {
                    out.append(s, i, i + width);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append(put);
                replaced += isSpaceControl(c) ? 0 : 1;
            }
            i += width - 1;
        }
        return new Sanitized(out == null ? s : out.toString(), replaced);
    }

    /**
     * A character {@link #sanitize} keeps as it is whatever stands around it: no control character but tab, line
     * feed and carriage return, no surrogate, no noncharacter.
     */
    private static boolean isPlain(char c) {
        return c >= 0x20 ? c < 0x7F || c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c < 0xFDD0 || c > 0xFDEF && c < 0xFFFE
                : c == '\t' || c == '\n' || c == '\r';
    }

    /** True for U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …). */
    public static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /** C0 and C1 control characters, except tab, line feed and carriage return. */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /** The controls that Unicode counts as white space (or as separators, U+001C–U+001F): layout, not damage. */
    private static boolean isSpaceControl(char c) {
        return c == '\u000B' || c == '\f' || c >= '\u001C' && c <= '\u001F' || c == '\u0085';
    }

    /** "A", "A and B", "A, B and C": a list of names as a sentence gives it; "" for none. */
    public static String andList(java.util.List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
