package crosscheck.core;

/**
 * Text made safe to print as part of one terminal line: file names and article text can hold line breaks,
 * terminal escape codes (ESC, which a terminal acts on: colours, cursor moves, a changed window title) and
 * direction overrides that make a name read differently from what it is.
 */
public final class OneLine {

    private OneLine() {
    }

    /**
     * {@code s} with every character a terminal would act on written as an escape: {@code \n}, {@code \r},
     * {@code \t}, other C0 and C1 control characters and DEL as {@code \xNN} (ESC is {@code \x1b}), line and
     * paragraph separators, bidirectional controls and lone surrogates as {@code \}{@code uNNNN}. Everything
     * else, backslashes included, is kept, so an ordinary name prints as it is; the same string when nothing
     * needs escaping.
     */
    public static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(s, i);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        }
        boolean lone = Character.isHighSurrogate(c)
                ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
        if (lone || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
