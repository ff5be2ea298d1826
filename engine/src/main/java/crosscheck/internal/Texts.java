package crosscheck.internal;

import java.util.regex.Pattern;

/** Whitespace and character normalisation for extracted text. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    private Texts() {
    }

    /**
     * Collapses every run of white space (non-breaking and other Unicode spaces and line breaks included) to one
     * space, removes zero-width characters and soft hyphens, and strips the ends. Idempotent.
     */
    public static String normalizeSpace(CharSequence s) {
        String t = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** True when the text ends like a sentence: a period, question or exclamation mark, perhaps inside quotes. */
    public static boolean endsLikeSentence(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’)»]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:".indexOf(t.charAt(i)) >= 0;
    }

    /** The number of words, counted as runs of letters or digits. */
    public static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
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
}
