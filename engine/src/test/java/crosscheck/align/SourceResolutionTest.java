package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.annotate.Outlets;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a source as written resolves to one origin (texts written for this test). */
class SourceResolutionTest {

    @Test
    void anOutletsNameShortNameAndDomainAreOneOutlet() {
        Outlets outlets = Outlets.standard();
        assertEquals("The New York Times", outlets.canonical("nytimes.com"));
        assertEquals("The New York Times", outlets.canonical("NYT"));
        assertEquals("The New York Times", outlets.canonical("the New York Times"));
        assertEquals("The New York Times", outlets.canonical("www.nytimes.com"));
        assertTrue(outlets.isAgency("AP"));
        assertFalse(outlets.isAgency("Fox News"));
        Article a = new Article("a", SourceRef.of("a.txt"), null, "nytimes.com", null, null, null, "Text.",
                List.of());
        assertEquals("The New York Times", Origins.outletName(a));
    }

    @Test
    void wireCopyHasTheAgencyAsOrigin() {
        assertEquals("Reuters", Origins.wireAgency("WASHINGTON, April 30 (Reuters)-The council voted on Monday."));
        assertEquals("Agence France-Presse", Origins.wireAgency("Halvergate (AFP) – The council voted."));
        assertEquals("The Associated Press", Origins.wireAgency("The council voted.\n\nCopyright Associated Press"));
        assertEquals("United Press International",
                Origins.wireAgency("The council voted. UPI contributed to this report."));
        assertNull(Origins.wireAgency("HALVERGATE, Ohio (WXYZ) – The council voted. Ann Reyle contributed reporting."));
        assertEquals("Reuters", Origins.wireAgency("The council voted.\n© 2016 Reuters"));
        assertNull(Origins.wireAgency("The council voted. Reuters said nothing more.\nCopyright holders met."));
    }

    @Test
    void theAuthoritiesAreOneBodyHoweverNamed() {
        for (String s : List.of("Halvergate police", "Police", "the sheriff's office", "Deputies",
                "Deputies with the Lorne County Sheriff’s Department", "Lorne Valley State Police", "investigators",
                "officials", "local authorities", "prosecutors")) {
            assertEquals("authorities", Bodies.body(s), s);
        }
        for (String s : List.of("U.S. officials", "two officials", "a police officer's neighbor", "Police Chief Ann Reyle",
                "the Democrats")) {
            assertNull(Bodies.body(s), s);
        }
        assertTrue(Bodies.officialTitleBefore("five others injured, said Sgt. "));
        assertTrue(Bodies.officialTitleBefore("said Lorne County Prosecutor "));
        assertFalse(Bodies.officialTitleBefore("said Deputy Attorney General "));
        assertFalse(Bodies.officialTitleBefore("said Chief Justice "));
        assertEquals("Ann Reyle", Bodies.titledName("Halvergate County Prosecutor Ann Reyle"));
        assertNull(Bodies.titledName("Halvergate County Prosecutor's Office"));
    }

    @Test
    void aDocumentIsKnownByWhatItIs() {
        assertEquals("lawsuit", Bodies.document("The lawsuit"));
        assertEquals("lawsuit", Bodies.document("the suit"));
        assertEquals("lawsuit", Bodies.document("the complaint"));
        assertEquals("memo", Bodies.document("the memos"));
        assertNull(Bodies.document("a lawsuit in federal court"));
        assertNull(Bodies.document("Jonas Ferrand"));
    }

    @Test
    void aSourceThatNamesNobodyIsUnknownAndNeverCounts() {
        String body = "It also said the plant would close. The council said the plant would close, "
                + "according to media reports Tuesday.";
        Article a = new Article("a", SourceRef.of("a.txt"), null, "The Ridgeline Times", null, null, null, body,
                List.of());
        Origins origins = new Origins(Set.of("The Ridgeline Times"), Set.of(), Map.of(), Descriptions.none());
        Attribution it = new Attribution("the plant would close", 13, 34, null, "It", 0, 2, "other", "said", 8, 12,
                List.of("It"));
        int m = body.indexOf("media reports");
        Attribution media = new Attribution("The council said the plant would close", 36, 74,
                "media reports Tuesday", "media reports Tuesday", m, m + 21, "other", "according to", m - 13, m - 1,
                List.of("media reports Tuesday"));
        Annotations an = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(it, media));
        assertEquals("unknown", origins.ofChain(a, an, it).kind());
        assertEquals("unknown", origins.ofChain(a, an, media).kind());
        assertTrue(origins.ofChain(a, an, it).key().startsWith(Origins.UNKNOWN));
    }

    private static StorySentence sentence(String text) {
        return new StorySentence("a", 0, 0, text.length(), text, List.of(), false);
    }

    @Test
    void anOfficialBodyThatSpeaksInTheSentenceIsItsOrigin() {
        assertEquals("body:authorities", Origins.bodySays(sentence("Police say a man ran to the station.")).key());
        assertEquals("body:authorities",
                Origins.bodySays(sentence("The boy was taken to a hospital, Halvergate police said.")).key());
        assertEquals("body:authorities",
                Origins.bodySays(sentence("The fire started at noon, according to investigators.")).key());
        assertNull(Origins.bodySays(sentence("The police station was closed on Sunday.")));
        assertNull(Origins.bodySays(sentence("U.S. officials said the talks went well.")));
    }

    @Test
    void aQuotationIsNeverTheOutletsOwnReporting() {
        assertTrue(StoryChecker.isQuotation("It should never have been signed.\""));
        assertTrue(StoryChecker.isQuotation("“If they restart it, they will have problems,” he said."));
        assertTrue(StoryChecker.isQuotation("\"The harbor will close,\" the mayor said on Tuesday."));
        assertFalse(StoryChecker.isQuotation("The harbor will close on Tuesday, officials said."));
        assertFalse(StoryChecker.isQuotation("The mayor called the plan \"reckless\" and left the meeting early."));
    }

    @Test
    void aRelayedReportIsNotTheOutletsOwn() {
        assertTrue(StoryChecker.RELAYED.matcher("Reyle reportedly joined the call.").find());
        assertTrue(StoryChecker.RELAYED.matcher("The port closed, according to media reports Tuesday.").find());
        assertTrue(StoryChecker.RELAYED.matcher("All four were said to be in stable condition.").find());
        assertFalse(StoryChecker.RELAYED.matcher("The council reported a surplus.").find());
    }

    @Test
    void quotedWordsAreComparedInsideQuotationMarksOnly() {
        Set<String> a = StoryChecker.quotedShingles("“This constituted an act of unprecedented treachery,” he said.");
        Set<String> b = StoryChecker.quotedShingles("The suit calls it \"an act of unprecedented treachery\" too.");
        assertFalse(java.util.Collections.disjoint(a, b));
        assertTrue(StoryChecker.quotedShingles("This constituted an act of unprecedented treachery.").isEmpty());
    }
}
