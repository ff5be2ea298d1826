package crosscheck.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Report;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the fuzz regression corpus on every build, as jsoup replays its fuzz corpus: each file under
 * {@code src/test/resources/fuzz-regressions/TARGET/} is an input a fuzz target once crashed or hung on
 * ({@code bench fuzz} saves them under {@code target/fuzz/TARGET/findings/}), and must now give a report (problems
 * allowed) through exactly the code the fuzzer ran ({@link FuzzHarness}), without exception and within a generous
 * time bound. For the {@code pipeline} target the first byte of a file picks its format.
 */
class FuzzRegressionsTest {

    /** Far above what any input should take, far below a hang; the fuzzer's own limit is 30 s. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    /**
     * Files that fail today because of a known issue another part of issue 21 fixes; skipped until then. Empty it
     * as those fixes land. Keys are "TARGET/FILE"; values say why.
     */
    static final Map<String, String> KNOWN_FAILING = Map.of();

    private final Map<FuzzHarness.Target, FuzzHarness> harnesses = new EnumMap<>(FuzzHarness.Target.class);

    @TestFactory
    Stream<DynamicTest> everySavedFindingNowGivesAReport() throws IOException, URISyntaxException {
        URL root = FuzzRegressionsTest.class.getResource("/fuzz-regressions");
        assertNotNull(root, "the fuzz regression corpus is missing from the test resources");
        Path folder = Path.of(root.toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        return files.stream().map(f -> {
            String key = folder.relativize(f).toString();
            return DynamicTest.dynamicTest(key, () -> replay(key, f));
        });
    }

    private void replay(String key, Path file) throws IOException {
        Assumptions.assumeFalse(KNOWN_FAILING.containsKey(key), () -> "known failing: " + KNOWN_FAILING.get(key));
        FuzzHarness.Target target = FuzzHarness.Target.of(key.substring(0, key.indexOf('/')));
        FuzzHarness harness = harnesses.computeIfAbsent(target, FuzzHarness::new);
        byte[] data = Files.readAllBytes(file);
        Report report = assertTimeoutPreemptively(LIMIT, () -> harness.run(data), key + " took over " + LIMIT);
        assertTrue(report != null || data.length == 0, key + " gave no report");
    }
}
