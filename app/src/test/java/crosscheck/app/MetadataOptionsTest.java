package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --outlet}, {@code --published}, {@code --meta} and sidecars on the command line. */
class MetadataOptionsTest {

    private static final String TEXT = "Brask bridge vote delayed in Halvergate\n\nThe Halvergate council postponed "
            + "its vote on the Brask bridge on Tuesday. Council member Ada Reyle said the delay would cost $2 million.\n";

    @Test
    void extractTakesTheOptionsAndSidecarsAndNeverReadsASidecarAsAnArticle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("halvergate.txt"), TEXT);
        Files.writeString(dir.resolve("reyle.txt"), TEXT);
        Files.writeString(dir.resolve("reyle.txt.meta.json"), "{\"outlet\": \"www.reuters.com\"}");
        Cli r = Cli.run("extract", dir.toString(), "--text", "--outlet", "Lorne County Ledger", "--published",
                "2026-03-10");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("== halvergate | Brask bridge vote delayed in Halvergate | Lorne County Ledger | "
                + "null | 2026-03-10"), r.out());
        assertTrue(r.out().contains("== reyle | Brask bridge vote delayed in Halvergate | Reuters | null | "
                + "2026-03-10"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("== ")).count(), r.out());
    }

    @Test
    void aBadDateOrAMissingCsvIsAUsageErrorInWords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("halvergate.txt"), TEXT);
        Cli r = Cli.run("extract", dir.toString(), "--published", "March 10");
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("--published must be an ISO date"), r.err());
        r = Cli.run("extract", dir.toString(), "--meta", dir.resolve("nope.csv").toString());
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("nope.csv: no such file"), r.err());
    }
}
