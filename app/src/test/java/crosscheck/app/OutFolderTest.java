package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.report.ReportFolder;
import crosscheck.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --out folder: one run at a time, report files replaced as one set, an older version's files migrated. */
class OutFolderTest {

    private static final List<String> FILES = List.of("actors.gexf", "report.html", "report.json", "report.md");

    static final String FERRY = """
            Ferry to Quillon island cancelled for the winter

            The ferry between Dunmarrow and Quillon island will not sail from December to March, the Quillon
            ferry company said on Monday, after its only boat failed a safety inspection.
            """;

    @TempDir
    Path dir;

    private Path analyzed(Path out) throws IOException {
        Path input = dir.resolve("ferry.txt");
        Files.writeString(input, FERRY);
        assertEquals(0, Cli.run("analyze", input.toString(), "--out", out.toString(), "--quiet").exitCode());
        return input;
    }

    @Test
    void aFolderHoldingAnEarlierReportIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("out");
        Path input = analyzed(out);
        byte[] before = Files.readAllBytes(out.resolve("report.json"));
        Cli again = Cli.run("analyze", input.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_USAGE, again.exitCode(), again.err());
        List<String> lines = again.err().lines().toList();
        assertEquals(1, lines.size(), again.err());
        assertTrue(lines.get(0).startsWith("crosscheck: " + out + " holds an earlier report (report.json of "),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("give --force to replace it, or --add to add these inputs to it, or choose "
                + "another folder with --out"), lines.get(0));
        assertEquals("", again.out());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("report.json")), "nothing written");

        Cli forced = Cli.run("analyze", input.toString(), "--out", out.toString(), "--force", "--quiet");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("", forced.err());
    }

    @Test
    void aSecondRunRefusesWhileAnotherHoldsTheFolderAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Path input = analyzed(out);
        byte[] before = Files.readAllBytes(out.resolve("report.json"));
        try (ReportFolder held = ReportWriter.standard().open(out, Duration.ZERO, m -> { })) {
            Cli now = Cli.run("analyze", input.toString(), "--out", out.toString(), "--wait", "0", "--force");
            assertEquals(Main.EXIT_BUSY, now.exitCode(), now.err());
            assertEquals(List.of("crosscheck: another crosscheck run (pid " + ProcessHandle.current().pid()
                    + ") is writing to " + held.path() + "; nothing written: run again when it has finished, or use "
                    + "another --out folder"), now.err().lines().toList());
            assertEquals("", now.out());

            Cli later = Cli.run("analyze", input.toString(), "--out", out.toString(), "--wait", "1", "--add");
            assertEquals(4, later.exitCode(), later.err());
            List<String> lines = later.err().lines().toList();
            assertEquals(2, lines.size(), later.err());
            assertTrue(lines.get(0).endsWith("is writing to " + out + "; waiting up to 1 s for it to finish"),
                    lines.get(0));
            assertTrue(lines.get(1).contains("did not finish within 1 s; nothing written"), lines.get(1));
        }
        assertArrayEquals(before, Files.readAllBytes(out.resolve("report.json")));
    }

    @Test
    void aSecondRunWaitsForTheFirstToFinish() throws Exception {
        Path out = dir.resolve("out");
        Path input = analyzed(out);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            ReportFolder held = ReportWriter.standard().open(out, Duration.ZERO, m -> { });
            timer.schedule(held::close, 1, TimeUnit.SECONDS);
            Cli cli = Cli.run("analyze", input.toString(), "--out", out.toString(), "--wait", "60", "--force");
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.err().contains("is writing to " + out + "; waiting up to 60 s for it to finish"),
                    cli.err());
            assertTrue(cli.out().contains("wrote " + out.resolve("actors.gexf")), cli.out());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aNegativeWaitIsAUsageError() {
        Cli cli = Cli.run("analyze", "x", "--wait", "-1");
        assertEquals(Main.EXIT_USAGE, cli.exitCode());
        assertEquals("crosscheck: --wait must be 0 or more seconds, got -1", cli.err().strip());
    }

    @Test
    void anOlderVersionsPlainReportIsMigratedAndAddedTo() throws IOException {
        Path out = dir.resolve("out");
        analyzed(out);
        for (String f : FILES) { // as an older version left them: plain files, no hidden folder
            byte[] bytes = Files.readAllBytes(out.resolve(f));
            Files.delete(out.resolve(f));
            Files.write(out.resolve(f), bytes);
        }
        try (var walk = Files.walk(out.resolve(ReportFolder.DIR))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(out.resolve(".report.md.3be1.tmp"), "left by a killed run of an older version");
        Path more = dir.resolve("more.txt");
        Files.writeString(more, FERRY.replace("Monday", "Tuesday").replace("only boat", "one boat"));
        Cli cli = Cli.run("analyze", more.toString(), "--out", out.toString(), "--add");
        assertEquals(0, cli.exitCode(), cli.err());
        for (String f : FILES) {
            assertTrue(Files.isSymbolicLink(out.resolve(f)), f);
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(2, new ObjectMapper().readTree(out.resolve("report.json").toFile())
                .get("summary").get("articles").asInt());
        try (var entries = Files.list(out)) {
            assertEquals(List.of(".crosscheck", "actors.gexf", "report.html", "report.json", "report.md"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
