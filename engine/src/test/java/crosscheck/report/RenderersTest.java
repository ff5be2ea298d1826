package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Removed;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {

    static final String HOSTILE = "Hackers posted <script>alert('x')</script> and <img src=x onerror=alert(1)> "
            + "plus [a link](javascript:alert(2)) and *stars* on the site.";

    static Report report() {
        Article a = new Article("a1", SourceRef.of("in/a1.html"), "javascript:alert(3)", "The <b>Test</b> Post",
                "Title with </h3><script>alert(4)</script>", "Ana & Bo", "2026-03-10", HOSTILE + "\n\nSecond paragraph.",
                List.of(new Removed("<iframe src=//evil.example>", "advertisement")));
        Story s = new Story("s1", "Story <script>alert(5)</script>", List.of("a1"));
        Problem p = Problem.error("bad-json", SourceRef.of("x.jsonl", "line 2"), "not valid JSON: '<script>'");
        return new Report("test", new Report.Summary(2, 1, 1, 1, 1, 0), List.of(a), List.of(s), List.of(p));
    }

    static String render(crosscheck.core.Renderer r) throws IOException {
        StringWriter w = new StringWriter();
        r.render(report(), w);
        return w.toString();
    }

    @Test
    void htmlReportEscapesEveryPieceOfArticleText() throws IOException {
        String html = render(new HtmlReportRenderer());
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), "no script element may appear");
        assertTrue(doc.select("img, iframe, link, object, embed").isEmpty());
        assertTrue(doc.select("[onerror], [onload]").isEmpty());
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertTrue(doc.text().contains("<script>alert('x')</script>"), "the text is shown as written");
        assertFalse(html.contains("<script"));
    }

    @Test
    void htmlReportIsSelfContainedAndForbidsScripts() throws IOException {
        String html = render(new HtmlReportRenderer());
        Document doc = Jsoup.parse(html);
        assertEquals(HtmlReportRenderer.CSP,
                doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertTrue(doc.select("[src], link[rel=stylesheet]").isEmpty(), "no external resources");
        assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(1, doc.select("article").size());
        assertEquals(HOSTILE, doc.selectFirst("article p.lede").text());
        assertEquals(1, doc.select("article details").first().select("p").size());
    }

    @Test
    void markdownReportEscapesMarkupAndLinks() throws IOException {
        String md = render(new MarkdownReportRenderer());
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("<iframe"), md);
        assertFalse(md.matches("(?s).*(?<!\\\\)\\]\\(javascript.*"), md);
        assertTrue(md.contains("\\[a link\\](javascript"), md);
        assertFalse(md.contains("<javascript"), md);
        assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), md);
        assertTrue(md.contains("\\*stars\\*"), md);
    }

    @Test
    void markdownNeverWritesAnAutolinkOrCodeSpanThatLineBreaksCanEnd() throws IOException {
        Article a = new Article("x\r\r<img src=x onerror=alert(1)>", SourceRef.of("in"), 
                "http://a.example/x\n\n<img src=x onerror=alert(1)>", null, "T", null, null, "Body.", List.of());
        Report r = new Report("test", new Report.Summary(1, 0, 1, 1, 0, 0), List.of(a),
                List.of(new Story("s1", "T", List.of(a.id()))), List.of());
        StringWriter w = new StringWriter();
        new MarkdownReportRenderer().render(r, w);
        assertFalse(w.toString().contains("<img"), w.toString());
    }

    @Test
    void markdownEscapeIsSafeForLineStarts() {
        assertEquals("\\- item", MarkdownReportRenderer.escape("- item"));
        assertEquals("1\\. first", MarkdownReportRenderer.escape("1. first"));
        assertEquals("\\# not a heading", MarkdownReportRenderer.escape("# not a heading"));
    }

    @Test
    void jsonReportHasTheDocumentedFields() throws IOException {
        var tree = JsonReportRenderer.toTree(report());
        var article = tree.get("articles").get(0);
        for (String f : new String[] {"id", "source", "url", "outlet", "title", "byline", "published", "body",
                "removed"}) {
            assertTrue(article.has(f), f);
        }
        assertEquals("in/a1.html", article.get("source").get("file").asText());
        assertTrue(article.get("source").get("record").isNull());
        assertEquals("a1", tree.get("stories").get(0).get("articles").get(0).asText());
        assertEquals("error", tree.get("problems").get(0).get("severity").asText());
        SchemaCheck.assertValid(tree);
    }

    @Test
    void writerReplacesFilesWholeAndLeavesNoTemporaries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), "old");
        List<Path> written = ReportWriter.standard().write(report(), dir);
        assertEquals(4, written.size());
        assertTrue(Files.readString(dir.resolve("report.json")).startsWith("{"));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.filter(f -> !f.getFileName().toString().startsWith(".")).count(),
                    "no temporary files left behind");
        }
    }
}
