package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Relations read from the words between two names (sentences written for these tests). */
class ActorGraphTest {

    @Test
    void theVerbRightAfterTheFirstNameRelatesThem() {
        assertEquals(new ActorGraph.Key("Ilse Marov", "Tomas Reyle", "ask"),
                ActorGraph.relation(" also asked ", "Ilse Marov", "Tomas Reyle"));
        assertEquals(new ActorGraph.Key("Bellwether Lines", "Skarv Advisory", "pay"),
                ActorGraph.relation(" paid $30 million to ", "Bellwether Lines", "Skarv Advisory"));
    }

    @Test
    void byTurnsThePassiveRound() {
        assertEquals(new ActorGraph.Key("Mara Lindqvist", "Skarv Advisory", "found"),
                ActorGraph.relation(" was founded by ", "Skarv Advisory", "Mara Lindqvist"));
    }

    @Test
    void aVerbOfAnotherClauseRelatesNothing() {
        assertNull(ActorGraph.relation(" said the firm had paid ", "Tomas Reyle", "Skarv Advisory"));
        assertNull(ActorGraph.relation(" and ", "Tomas Reyle", "Skarv Advisory"));
    }
}
