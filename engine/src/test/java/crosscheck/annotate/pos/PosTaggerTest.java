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

    @Test
    void tagsAnOverlongSentenceInPiecesOfTheCap() {
        // A page with no full stop: 1,250 tokens, tagged as pieces of at most MAX_SENTENCE_TOKENS (linear, where one
        // beam search over the whole run costs its square).
        String[] words = {"Brask", "said", "the", "Halvergate", "dam", "was", "safe", "and"};
        String[] page = new String[1_250];
        for (int i = 0; i < page.length; i++) {
            page[i] = words[i % words.length];
        }
        String[] tags = PosTagger.standard().tag(page);
        int cap = crosscheck.internal.Bounds.MAX_SENTENCE_TOKENS;
        for (int start = 0; start < page.length; start += cap) {
            String[] piece = java.util.Arrays.copyOfRange(page, start, Math.min(page.length, start + cap));
            assertArrayEquals(PosTagger.standard().tag(piece),
                    java.util.Arrays.copyOfRange(tags, start, start + piece.length), "piece at " + start);
        }
    }
}
