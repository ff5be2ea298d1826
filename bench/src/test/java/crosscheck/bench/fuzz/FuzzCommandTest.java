package crosscheck.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@code bench fuzz} that run without the fuzzer: options, seeds and dictionaries. */
class FuzzCommandTest {

    @TempDir
    Path dir;

    @Test
    void optionsPickTargetsAndBounds() {
        FuzzCommand.Options all = FuzzCommand.parse(new String[0]);
        assertEquals(6, all.targets().size());
        assertEquals(60, all.seconds());
        FuzzCommand.Options one = FuzzCommand.parse(new String[] {"--target", "jsonl", "--runs", "1000"});
        assertEquals(List.of(FuzzHarness.Target.JSONL), one.targets());
        assertEquals(1000, one.runs());
        assertEquals(0, one.seconds());
        assertThrows(IllegalArgumentException.class, () -> FuzzCommand.parse(new String[] {"--target", "pdf"}));
        assertThrows(IllegalArgumentException.class, () -> FuzzCommand.parse(new String[] {"--seconds"}));
    }

    @Test
    void seedsComeFromTheExamplesOfTheTargetsFormatAndThePipelinesCarryTheirFormatByte() throws IOException {
        Path examples = Files.createDirectories(dir.resolve("examples"));
        Files.writeString(examples.resolve("lorne.txt"), "Halvergate dam inspected");
        Files.writeString(examples.resolve("feed.rss"), "<rss/>");
        Path text = Files.createDirectories(dir.resolve("text"));
        assertEquals(1, FuzzCommand.seed(FuzzHarness.Target.TEXT, examples, text));
        Path pipeline = Files.createDirectories(dir.resolve("pipeline"));
        assertEquals(2, FuzzCommand.seed(FuzzHarness.Target.PIPELINE, examples, pipeline));
        List<byte[]> seeds;
        try (Stream<Path> files = Files.list(pipeline)) {
            seeds = files.sorted().map(FuzzCommandTest::read).toList();
        }
        byte[] feed = seeds.get(0);
        assertEquals(FuzzHarness.FORMATS.indexOf(FuzzHarness.Target.FEED), feed[0]);
        assertArrayEquals("<rss/>".getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOfRange(feed, 1,
                feed.length));
        assertEquals(FuzzHarness.FORMATS.indexOf(FuzzHarness.Target.TEXT), seeds.get(1)[0]);
    }

    @Test
    void everyTargetHasAWellFormedDictionary() throws IOException {
        for (FuzzHarness.Target t : FuzzHarness.Target.values()) {
            String dict = new String(FuzzCommand.dictionary(t), StandardCharsets.UTF_8);
            List<String> entries = dict.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertTrue(entries.size() >= 10, t + " has " + entries.size() + " entries");
            for (String e : entries) {
                // libFuzzer's format: one quoted token a line, quotes and backslashes escaped as \xNN or \\.
                assertTrue(e.matches("\"([^\"\\\\]|\\\\\\\\|\\\\x[0-9a-fA-F]{2})*\""), t + ": " + e);
            }
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
