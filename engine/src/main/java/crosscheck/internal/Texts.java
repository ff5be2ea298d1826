package crosscheck.internal;

/** Whitespace and character normalisation for extracted text. */
public final class Texts {

    private Texts() {
    }

    /**
     * Collapses every run of white space (non-breaking and other Unicode spaces and line breaks included) to one
     * space, removes zero-width characters and soft hyphens, and strips the ends. Idempotent.
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
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
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

    /** The first {@code max} characters of {@code s}, cut at a word boundary, with an ellipsis when cut. */
    public static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max - 1)) + "…";
    }

    /** "A", "A and B", "A, B and C": a list of names as a sentence gives it; "" for none. */
    public static String andList(java.util.List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
