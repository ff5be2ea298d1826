package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.Quote;
import crosscheck.core.SourceRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attributions and quotes on text written for these tests (names and places are made up). */
class AttributionAnnotatorTest {

    private static EntityAnnotator entities;
    private static AttributionAnnotator annotator;

    @BeforeAll
    static void load() {
        entities = EntityAnnotator.standard();
        annotator = AttributionAnnotator.standard();
    }

    private static AttributionAnnotator.Found annotate(String body, Set<String> outlets) {
        Article a = new Article("t", SourceRef.of("t"), null, null, null, null, null, body, List.of());
        return annotator.annotate(a, entities.annotate(a), outlets);
    }

    private static void assertEveryAttribution(String body, java.util.function.Predicate<Attribution> holds) {
        for (Attribution a : annotate(body, Set.of()).attributions()) {
            assertTrue(holds.test(a), a.toString());
        }
    }

    private static Attribution withContent(AttributionAnnotator.Found found, String words) {
        return found.attributions().stream().filter(a -> a.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds '" + words + "' in " + found.attributions()));
    }

    /** The attribution holding {@code content} has {@code pronoun} as its source, resolved to {@code name}. */
    private static void assertPronounSource(String body, String content, String pronoun, String name, String why) {
        Attribution a = withContent(annotate(body, Set.of()), content);
        assertEquals(pronoun, a.sourceText());
        assertEquals(name, a.source(), why);
    }

    @Test
    void aQuoteAndTheParagraphThatGoesOnAreTheSpeakers() {
        String body = "Teodor Brask, the harbor chief of Halvergate, met port workers on Monday.\n\n"
                + "“We will not close the terminal,” Brask said.\n\n"
                + "“The ferries keep running until the spring.”";
        List<Quote> quotes = annotate(body, Set.of()).quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("We will not close the terminal,", quotes.get(0).text());
        assertEquals("Teodor Brask", quotes.get(0).speaker());
        assertEquals("Brask", quotes.get(0).speakerText());
        assertEquals("said", quotes.get(0).cue());
        assertEquals("Teodor Brask", quotes.get(1).speaker());
        assertNull(quotes.get(1).speakerText());
        Quote q = quotes.get(0);
        assertEquals(q.text(), body.substring(q.start(), q.end()));
    }

    @Test
    void aContentCarriedIntoTheNextSpeakersSentenceIsCutThere() {
        String body = "Teodor Brask, the harbor chief of Halvergate, spoke to reporters on Monday.\n\n"
                + "The harbor board asked drivers to stay away from the quay, saying that parked cars had blocked the "
                + "cranes on Sunday. “We need the quay clear for the ferries,” Brask said.";
        List<Quote> quotes = annotate(body, Set.of()).quotes();
        Quote direct = quotes.stream().filter(q -> q.text().startsWith("We need the quay")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes.toString()));
        assertEquals("Teodor Brask", direct.speaker(), quotes.toString());
        assertTrue(annotate(body, Set.of()).attributions().stream().noneMatch(a -> a.text().contains("parked cars")
                && a.text().contains("We need")), "one attribution may not hold both speakers' words");
    }

    @Test
    void aSourceThatEndsInAnOutletAfterACommaIsTheOutlet() {
        String body = "Shipping firm Bellwether Lines paid $2 million to a consultancy owned by port authority chief "
                + "Ada Lindgren, the Meridian Courier reported on Monday.";
        Attribution a = withContent(annotate(body, Set.of("meridian courier")), "paid $2 million");
        assertEquals("outlet", a.sourceKind(), a.toString());
        assertTrue(a.source().contains("Meridian Courier"), a.toString());
    }

    @Test
    void aQuoteInsideWhatIsNotSomeonesWordsHasNotThatSpeaker() {
        String body = "The meetings coincided with Brask \"stepping up his attacks\" on the harbor board, the Courier "
                + "said.";
        int content = body.indexOf(", the Courier");
        Attribution coincided = new Attribution(body.substring(28, content), 28, content, "The meetings",
                "The meetings", 0, 12, "other", "coincided with", 13, 27, List.of("The meetings"));
        Attribution said = new Attribution(body.substring(0, content), 0, content, "Meridian Courier", "the Courier",
                content + 2, content + 13, "organisation", "said", content + 14, content + 18,
                List.of("Meridian Courier"));
        assertTrue(annotator.reportsWords(said));
        assertFalse(annotator.reportsWords(coincided), "'coincided with' reports nobody's words");
        List<Quote> quotes = AttributionAnnotator.quotes(body, List.of(coincided, said), annotator::reportsWords,
                (from, to) -> null);
        assertEquals("stepping up his attacks", quotes.get(0).text());
        assertEquals("Meridian Courier", quotes.get(0).speaker(), quotes.toString());
    }

    @Test
    void aTrailingDashNamesTheSpeaker() {
        String body = "“Closed until the spring.” — a sign on the harbor gate\n\n"
                + "The harbor of Halvergate reopened on Monday after three weeks.\n\n"
                + "“We will rebuild the quay before the winter storms.” — Ada Brask, harbor chief";
        List<Quote> quotes = annotate(body, Set.of()).quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        assertNull(quotes.get(0).speaker(), "a dash before words that name no person names no speaker");
        assertEquals("Ada Brask", quotes.get(1).speaker(), quotes.toString());
        assertEquals("—", quotes.get(1).cue());
    }

    @Test
    void aPronounWithNoSpeakerBeforeItContinuesTheSubjectOfItsSentence() {
        String body = "Harbor chief Ada Brask held several talks with Teodor Reyle last year, during which she told "
                + "him the vote would have to wait.";
        assertPronounSource(body, "the vote would have to wait", "she", "Ada Brask",
                "the subject, not the person named last");
    }

    @Test
    void aPronounAfterAccordingToContinuesTheSubjectNotTheSource() {
        String body = "According to the harbor historian Ada Brask, Teodor Reyle has had at least three meetings with "
                + "the contractor. He has long said the quay was “a disgrace.”";
        assertPronounSource(body, "a disgrace", "He", "Teodor Reyle",
                "the subject of the sentence before, not the source it cites");
    }

    @Test
    void aNameThatModifiesANounIsNoAntecedent() {
        String body = "Nils Reyle, the mayor, sold the old quay in January.\n\n"
                + "Teodor Brask bought his third ferry in March.\n\n"
                + "Last year the harbor's richest man began attacking the new quay, a common Reyle campaign talking "
                + "point, and in May he announced he would run for mayor.";
        assertPronounSource(body, "he would run for mayor", "he", "Teodor Brask", "'Reyle' only modifies 'campaign'");
    }

    @Test
    void aPronounPassesOverANameOfTheOtherGender() {
        String body = "Lidia Reyle met Teodor Brask at the harbor office on Monday.\n\n"
                + "She said the quay would reopen before the winter storms.";
        assertPronounSource(body, "the quay would reopen", "She", "Lidia Reyle", "'Teodor' is a man's first name");
    }

    @Test
    void aTitleWithAFullStopEndsNoSentence() {
        String body = "Teodor Brask opened the new quay on Monday.\n\n"
                + "\"We will need another one before the winter,\" Mrs. Reyle said. \"The old one is failing.\"\n\n"
                + "“It was built to last,” Laurence H. Moravec said.";
        AttributionAnnotator.Found found = annotate(body, Set.of());
        assertEquals("Reyle", withContent(found, "another one before the winter").source(), found.toString());
        assertEquals("Laurence H. Moravec", withContent(found, "built to last").source(), found.toString());
        assertEquals("Reyle", found.quotes().stream().filter(q -> q.text().startsWith("We will need")).findFirst()
                .orElseThrow().speaker());
    }

    @Test
    void aSourceClosingTheSentenceKeepsItsOwnAttributionBesideTheChainsInside() {
        String body = "The Meridian Courier first reported the talks on Tuesday.\n\n"
                + "During their talks, Teodor Reyle also asked Ada Brask to delay the vote on the quay, a former harbor "
                + "official with knowledge of the request told the Courier.";
        AttributionAnnotator.Found found = annotate(body, Set.of("meridian courier"));
        Attribution whole = found.attributions().stream().filter(a -> a.cue().equals("told")).findFirst()
                .orElseThrow(() -> new AssertionError(found.attributions().toString()));
        assertEquals("a former harbor official with knowledge of the request", whole.source());
        assertTrue(whole.text().contains("asked Ada Brask to delay the vote"), whole.text());
        assertEquals(List.of("a former harbor official with knowledge of the request", "Meridian Courier"),
                whole.chain());
    }

    @Test
    void twoApostrophesAreAQuotationMarkThatOpensASentence() {
        String body = "Back when he ran the harbor, Teodor Brask said that he considered the old quay safe. These days, "
                + "he's changed his tune. ''You would not build it that way now, but it was cheap,'' he said.";
        Attribution a = withContent(annotate(body, Set.of()), "You would not build it that way now");
        assertEquals("said", a.cue());
        assertEquals("Teodor Brask", a.source());
    }

    @Test
    void aClosingMarkWhereAQuoteOpensOpensIt() {
        String body = "”Fear. I am afraid the quay will fail.” ― Ada Brask\n“It will hold,” ― Teodor Reyle";
        List<int[]> passages = AttributionAnnotator.quotedPassages(body);
        assertEquals(List.of("Fear. I am afraid the quay will fail.", "It will hold,"),
                passages.stream().map(p -> body.substring(p[0], p[1])).toList());
    }

    @Test
    void aColonClosingItsParagraphIntroducesTheQuoteOfTheNext() {
        String body = "Teodor Brask spoke to reporters at the harbor in Halvergate on Monday.\n\nHe said:\n\n"
                + "\"We have a situation where the quay is failing and nobody wants to pay for it.\"";
        AttributionAnnotator.Found found = annotate(body, Set.of());
        assertEquals("Teodor Brask", withContent(found, "nobody wants to pay for it").source(), found.toString());
        assertEquals("Teodor Brask", found.quotes().get(0).speaker(), found.quotes().toString());
    }

    @Test
    void aSpeakersLabelInCapitalsOpensTheirTurn() {
        String body = "The harbor chief Teodor Brask and the councillor Ada Reyle met in Halvergate on Monday.\n\n"
                + "REYLE: Well, look, the board has had years to fix the quay.\n\n"
                + "CORRECTION: An earlier version of this story misspelled the name of the quay.";
        AttributionAnnotator.Found found = annotate(body, Set.of());
        Attribution turn = withContent(found, "the board has had years");
        assertEquals("Ada Reyle", turn.source());
        assertEquals("REYLE", turn.sourceText());
        assertEquals(":", turn.cue());
        assertTrue(found.attributions().stream().noneMatch(a -> a.text().contains("misspelled")),
                "a label that names no person of the article is no speaker: " + found.attributions());
    }

    @Test
    void anAttributionSetOffByCommasAttributesTheWholeSentence() {
        String body = "Teodor Brask spoke at the harbor in Halvergate on Monday.\n\n"
                + "The new quay, Brask said, would cost about $2 million and open in May.\n\n"
                + "The repairs, according to Ada Reyle, were never finished.";
        AttributionAnnotator.Found found = annotate(body, Set.of());
        Attribution quay = withContent(found, "would cost about $2 million");
        assertTrue(quay.text().startsWith("The new quay"), quay.text());
        assertEquals("Teodor Brask", quay.source());
        Attribution repairs = withContent(found, "were never finished");
        assertTrue(repairs.text().startsWith("The repairs"), repairs.text());
        assertEquals("Ada Reyle", repairs.source());
    }

    @Test
    void aTitleInQuotationMarksIsNoQuote() {
        String body = "Teodor Brask has written a new book titled “Harbor Nights,” and the harbor board said it was "
                + "“full of errors.”";
        List<Quote> quotes = AttributionAnnotator.quotes(body, List.of(), a -> true, (from, to) -> null);
        assertEquals(List.of("full of errors."), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void accordingToAnAnonymousSource() {
        String body = "According to a person familiar with the talks, the loan was signed on Friday in Ambervale.";
        Attribution a = withContent(annotate(body, Set.of()), "the loan was signed");
        assertEquals("a person familiar with the talks", a.source());
        assertEquals("anonymous", a.sourceKind());
        assertEquals("According to", a.cue());
        assertEquals(a.text(), body.substring(a.start(), a.end()));
        assertEquals(List.of("a person familiar with the talks"), a.chain());
    }

    @Test
    void anAdverbIsNeverASource() {
        String body = "The harbour board reportedly said on Monday that the ferry would run all night.\n\n"
                + "The board did not immediately respond to requests for comment, and publicly said nothing.";
        assertEveryAttribution(body, a -> a.source() == null || !a.source().endsWith("ly"));
    }

    @Test
    void aPossessiveBeforeAParticipleIsNoSource() {
        String body = "Teodor Brask’s reported meetings with the contractor worry the harbour board.\n\n"
                + "The mayor's alleged payments to the firm were never found, the auditor said.";
        assertEveryAttribution(body, a -> !a.cue().equals("reported") && !a.cue().equals("alleged"));
    }

    @Test
    void aLongStatementBeforeItsSourceIsTheContent() {
        String body = "The lamps will be replaced before the first storms, a spokeswoman for the harbour board said "
                + "on Monday.";
        Attribution a = withContent(annotate(body, Set.of()), "The lamps will be replaced before the first storms");
        assertEquals("a spokeswoman for the harbour board", a.sourceText());
        assertEquals("said", a.cue());
    }

    @Test
    void aSourceWhoToldAnOutletChainsThroughIt() {
        String body = "The Meridian Courier first reported the loan on Tuesday.\n\n"
                + "The governor approved the loan in secret, a senior official told the Courier.";
        Attribution a = withContent(annotate(body, Set.of("meridian courier")), "approved the loan in secret");
        assertEquals("a senior official", a.source());
        assertEquals("anonymous", a.sourceKind());
        assertEquals(List.of("a senior official", "Meridian Courier"), a.chain());
    }

    @Test
    void aPronounIsTheSpeakerWhoGoesOn() {
        String body = "Lidia Moravec, a spokeswoman for the port, defended the plan on Monday.\n\n"
                + "She said the cost of the new terminal was fair.";
        Attribution a = withContent(annotate(body, Set.of()), "the cost of the new terminal was fair");
        assertEquals("She", a.sourceText());
        assertEquals("Lidia Moravec", a.source());
        assertEquals("person", a.sourceKind());
    }

    @Test
    void quotedPassagesRunOverParagraphsAndPairCurlyAndStraightMarks() {
        String body = "He said: “The first part.\n\n“The second part.” Then \"a straight one\" and an apostrophe's end.";
        List<int[]> passages = AttributionAnnotator.quotedPassages(body);
        assertEquals(2, passages.size());
        assertEquals("The first part.\n\n“The second part.", body.substring(passages.get(0)[0], passages.get(0)[1]));
        assertEquals("a straight one", body.substring(passages.get(1)[0], passages.get(1)[1]));
        List<Quote> quotes = AttributionAnnotator.quotes(body, List.of(), a -> true, (from, to) -> null);
        assertEquals("The first part.\n\nThe second part.", quotes.get(0).text());
        assertTrue(quotes.stream().allMatch(q -> q.kind().equals("direct")));
    }
}
