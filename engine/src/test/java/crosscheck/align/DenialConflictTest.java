package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The explanation of a denial conflict, on articles written for these tests (names are made up). */
class DenialConflictTest {

    private static final String CLAIM = "The port chief took money from the shipping firm.";
    private static final String DENIAL = "Tomas Reyle denied that the port chief took money from the shipping firm.";

    private static Article article(String id, String outlet, String published, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, outlet, null, null, published, body, List.of());
    }

    @Test
    void anOutletWithArticlesBeforeAndAfterTheDenialGetsOneReason() {
        Map<String, Article> byId = new LinkedHashMap<>();
        byId.put("a", article("a", "Bay Courier", "2026-05-05", DENIAL));
        byId.put("b1", article("b1", "The Evening Lamp", "2026-05-04", CLAIM));
        byId.put("b2", article("b2", "The Evening Lamp", "2026-05-05", CLAIM));
        byId.put("b3", article("b3", "The Evening Lamp", "2026-05-06", CLAIM));
        List<CrossCheck.ClaimMention> mentions = List.of("b1", "b2", "b3").stream()
                .map(id -> new CrossCheck.ClaimMention(id, 0, CLAIM.length(), CLAIM, "supports", "The Evening Lamp", List.of()))
                .toList();
        CrossCheck.Claim claim = new CrossCheck.Claim("s1-c1", CLAIM, List.of("b1", "b2", "b3"), mentions, List.of(),
                0, "denied", List.of("The Evening Lamp"), List.of(), List.of(new CrossCheck.Denial("Tomas Reyle", "a",
                0, DENIAL.length(), DENIAL)), List.of());
        CrossCheck.Conflict c = DenialConflict.of(claim, byId, List.of("b1", "b2", "b3"), Set.of(), false);
        String why = c.explanation();
        assertTrue(why.contains("The Evening Lamp carries the claim without the denial although published after it "
                + "first appeared (2026-05-05)."), why);
        assertFalse(why.contains("published before the denial"), why);
        assertFalse(why.contains("the same day"), why);
        assertEquals(1, why.split("The Evening Lamp", -1).length - 2, "named once as a carrier, once as dropping: "
                + why);
        assertEquals(List.of("The Evening Lamp"), c.missingFrom());
    }

    @Test
    void aDenialOfWhatNoClaimStatesIsTiedToNoClaim() {
        Map<String, Article> byId = new LinkedHashMap<>();
        byId.put("a", article("a", "Bay Courier", "2026-05-05", DENIAL));
        CrossCheck.Conflict c = DenialConflict.unattached(List.of(new CrossCheck.Denial("Tomas Reyle", "a", 0,
                DENIAL.length(), DENIAL)), byId, " that the port chief took money from the shipping firm.");
        assertEquals("Tomas Reyle denies “that the port chief took money from the shipping firm.” (carried by Bay "
                + "Courier); no claim of the story states what is denied.", c.explanation());
        assertEquals(List.of(), c.claims());
        assertEquals(List.of("denial"), c.values().stream().map(CrossCheck.Side::side).toList());
    }
}
