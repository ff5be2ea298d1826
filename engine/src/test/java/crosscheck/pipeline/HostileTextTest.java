package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Report;
import crosscheck.internal.WellFormed;
import crosscheck.report.JsonReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that no output format can hold (lone surrogates, noncharacters, control characters) is replaced once at
 * ingest with one warning per document, and characters outside the Basic Multilingual Plane (emoji) are never cut
 * into lone surrogates by a span.
 */
class HostileTextTest {

    @TempDir
    Path dir;

    private static Report run(Path dir, List<Problem> seen) {
        return BatchRunner.builder().threads(2).build().run(List.of(dir.toString()), new BatchListener() {
            @Override
            public synchronized void problem(Problem p) {
                seen.add(p);
            }
        });
    }

    @Test
    void badCharactersAreReplacedAtIngestWithOneWarningPerDocument() throws IOException {
        HostileInputs.write(dir);
        List<Problem> seen = new ArrayList<>();
        Report report = run(dir, seen);

        assertEquals(4, report.articles().size(), "every input is reported: " + seen);
        List<Problem> bad = seen.stream().filter(p -> p.code().equals("bad-characters")).toList();
        assertEquals(List.of(dir.resolve("controls.txt") + ": 4", dir.resolve("escape.jsonl") + ", line 1: 1",
                dir.resolve("references.html") + ": 2"),
                bad.stream().map(p -> p.location() + ": " + p.message().split(" ")[0]).sorted().toList(), seen::toString);
        assertTrue(bad.stream().noneMatch(Problem::isError));
        assertEquals(bad, seen.stream().filter(p -> !p.code().equals("annotate-failed")).toList(),
                "no other problem");
        for (Article a : report.articles()) {
            for (String field : Stream.of(a.title(), a.body(), a.url(), a.byline(), a.outlet()).filter(
                    java.util.Objects::nonNull).toList()) {
                assertTrue(WellFormed.clean(field), a.id() + ": " + field);
            }
        }
        Article controls = report.articles().stream().filter(a -> a.id().equals("controls")).findFirst().orElseThrow();
        assertTrue(controls.body().contains("Mara Brask met Tomas Reyle and Ed\uFFFD Halver"), controls.body());
        assertRenderedWellFormed(report);
    }

    @Test
    void emojiAnywhereInTheTextAreNeverCutIntoLoneSurrogates() throws IOException {
        String[] wide = {HostileInputs.ANGRY, "\uD83C\uDF0A", "\uD835\uDC00", "\uD842\uDFB7", "\uD83D\uDC4D\uD83C\uDFFD"};
        String text = "Dam failure in Lorne County\n\nEd Halver, the mayor, said: \"The dam failed.\" Mara Brask told "
                + "the Lorne Gazette that 40 homes were flooded. Officials said the cost was 4 million dollars, up from "
                + "2 million in 2019. Reyle denied reports that he had been warned, saying \"nobody told me\". The "
                + "board's spokesman, Ann Corby, said on Tuesday, March 5, that 3,000 residents had been evacuated.\n";
        Random random = new Random(13);
        for (int k = 0; k < 8; k++) {
            StringBuilder sb = new StringBuilder();
            for (char c : text.toCharArray()) {
                sb.append(c);
                if (random.nextInt(12) == 0) {
                    sb.append(wide[random.nextInt(wide.length)]);
                }
            }
            // A paragraph must end like a sentence to count as article text.
            Files.writeString(dir.resolve("sprinkled" + k + ".txt"), sb.toString().strip()
                    + " The inspectors will return next week.\n", StandardCharsets.UTF_8);
        }
        List<Problem> seen = new ArrayList<>();
        Report report = run(dir, seen);
        assertEquals(8, report.articles().size(), seen::toString);
        assertTrue(seen.isEmpty(), "emoji are text, not damage: " + seen);
        assertRenderedWellFormed(report);
    }

    /** Every text the JSON report holds (quotes, cues, spans, titles) is whole characters. */
    private static void assertRenderedWellFormed(Report report) {
        String json = JsonReportRenderer.toTree(report).toString();
        int bad = WellFormed.firstLoneSurrogate(json);
        assertTrue(bad < 0, () -> "lone surrogate in report.json at " + WellFormed.around(json, bad));
        assertTrue(json.contains("\"quotes\""), "the annotators ran");
    }
}
