package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One outlet by its name, short names and web domains. */
class OutletsTest {

    private static final Outlets OUTLETS = Outlets.standard();

    @Test
    void aDomainAndANameAreOneOutlet() {
        for (String name : List.of("nytimes.com", "www.nytimes.com", "The New York Times", "New York Times", "NYT",
                "https://www.nytimes.com/2026/03/10/us/halvergate.html")) {
            assertEquals("The New York Times", OUTLETS.canonical(name), name);
        }
        assertEquals("CNN", OUTLETS.canonical("edition.cnn.com"));
        assertEquals("BBC", OUTLETS.canonical("news.bbc.co.uk"));
        assertEquals("The Washington Post", OUTLETS.canonical("WaPo"));
        assertEquals("The Associated Press", OUTLETS.canonical("apnews.com"));
        assertTrue(OUTLETS.isAgency("apnews.com"));
    }

    @Test
    void anUnlistedOutletKeepsItsNameAndAnUnlistedDomainIsNotMatchedByItsEnding() {
        assertNull(OUTLETS.canonical("Halvergate Herald"));
        assertEquals("Halvergate Herald", OUTLETS.displayName(" Halvergate Herald "));
        assertNull(OUTLETS.canonical("halvergate.co.uk"), "co.uk names no outlet");
        assertNull(OUTLETS.canonical("brask.com"));
    }

    @Test
    void theListHoldsTheMajorEnglishLanguageOutletsAndWires() {
        Set<String> distinct = new HashSet<>();
        for (String n : OUTLETS.names()) {
            distinct.add(OUTLETS.canonical(n));
        }
        assertTrue(distinct.size() >= 160, "outlets listed: " + distinct.size());
        for (String name : List.of("AP", "Reuters", "AFP", "BBC", "CNN", "NYT", "WaPo", "WSJ", "Guardian", "FT",
                "Bloomberg", "NPR", "Fox News", "NBC News", "CBS News", "ABC News", "Al Jazeera", "The Times",
                "Telegraph", "Independent", "USA Today", "LA Times", "Politico", "The Hill", "Axios", "Daily Mail",
                "Sky News", "CNBC", "Newsweek", "Time", "The Atlantic", "Vox", "HuffPost", "Business Insider",
                "The Week", "time.com", "theweek.com")) {
            assertTrue(OUTLETS.canonical(name) != null, name);
        }
    }

    @Test
    void anUnknownOutletIsNamedByItsFileAndCountedApart() {
        Article known = new Article("brask", SourceRef.of("brask.txt"), null, "www.nytimes.com", null, null, null,
                "Text.", List.of());
        Article unknown = new Article("002_7bd5", SourceRef.of("002_7bd5.txt"), null, null, null, null, null,
                "Text.", List.of());
        assertEquals("The New York Times", Outlets.nameOf(known));
        assertNull(Outlets.nameOf(unknown));
        assertEquals("unknown outlet (file 002_7bd5)", Outlets.labelOf(unknown));
        Map<String, Article> byId = Map.of("brask", known, "002_7bd5", unknown);
        assertEquals("The New York Times, unknown outlet (file 002_7bd5)",
                Outlets.labels(List.of("The New York Times", "002_7bd5"), byId));
        assertEquals("1 outlet and 1 article of unknown outlet",
                Outlets.count(List.of("The New York Times", "002_7bd5"), byId));
        assertEquals("3 outlets", Outlets.count(List.of("A", "B", "C"), byId));
        assertEquals("2 articles of unknown outlet", Outlets.count(List.of("x", "y"), v -> true));
    }
}
