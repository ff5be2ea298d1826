package crosscheck.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Removed;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    static final String WIRE = "An earthen dam above the town gave way before dawn on Tuesday after a week of heavy rain, "
            + "sending a wall of water through the valley that killed at least twelve people, officials said.\\n\\n"
            + "Rescue teams searched flooded streets through the morning, and the regional emergency agency said about "
            + "three hundred homes had been damaged or destroyed.\\n\\nThe operator said it was investigating the cause "
            + "of the failure and would cooperate fully with the provincial dam safety office.\\n\\nRainfall over the "
            + "past seven days was more than twice the March average, the weather service said.";

    static Article article(String id, String outlet, String published, String body, List<Removed> removed) {
        return new Article(id, SourceRef.of(id), null, outlet, "Dam fails above town", null, published,
                body.replace("\\n", "\n"), removed);
    }

    @Test
    void fingerprintsEstimateShingleOverlap() {
        MinHashFingerprinter f = new MinHashFingerprinter();
        Article a = article("a", "Wire", "2026-03-10", WIRE, List.of());
        Article same = article("b", "Paper", "2026-03-10", WIRE, List.of());
        Article other = article("c", "Paper", "2026-03-10", "A completely different text about a council budget vote "
                + "that has nothing in common with the flood report at all.", List.of());
        assertEquals(1.0, f.fingerprint(a).similarity(f.fingerprint(same)));
        assertTrue(f.fingerprint(a).similarity(f.fingerprint(other)) < 0.05);
    }

    @Test
    void manySameDayCopiesThatCreditEachOtherStillSortDeterministically() {
        java.util.Random random = new java.util.Random(12);
        List<Article> copies = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            List<Removed> credits = new java.util.ArrayList<>();
            for (int k = 0; k < 3; k++) {
                credits.add(new Removed("This story was provided by Outlet " + random.nextInt(64) + ".", "credit"));
            }
            copies.add(article("c" + i, "Outlet " + i, "2026-03-10", WIRE, credits));
            ids.add("c" + i);
        }
        Story out = new NearDuplicates().apply(List.of(new Story("s1", "Dam", ids)), copies).get(0);
        assertEquals(1, out.duplicates().size());
        assertEquals(64, out.duplicates().get(0).size());
    }

    @Test
    void groupsASyndicatedCopyWithItsOriginalFirst() {
        Article original = article("wire", "Kestrel Wire", "2026-03-10T13:05:00Z", WIRE, List.of());
        String edited = WIRE.replace("\\n\\nRainfall over the past seven days was more than twice the March average, "
                + "the weather service said.", "");
        Article copy = article("ledger", "The Harbor Ledger", "2026-03-10", edited,
                List.of(new Removed("This story was provided by Kestrel Wire.", "credit")));
        Article report = article("own", "Valley Sentinel", "2026-03-11", "The death toll rose to nineteen on Wednesday as "
                + "rescuers reached the last flooded houses in the lower town, the agency said.", List.of());
        Story story = new Story("s1", "Dam", List.of("ledger", "own", "wire"));
        Story out = new NearDuplicates().apply(List.of(story), List.of(copy, report, original)).get(0);
        assertEquals(List.of(List.of("wire", "ledger")), out.duplicates());
        assertEquals(List.of("own", "wire"), out.distinctArticles());
    }
}
