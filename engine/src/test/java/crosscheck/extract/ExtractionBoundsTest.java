package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extraction;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceRef;
import crosscheck.internal.Bounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractors score a bounded number of blocks, and combining marks are capped before any regex sees them. */
class ExtractionBoundsTest {

    private static RawDocument doc(String name, DocumentFormat format, String content) {
        return new RawDocument(name, SourceRef.of(name), format, content, DocumentHints.none());
    }

    private static List<String> codes(Extraction x) {
        return x.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aPageOfVeryManyParagraphsHasOnlyTheFirstBlocksScored() {
        StringBuilder page = new StringBuilder("<html><body><article>");
        int n = Bounds.MAX_BLOCKS + 1_000;
        for (int i = 0; i < n; i++) {
            page.append("<p>Officials in Lorne County said the Halvergate dam held on day ").append(i)
                    .append(".</p>");
        }
        Extraction x = new DensityExtractor().extract(doc("dam.html", DocumentFormat.HTML,
                page.append("</article></body></html>").toString()));
        assertEquals(List.of("too-many-blocks"), codes(x));
        assertTrue(x.problems().get(0).message().contains(String.valueOf(n)), x.problems().get(0).message());
        assertTrue(x.article().paragraphs().size() <= Bounds.MAX_BLOCKS, x.article().paragraphs().size() + "");
        assertTrue(x.article().paragraphs().size() > Bounds.MAX_BLOCKS / 2, "the article is still read");
    }

    @Test
    void aTextOfVeryManyLinesHasOnlyTheFirstLinesScored() {
        StringBuilder text = new StringBuilder("Halvergate dam holds\n\n");
        for (int i = 0; i < Bounds.MAX_BLOCKS + 500; i++) {
            text.append("Officials in Lorne County said the dam held on day ").append(i).append(".\n\n");
        }
        Extraction x = new LineExtractor().extract(doc("dam.txt", DocumentFormat.TEXT, text.toString()));
        assertEquals(List.of("too-many-blocks"), codes(x));
        assertTrue(x.article().paragraphs().size() < Bounds.MAX_BLOCKS, x.article().paragraphs().size() + "");
        assertFalse(x.article().body().isBlank());
    }

    @Test
    void stackedCombiningMarksAreCutBeforeExtraction() {
        String stacked = "h" + "\u0301".repeat(3_000) + "eld";
        String text = "Halvergate dam holds\n\nOfficials in Lorne County said the dam " + stacked
                + " after the storm, council chair Mara Brask told reporters on Tuesday.\n\n"
                + "Repairs will cost at least $4.5 million, the state transport office said.\n";
        Extraction x = ArticleExtractor.standard().extract(doc("marks.txt", DocumentFormat.TEXT, text));
        assertEquals(List.of("combining-marks"), codes(x));
        assertTrue(x.problems().get(0).location().equals("marks.txt"));
        assertTrue(x.article().body().contains("h" + "\u0301".repeat(Bounds.MAX_COMBINING_MARKS) + "eld"),
                x.article().body());
        Extraction plain = ArticleExtractor.standard().extract(doc("plain.txt", DocumentFormat.TEXT,
                text.replace(stacked, "h\u0301eld")));
        assertTrue(plain.problems().isEmpty(), plain.problems().toString());
    }
}
