package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format}: the spreadsheet and timeline exports from the command line, and an unknown format. */
class ExportFormatsTest {

    /** Two outlets report one Halvergate event, with a date the timeline holds. */
    static final String FEED = """
            {"url": "https://halvergate-post.example/bridge", "outlet": "Halvergate Post", "title": "Brask bridge closed after crack found", "published": "2026-03-10", "text": "Engineers closed the Brask bridge in Halvergate on Monday after finding a crack in its main span, the Lorne County roads office said.\\n\\nThe bridge carries 12,000 cars a day. \\"=SUM(A1)\\" was painted on the barrier, said Ana Reyle, a resident."}
            {"url": "https://reyle-courier.example/b", "outlet": "Reyle Courier", "title": "Halvergate’s Brask bridge shut", "published": "2026-03-11", "text": "Engineers closed the Brask bridge in Halvergate on Monday after finding a crack in its main span, the Lorne County roads office said.\\n\\nThe closure began on March 9, 2026, and detours run through Lorne County."}
            """;

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path input = dir.resolve("bridge.jsonl");
        Files.writeString(input, FEED);
        return input;
    }

    private static TreeSet<String> listed(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void csvAndTimelineReplaceAnEarlierReportsFiles() throws IOException {
        Path input = input();
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", input.toString(), "--out", out.toString(), "--quiet").exitCode());
        assertEquals(new TreeSet<>(List.of("actors.gexf", "report.html", "report.json", "report.md")), listed(out));

        Cli run = Cli.run("analyze", input.toString(), "--out", out.toString(), "--format", "csv,timeline",
                "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new TreeSet<>(List.of("articles.csv", "claims.csv", "conflicts.csv", "entities.csv",
                "timeline.json")), listed(out), "the earlier report's files are gone, not left stale");
        assertTrue(run.out().contains("claims.csv") && run.out().contains("timeline.json"), run.out());

        byte[] bytes = Files.readAllBytes(out.resolve("claims.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> claims;
        try (CSVParser p = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals("story", p.getHeaderNames().get(0));
            claims = p.getRecords();
        }
        CSVRecord closed = claims.stream().filter(r -> r.get("claimText").startsWith("Engineers closed")).findFirst()
                .orElseThrow(() -> new AssertionError("the shared claim is a row: " + text));
        List<String> outlets = claims.stream().filter(r -> r.get("claim").equals(closed.get("claim")))
                .map(r -> r.get("outlet")).toList();
        assertEquals(List.of("Halvergate Post", "Reyle Courier"), outlets, "one row per claim and outlet");
        assertTrue(claims.stream().allMatch(r -> !r.get("mentionText").startsWith("=")
                && !r.get("claimText").startsWith("=")), "no cell starts a formula");

        JsonNode timeline = new ObjectMapper().readTree(out.resolve("timeline.json").toFile());
        assertTrue(timeline.get("title").get("text").has("headline"));
        assertTrue(timeline.get("events").size() > 0, timeline.toString());
        for (JsonNode e : timeline.get("events")) {
            assertTrue(e.get("start_date").get("year").isInt(), e.toString());
            assertEquals("s1", e.get("unique_id").asText().split("-")[0]);
        }
    }

    @Test
    void anUnknownFormatIsOneLineAndWritesNothing() throws IOException {
        Path input = input();
        Path out = dir.resolve("out");
        Cli run = Cli.run("analyze", input.toString(), "--out", out.toString(), "--format", "csv,xlsx");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertEquals(List.of("crosscheck: --format: unknown format 'xlsx'; the formats are "
                + "json,md,html,csv,timeline,gexf"), run.err().lines().toList());
        assertFalse(Files.exists(out));

        Cli report = Cli.run("report", "--store", dir.resolve("archive").toString(), "--out", out.toString(),
                "--format", "pdf");
        assertEquals(Main.EXIT_USAGE, report.exitCode());
        assertEquals(List.of("crosscheck: --format: unknown format 'pdf'; the formats are "
                + "json,md,html,csv,timeline,gexf"), report.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("archive")), "the store is not even opened");

        Cli add = Cli.run("analyze", input.toString(), "--out", out.toString(), "--format", "csv", "--add");
        assertEquals(Main.EXIT_USAGE, add.exitCode());
        assertEquals(List.of("crosscheck: --add adds to the analysis kept in report.json: give json in --format"),
                add.err().lines().toList());
    }
}
