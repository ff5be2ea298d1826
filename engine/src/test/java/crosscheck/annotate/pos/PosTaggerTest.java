package crosscheck.annotate.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosTaggerTest {

    @Test
    void tagsASentenceWithUniversalDependenciesTags() {
        String[] tags = PosTagger.standard().tag(new String[] {"The", "harbor", "board", "said", "it", "would",
                "close", "the", "quay", "."});
        assertEquals(10, tags.length);
        assertEquals("DET", tags[0]);
        assertEquals("NOUN", tags[2]);
        assertEquals("VERB", tags[3]);
        assertEquals("PRON", tags[4]);
        assertEquals("PUNCT", tags[9]);
    }

    @Test
    void tagsEachSentenceOfARunOnItsOwn() {
        List<String> run = List.of("Brask", "spoke", ".", "Ferries", "run", ".");
        boolean[] starts = {true, false, false, true, false, false};
        String[] together = PosTagger.standard().tag(run, starts);
        assertArrayEquals(PosTagger.standard().tag(new String[] {"Ferries", "run", "."}),
                java.util.Arrays.copyOfRange(together, 3, 6));
        assertEquals(0, PosTagger.standard().tag(new String[0]).length);
    }
}
