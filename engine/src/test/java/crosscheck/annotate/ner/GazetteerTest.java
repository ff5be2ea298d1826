package crosscheck.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gazetteer's features are those of every listed phrase that covers the token, however they are looked up. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.of(Map.of(
            "city", List.of("Halvergate", "Lorne County", "St. Brask", "New Lorne Harbour Town"),
            "surname", List.of("Reyle", "Brask", "Lorne"),
            "team", List.of("Halvergate Reyle", "County")));

    @Test
    void theSentencesListedTokensChangeNothing() {
        String[] lower = ("the mayor of new lorne harbour town , st. brask , met ada reyle and the lorne county "
                + "team halvergate reyle in halvergate").toLowerCase(Locale.ROOT).split(" ");
        boolean[] listed = GAZETTEER.listed(lower);
        int withFeatures = 0;
        for (int i = 0; i < lower.length; i++) {
            List<String> expected = everyPhrase(lower, i);
            assertEquals(expected, GAZETTEER.features(lower, i), "token " + i);
            assertEquals(expected, GAZETTEER.features(lower, i, listed), "token " + i);
            withFeatures += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(12, withFeatures);
    }

    /** Every span of up to four tokens around token i, looked up whole. */
    private static List<String> everyPhrase(String[] lower, int i) {
        List<String> out = new ArrayList<>();
        if (!GAZETTEER.entries().keySet().stream().anyMatch(p -> List.of(p.split(" ")).contains(lower[i]))) {
            return out;
        }
        for (int start = Math.max(0, i - Gazetteer.MAX_TOKENS + 1); start <= i; start++) {
            for (int end = i + 1; end <= Math.min(lower.length, start + Gazetteer.MAX_TOKENS); end++) {
                String kinds = GAZETTEER.entries().get(String.join(" ", List.of(lower).subList(start, end)));
                if (kinds != null) {
                    String pos = start == i ? (end - start == 1 ? "B1" : "Bn") : "In";
                    for (String kind : kinds.split("\\|")) {
                        out.add("gaz=" + kind + ":" + pos);
                    }
                }
            }
        }
        return out;
    }
}
