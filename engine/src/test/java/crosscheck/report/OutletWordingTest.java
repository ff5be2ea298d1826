package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.core.Article;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Reports name an outlet once for all its names and domains, and never show a bare file id for an unknown one. */
class OutletWordingTest {

    private static String render(crosscheck.core.Renderer r, Report report) throws IOException {
        StringWriter w = new StringWriter();
        r.render(report, w);
        return w.toString();
    }

    @Test
    void anUnknownOutletIsSaidSoWithItsFileAndCountedApart() throws IOException {
        Report report = ExportRenderersTest.report();
        String md = render(new MarkdownReportRenderer(), report);
        assertTrue(md.contains("**Outlets:** Halvergate Post, Lörne Ledger; 1 article of unknown outlet"), md);
        assertTrue(md.contains("Halvergate Post, Lörne Ledger, unknown outlet (file a3)"), md);
        assertFalse(md.contains("Lörne Ledger, a3"), md);
        String html = Jsoup.parse(render(new HtmlReportRenderer(), report)).text();
        assertTrue(html.contains("Halvergate Post, Lörne Ledger; 1 article of unknown outlet"), html);
        assertTrue(html.contains("Halvergate Post, Lörne Ledger, unknown outlet (file a3)"), html);
        assertFalse(html.contains("Lörne Ledger, a3"), html);
        JsonNode json = JsonReportRenderer.toTree(report);
        assertEquals("a3", json.get("stories").get(0).get("claims").get(0).get("outlets").get(2)
                .asText(), "report.json keeps its values");
        assertTrue(json.get("articles").get(2).get("outletName").isNull());
        assertEquals("Halvergate Post", json.get("articles").get(0).get("outletName").asText());
    }

    @Test
    void aDomainAndANameAreOneOutletInTheStoryHeader() throws IOException {
        Article a = new Article("halvergate", SourceRef.of("halvergate.html"), "https://www.nytimes.com/a",
                "nytimes.com", "Halvergate vote", null, "2026-03-10", "The Halvergate vote was delayed.", List.of());
        Article b = new Article("brask", SourceRef.of("brask.txt"), null, "New York Times", "Brask vote", null,
                "2026-03-11", "The Brask vote was delayed.", List.of());
        Story s = new Story("s1", "Halvergate vote", List.of("halvergate", "brask"));
        Report report = new Report("test", new Report.Summary(2, 0, 2, 1, 0, 0), List.of(a, b), List.of(s),
                List.of());
        String md = render(new MarkdownReportRenderer(), report);
        assertTrue(md.contains("**Outlets:** The New York Times ·"), md);
        JsonNode story = JsonReportRenderer.toTree(report).get("stories").get(0);
        assertEquals(1, story.get("outlets").size(), story.toString());
        assertEquals("nytimes.com", JsonReportRenderer.toTree(report).get("articles").get(0).get("outlet").asText(),
                "the article's outlet stays as the input gave it");
    }
}
