package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void splitsAuthorsAndDropsRolesAndAgencies() {
        assertEquals(List.of("Dan Roe", "Tom Poe"), Bylines.authors("Dan Roe and Tom Poe"));
        assertEquals(List.of("Ana Ruiz"), Bylines.authors("Ana Ruiz, Political Editor"));
        assertEquals(List.of("Jo Lee"), Bylines.authors("By Jo Lee, Kestrel Wire"));
        assertEquals(List.of("Noémie Sandoval", "Piet Hallorann", "Ines de la Cruz"),
                Bylines.authors("Noémie Sandoval, Piet Hallorann & Ines de la Cruz"));
    }

    @Test
    void givesNothingForMissingOrNamelessBylines() {
        assertEquals(List.of(), Bylines.authors(null));
        assertEquals(List.of(), Bylines.authors("HNN Staff"));
        assertEquals(List.of(), Bylines.authors("Associated Press"));
    }
}
