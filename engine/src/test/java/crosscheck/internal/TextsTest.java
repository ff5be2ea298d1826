package crosscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** The definition that the fast loop implements. */
    static String reference(String s) {
        String t = s.replaceAll("[\\u200B\\u2060\\uFEFF\\u00AD]", "");
        return t.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\u1680\\u2028\\u2029\\u205F\\u0085]+", " ")
                .strip();
    }

    @Test
    void normalizeSpaceMatchesItsDefinitionOnRandomText() {
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\u00A0', '\u200B', '\u00AD', '\u2009', 'é', '.', '\u200C',
            '\u200D'};
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

    @Test
    void sanitizeReplacesLoneSurrogatesAndNoncharactersAndCountsThem() {
        Texts.Sanitized s = Texts.sanitize("Brask\uD800 and \uDC00Reyle at \uFFFE Lorne \uFDD0 \uFFFF \uD83F\uDFFE");
        assertEquals("Brask\uFFFD and \uFFFDReyle at \uFFFD Lorne \uFFFD \uFFFD \uFFFD", s.text());
        assertEquals(6, s.replaced());
    }

    @Test
    void sanitizeTurnsControlCharactersIntoSpacesAndKeepsTabsAndLineBreaks() {
        Texts.Sanitized s = Texts.sanitize("Mara\u0001Brask\u001B[31m said\u007F\u0090 it\t\r\nend\u0000");
        assertEquals("Mara Brask [31m said   it\t\r\nend ", s.text());
        assertEquals(5, s.replaced());
    }

    @Test
    void sanitizeTurnsWhiteSpaceControlsIntoSpacesWithoutCountingThem() {
        Texts.Sanitized s = Texts.sanitize("page one\fpage two\u000Bline\u0085next\u001Ffield");
        assertEquals("page one page two line next field", s.text());
        assertEquals(0, s.replaced());
    }

    /** Every character, after plain text and before more: replaced as the rules say, the text around it kept. */
    @Test
    void sanitizeTreatsEveryCharacterByItsRule() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String in = "Brask said " + ch + " in Lorne";
            Texts.Sanitized s = Texts.sanitize(in);
            boolean control = c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || c >= 0x7F && c <= 0x9F;
            boolean bad = Character.isSurrogate(ch) || Texts.isNoncharacter(c);
            String expected = bad ? "\uFFFD" : control ? " " : String.valueOf(ch);
            assertEquals("Brask said " + expected + " in Lorne", s.text(), "U+" + Integer.toHexString(c));
            if (!bad && !control) {
                assertSame(in, s.text(), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void sanitizeKeepsWellFormedTextAsTheSameString() {
        String text = "The mayor told reporters \uD83D\uDE21 that the Halvergate dam failed — “Brask” café 東京 \uD840\uDC0B";
        Texts.Sanitized s = Texts.sanitize(text);
        assertSame(text, s.text());
        assertEquals(0, s.replaced());
    }

    @Test
    void sanitizedRandomTextIsAlwaysWellFormedAndIdempotent() {
        char[] alphabet = {'a', ' ', '\n', '\u0001', '\u000B', '\u0085', '\uFFFE', '\uFDD5', '\uD83D', '\uDE21',
            '\uD800', '\uDFFF', '\uDBFF', '\uFFFD'};
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(10);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String in = sb.toString();
            String out = Texts.sanitize(in).text();
            assertTrue(WellFormed.clean(out), () -> "seed " + seed + ", input "
                    + in.chars().mapToObj(Integer::toHexString).toList());
            assertEquals(in.codePointCount(0, in.length()), out.codePointCount(0, out.length()), "one character for one");
            Texts.Sanitized again = Texts.sanitize(out);
            assertEquals(out, again.text(), "idempotent");
            assertEquals(0, again.replaced(), "idempotent");
        }
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String angry = "ab\uD83D\uDE21cd";
        assertEquals("ab", Texts.cut(angry, 3));
        assertEquals("ab\uD83D\uDE21", Texts.cut(angry, 4));
        assertEquals("ab", Texts.cut(angry, 2));
        assertEquals(angry, Texts.cut(angry, 99));
        assertEquals("", Texts.cut(angry, 0));
    }

    @Test
    void abbreviateNeverSplitsASurrogatePair() {
        String emojis = "\uD83D\uDE21".repeat(20);
        for (int max = 2; max < 30; max++) {
            String cut = Texts.abbreviate(emojis, max);
            assertTrue(WellFormed.pairs(cut), "max " + max);
            assertTrue(cut.length() <= max, "max " + max);
            assertTrue(cut.endsWith("…"));
        }
    }

    @Test
    void spanWidensToWholeCharacters() {
        String s = "x\uD83D\uDE21y";
        assertEquals("\uD83D\uDE21", Texts.span(s, 2, 3));
        assertEquals("\uD83D\uDE21y", Texts.span(s, 2, 4));
        assertEquals("x", Texts.span(s, 0, 1));
        assertEquals(1, Texts.codePointStart(s, 2));
        assertEquals(3, Texts.codePointEnd(s, 2));
        assertEquals(4, Texts.codePointEnd(s, 4));
    }
}
