package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.archive.RevisableStoryMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code report} and {@code search} on the shipped examples, through the command line. */
class ArchiveCommandsTest {

    @TempDir
    Path dir;

    private String examples() {
        return Cli.repoRoot().resolve("examples").toString();
    }

    @Test
    void ingestTwiceFilesOnceThenReportAndSearch() throws IOException {
        String store = dir.resolve("archive").toString();
        Cli first = Cli.run("ingest", examples(), "--store", store);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("articles filed (0 already in the store)"), first.out());

        Cli again = Cli.run("ingest", examples(), "--store", store);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("; 0 articles filed ("), again.out());
        assertFalse(again.out().contains("(0 already in the store)"), again.out());

        Path out = dir.resolve("out");
        Cli report = Cli.run("report", "--store", store, "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        int articles = json.get("articles").size();
        assertTrue(articles >= 8, "articles reported: " + articles);
        Set<String> inStories = new HashSet<>();
        for (JsonNode story : json.get("stories")) {
            assertTrue(story.get("id").asText().matches("s\\d+"), story.get("id").asText());
            story.get("articles").forEach(a -> assertTrue(inStories.add(a.asText()), "twice: " + a.asText()));
        }
        assertEquals(articles, inStories.size(), "every article in exactly one story");
        for (String file : new String[] {"report.md", "report.html", "actors.gexf"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }

        Cli batch = Cli.run("analyze", examples(), "--out", dir.resolve("batch").toString(), "--quiet");
        JsonNode batchJson = new ObjectMapper().readTree(dir.resolve("batch").resolve("report.json").toFile());
        assertEquals(batchJson.get("articles").size(), articles, "the archive holds what a batch analysis reads");
        assertEquals(0, batch.exitCode(), batch.err());

        Cli search = Cli.run("search", "Brask", "--store", store);
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("[Brask]"), search.out());

        Cli jsonHits = Cli.run("search", "Brask", "--store", store, "--json", "--limit", "2");
        assertEquals(0, jsonHits.exitCode(), jsonHits.err());
        String[] lines = jsonHits.out().strip().split("\n");
        assertTrue(lines.length >= 1 && lines.length <= 2, jsonHits.out());
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        assertTrue(hit.has("articleId") && hit.has("storyId") && hit.has("snippet") && hit.has("kind"), lines[0]);

        String storyId = json.get("stories").get(0).get("id").asText();
        Path one = dir.resolve("one");
        Cli single = Cli.run("report", "--store", store, "--story", storyId, "--out", one.toString());
        assertEquals(0, single.exitCode(), single.err());
        JsonNode oneJson = new ObjectMapper().readTree(one.resolve("report.json").toFile());
        assertEquals(1, oneJson.get("stories").size());
        assertEquals(storyId, oneJson.get("stories").get(0).get("id").asText());
    }

    @Test
    void unknownStoryAndNoHitsSaySo() {
        String store = dir.resolve("archive").toString();
        assertEquals(0, Cli.run("ingest", examples(), "--store", store, "--quiet").exitCode());
        Cli none = Cli.run("report", "--store", store, "--story", "s999", "--out", dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, none.exitCode());
        assertTrue(none.err().contains("no story"), none.err());
        Cli nothing = Cli.run("search", "zyxwvutsrq", "--store", store);
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing in"), nothing.err());
    }

    @Test
    void aStoryMergedAwaySaysWhereItWent() throws IOException {
        String store = dir.resolve("archive").toString();
        assertEquals(0, Cli.run("ingest", examples(), "--store", store, "--quiet").exitCode());
        String kept;
        String gone;
        try (ArchiveStore archive = ArchiveStores.open(store, java.time.Duration.ZERO)) {
            List<String> stories = archive.stories(null);
            kept = stories.get(0);
            gone = stories.get(1);
            List<String> articles = archive.story(gone).orElseThrow().articles();
            archive.regroup(List.of(new RevisableStoryMemory.Regroup(kept, articles)), "revision");
        }
        Cli merged = Cli.run("report", "--store", store, "--story", gone, "--out", dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, merged.exitCode(), merged.err());
        assertEquals("crosscheck: story " + gone + " was merged into " + kept, merged.err().strip());
        assertFalse(Files.exists(dir.resolve("o").resolve("report.json")));

        Cli both = Cli.run("report", "--store", store, "--story", gone, "--story", kept, "--out",
                dir.resolve("both").toString(), "--quiet");
        assertEquals(0, both.exitCode(), both.err());
        assertTrue(both.err().contains("story " + gone + " was merged into " + kept), both.err());
    }

    @Test
    void aStoreThatCannotBeMadeIsOneLineAndExitCodeSix() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "not a folder");
        Cli cli = Cli.run("ingest", examples(), "--store", file.resolve("archive").toString());
        assertEquals(Main.EXIT_STORE, cli.exitCode(), cli.err());
        assertEquals(1, cli.err().strip().split("\n").length, cli.err());
        assertTrue(cli.err().contains(file.toString()), cli.err());
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedWithOneLineAndExitCodeSix() throws Exception {
        Path store = dir.resolve("archive");
        assertEquals(0, Cli.run("ingest", examples(), "--store", store.toString(), "--quiet").exitCode());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.resolve("archive.db"));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        for (String[] args : new String[][] {{"ingest", examples(), "--store", store.toString()},
                {"report", "--store", store.toString(), "--out", dir.resolve("o").toString()},
                {"search", "Brask", "--store", store.toString()}}) {
            Cli cli = Cli.run(args);
            assertEquals(Main.EXIT_STORE, cli.exitCode(), args[0] + ": " + cli.err());
            assertEquals(1, cli.err().strip().split("\n").length, cli.err());
            assertTrue(cli.err().contains("99"), cli.err());
        }
        assertFalse(Files.exists(dir.resolve("o").resolve("report.json")), "nothing written");
    }
}
