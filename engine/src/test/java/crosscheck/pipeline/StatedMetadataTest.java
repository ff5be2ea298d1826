package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import crosscheck.ingest.StatedMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user states about input files: --outlet, --published, sidecars and the CSV mapping, read by the batch. */
class StatedMetadataTest {

    private static final String TEXT = "Halvergate council delays the Brask bridge vote\n\n"
            + "The Halvergate council on Tuesday postponed its vote on the Brask bridge, citing a missing engineering "
            + "report. Council member Ada Reyle said the delay would cost the town $2 million.\n\n"
            + "Reyle said the report was expected next month.\n";

    @TempDir
    Path dir;

    private Report run(StatedMetadata stated) {
        return BatchRunner.builder().threads(1).entities(false).crossCheck(false).clusterer(a -> List.of())
                .stated(stated).build().run(List.of(dir.toString()), BatchListener.NONE);
    }

    private static Map<String, Article> byId(Report r) {
        return r.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void optionsFillEveryFileOfTheCall() throws IOException {
        write("halvergate.txt", TEXT);
        write("brask.txt", TEXT.replace("Tuesday", "Monday"));
        Report r = run(StatedMetadata.of("The Halvergate Herald", "2026-03-10T08:30+01:00", null));
        assertEquals(2, r.articles().size());
        for (Article a : r.articles()) {
            assertEquals("The Halvergate Herald", a.outlet());
            assertEquals("2026-03-10T08:30:00+01:00", a.published());
        }
    }

    @Test
    void aBadDateIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatedMetadata.of(null, "10 March 2026", null));
        assertTrue(e.getMessage().contains("--published must be an ISO date"), e.getMessage());
    }

    @Test
    void aSidecarWinsOverTheOptionsAndIsNeverAnArticle() throws IOException {
        write("halvergate.txt", TEXT);
        write("halvergate.txt.meta.json", "{\"outlet\": \"Brask Courier\", \"published\": \"2026-04-01\", "
                + "\"url\": \"https://brask-courier.example/bridge\", \"title\": \"Bridge vote delayed\"}");
        write("reyle.txt", TEXT);
        write("reyle.meta.json", "{\"published\": \"2026-04-02\"}");
        Report r = run(StatedMetadata.of("The Halvergate Herald", null, null));
        Map<String, Article> byId = byId(r);
        assertEquals(List.of("halvergate", "reyle"), r.articles().stream().map(Article::id).sorted().toList());
        Article h = byId.get("halvergate");
        assertEquals("Brask Courier", h.outlet());
        assertEquals("2026-04-01", h.published());
        assertEquals("https://brask-courier.example/bridge", h.url());
        assertEquals("Bridge vote delayed", h.title());
        assertEquals("The Halvergate Herald", byId.get("reyle").outlet(), "the option fills what the sidecar leaves");
        assertEquals("2026-04-02", byId.get("reyle").published());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void aMalformedSidecarIsOneProblemNamingItAndTheRestGoesOn() throws IOException {
        write("halvergate.txt", TEXT);
        write("halvergate.meta.json", "{\"outlet\": \"Brask Courier\",");
        write("reyle.txt", TEXT);
        write("reyle.meta.json", "{\"published\": \"last Tuesday\"}");
        Report r = run(StatedMetadata.of(null, null, null));
        assertEquals(2, r.articles().size());
        List<Problem> bad = r.problems().stream().filter(p -> p.code().equals("bad-sidecar")).toList();
        assertEquals(2, bad.size(), r.problems().toString());
        assertTrue(bad.stream().anyMatch(p -> p.location().endsWith("halvergate.meta.json")
                && p.message().contains("not valid JSON")), bad.toString());
        assertTrue(bad.stream().anyMatch(p -> p.location().endsWith("reyle.meta.json")
                && p.message().contains("'published' must be an ISO date")), bad.toString());
        assertNull(byId(r).get("halvergate").outlet());
        assertTrue(r.problems().stream().noneMatch(Problem::isError), r.problems().toString());
    }

    @Test
    void aCsvMapsFilesAndABadRowIsOneProblemNamingFileAndRow() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/halvergate.txt"), TEXT);
        Files.writeString(dir.resolve("in/reyle.txt"), TEXT);
        Files.writeString(dir.resolve("in/brask.txt"), TEXT);
        Path csv = dir.resolve("map.csv");
        Files.writeString(csv, "\uFEFFfile,outlet,published,url\n"
                + "in/halvergate.txt,\"Lorne County Ledger, Evening\",2026-05-01,https://ledger.example/a\n"
                + "in/reyle.txt,Reyle Post,May the first\n"
                + dir.resolve("in/brask.txt").toAbsolutePath() + ",nytimes.com,2026-05-03T10:00:00Z,\n");
        Report r = run(StatedMetadata.of(null, null, csv));
        Map<String, Article> byId = byId(r);
        assertEquals(3, r.articles().size(), "the CSV itself is not read as an article: " + byId.keySet());
        assertEquals("Lorne County Ledger, Evening", byId.get("halvergate").outlet());
        assertEquals("2026-05-01", byId.get("halvergate").published());
        assertEquals("https://ledger.example/a", byId.get("halvergate").url());
        assertEquals("nytimes.com", byId.get("brask").outlet());
        assertEquals("2026-05-03T10:00:00Z", byId.get("brask").published());
        assertNull(byId.get("reyle").outlet());
        List<Problem> bad = r.problems().stream().filter(p -> p.code().equals("bad-meta-row")).toList();
        assertEquals(1, bad.size(), r.problems().toString());
        assertTrue(bad.get(0).location().endsWith("map.csv, row 3"), bad.get(0).line());
    }

    @Test
    void aRecordsOwnFieldsWinOverTheOptions() throws IOException {
        write("wire.jsonl", "{\"outlet\": \"Reyle Wire\", \"published\": \"2026-02-01\", \"text\": "
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(TEXT) + "}\n"
                + "{\"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(TEXT) + "}\n");
        Report r = run(StatedMetadata.of("The Halvergate Herald", "2026-03-10", null));
        assertEquals(List.of("Reyle Wire", "The Halvergate Herald"),
                r.articles().stream().map(Article::outlet).toList());
        assertEquals(List.of("2026-02-01", "2026-03-10"), r.articles().stream().map(Article::published).toList());
    }
}
