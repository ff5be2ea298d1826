package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Quantity;
import crosscheck.core.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityAnnotatorTest {

    static List<Quantity> of(String text) {
        return new QuantityAnnotator().annotate(new Article("x", SourceRef.of("x"), null, null, null, null, null, text,
                List.of()));
    }

    @Test
    void readsMoneyWithItsBoundAndScale() {
        List<Quantity> q = of("The tycoon gave more than $40 million, nearly €45m by some counts, and at least £2bn.");
        assertEquals(3, q.size(), q.toString());
        assertEquals(4.0e7, q.get(0).value());
        assertEquals("USD", q.get(0).unit());
        assertEquals(">", q.get(0).bound());
        assertEquals("EUR", q.get(1).unit());
        assertEquals("<", q.get(1).bound());
        assertEquals(4.5e7, q.get(1).value());
        assertEquals(2.0e9, q.get(2).value());
        assertEquals(">=", q.get(2).bound());
    }

    @Test
    void readsCountsWithWhatTheyCount() {
        List<Quantity> q = of("He donated 15,000 of his company's Starlink terminals, and at least 19 people died; "
                + "about 300 homes were damaged.");
        assertEquals(List.of("Starlink terminals", "people", "homes"), q.stream().map(Quantity::counted).toList());
        assertEquals(List.of("=", ">=", "~"), q.stream().map(Quantity::bound).toList());
    }

    @Test
    void readsRangesAndPercentages() {
        List<Quantity> q = of("Between 12 and 15 residents are missing. Turnout was 45 per cent, up 8%.");
        assertEquals("range", q.get(0).bound());
        assertEquals(12.0, q.get(0).value());
        assertEquals(15.0, q.get(0).max());
        assertEquals("percent", q.get(1).unit());
        assertEquals("percent", q.get(2).unit());
    }

    @Test
    void yearsDatesTimesAndBareNumbersAreNotQuantities() {
        assertTrue(of("In February 2022, on March 10 at 10:15, the 2nd vote was held.").isEmpty(),
                of("In February 2022, on March 10 at 10:15, the 2nd vote was held.").toString());
    }

    @Test
    void aClockTimeIsNeverACount() {
        assertTrue(of("The call came around 6 p.m. and officers arrived at 7 am Sunday.").isEmpty(),
                of("The call came around 6 p.m. and officers arrived at 7 am Sunday.").toString());
    }

    @Test
    void readsDozensAndVagueAmounts() {
        List<Quantity> q = of("He has at least four dozen questions, half a dozen aides and hundreds of thousands of "
                + "signatures; tens of thousands of files were taken.");
        assertEquals(List.of(48.0, 6.0, 200000.0, 20000.0), q.stream().map(Quantity::value).toList(), q.toString());
        assertEquals(List.of("questions", "aides", "signatures", "files"), q.stream().map(Quantity::counted).toList());
        assertEquals(">=", q.get(0).bound());
    }

    @Test
    void offsetsPointIntoTheBody() {
        String body = "Officials said more than $130 million was spent.";
        Quantity q = of(body).get(0);
        assertEquals("more than $130 million", body.substring(q.start(), q.end()));
        assertNull(q.counted());
    }

    @Test
    void aSumSaysWhatItIsMadeOfAfterIn() {
        List<Quantity> q = of("The town received more than $2 million in private donations, $40,000 worth of "
                + "blankets through the winter and $3 million in March, then $1 million in the second week and $5 million to the fund.");
        assertEquals(5, q.size(), q.toString());
        assertEquals("private donations", q.get(0).counted());
        assertEquals("blankets", q.get(1).counted());
        assertNull(q.get(2).counted(), "a month says when, not what");
        assertNull(q.get(3).counted(), "an article after 'in' says when or where");
        assertNull(q.get(4).counted(), "'to the fund' says where it went");
    }

    @Test
    void aDozenInAnyCaseIsTwelveAndWordsThatAreNoNumberAreNone() {
        assertEquals(12.0, QuantityAnnotator.number("A dozen"));
        assertEquals(12.0, QuantityAnnotator.number("a dozen"));
        assertEquals(48.0, QuantityAnnotator.number("four dozen"));
        assertEquals(6.0, QuantityAnnotator.number("half a dozen"));
        assertTrue(Double.isNaN(QuantityAnnotator.number("a")));
    }
}
