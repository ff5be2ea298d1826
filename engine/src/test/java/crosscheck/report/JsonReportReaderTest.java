package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.CrossCheck;
import crosscheck.core.DateMention;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Quantity;
import crosscheck.core.Quote;
import crosscheck.core.Removed;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static final String FERRY_BODY = "The Kettle Point ferry will stop running on Sundays from 4 May, the operator "
            + "Tarnwick Ferries said.\n\nMore than 1,200 passengers a week use the Sunday crossing, said Lena Orrin, "
            + "the operator's director.\n\n\"We cannot find the crews,\" she said.";

    /** A report with every kind of annotation, written by hand so that every field is set at least once. */
    static Report handMade() {
        Article ferry = new Article("ferry", SourceRef.of("in/ferry.html"), "https://example.invalid/ferry",
                "The Kettle Post", "Sunday ferry to stop", "Ann Dee", "2026-04-02T09:30:00+01:00", FERRY_BODY,
                List.of(new Removed("Sign up for our newsletter", "newsletter")), "2026-04-03", "en-GB");
        Article copy = new Article("feed#2", SourceRef.of("in/feed.rss", "item 2"), null, null, null, null, null,
                "Kettle Point ferry stops on Sundays.", List.of());
        Annotations annotations = new Annotations(
                List.of(new Entity("Lena Orrin", "PER", List.of("Orrin"), List.of(new Entity.Mention("Lena Orrin",
                        128, 138)), List.of()), new Entity("Tarnwick Ferries", "ORG", List.of(), List.of(), List.of())),
                List.of(new Quantity("More than 1,200 passengers", 1200, null, "count", ">", "passengers", 88, 114),
                        new Quantity("between 3 and 4.5%", 3, 4.5, "percent", "range", null, 0, 3)),
                List.of(new DateMention("4 May", "2026-05-04", "day", null, true, 49, 54),
                        new DateMention("next spring", null, "season", "spring", false, 0, 3)),
                List.of(new Quote("We cannot find the crews,", 186, 211, "direct", "Lena Orrin", "she", "said"),
                        new Quote("the ferry stops", 0, 15, "indirect", null, null, null)),
                List.of(new Attribution("More than 1,200 passengers", 88, 160, "Lena Orrin", "Lena Orrin", 128, 138,
                        "person", "said", 123, 127, List.of("Lena Orrin")),
                        new Attribution("reportedly stops", 0, 10, null, null, -1, -1, "none", "reportedly", 0, 10,
                                List.of())));
        Story story = new Story("s1", "Sunday ferry to stop", List.of("ferry", "feed#2"),
                List.of(List.of("ferry", "feed#2")), List.of(new Entity("Lena Orrin", "PER", List.of("Orrin"),
                List.of(), List.of("ferry"))), CrossCheck.none());
        List<Problem> problems = List.of(Problem.warning("bad-bytes", SourceRef.of("in/feed.rss", "item 2"),
                "2 bytes replaced"), Problem.error("empty-file", SourceRef.of("in/empty.txt"), "the file is empty"));
        return new Report("1.2.3", new Report.Summary(3, 1, 2, 1, 1, 1), List.of(ferry, copy), List.of(story),
                problems, Map.of("ferry", annotations, "feed#2", Annotations.none()));
    }

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportRenderer().render(report, out);
        return out.toString();
    }

    private static Report read(String json) throws IOException {
        return JsonReportReader.read(new StringReader(json));
    }

    @Test
    void readingBackAWrittenReportGivesEqualRecords() throws IOException {
        Report report = handMade();
        assertEquals(report, read(json(report)));
    }

    @Test
    void readingBackAnAnalysisGivesEqualRecordsAndTheSameJsonButTheCrossCheck() throws IOException {
        Files.writeString(dir.resolve("ferry.txt"), """
                Sunday ferry to Kettle Point to stop

                The Kettle Point ferry will stop running on Sundays from 4 May, the operator Tarnwick Ferries said on
                Wednesday. "We cannot find the crews," said Lena Orrin, the operator's director.

                More than 1,200 passengers a week use the Sunday crossing, according to the Kettle Post.
                """);
        Files.writeString(dir.resolve("ferry-2.txt"), """
                Kettle Point loses its Sunday ferry

                Tarnwick Ferries will end Sunday sailings to Kettle Point in May, director Lena Orrin said, blaming a
                lack of crews. About 1,200 people a week take the Sunday ferry.
                """);
        Report report = BatchRunner.builder().threads(1).build().run(List.of(dir.toString()), BatchListener.NONE);
        Report back = JsonReportReader.read(writeTo(report));

        assertEquals(report.version(), back.version());
        assertEquals(report.summary(), back.summary());
        assertEquals(report.articles(), back.articles());
        assertEquals(report.annotations(), back.annotations());
        assertEquals(report.problems(), back.problems());
        assertEquals(report.stories().stream().map(s -> s.withCheck(CrossCheck.none())).toList(), back.stories());
        assertTrue(report.stories().get(0).check().claims().size() > 0, "the analysis has a cross-check");

        ObjectNode expected = JsonReportRenderer.toTree(report);
        ObjectNode actual = JsonReportRenderer.toTree(back);
        for (ObjectNode tree : List.of(expected, actual)) {
            tree.withArray("stories").forEach(s -> ((ObjectNode) s).remove(
                    List.of("claims", "conflicts", "timeline", "actors", "brief")));
        }
        assertEquals(expected, actual);
    }

    private Path writeTo(Report report) throws IOException {
        Path out = dir.resolve("out");
        ReportWriter.standard().write(report, out);
        return out.resolve("report.json");
    }

    private static String broken(Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(json(handMade()));
        change.accept(tree);
        return tree.toString();
    }

    private static String refusal(String json) {
        return assertThrows(JsonReportReader.InvalidReportException.class, () -> read(json)).getMessage();
    }

    @Test
    void aReportWrittenBeforeTheCrossCheckIsRead() throws IOException {
        String v1 = broken(t -> t.put("schemaVersion", "1"));
        assertFalse(read(v1).articles().isEmpty());
    }

    @Test
    void aBadReportIsRefusedWithWhereAndWhat() throws IOException {
        assertTrue(refusal("{\"tool\": \"crosscheck\",").startsWith("not valid JSON at line 1"),
                refusal("{\"tool\": \"crosscheck\","));
        assertEquals("not a crosscheck report: expected a JSON object", refusal("[1, 2]"));
        assertEquals("not a crosscheck report: 'tool' is \"other\"", refusal(broken(t -> t.put("tool", "other"))));
        assertEquals("schemaVersion is '9'; this crosscheck reads versions 1 and " + JsonReportRenderer.SCHEMA_VERSION,
                refusal(broken(t -> t.put("schemaVersion", "9"))));
        assertEquals("articles[0].body: missing",
                refusal(broken(t -> ((ObjectNode) t.withArray("articles").get(0)).remove("body"))));
        assertEquals("articles[0].quantities[0].start: expected an integer, found string",
                refusal(broken(t -> ((ObjectNode) t.withArray("articles").get(0).get("quantities").get(0))
                        .put("start", "88"))));
        assertEquals("articles[0].dates[0]: start=-5, end=54",
                refusal(broken(t -> ((ObjectNode) t.withArray("articles").get(0).get("dates").get(0))
                        .put("start", -5))));
        assertEquals("articles[1].id: 'ferry' is used by another article",
                refusal(broken(t -> ((ObjectNode) t.withArray("articles").get(1)).put("id", "ferry"))));
        assertEquals("stories[0].articles: 'gone' is not an article of the report",
                refusal(broken(t -> ((ArrayNode) t.withArray("stories").get(0).get("articles")).add("gone"))));
        assertEquals("problems[0].severity: expected 'error' or 'warning', found 'bad'",
                refusal(broken(t -> ((ObjectNode) t.withArray("problems").get(0)).put("severity", "bad"))));
        assertEquals("summary: missing", refusal(broken(t -> t.remove("summary"))));
    }
}
