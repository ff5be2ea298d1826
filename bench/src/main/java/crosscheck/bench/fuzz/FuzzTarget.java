package crosscheck.bench.fuzz;

import crosscheck.core.Problem;
import crosscheck.core.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The Jazzer entry point of every fuzz target: {@code bench fuzz} starts one JVM per target running
 * {@code com.code_intelligence.jazzer.Jazzer --target_class=crosscheck.bench.fuzz.FuzzTarget} with the system
 * properties {@code crosscheck.fuzz.target} (a {@link FuzzHarness.Target} id) and {@code crosscheck.fuzz.stats}
 * (a folder). Anything the harness throws is a finding for Jazzer; an input over {@code -timeout} is one too.
 *
 * <p>Into the stats folder it keeps, rewritten at most once a second and whenever a new slowest input is met:
 * {@code stats.properties} (executions, the slowest input's milliseconds — a new slowest input is timed twice and
 * the shorter time kept, so that a pause of the JIT or the GC does not count — problems with a bug code),
 * {@code slowest-input} (that input's bytes) and one {@code bug-problem-CODE} sample input per bug code.
 */
public final class FuzzTarget {

    private static FuzzHarness harness;
    private static Path stats;
    private static long runs;
    private static long slowestNanos;
    private static long bugProblems;
    private static long lastWrite;
    private static final Set<String> bugCodesSeen = new HashSet<>();

    private FuzzTarget() {
    }

    public static void fuzzerInitialize() {
        harness = new FuzzHarness(FuzzHarness.Target.of(System.getProperty("crosscheck.fuzz.target", "text")));
        stats = Path.of(System.getProperty("crosscheck.fuzz.stats", "fuzz-stats"));
        try {
            Files.createDirectories(stats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fuzzerTestOneInput(byte[] data) {
        long start = System.nanoTime();
        Report report = run(data);
        long took = System.nanoTime() - start;
        runs++;
        if (took > slowestNanos && took > 100_000_000L) {
            // A new slowest input: time it again, so that a pause of the JIT, the GC or a busy machine is not
            // taken for a slow input (the first inputs run cold, while Jazzer is still instrumenting classes).
            long again = System.nanoTime();
            run(data);
            took = Math.min(took, System.nanoTime() - again);
        }
        boolean slowest = took > slowestNanos;
        if (slowest) {
            slowestNanos = took;
            save("slowest-input", data);
        }
        if (report != null) {
            for (Problem p : FuzzHarness.bugProblems(report)) {
                bugProblems++;
                if (bugCodesSeen.add(p.code())) {
                    save("bug-problem-" + p.code(), data);
                    save("bug-problem-" + p.code() + ".txt", p.line().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        long now = System.nanoTime();
        if (slowest || now - lastWrite > 1_000_000_000L) {
            lastWrite = now;
            save("stats.properties", ("runs=" + runs + "\nslowestMillis=" + slowestNanos / 1_000_000
                    + "\nbugProblems=" + bugProblems + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Report run(byte[] data) {
        try {
            return harness.run(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a stats file whole (to a temporary file first), so the parent never reads half of one. */
    private static void save(String name, byte[] bytes) {
        try {
            Path tmp = stats.resolve(name + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, stats.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
