package crosscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** The definition that the fast loop implements. */
    static String reference(String s) {
        String t = s.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]", "");
        return t.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\u1680\\u2028\\u2029\\u205F\\u0085]+", " ")
                .strip();
    }

    @Test
    void normalizeSpaceMatchesItsDefinitionOnRandomText() {
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\u00A0', '\u200B', '\u00AD', '\u2009', 'é', '.'};
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            String expected = reference(s);
            assertEquals(expected, Texts.normalizeSpace(s), () -> "seed " + seed + ", input '" + s + "'");
            assertEquals(expected, Texts.normalizeSpace(expected), "idempotent");
        }
    }

    @Test
    void endsLikeSentenceLooksThroughClosingQuotes() {
        assertEquals(true, Texts.endsLikeSentence("He said “yes.”"));
        assertEquals(false, Texts.endsLikeSentence("Related stories"));
    }

    @Test
    void abbreviateCutsAtAWord() {
        assertEquals("one two…", Texts.abbreviate("one two three", 10));
        assertEquals("short", Texts.abbreviate("short", 10));
    }
}
