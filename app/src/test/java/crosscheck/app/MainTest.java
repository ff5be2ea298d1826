package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @TempDir
    Path dir;

    static final String ARTICLE = """
            Library opens late on weekdays

            The central library will stay open until ten in the evening on weekdays from next month, the city
            council said on Tuesday, after a survey found that students wanted more quiet space to work.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "ingest", "report", "search", "extract", "formats", "schema"})
    void everySubcommandHasHelp(String command) {
        Cli cli = Cli.run(command, "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().startsWith("Usage: crosscheck " + command), cli.out());
        assertTrue(cli.out().contains("Example:"), cli.out());
    }

    @Test
    void topLevelHelpListsSubcommandsAndExitCodes() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("analyze"));
        assertTrue(cli.out().contains("Exit codes:"));
    }

    @Test
    void missingSubcommandOrBadOptionIsUsageError() {
        assertEquals(2, Cli.run().exitCode());
        assertEquals(2, Cli.run("analyze").exitCode());
        assertEquals(2, Cli.run("analyze", "x", "--no-such-option").exitCode());
        Cli bad = Cli.run("analyze", "x", "--story-threshold", "7");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--story-threshold must be in (0, 1]"), bad.err());
    }

    @Test
    void bothClusterersRunAndAnUnknownOneIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("library.txt"), ARTICLE);
        for (String kind : new String[] {"story", "tfidf"}) {
            Path out = dir.resolve("out-" + kind);
            Cli cli = Cli.run("analyze", dir.resolve("library.txt").toString(), "--out", out.toString(),
                    "--clusterer", kind);
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.out().contains("1 article, 1 story found"), cli.out());
        }
        Cli bad = Cli.run("analyze", "x", "--clusterer", "kmeans");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--clusterer"), bad.err());
    }

    @Test
    void nothingReadableExitsTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("analyze", dir.resolve("missing").toString(), "--out", out.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("missing: error: no such file or folder"), cli.err());
        assertTrue(cli.err().contains("no report written"), cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailedInputExitsOneAndTheReportIsStillWritten() throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Files.writeString(dir.resolve("empty.txt"), "");
        Path out = dir.resolve("out");
        Cli cli = Cli.run("analyze", dir.toString(), "--out", out.toString());
        assertEquals(1, cli.exitCode(), cli.err());
        assertEquals(1, cli.err().lines().filter(l -> l.contains("empty.txt: error: the file is empty")).count());
        assertTrue(cli.out().startsWith("crosscheck: 2 files read, 1 article, 1 story found; 1 error, 0 warnings"),
                cli.out());
        for (String f : new String[] {"report.json", "report.md", "report.html"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
    }

    @Test
    void anEarlierReportSurvivesARunThatReadsNothing() throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", dir.resolve("good.txt").toString(), "--out", out.toString()).exitCode());
        String before = Files.readString(out.resolve("report.json"));
        Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(2, Cli.run("analyze", dir.resolve("empty.txt").toString(), "--out", out.toString()).exitCode());
        assertEquals(before, Files.readString(out.resolve("report.json")));
    }

    @Test
    void anOutputPathThatIsAFileIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path file = Files.writeString(dir.resolve("out.txt"), "keep me");
        Cli cli = Cli.run("analyze", dir.resolve("good.txt").toString(), "--out", file.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("is a file; give a folder"), cli.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void quietPrintsNoSummary() throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Cli cli = Cli.run("analyze", dir.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertEquals(0, cli.exitCode());
        assertEquals("", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void extractPrintsOneJsonLinePerArticle() throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Cli cli = Cli.run("extract", dir.toString());
        assertEquals(0, cli.exitCode());
        assertEquals(1, cli.out().lines().count());
        assertTrue(cli.out().startsWith("{\"id\":\"good\""), cli.out());
        assertTrue(cli.out().contains("\"title\":\"Library opens late on weekdays\""), cli.out());
    }

    @Test
    void formatsAndSchemaPrintWhatTheyPromise() {
        assertEquals("feed\nhtml\njsonl\ntext\nwarc\n", Cli.run("formats").out());
        Cli schema = Cli.run("schema");
        assertEquals(0, schema.exitCode());
        assertTrue(schema.out().contains("\"title\": \"crosscheck report\""));
    }
}
