package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Problem;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** What reaches a renderer despite ingest sanitising never costs the file its format, nor the batch its report. */
class HostileRenderTest {

    static Article article(String id, String body) {
        return new Article(id, SourceRef.of("in/" + id + ".txt"), null, null, "Dam report " + id, null, null, body,
                List.of());
    }

    static Story storyWithActors(String... names) {
        List<CrossCheck.Actor> nodes = java.util.Arrays.stream(names)
                .map(n -> new CrossCheck.Actor(n, "person", List.of("a1"))).toList();
        List<CrossCheck.Relation> edges = List.of(new CrossCheck.Relation(names[0], names[1], "met\u0007",
                List.of("a1"), List.of()));
        CrossCheck check = new CrossCheck(List.of(), List.of(), List.of(), new CrossCheck.Actors(nodes, edges),
                List.of());
        return new Story("s1", "Brask meets Reyle", List.of("a1"), List.of(), List.of(), check);
    }

    static Report report(List<Article> articles, List<Story> stories) {
        return new Report("test", new Report.Summary(articles.size(), 0, articles.size(), stories.size(), 0, 0),
                articles, stories, List.of());
    }

    @Test
    void gexfDropsWhatXmlCannotHoldAndStaysWellFormed() throws Exception {
        Report r = report(List.of(article("a1", "Mara Brask met Tomas Reyle.")),
                List.of(storyWithActors("Mara\u0001 Brask", "Tomas\u000B Reyle\uFFFE", "Ed \uD800Halver\uFFFF")));
        StringWriter w = new StringWriter();
        new GexfRenderer().render(r, w);
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(w.toString())));
        org.w3c.dom.NodeList nodes = xml.getElementsByTagName("node");
        assertEquals(3, nodes.getLength());
        assertEquals("Mara Brask", ((org.w3c.dom.Element) nodes.item(0)).getAttribute("label"));
        assertEquals("Tomas Reyle", ((org.w3c.dom.Element) nodes.item(1)).getAttribute("label"));
        assertEquals("Ed Halver", ((org.w3c.dom.Element) nodes.item(2)).getAttribute("label"));
        org.w3c.dom.Element edge = (org.w3c.dom.Element) xml.getElementsByTagName("edge").item(0);
        assertEquals("s1:Tomas Reyle", edge.getAttribute("target"), "an edge names its node as the node does");
        assertEquals("met", edge.getAttribute("label"));
    }

    @Test
    void gexfKeepsEmojiAndOtherWholeCharacters() {
        assertEquals("Brask \uD83D\uDE21 café\ttab", GexfRenderer.xml("Brask \uD83D\uDE21 café\ttab"));
        assertEquals("ab", GexfRenderer.xml("a\uDE21\uD83Db"));
    }

    @Test
    void markdownShowsControlCharactersAndLoneSurrogatesAsHarmlessText() {
        assertEquals("Brask  \uFFFD said \uD83D\uDE21  \\[31m",
                MarkdownReportRenderer.escape("Brask\u001B \uD800 said \uD83D\uDE21 \u001B[31m"));
    }

    @Test
    void htmlAttributesAndLinksHoldArticleTextOnlyAsText() throws IOException {
        Article a = new Article("a\" onmouseover=\"alert(1)", SourceRef.of("in/x.html"),
                "https://example.org/\" onclick=\"alert(2)", null, "Halvergate", null, null, "Brask spoke.", List.of());
        Report r = report(List.of(a), List.of(new Story("s1", "Halvergate", List.of(a.id()))));
        StringWriter w = new StringWriter();
        new HtmlReportRenderer().render(r, w);
        Document doc = Jsoup.parse(w.toString());
        assertTrue(doc.select("[onmouseover], [onclick]").isEmpty(), "a quote in an id or URL ends no attribute");
        assertEquals("https://example.org/\" onclick=\"alert(2)", doc.selectFirst("a[rel]").attr("href"));
        assertEquals("a-" + a.id(), doc.selectFirst("article").id());
    }

    @Test
    void aLoneSurrogateThatReachesTheWriterBecomesAReplacementCharacterInValidUtf8(@TempDir Path dir) throws IOException {
        Report r = report(List.of(article("a1", "The mayor told reporters \uD83D that the dam failed.")), List.of());
        ReportWriter.standard().write(r, dir);
        for (String name : List.of("report.json", "report.md", "report.html", "actors.gexf")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            assertFalse(text.contains("\uD83D"), name);
        }
        assertTrue(Files.readString(dir.resolve("report.json")).contains("reporters \uFFFD that"));
    }

    @Test
    void anArticleThatARendererFailsOnIsLeftOutAndTheRestIsWritten() {
        Article good = article("good", "Lorne County reopened the road over the dam.");
        Article bad = article("bad", "Brask said the poison pill was harmless.");
        Article other = article("other", "Reyle said the inspectors had left.");
        Story both = new Story("s1", "Dam road", List.of("good", "bad"), List.of(List.of("good", "bad")));
        Report r = report(List.of(good, bad, other), List.of(both, new Story("s2", "Inspectors", List.of("other")),
                new Story("s3", "Poison", List.of("bad"))));
        Renderer picky = (report, out) -> {
            for (Article a : report.articles()) {
                if (a.body().contains("poison")) {
                    throw new IllegalStateException("cannot render " + a.id());
                }
                out.write(a.body());
            }
        };
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        renderers.put("report.json", new JsonReportRenderer());
        renderers.put("picky.txt", picky);

        RenderIsolation.Result result = RenderIsolation.renderable(r, renderers);

        assertEquals(List.of("good", "other"), result.report().articles().stream().map(Article::id).toList());
        assertEquals(1, result.problems().size());
        Problem p = result.problems().get(0);
        assertEquals(RenderIsolation.CODE, p.code());
        assertTrue(p.isError());
        assertEquals("in/bad.txt", p.location());
        assertTrue(p.message().contains("picky.txt") && p.message().contains("IllegalStateException: cannot render bad"),
                p.message());
        assertEquals(List.of("s1:[good]", "s2:[other]"), result.report().stories().stream()
                .map(s -> s.id() + ":" + s.articles()).toList(), "a story keeps its other articles; an empty one goes");
        assertTrue(result.report().stories().get(0).duplicates().isEmpty());
        assertEquals(new Report.Summary(3, 0, 2, 2, 1, 0), result.report().summary());
        assertEquals(List.of(p), result.report().problems());
    }

    @Test
    void aFailureThatNoArticleExplainsLeavesTheReportAsItIs() {
        Report r = report(List.of(article("a1", "Brask spoke."), article("a2", "Reyle spoke.")), List.of());
        Map<String, Renderer> broken = Map.of("broken.txt", (report, out) -> {
            throw new IllegalStateException("always");
        });
        RenderIsolation.Result result = RenderIsolation.renderable(r, broken);
        assertTrue(result.report() == r && result.problems().isEmpty());
    }

    @Test
    void aReportEveryRendererWritesIsLeftAsItIs() {
        Report r = report(List.of(article("a1", "Brask spoke.")), List.of());
        RenderIsolation.Result result = RenderIsolation.renderable(r, ReportWriter.standard().renderers());
        assertTrue(result.report() == r && result.problems().isEmpty());
    }
}
