package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceTermsTest {

    @Test
    void theLastDottedWordIsWhatAPatternTriedAtEveryPositionFinds() {
        Pattern pattern = Pattern.compile("([\\p{L}.]+)\\.$");
        Random r = new Random(7);
        String alphabet = "ab.Z .\n\r,é1\u0085\uD835\uDC00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            Matcher m = pattern.matcher(text);
            assertEquals(m.find() ? m.group(1) : null, SentenceTerms.lastDottedWord(text), "'" + text + "'");
        }
        assertEquals("F.B.I", SentenceTerms.lastDottedWord("The F.B.I."));
        assertEquals("Gen", SentenceTerms.lastDottedWord("Joined by Gen.\r\n"));
        assertNull(SentenceTerms.lastDottedWord("It ended!"));
        assertNull(SentenceTerms.lastDottedWord("."));
    }
}
