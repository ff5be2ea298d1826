package crosscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void aRunOfCombiningMarksIsCutToTheCapAndRealTextIsLeftAlone() {
        String zalgo = "Brask a" + "\u0301".repeat(2_000) + " Reyle";
        String capped = Bounds.capCombiningMarks(zalgo);
        assertEquals("Brask a" + "\u0301".repeat(Bounds.MAX_COMBINING_MARKS) + " Reyle", capped);
        // Every base character keeps its own marks: the cap counts per run, not per text.
        String words = ("e\u0301\u0302" + "o\u0308").repeat(5_000);
        assertSame(words, Bounds.capCombiningMarks(words));
        String vietnamese = "Tiếng Việt, Hà Nội";
        assertSame(vietnamese, Bounds.capCombiningMarks(vietnamese));
        // Supplementary-plane marks (U+1D167, musical) are counted and cut whole, never leaving half a pair.
        String musical = "x" + "\uD834\uDD67".repeat(20);
        assertEquals("x" + "\uD834\uDD67".repeat(Bounds.MAX_COMBINING_MARKS), Bounds.capCombiningMarks(musical));
    }

    @Test
    void anOverlongSentenceIsCutAtSpacesIntoBoundedPieces() {
        String word = "Halvergate ";
        String text = "Brask said " + word.repeat(1_000);
        List<int[]> pieces = Bounds.sentencePieces(text, 0, text.length());
        assertTrue(pieces.size() >= text.length() / Bounds.MAX_SENTENCE_CHARS, pieces.size() + " pieces");
        int at = 0;
        for (int[] p : pieces) {
            assertEquals(at, p[0]);
            assertTrue(p[1] - p[0] <= Bounds.MAX_SENTENCE_CHARS);
            assertTrue(p[1] == text.length() || text.charAt(p[1] - 1) == ' ', "cut after a space");
            at = p[1];
        }
        assertEquals(text.length(), at);
        String shortOne = "Reyle Street was closed.";
        assertEquals(1, Bounds.sentencePieces(shortOne, 0, shortOne.length()).size());
        // No space at all: cut at the limit, never inside a surrogate pair.
        String emoji = "\uD83D\uDE21".repeat(Bounds.MAX_SENTENCE_CHARS);
        for (int[] p : Bounds.sentencePieces(emoji, 0, emoji.length())) {
            assertTrue(!Character.isLowSurrogate(emoji.charAt(p[0])), "piece starts inside a pair at " + p[0]);
        }
    }

    @Test
    void blocksPastTheCapAreDroppedWithOneWarning() {
        List<Problem> problems = new ArrayList<>();
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < Bounds.MAX_BLOCKS + 7; i++) {
            many.add(i);
        }
        List<Integer> kept = Bounds.capBlocks(many, "lines", SourceRef.of("brask.txt"), problems);
        assertEquals(Bounds.MAX_BLOCKS, kept.size());
        assertEquals(1, problems.size());
        assertEquals("too-many-blocks", problems.get(0).code());
        assertTrue(problems.get(0).line().startsWith("brask.txt: warning:"), problems.get(0).line());
        List<Integer> few = List.of(1, 2, 3);
        assertSame(few, Bounds.capBlocks(few, "lines", SourceRef.of("brask.txt"), problems));
        assertEquals(1, problems.size());
    }
}
