package crosscheck.annotate.attrib;

import java.util.ArrayList;
import java.util.List;

/**
 * A token of running text with its character offsets.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record Token(String text, int start, int end) {

    /**
     * The tokens of {@code text} between {@code from} and {@code to}: runs of letters and digits (with apostrophes,
     * hyphens, periods and commas inside them: "Clinton’s", "U.S", "1,300"), and every other visible character on its
     * own.
     */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            // Code points, not chars: an emoji is one token, never two lone surrogates that no encoder can write.
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (i < to) {
                    int d = text.codePointAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i += Character.charCount(d);
                    } else if (isJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                        i += 1 + Character.charCount(text.codePointAt(i + 1));
                    } else {
                        break;
                    }
                }
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '’' || c == '-' || c == '.' || c == ',';
    }
}
