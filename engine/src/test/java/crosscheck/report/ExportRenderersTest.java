package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet and timeline exports, read back as a spreadsheet import and a TimelineJS load would read them. */
class ExportRenderersTest {

    static final String COMMAS = "Halvergate council said \"no\", then \"yes\",\nand later: maybe";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Brask\")";
    static final String SCRIPT = "Reyle wrote <script>alert('x')</script> & \"left\"";

    /** Two outlets and an unknown one carry a claim; a conflict of two figures; dates of every precision. */
    static Report report() {
        Article a1 = new Article("halvergate-post", SourceRef.of("in/a1.html"), "https://post.example/a1",
                "Halvergate Post", "Brask inquiry opens", "Ana Reyle", "2026-03-10", COMMAS + "\n\nMore.", List.of(),
                null, "en");
        Article a2 = new Article("lorne-ledger", SourceRef.of("in/feed.jsonl", "line 2"), null, "Lörne Ledger",
                FORMULA, null, "2026-03-11T08:30:00+01:00", "Zwölf Brask-Gläubiger. " + SCRIPT, List.of());
        Article a3 = new Article("a3", SourceRef.of("in/a3.txt"), null, null, "-5 degrees in Halvergate", null, null,
                "@Reyle -5 degrees.", List.of());
        Article a4 = new Article("lorne-ledger-2", SourceRef.of("in/a4.txt"), null, "Lörne Ledger", "Again", null,
                "2026-03-12", "Copy.", List.of());
        CrossCheck.Claim claim = new CrossCheck.Claim("s1-c1", COMMAS,
                List.of("halvergate-post", "lorne-ledger", "lorne-ledger-2", "a3"),
                List.of(new CrossCheck.ClaimMention("halvergate-post", 0, 10, COMMAS, "supports", "Halvergate council",
                                List.of()),
                        new CrossCheck.ClaimMention("lorne-ledger-2", 0, 5, FORMULA, "hedges", "Halvergate council",
                                List.of()),
                        new CrossCheck.ClaimMention("a3", 0, 5, "@Reyle -5 degrees.", "supports", "Halvergate council",
                                List.of())),
                List.of(new CrossCheck.Origin("Halvergate council", "official-body", List.of("Halvergate council"),
                        List.of("halvergate-post", "lorne-ledger")), new CrossCheck.Origin("Brask, Reyle & Co",
                        "organisation", List.of(), List.of("a3"))),
                2, "corroborated", List.of("Halvergate Post", "Lörne Ledger", "a3"), List.of(), List.of(), List.of());
        CrossCheck.Conflict conflict = new CrossCheck.Conflict("numeric", "conflict",
                "Halvergate Post says $44 million, Lörne Ledger says $61 million", List.of("halvergate-post",
                "lorne-ledger"), List.of(
                new CrossCheck.Side("halvergate-post", "Halvergate Post", "2026-03-10", "It cost $44 million.", 0, 20,
                        44_000_000.0, null, "USD", null, "a", null, "$44 million", 8, 19),
                new CrossCheck.Side("lorne-ledger", "Lörne Ledger", null, SCRIPT, 0, 20, -61.5, null, null, "at least",
                        "b", "Brask", null, -1, -1)), List.of("s1-c1"), List.of());
        List<CrossCheck.TimelineEntry> timeline = List.of(
                new CrossCheck.TimelineEntry("2026-03-09", "day", null, SCRIPT, List.of("lorne-ledger", "a3"),
                        "s1-c1"),
                new CrossCheck.TimelineEntry("2026-03-11T16:59", "minute", null, "At 4:59 p.m.", List.of("a3"), null),
                new CrossCheck.TimelineEntry("2026-W11", "week", null, "That week.", List.of("a3"), null),
                new CrossCheck.TimelineEntry("2025", "year", "late", "Late last year.", List.of("a3"), null),
                new CrossCheck.TimelineEntry("1950s", "decade", null, "In the 1950s.", List.of("a3"), null),
                new CrossCheck.TimelineEntry("2026-02-30", "day", null, "No such day.", List.of("a3"), null),
                new CrossCheck.TimelineEntry("T16:59", "minute", null, "Unresolved.", List.of("a3"), null));
        CrossCheck check = new CrossCheck(List.of(claim), List.of(conflict), timeline,
                new CrossCheck.Actors(List.of(), List.of()), List.of());
        Entity brask = new Entity("Teodor Brask", "PER", List.of("Brask"), List.of(),
                List.of("halvergate-post", "lorne-ledger"));
        Story s1 = new Story("s1", "Brask <b>inquiry</b>, Halvergate", List.of("halvergate-post", "lorne-ledger",
                "lorne-ledger-2", "a3"), List.of(List.of("lorne-ledger", "lorne-ledger-2")), List.of(brask), check);
        Map<String, Annotations> annotations = Map.of(
                "halvergate-post", new Annotations(List.of(new Entity("Teodor Brask", "PER", List.of(),
                        List.of(new Entity.Mention("Teodor Brask", 0, 12), new Entity.Mention("Brask", 20, 25)),
                        List.of())), List.of(), List.of()),
                "lorne-ledger", new Annotations(List.of(new Entity("Brask", "PER", List.of(),
                        List.of(new Entity.Mention("Brask", 6, 11)), List.of()),
                        new Entity("Halvergate", "LOC", List.of(), List.of(new Entity.Mention("Halvergate", 0, 10)),
                                List.of())), List.of(), List.of()));
        return new Report("test", new Report.Summary(4, 0, 4, 1, 0, 0), List.of(a1, a2, a3, a4), List.of(s1),
                List.of(), annotations);
    }

    /** A file as a spreadsheet import reads it: BOM checked and skipped, then RFC 4180 records with a header. */
    static List<CSVRecord> readCsv(Path file, List<String> columns) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "rows end with CR LF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "no bare CR outside a field's line breaks");
        for (String line : text.split("\r\n")) {
            assertTrue(line.startsWith("\""), "every field quoted: " + line);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = new StringReader(text); CSVParser p = CSVParser.parse(r, format)) {
            assertEquals(columns, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            for (CSVRecord row : rows) {
                assertTrue(row.isConsistent(), "row " + row.getRecordNumber() + " has every column");
            }
            return rows;
        }
    }

    @Test
    void theCsvFilesOpenAsSpreadsheetsWithTextIntactAndFormulasDefused(@TempDir Path dir) throws IOException {
        Set<ReportWriter.Format> csv = ReportWriter.Format.parse("csv");
        List<Path> written = ReportWriter.of(csv).write(report(), dir);
        assertEquals(List.of("articles.csv", "claims.csv", "conflicts.csv", "entities.csv"),
                written.stream().map(p -> p.getFileName().toString()).toList());

        List<CSVRecord> claims = readCsv(dir.resolve("claims.csv"), CsvRenderers.CLAIM_COLUMNS);
        assertEquals(3, claims.size(), "one row per claim and outlet: the Ledger's two articles are one outlet");
        CSVRecord post = claims.get(0);
        assertEquals("s1", post.get("story"));
        assertEquals("Brask <b>inquiry</b>, Halvergate", post.get("storyTitle"));
        assertEquals("s1-c1", post.get("claim"));
        assertEquals(COMMAS, post.get("claimText"), "commas, quotes and a line break survive");
        assertEquals(COMMAS, post.get("mentionText"));
        assertEquals("corroborated", post.get("status"));
        assertEquals("2", post.get("independentOrigins"));
        assertEquals("Halvergate council; Brask, Reyle & Co", post.get("origins"));
        assertEquals("Halvergate Post", post.get("outlet"));
        assertEquals("2026-03-10", post.get("published"));
        CSVRecord ledger = claims.get(1);
        assertEquals("Lörne Ledger", ledger.get("outlet"), "non-ASCII intact");
        assertEquals("lorne-ledger-2", ledger.get("article"), "the outlet's article that holds the sentence");
        assertEquals("lorne-ledger; lorne-ledger-2", ledger.get("articles"));
        assertEquals("'" + FORMULA, ledger.get("mentionText"), "a formula is shown as text");
        assertEquals("hedges", ledger.get("stance"));
        CSVRecord unknown = claims.get(2);
        assertEquals("unknown outlet (file a3)", unknown.get("outlet"), "an unknown outlet is said so, never a bare id");
        assertEquals("a3", unknown.get("article"));
        assertEquals("'@Reyle -5 degrees.", unknown.get("mentionText"));
        assertEquals("", unknown.get("published"));

        List<CSVRecord> conflicts = readCsv(dir.resolve("conflicts.csv"), CsvRenderers.CONFLICT_COLUMNS);
        assertEquals(2, conflicts.size());
        assertEquals("44000000", conflicts.get(0).get("value"));
        assertEquals("$44 million", conflicts.get(0).get("figure"));
        assertEquals("Halvergate Post", conflicts.get(0).get("outlet"));
        assertEquals("-61.5", conflicts.get(1).get("value"), "a negative number stays a number");
        assertEquals(SCRIPT, conflicts.get(1).get("text"));
        assertEquals("b", conflicts.get(1).get("side"));
        assertEquals("1", conflicts.get(1).get("conflict"));
        assertEquals("numeric", conflicts.get(1).get("kind"));
        assertEquals("conflict", conflicts.get(1).get("verdict"));
        assertEquals("s1-c1", conflicts.get(1).get("claims"));

        List<CSVRecord> articles = readCsv(dir.resolve("articles.csv"), CsvRenderers.ARTICLE_COLUMNS);
        assertEquals(4, articles.size());
        assertEquals("'" + FORMULA, articles.get(1).get("title"));
        assertEquals("Lörne Ledger", articles.get(1).get("outlet"));
        assertEquals("line 2", articles.get(1).get("record"));
        assertEquals("2026-03-11T08:30:00+01:00", articles.get(1).get("published"));
        assertEquals("'-5 degrees in Halvergate", articles.get(2).get("title"));
        assertEquals("en", articles.get(0).get("language"));
        assertEquals("s1", articles.get(3).get("story"));

        List<CSVRecord> entities = readCsv(dir.resolve("entities.csv"), CsvRenderers.ENTITY_COLUMNS);
        assertEquals(1, entities.size());
        assertEquals("Teodor Brask", entities.get(0).get("name"));
        assertEquals("PER", entities.get(0).get("type"));
        assertEquals("Brask", entities.get(0).get("aliases"));
        assertEquals("2", entities.get(0).get("articleCount"));
        assertEquals("3", entities.get(0).get("mentionCount"), "its name and its alias, in both articles");
    }

    @Test
    void formulaCellsGetAQuoteAndNumbersDoNot() {
        for (String s : List.of("=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + s, CsvRenderers.cell(s), s);
        }
        assertEquals("-3", CsvRenderers.cell("-3"));
        assertEquals("-3.25", CsvRenderers.cell(-3.25));
        assertEquals("Halvergate = Brask", CsvRenderers.cell("Halvergate = Brask"));
        assertEquals("", CsvRenderers.cell(null));
    }

    @Test
    void timelineFollowsTheTimelineJsFormatAndEscapesArticleText() throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        new TimelineRenderer().render(report(), w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        // TimelineJS: "events" (required) is a list of slides; "title" is a slide without a start_date.
        assertTrue(root.get("events").isArray());
        assertTrue(root.get("title").get("text").get("headline").isTextual());
        assertFalse(root.get("title").has("start_date"));
        Set<String> slideFields = Set.of("start_date", "end_date", "text", "media", "group", "display_date",
                "background", "autolink", "unique_id");
        Set<String> dateFields = Set.of("year", "month", "day", "hour", "minute", "second", "millisecond",
                "display_date");
        List<String> ids = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            assertFieldsAmong(slideFields, e);
            JsonNode d = e.get("start_date");
            assertTrue(d.get("year").isInt(), "year is required, a number");
            assertFieldsAmong(dateFields, d);
            d.fields().forEachRemaining(f -> assertTrue(f.getKey().equals("display_date") ? f.getValue().isTextual()
                    : f.getValue().isInt(), f.getKey()));
            assertTrue(d.path("month").asInt(1) >= 1 && d.path("month").asInt(1) <= 12);
            assertTrue(e.get("text").get("headline").isTextual());
            assertTrue(e.get("text").get("text").isTextual());
            assertFalse(e.get("autolink").asBoolean());
            for (String html : List.of(e.get("text").get("headline").asText(), e.get("text").get("text").asText(),
                    e.get("group").asText(), d.path("display_date").asText(""))) {
                var doc = Jsoup.parseBodyFragment(html);
                assertTrue(doc.select("script, b, img").isEmpty(), "article text never becomes markup: " + html);
                assertFalse(html.contains("<script") || html.contains("<b>"), html);
            }
            ids.add(e.get("unique_id").asText());
        }
        assertEquals(List.of("s1-t1", "s1-t2", "s1-t3", "s1-t4", "s1-t5"), ids,
                "a day that does not exist and an unresolved time are left out");
        JsonNode first = root.get("events").get(0);
        assertEquals(2026, first.get("start_date").get("year").asInt());
        assertEquals(3, first.get("start_date").get("month").asInt());
        assertEquals(9, first.get("start_date").get("day").asInt());
        String shown = Jsoup.parseBodyFragment(first.get("text").get("text").asText()).text();
        assertTrue(shown.contains(SCRIPT), "the sentence shows as written: " + shown);
        assertTrue(shown.contains("Lörne Ledger, unknown outlet (file a3)"), shown);
        assertEquals("s1: Brask <b>inquiry</b>, Halvergate",
                Jsoup.parseBodyFragment(first.get("group").asText()).text());
        JsonNode minute = root.get("events").get(1).get("start_date");
        assertEquals(16, minute.get("hour").asInt());
        assertEquals(59, minute.get("minute").asInt());
        JsonNode week = root.get("events").get(2).get("start_date");
        assertEquals(List.of(2026, 3, 9), List.of(week.get("year").asInt(), week.get("month").asInt(),
                week.get("day").asInt()), "week 11 of 2026 starts on Monday 9 March");
        assertEquals("week 11 of 2026", week.get("display_date").asText());
        JsonNode late = root.get("events").get(3).get("start_date");
        assertEquals("late 2025", late.get("display_date").asText());
        assertNull(late.get("month"));
        assertEquals(1950, root.get("events").get(4).get("start_date").get("year").asInt());
        assertEquals("1950s", root.get("events").get(4).get("start_date").get("display_date").asText());
    }

    private static void assertFieldsAmong(Set<String> documented, JsonNode object) {
        for (Iterator<String> f = object.fieldNames(); f.hasNext(); ) {
            String name = f.next();
            assertTrue(documented.contains(name), "a field of the format: " + name);
        }
    }

    @Test
    void aTimelineHeadlineIsItsSentenceCutAtAWord() {
        assertEquals("Water rose in Halvergate on Tuesday.", TimelineRenderer.shortened("Water rose in Halvergate on "
                + "Tuesday."));
        String longer = "The Brask ferry company said on Tuesday that the Halvergate crossing would stay closed "
                + "until inspectors had examined the engine";
        String cut = TimelineRenderer.shortened(longer);
        assertTrue(cut.endsWith("…") && cut.length() <= TimelineRenderer.HEADLINE_CHARS + 1, cut);
        assertTrue(longer.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertFalse(cut.contains("inspectors"), cut);
    }

    @Test
    void formatsAreParsedAndAnUnknownOneIsNamed() {
        assertEquals(Set.of(ReportWriter.Format.csv, ReportWriter.Format.timeline),
                ReportWriter.Format.parse("csv, Timeline"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.Format.parse("json,xlsx"));
        assertEquals("unknown format 'xlsx'; the formats are json,md,html,csv,timeline,gexf", e.getMessage());
        assertEquals(Set.of("report.json", "report.md", "report.html", "actors.gexf"),
                ReportWriter.standard().renderers().keySet());
    }
}
