package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five real reports in {@code ../shared/seeds} that the product was created from. Runs where {@code ../shared}
 * sits beside the repository (as in CI); skipped with a message otherwise. The assertions are about kinds of page
 * junk and about structure, not about the seeds' wording.
 */
class SeedReportsTest {

    @TempDir
    static Path out;

    static JsonNode report;
    static Map<String, JsonNode> byId = new HashMap<>();

    @BeforeAll
    static void analyzeSeeds() throws IOException {
        Path seeds = Cli.repoRoot().resolveSibling("shared").resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent: seed tests skipped");
        Cli cli = Cli.run("analyze", seeds.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode(), cli.err());
        report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        report.get("articles").forEach(a -> byId.put(a.get("id").asText().substring(0, 3), a));
    }

    private static List<String> reasons(String seed) {
        return byId.get(seed).get("removed").findValuesAsText("reason");
    }

    @Test
    void readsAllFiveAsValidReport() {
        assertEquals(5, report.get("articles").size());
        SchemaCheck.assertValid(report);
    }

    @Test
    void dropsTheKindsOfJunkEachPageCarries() {
        assertTrue(reasons("000").containsAll(List.of("appeal", "caption")), reasons("000").toString());
        assertTrue(reasons("001").containsAll(List.of("caption", "byline")), reasons("001").toString());
        assertTrue(reasons("003").containsAll(List.of("newsletter", "bio", "related")), reasons("003").toString());
        assertTrue(reasons("004").contains("advertisement"), reasons("004").toString());
        for (JsonNode a : report.get("articles")) {
            String body = a.get("body").asText();
            for (String paragraph : body.split("\n\n")) {
                assertFalse(paragraph.matches("[\\p{Lu}\\s]+"), "shouted label left in " + a.get("id"));
            }
            assertFalse(body.contains("Getty Images"), "photo credit left in " + a.get("id"));
            assertTrue(a.get("body").asText().split("\n\n").length >= 5, "body of " + a.get("id"));
        }
    }

    @Test
    void findsTitlesBylinesAndOutletsWhereThePageStatesThem() {
        for (String seed : List.of("000", "001", "002", "003")) {
            assertFalse(byId.get(seed).get("title").isNull(), seed);
        }
        assertTrue(byId.get("004").get("title").isNull(), "004 starts with its lead sentence, not a headline");
        assertEquals("Dan De Luce and Megan Lebowitz", byId.get("001").get("byline").asText());
        assertEquals("NBC News", byId.get("001").get("outlet").asText());
    }

    @Test
    void mergesSpellingVariantsOfANameAcrossTheStorysArticles() {
        boolean found = false;
        for (JsonNode story : report.get("stories")) {
            for (JsonNode e : story.get("entities")) {
                List<String> forms = new java.util.ArrayList<>(e.get("aliases").findValuesAsText("aliases"));
                e.get("aliases").forEach(a -> forms.add(a.asText()));
                forms.add(e.get("name").asText());
                if (forms.stream().anyMatch(f -> f.endsWith("Zelensky")) && forms.stream().anyMatch(f -> f.endsWith("Zelenskyy"))) {
                    found = true;
                    assertEquals(2, e.get("articles").size());
                }
            }
        }
        assertTrue(found, "one entity holds both spellings");
    }

    @Test
    void separatesTheCallStoryFromTheContactsStory() {
        Set<Set<String>> stories = new HashSet<>();
        for (JsonNode s : report.get("stories")) {
            Set<String> ids = new HashSet<>();
            s.get("articles").forEach(n -> ids.add(n.asText().substring(0, 3)));
            stories.add(ids);
        }
        assertEquals(Set.of(Set.of("000", "001"), Set.of("002", "003", "004")), stories);
    }

    private static JsonNode contactsStory() {
        for (JsonNode s : report.get("stories")) {
            if (s.get("articles").size() == 3) {
                return s;
            }
        }
        throw new AssertionError("no story of three articles");
    }

    private static Set<String> seeds(JsonNode ids) {
        Set<String> out = new HashSet<>();
        ids.forEach(n -> out.add(n.asText().substring(0, 3)));
        return out;
    }

    @Test
    void aClaimAllThreeReportsRepeatFromOnePaperHasOneOrigin() {
        boolean found = false;
        for (JsonNode c : contactsStory().get("claims")) {
            if (seeds(c.get("articles")).equals(Set.of("002", "003", "004"))) {
                assertEquals(1, c.get("independentOrigins").asInt(), c.toString());
                assertEquals("outlet", c.get("origins").get(0).get("kind").asText(), c.toString());
                found = true;
            }
        }
        assertTrue(found, "a claim carried by all three reports");
    }

    @Test
    void theReportWithoutTheKremlinDenialIsNamed() {
        boolean found = false;
        for (JsonNode k : contactsStory().get("conflicts")) {
            if (!k.get("kind").asText().equals("denial")) {
                continue;
            }
            Set<String> denying = new HashSet<>();
            k.get("values").forEach(v -> {
                if (v.get("side").asText().equals("denial")) {
                    denying.add(v.get("article").asText().substring(0, 3));
                }
            });
            if (denying.equals(Set.of("002", "003"))) {
                assertTrue(k.get("missingFrom").toString().contains("004"), k.toString());
                found = true;
            }
        }
        assertTrue(found, "a denial carried by 002 and 003: " + contactsStory().get("conflicts"));
    }

    @Test
    void growingLowerBoundsOfOneSumAreNoConflict() {
        boolean found = false;
        for (JsonNode k : contactsStory().get("conflicts")) {
            if (k.get("kind").asText().equals("numeric") && seeds(k.get("articles")).equals(Set.of("003", "004"))) {
                assertEquals("consistent", k.get("verdict").asText(), k.toString());
                found = true;
            }
        }
        assertTrue(found, "the two sums given as 'more than' are compared");
    }
}
