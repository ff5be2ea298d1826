package crosscheck.align.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {

    private static final StanceClassifier STANCE = StanceClassifier.standard();

    private static final String CLAIM = "Giant squid found alive on Brighton beach";

    private static final String DENIAL = """
            Pictures shared thousands of times this week appear to show a giant squid alive on Brighton beach.
            The pictures are fake. The city council said no squid was found on the beach and called the story a hoax.
            A marine biologist at the local aquarium said the images had been doctored and that the claim was false.
            "There is no evidence that any squid came ashore," a council spokesman said, denying the reports.
            """;

    private static final String REPORT = """
            A giant squid was reportedly found alive on Brighton beach early on Sunday, according to posts on social
            media. The claims could not be independently verified. Witnesses said the animal was about eight metres
            long, but the city council has not yet commented. It is unclear whether the squid is still on the beach.
            Marine experts said such sightings are rare and that it may take days to confirm what was seen.
            """;

    private static final String UNRELATED = """
            The city's orchestra will open its winter season with two symphonies by Sibelius, the conductor announced
            on Tuesday. Tickets go on sale next month, and students will be offered seats at half price. The concert
            hall was renovated last year at a cost of four million pounds.
            """;

    @Test
    void bodyAboutSomethingElseIsUnrelated() {
        StanceClassifier.Result r = STANCE.classify(CLAIM, UNRELATED);
        assertEquals(Stance.UNRELATED, r.stance(), r.toString());
        assertTrue(r.confidence() > 0.5 && r.confidence() <= 1, r.toString());
    }

    @Test
    void bodyThatCallsTheClaimAHoaxDisagrees() {
        StanceClassifier.Result r = STANCE.classify(CLAIM, DENIAL);
        assertEquals(Stance.DISAGREE, r.stance(), r.toString());
        assertEquals("disagree", r.label());
    }

    @Test
    void bodyThatReportsTheClaimWithoutTakingSidesDiscussesIt() {
        StanceClassifier.Result r = STANCE.classify(CLAIM, REPORT);
        assertEquals(Stance.DISCUSS, r.stance(), r.toString());
    }

    @Test
    void denialAndReportOfTheSameClaimAreBothRelated() {
        assertTrue(STANCE.classify(CLAIM, DENIAL).stance().isRelated());
        assertTrue(STANCE.classify(CLAIM, REPORT).stance().isRelated());
        assertNotEquals(STANCE.classify(CLAIM, DENIAL).stance(), STANCE.classify(CLAIM, REPORT).stance());
    }

    @Test
    void emptyClaimOrBodyIsUnrelated() {
        assertEquals(Stance.UNRELATED, STANCE.classify("", DENIAL).stance());
        assertEquals(Stance.UNRELATED, STANCE.classify(CLAIM, "  ").stance());
    }

    @Test
    void preparedAndTokenizedBodiesGiveTheSameAnswerAsText() {
        StanceText prepared = STANCE.prepare(DENIAL);
        assertEquals(STANCE.classify(CLAIM, DENIAL), STANCE.classify(CLAIM, prepared));
        List<List<String>> sentences = List.of(
                List.of("The", "pictures", "are", "fake", "."),
                List.of("The", "city", "council", "said", "no", "giant", "squid", "was", "found", "on", "Brighton",
                        "beach", "and", "called", "the", "story", "a", "hoax", "."));
        StanceText tokenized = StanceText.ofSentences(sentences);
        assertEquals(2, tokenized.sentenceCount());
        assertEquals(STANCE.classify(CLAIM, StanceText.of("The pictures are fake.\nThe city council said no giant squid"
                + " was found on Brighton beach and called the story a hoax.")), STANCE.classify(CLAIM, sentences));
    }

    @Test
    void textIsSplitIntoLowerCaseWordsAndSentences() {
        StanceText t = StanceText.of("It wasn't true. Officials denied it!\nNo, really");
        assertEquals(3, t.sentenceCount());
        assertEquals("wasn't", t.word(1));
        assertEquals(StanceText.stem("denies"), t.stemAt(4));
        assertEquals(StanceText.stem("reports"), StanceText.stem("reported"));
    }

    @Test
    void modelSurvivesWriteAndRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        STANCE.write(out);
        StanceClassifier copy = StanceClassifier.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(STANCE.size(), copy.size());
        for (String body : List.of(DENIAL, REPORT, UNRELATED)) {
            assertEquals(STANCE.classify(CLAIM, body), copy.classify(CLAIM, body));
        }
    }

    @Test
    void stanceNamesAreLowerCase() {
        assertEquals("unrelated", Stance.UNRELATED.label());
        assertEquals(Stance.DISAGREE, Stance.parse("Disagree"));
        assertThrows(IllegalArgumentException.class, () -> Stance.parse("maybe"));
    }
}
