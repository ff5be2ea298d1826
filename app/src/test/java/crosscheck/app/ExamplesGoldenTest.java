package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example corpus that ships in {@code examples/} is the product's demo and its golden test: its report must
 * match {@code golden/examples/report.json} exactly. After a deliberate change, regenerate the golden file with
 * {@code ./mvnw verify -Dgolden.update=true} and review the diff.
 */
class ExamplesGoldenTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path GOLDEN = Path.of("src/test/resources/golden/examples/report.json");

    @TempDir
    static Path out;

    static Cli cli;
    static JsonNode report;

    @BeforeAll
    static void analyzeExamples() throws IOException {
        String examples = Cli.relative(Cli.repoRoot().resolve("examples"));
        cli = Cli.run("analyze", examples, "--out", out.toString(), "--quiet");
        report = JSON.readTree(out.resolve("report.json").toFile());
    }

    @Test
    void readsEveryExampleWithoutProblems() {
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        assertTrue(report.get("summary").get("articles").asInt() >= 8);
        assertTrue(report.get("problems").isEmpty());
    }

    @Test
    void reportMatchesTheGoldenFile() throws IOException {
        ObjectNode actual = ((ObjectNode) report.deepCopy()).put("version", "golden");
        String rendered = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), rendered,
                "report.json differs from the golden file; if the change is intended, run "
                        + "./mvnw verify -Dgolden.update=true and review the diff");
    }

    @Test
    void reportMatchesItsSchema() {
        SchemaCheck.assertValid(report);
    }

    @Test
    void everyArticleHasItsMetadataAndACleanBody() {
        Set<String> outlets = new HashSet<>();
        for (JsonNode a : report.get("articles")) {
            String id = a.get("id").asText();
            assertFalse(a.get("title").isNull(), id + " has a title");
            assertFalse(a.get("outlet").isNull(), id + " has an outlet");
            outlets.add(a.get("outlet").asText());
            String body = a.get("body").asText();
            for (String junk : List.of("ADVERTISEMENT", "Sign up", "newsletter", "cookies", "©")) {
                assertFalse(body.contains(junk), id + " body holds '" + junk + "'");
            }
        }
        assertTrue(outlets.size() >= 5, outlets.toString());
    }

    @Test
    void groupsTheTwoEventsIntoSeparateStories() {
        JsonNode stories = report.get("stories");
        assertTrue(stories.size() >= 2);
        Set<String> first = ids(stories.get(0));
        Set<String> second = ids(stories.get(1));
        assertTrue(first.size() >= 4 && second.size() >= 4, stories.toString());
        assertTrue(first.stream().noneMatch(second::contains));
    }

    @Test
    void findsTheSyndicatedCopyWithTheWireOriginalFirst() {
        JsonNode groups = report.get("stories").get(1).get("duplicates");
        assertEquals(1, groups.size(), groups.toString());
        assertEquals("wire-feed#1", groups.get(0).get(0).asText());
        assertEquals("harbor-ledger-ambervale-dam", groups.get(0).get(1).asText());
    }

    @Test
    void htmlReportRunsNoScriptFromAnArticle() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        var doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty());
        assertTrue(doc.text().contains("<script>"), "the example article that quotes a script tag shows it as text");
    }

    private static Set<String> ids(JsonNode story) {
        Set<String> ids = new HashSet<>();
        StreamSupport.stream(story.get("articles").spliterator(), false).forEach(n -> ids.add(n.asText()));
        return ids;
    }
}
