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
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.' || c == ',';
    }
}
