package crosscheck.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gazetteer's, the document's and the first stage's features, on text we wrote. */
class ContextFeaturesTest {

    private static String[] lower(String s) {
        return NerFeatures.lower(s.split(" "));
    }

    @Test
    void aListedPhraseMarksEachOfItsTokensWithTheListAndTheTokensPlace() {
        Gazetteer g = Gazetteer.of(Map.of("city", List.of("Port Alder", "St. Calder"), "surname", List.of("Alder")));
        String[] tokens = lower("flights to Port Alder and St. Calder");
        List<String> port = new ArrayList<>();
        g.features(tokens, 2, port);
        assertEquals(List.of("gaz=city:Bn"), port);
        List<String> alder = new ArrayList<>();
        g.features(tokens, 3, alder);
        assertTrue(alder.containsAll(List.of("gaz=city:In", "gaz=surname:B1")), alder.toString());
        List<String> saint = new ArrayList<>();
        g.features(tokens, 5, saint);
        assertEquals(List.of("gaz=city:Bn"), saint, "an abbreviation keeps its full stop");
        List<String> none = new ArrayList<>();
        g.features(tokens, 0, none);
        assertEquals(List.of(), none);
    }

    @Test
    void aWordsOtherOccurrencesInTheDocumentDescribeIt() {
        List<String[]> doc = List.of("Rovers beat Harwick United on Saturday .".split(" "),
                "HARWICK HIT BACK".split(" "),
                "Coach Lena Ostby said Harwick will appeal .".split(" "),
                "The harwick is a river fish .".split(" "));
        DocumentContext c = DocumentContext.of(doc);
        List<String> harwick = c.of("harwick");
        assertTrue(harwick.containsAll(List.of("dprev=beat", "dnext=united", "dprev=said", "dnext=will", "dmid",
                "dlow")), harwick.toString());
        assertTrue(harwick.stream().noneMatch(f -> f.contains("hit")), "a headline in capitals describes nothing");
        assertEquals(List.of("dmid"), c.of("ostby"), "a word seen once gets no contexts");
    }

    @Test
    void theSecondStageSeesWhatTheFirstSaidAboutTheSameWordElsewhere() {
        List<List<String>> sentences = List.of(List.of("Harwick", "won", "."), List.of("Harwick", "lost", "."),
                List.of("Fans", "in", "Harwick", "cheered", "."));
        List<List<String>> tags = List.of(List.of("B-ORG", "O", "O"), List.of("B-ORG", "O", "O"),
                List.of("O", "O", "B-LOC", "O", "O"));
        List<String[][]> f = PredictionContext.features(sentences, tags);
        List<String> third = List.of(f.get(2)[2]);
        assertTrue(third.containsAll(List.of("s1=B-LOC", "s1doc=ORG", "s1maj=ORG", "s1name=ORG")), third.toString());
        List<String> first = List.of(f.get(0)[0]);
        assertTrue(first.containsAll(List.of("s1=B-ORG", "s1doc=ORG", "s1doc=LOC")), first.toString());
        assertEquals(List.of("s1=O"), List.of(f.get(0)[1]), "a word in lower case gets only its own tag");
    }
}
