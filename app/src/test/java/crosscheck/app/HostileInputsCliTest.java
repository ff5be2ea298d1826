package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Article;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import crosscheck.pipeline.HostileInputs;
import crosscheck.report.JsonReportRenderer;
import crosscheck.report.ReportWriter;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on the hostile inputs of issue 21 beside a good article and two unreadable files with odd names:
 * every readable article is reported, each bad file gets one line naming it, and every output file is valid.
 */
class HostileInputsCliTest {

    @TempDir
    Path dir;

    @Test
    void hostileArticlesAndOddFileNamesNeverCostTheReport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        HostileInputs.write(in);
        Files.writeString(in.resolve("good.txt"), "Road over the Halvergate dam reopens\n\nLorne County reopened the "
                + "road over the Halvergate dam on Friday, the county engineer Mara Brask said, after inspectors found "
                + "the spillway safe.\n");
        byte[] binary = new byte[512];
        Arrays.fill(binary, (byte) 1);
        Files.write(in.resolve("a\nb.txt"), binary);
        Files.write(in.resolve("\u001B[31mred.txt"), binary);
        Path out = dir.resolve("out");

        Cli cli = Cli.run("analyze", in.toString(), "--out", out.toString(), "--quiet");

        assertEquals(1, cli.exitCode(), "the unreadable files are errors; the rest is reported: " + cli.err());
        List<String> lines = cli.err().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.chars().noneMatch(Character::isISOControl)), cli.err());
        assertEquals(List.of("controls.txt: warning", "escape.jsonl, line 1: warning", "references.html: warning"),
                lines.stream().filter(l -> l.endsWith("[bad-characters]"))
                        .map(l -> l.substring(in.toString().length() + 1, l.indexOf(": ", l.indexOf(": ") + 1)))
                        .sorted().toList(), cli.err());
        assertEquals(1, lines.stream().filter(l -> l.startsWith(in + "/a\\nb.txt: error: ")).count(), cli.err());
        assertEquals(1, lines.stream().filter(l -> l.startsWith(in + "/\\x1b[31mred.txt: error: ")).count(), cli.err());
        assertEquals(5, lines.size(), "one line for each bad file and nothing else: " + cli.err());

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        SchemaCheck.assertValid(report);
        assertEquals(5, report.get("articles").size(), "the four hostile articles and the good one");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("actors.gexf").toFile());
        for (String name : List.of("report.md", "report.html")) {
            String text = Files.readString(out.resolve(name));
            assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'), name);
        }
    }

    static Article article(String id, String body) {
        return new Article(id, SourceRef.of("in/" + id + ".txt"), null, null, "Dam " + id, null, null, body, List.of());
    }

    static ReportWriter jsonAnd(Renderer other) {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        renderers.put("report.json", new JsonReportRenderer());
        renderers.put("other.txt", other);
        return new ReportWriter(renderers);
    }

    @Test
    void anArticleARendererFailsOnIsLeftOutWithOneLineAndTheRestIsWritten() throws IOException {
        Report report = new Report("test", new Report.Summary(2, 0, 2, 1, 0, 0),
                List.of(article("good", "Brask reopened the road."), article("bad", "Reyle swallowed the poison.")),
                List.of(new Story("s1", "Dam road", List.of("good", "bad"))), List.of());
        ReportWriter writer = jsonAnd((r, out) -> {
            for (Article a : r.articles()) {
                if (a.body().contains("poison")) {
                    throw new IllegalArgumentException("no poison");
                }
            }
            out.write("ok\n");
        });
        StringWriter err = new StringWriter();

        AnalyzeCommand.Written written = AnalyzeCommand.write(writer, report, dir, new PrintWriter(err, true));

        assertEquals(List.of("good"), written.report().articles().stream().map(Article::id).toList());
        assertEquals(2, written.paths().size());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("in/bad.txt: error: writing other.txt failed on article 'bad'")
                && lines.get(0).endsWith("[render-failed]"), lines.get(0));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(1, json.get("articles").size());
        assertEquals("render-failed", json.get("problems").get(0).get("code").asText());
    }

    @Test
    void aRendererFailureNoArticleExplainsGivesOneCannotWriteLine() throws Exception {
        Report report = new Report("test", new Report.Summary(1, 0, 1, 0, 0, 0),
                List.of(article("good", "Brask reopened the road.")), List.of(), List.of());
        StringWriter err = new StringWriter();
        AnalyzeCommand.Written written = AnalyzeCommand.write(jsonAnd((r, out) -> {
            throw new IllegalStateException("always");
        }), report, dir.resolve("out"), new PrintWriter(err, true));
        assertEquals(null, written);
        assertEquals(List.of("crosscheck: cannot write the report to " + dir.resolve("out")
                + ": IllegalStateException: always"), err.toString().lines().toList());
    }
}
