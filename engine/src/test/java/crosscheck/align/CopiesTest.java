package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence printed again word for word is a copy, not an independent origin (sentences written for this test). */
class CopiesTest {

    private static boolean copied(String earlier, String later) {
        return StoryChecker.copied(StoryChecker.shingles(earlier), StoryChecker.shingles(later));
    }

    @Test
    void aSentenceRepeatedWordForWordIsACopy() {
        String s = "The consultancy was registered in Tellmouth last year and lists no staff at its address.";
        assertTrue(copied(s, s));
        assertTrue(copied(s, "The consultancy was registered in Tellmouth last year and lists no staff at its "
                + "address, records show."));
    }

    @Test
    void aParaphraseOrAShortSentenceIsNot() {
        assertFalse(copied("The consultancy was registered in Tellmouth last year and lists no staff at its address.",
                "Records show the firm, set up in Tellmouth a year ago, has no employees."));
        assertFalse(copied("He said so.", "He said so."), "too short to tell a copy from a common phrase");
    }
}
