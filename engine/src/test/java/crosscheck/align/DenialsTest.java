package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void recognisesShamsPleasAndThingsThatNeverHappened() {
        for (String s : List.of(
                "Reyle called the port authority's allegations a \"sham lawsuit about a bogus "
                        + "claim.\"",
                "Harbor director Mara Lindqvist called the D.N.C.-style allegations a sham.",
                "“This is a sham lawsuit filed by a desperate rival,” Reyle said in a statement.",
                "The mayor said that 'the bribes thing' is nonsense.",
                "It’s a total witch hunt, Lindqvist said.",
                "Lindqvist has pleaded not guilty to the charges.",
                "Lindqvist has continued to maintain her innocence.",
                "Reyle said the meeting never happened.",
                "Reyle dismissed it in an email as a conspiracy theory.",
                "Lindqvist has disputed some parts of the account.",
                "Over the years, the two governments dismissed Skarv's insistence that the money "
                        + "was a loan.")) {
            assertTrue(Denials.isDenial(s), s);
        }
    }

    @Test
    void courtsMotionsRefusalsAndDisputesAreNoDenials() {
        for (String s : List.of(
                "To reach the discovery stage, lawsuits have to survive any motion to dismiss the "
                        + "litigation by the defendants.",
                "“While this lawsuit is frivolous and will be dismissed, we will fight it,” "
                        + "Reyle said.",
                "The judge dismissed the lawsuit on Friday.",
                "Tellmouth is widely believed to hold the files, though it neither confirms nor "
                        + "denies holding them.",
                "Police say a dispute over gym shoes led to the fatal shooting.",
                "The disputed contract was signed in March.",
                "Reyle declined to comment.",
                "The consulate denied him a visa in May.",
                "The court denied bail.",
                "His lawyers sought to limit the terms of any interview, worried that he could end "
                        + "up making false statements.",
                "Cummings called it a blatant effort to deny justice.",
                "Reyle rejected the offer.")) {
            assertFalse(Denials.isDenial(s), s);
        }
    }

    @Test
    void aPleaDeniesTheCharges() {
        assertTrue(Denials.pleads("Lindqvist has pleaded not guilty to the charges."));
        assertFalse(Denials.pleads("Lindqvist denied the charges."));
    }

    @Test
    void aResolvedNameMustFitTheNameAsWritten() {
        assertTrue(Denials.sameName("Reyle", "Tomas Reyle"));
        assertFalse(Denials.sameName("Mr. Brask", "Brask Tower"));
        assertFalse(Denials.sameName("Brask", "Teodor Brask Jr."));
        assertFalse(Denials.sameName("Mr. Lindqvist", "Mara Lindqvist"), "Mara is a woman's name");
        assertTrue(Denials.sameName("Ms. Lindqvist", "Mara Lindqvist"));
    }

    @Test
    void photoCaptionsAreRecognised() {
        assertTrue(Denials.isCaption("Mara Lindqvist, right, the port chief, with Tomas Reyle in January."));
        assertFalse(Denials.isCaption("Mara Lindqvist, the port chief, met Tomas Reyle in January."));
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
