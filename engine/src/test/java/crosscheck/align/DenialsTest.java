package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Denials recognised in sentences written for these tests (names are made up). */
class DenialsTest {

    @Test
    void recognisesDenyingVerbsAndCallingSomethingFalse() {
        assertTrue(Denials.isDenial("The ministry denied that the minister had met the contractor."));
        assertTrue(Denials.isDenial("Palace spokesperson Ilse Marov dismissed the alleged meeting between the two "
                + "men, saying there had been only one phone call."));
        assertTrue(Denials.isDenial("On Monday, her office called the report “baseless.”"));
        assertTrue(Denials.isDenial("The company rejected the accusations."));
    }

    @Test
    void negatedDenialIsNone() {
        assertFalse(Denials.isDenial("He didn’t deny having met the contractor, though."));
        assertFalse(Denials.isDenial("The firm did not dispute that it had received the money."));
        assertFalse(Denials.isDenial("The council said the roads would reopen on Friday."));
    }

    @Test
    void whatIsDeniedStartsAfterTheVerb() {
        String s = "The ministry denied that the minister had met the contractor.";
        assertEquals(" that the minister had met the contractor.", s.substring(Denials.contentStart(s)));
        String called = "Her office called the report “baseless.”";
        assertTrue(Denials.deniesTheReport(called.substring(Denials.contentStart(called))));
        assertFalse(Denials.deniesTheReport(s.substring(Denials.contentStart(s))));
    }

    @Test
    void hedgesAreRecognised() {
        assertTrue(Denials.hedges("The mayor reportedly met the developer twice."));
        assertFalse(Denials.hedges("The mayor met the developer twice."));
    }

    @Test
    void severalDeniersReadAsAList() {
        assertEquals("", crosscheck.internal.Texts.andList(java.util.List.of()));
        assertEquals("Reyle", crosscheck.internal.Texts.andList(java.util.List.of("Reyle")));
        assertEquals("Reyle and the governor's office",
                crosscheck.internal.Texts.andList(java.util.List.of("Reyle", "the governor's office")));
        assertEquals("A, B and C", crosscheck.internal.Texts.andList(java.util.List.of("A", "B", "C")));
    }
}
