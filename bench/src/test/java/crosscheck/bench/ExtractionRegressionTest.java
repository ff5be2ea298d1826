package crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.bench.ExtractionMetric.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A floor under the extraction quality on the public benchmark, so that a change that makes extraction worse fails
 * the build. The floors sit a little under the figures in {@code bench/RESULTS.md}. Runs where {@code ../shared}
 * sits beside the repository (as in CI); skipped otherwise. The full evaluation, with speed, is
 * {@code java -jar bench/target/crosscheck-bench.jar extraction}.
 */
class ExtractionRegressionTest {

    static final double HTML_F1_FLOOR = 0.965;
    static final double TEXT_F1_FLOOR = 0.925;

    @Test
    void extractionStaysAboveItsFloorOnTheBenchmark() throws IOException {
        String root = System.getProperty("crosscheck.repo.root", "..");
        Path data = Path.of(root).resolve("../shared/data/article-extraction-benchmark").normalize();
        Assumptions.assumeTrue(Files.isDirectory(data), data + " is absent: extraction regression test skipped");
        Summary[] s = ExtractionEval.summaries(data);
        assertTrue(s[0].f1() >= HTML_F1_FLOOR, "HTML F1 " + s[0].f1() + " fell under " + HTML_F1_FLOOR);
        assertTrue(s[1].f1() >= TEXT_F1_FLOOR, "text F1 " + s[1].f1() + " fell under " + TEXT_F1_FLOOR);
    }
}
