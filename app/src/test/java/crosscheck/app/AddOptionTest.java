package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddOptionTest {

    @TempDir
    Path dir;

    static final String KILN_1 = """
            Fire at Brenholt pottery kiln

            A fire broke out in the kiln shed of the Brenholt pottery works on Friday night, the Brenholt fire
            service said. Firefighters kept the fire from spreading to the pottery's showroom.

            Pottery owner Wenna Callis said the kiln shed was a total loss.
            """;

    static final String KILN_2 = """
            Brenholt pottery kiln shed destroyed by fire

            Firefighters from the Brenholt fire service fought a fire in the kiln shed of the Brenholt pottery works
            on Friday night. The showroom of the pottery was saved, owner Wenna Callis said.
            """;

    static final String KITE_1 = """
            Kite festival returns to Sandrow beach

            The Sandrow kite festival will return to Sandrow beach in August after a three-year break, the festival's
            organisers said, with kite makers from twelve countries.
            """;

    private Path write(String folder, String name, String text) throws IOException {
        Path p = dir.resolve(folder).resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    private static List<String> storyIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("stories").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void addJoinsAnEarlierStoryOrStartsTheNextOne() throws IOException {
        write("a", "kiln-1.txt", KILN_1);
        write("b", "kiln-2.txt", KILN_2);
        write("b", "kite-1.txt", KITE_1);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", dir.resolve("a").toString(), "--out", out.toString()).exitCode());
        assertEquals(List.of("s1"), storyIds(json(out)));

        Cli cli = Cli.run("analyze", dir.resolve("b").toString(), "--out", out.toString(), "--add");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("crosscheck: 3 files read, 3 articles, 2 stories found; 0 errors, 0 warnings"),
                cli.out());
        assertTrue(cli.out().contains("added 2 articles: 1 to earlier stories, 1 in 1 new story"), cli.out());
        JsonNode report = json(out);
        assertEquals(List.of("s1", "s2"), storyIds(report));
        assertEquals("[\"kiln-1\",\"kiln-2\"]", report.get("stories").get(0).get("articles").toString());
        assertEquals("[\"kite-1\"]", report.get("stories").get(1).get("articles").toString());
        assertEquals(3, report.get("summary").get("articles").asInt());
        assertTrue(Files.size(out.resolve("report.md")) > 0);
    }

    @Test
    void aMissingOrBadEarlierReportExitsTwoAndLeavesItAlone() throws IOException {
        Path input = write("b", "kite-1.txt", KITE_1);
        Path none = dir.resolve("none");
        Cli missing = Cli.run("analyze", input.toString(), "--out", none.toString(), "--add");
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("crosscheck: cannot add to " + none.resolve("report.json")
                + ": no such file"), missing.err());
        assertFalse(Files.exists(none));

        Path out = dir.resolve("out");
        Files.createDirectories(out);
        for (String bad : List.of("{\"tool\": \"crosscheck\", \"articles\": [", "{\"tool\": \"crosscheck\", "
                + "\"version\": \"0\", \"schemaVersion\": \"1\"}", "not json at all")) {
            byte[] before = bad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(out.resolve("report.json"), before);
            Cli cli = Cli.run("analyze", input.toString(), "--out", out.toString(), "--add");
            assertEquals(2, cli.exitCode(), cli.err());
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("crosscheck: cannot add to " + out.resolve("report.json") + ": "),
                    cli.err());
            assertTrue(cli.err().contains("nothing written"), cli.err());
            assertArrayEquals(before, Files.readAllBytes(out.resolve("report.json")));
            try (var files = Files.list(out)) { // but the lock of the hidden .crosscheck folder
                assertEquals(1, files.filter(f -> !f.getFileName().toString().startsWith(".")).count(),
                        "no other file written");
            }
        }
    }

    @Test
    void addingOnlyFilesAlreadyAnalysedChangesNothing() throws IOException {
        Path kiln = write("a", "kiln-1.txt", KILN_1);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", kiln.toString(), "--out", out.toString()).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("report.json"));
        Cli cli = Cli.run("analyze", kiln.toString(), "--out", out.toString(), "--add");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("kiln-1.txt: warning: already in the earlier analysis as article 'kiln-1'; "
                + "not added again [already-analysed]"), cli.err());
        assertTrue(cli.err().contains("nothing new in"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("report.json")));
    }

    @Test
    void helpDescribesAdd() {
        Cli cli = Cli.run("analyze", "--help");
        assertTrue(cli.out().contains("--add"), cli.out());
        assertTrue(cli.out().contains("name~2"), cli.out());
    }
}
