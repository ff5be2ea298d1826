package crosscheck.bench;

import crosscheck.report.ReportFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The kill -9 harness of the report switch: runs {@code crosscheck analyze} on the examples in a child JVM again and
 * again, kills it with SIGKILL ({@link Process#destroyForcibly()}) while its report files are being replaced, and
 * checks after each kill that {@code --out} holds one whole set: all four files of the earlier run, or all four of
 * the new one (the two sets are told apart by the SHA-256 of each file, from two reference runs on different inputs:
 * the whole examples folder and its text files).
 *
 * <p>The kills are aimed with {@link ReportFolder#PAUSE_PROPERTY}, which makes the child stop at a point of the
 * switch and say so: {@code written} (the new set is written, not yet switched to), {@code switched} (switched, the
 * previous set not yet removed) and {@code adopted} (migrating an older version's plain files: one replaced by its
 * link, the others not yet); every fourth trial is killed instead a random 0 to 150 ms after the new set folder
 * holds all four files (rendering the last, flushing, migrating, switching or cleaning up). The first trial also starts a second run while the first holds the
 * folder, which must give up at once with exit code 4. A last run, not killed, must leave no leftovers.
 *
 * <p>{@code java -jar bench/target/crosscheck-bench.jar report-kill [TRIALS] [--jar JAR] [--examples DIR]}, from the
 * repository root after {@code ./mvnw -q package -DskipTests}; each trial takes some 15 s on two cores (entities
 * are kept on: without them both sets have the same empty {@code actors.gexf}). Exit code 0 when every trial left a
 * whole set.
 */
public final class ReportKill {

    private static final List<String> FILES = List.of("actors.gexf", "report.html", "report.json", "report.md");
    private static final List<String> AIMS = List.of("written", "switched", "adopted", "random");
    private static final long CHILD_TIMEOUT_S = 300;
    /** Rendering the last file, flushing, migrating and switching take some 100 ms on two busy cores. */
    private static final int RANDOM_MS = 150;

    private final Path jar;
    private final Path out;
    private final Random random = new Random(21);
    private final Map<String, List<String>> inputs = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> sets = new LinkedHashMap<>();

    private ReportKill(Path jar, Path examples, Path work) throws IOException {
        this.jar = jar;
        this.out = work.resolve("out");
        inputs.put("A", List.of(examples.toString()));
        try (Stream<Path> files = Files.list(examples)) {
            inputs.put("B", files.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList());
        }
        if (inputs.get("B").isEmpty()) {
            throw new IllegalArgumentException(examples + " holds no .txt file");
        }
    }

    public static void main(String[] args) throws Exception {
        int trials = 20;
        Path jar = Path.of("app", "target", "crosscheck.jar");
        Path examples = Path.of("examples");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--examples" -> examples = Path.of(args[++i]);
                default -> trials = Integer.parseInt(args[i]);
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("report-kill: " + jar + " is missing; build it first with ./mvnw -q package -DskipTests");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("crosscheck-report-kill-");
        boolean ok = new ReportKill(jar, examples, work).run(trials, work);
        if (ok) {
            deleteTree(work);
        } else {
            System.out.println("report-kill: the folders are kept in " + work);
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int trials, Path work) throws Exception {
        for (String set : inputs.keySet()) {
            Path ref = work.resolve("ref-" + set);
            int code = analyze(set, ref, null).waitFor();
            if (code != 0) {
                throw new IllegalStateException("the reference run " + set + " exited " + code);
            }
            sets.put(set, hashes(ref));
        }
        for (String f : FILES) {
            if (sets.get("A").get(f).equals(sets.get("B").get(f))) {
                throw new IllegalStateException("the two reference sets do not differ in " + f);
            }
        }
        if (analyze("A", out, null).waitFor() != 0) {
            throw new IllegalStateException("the first run into " + out + " failed");
        }
        String current = "A";
        int whole = 0;
        int stayedOld = 0;
        int killed = 0;
        boolean lockOk = true;
        Map<String, Integer> byAim = new LinkedHashMap<>();
        for (int t = 1; t <= trials; t++) {
            String aim = AIMS.get((t - 1) % AIMS.size());
            String next = current.equals("A") ? "B" : "A";
            if (aim.equals("adopted")) {
                makePlain(out);
            }
            long start = System.nanoTime();
            Process child = analyze(next, out, aim.equals("random") ? null : aim);
            boolean wasKilled = aim.equals("random") ? killSoonAfterTheSetAppears(child) : killAtPause(child, aim);
            if (t == 1 && !secondRunGivesUp(next, child.pid())) {
                lockOk = false;
            }
            if (wasKilled) {
                child.destroyForcibly();
                killed++;
            }
            child.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS);
            Map<String, String> seen = hashes(out);
            String found = seen.equals(sets.get(current)) ? current : seen.equals(sets.get(next)) ? next : null;
            List<String> leftovers = leftovers(out);
            System.out.printf(Locale.ROOT, "trial %2d: %-8s %s, %.1f s: %s%s%n", t, aim,
                    wasKilled ? "killed" : "finished before the kill", (System.nanoTime() - start) / 1e9,
                    found == null ? "MIXED " + describe(seen) : "whole set " + found
                            + (found.equals(current) ? " (the earlier run's)" : " (the killed run's)"),
                    leftovers.isEmpty() ? "" : "; left for the next run: " + leftovers);
            if (found != null) {
                whole++;
                stayedOld += found.equals(current) ? 1 : 0;
                byAim.merge(aim, 1, Integer::sum);
                current = found;
            } else {
                return false;
            }
        }
        String last = current.equals("A") ? "B" : "A";
        int code = analyze(last, out, null).waitFor();
        List<String> leftovers = leftovers(out);
        boolean clean = code == 0 && hashes(out).equals(sets.get(last)) && leftovers.isEmpty();
        System.out.printf(Locale.ROOT, "report-kill: %d trials, %d killed, %d whole sets (%d the earlier run's, %d the "
                + "killed run's), %d mixed; whole sets by aim %s%n", trials, killed, whole, stayedOld, whole - stayedOld,
                trials - whole, byAim);
        System.out.println("report-kill: a second run while the first held the folder: "
                + (lockOk ? "gave up with exit code 4" : "DID NOT GIVE UP"));
        System.out.println("report-kill: the last run, not killed: exit " + code + ", "
                + (clean ? "whole set, no leftovers" : "leftovers " + leftovers));
        return whole == trials && lockOk && clean;
    }

    /** Starts {@code crosscheck analyze} with the inputs of {@code set} into {@code folder}. */
    private Process analyze(String set, Path folder, @Nullable String pauseAt) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xss8m");
        if (pauseAt != null) {
            cmd.add("-D" + ReportFolder.PAUSE_PROPERTY + "=" + pauseAt);
        }
        cmd.addAll(List.of("-jar", jar.toString(), "analyze"));
        cmd.addAll(inputs.get(set));
        cmd.addAll(List.of("--out", folder.toString(), "--quiet", "--force"));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(pauseAt == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE).start();
    }

    /** Waits for the child to say it paused at {@code aim}; false when it ended first. */
    private static boolean killAtPause(Process child, String aim) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
            lines.add("\0eof");
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("crosscheck: paused at " + aim)) {
                return true;
            }
            if ("\0eof".equals(line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Polls for the child's new set folder to hold all four files (the last one being rendered), then lets it run a
     * random 0 to 150 ms; false when it ended first.
     */
    private boolean killSoonAfterTheSetAppears(Process child) throws IOException, InterruptedException {
        Set<String> before = setFolders(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_S);
        while (child.isAlive() && System.nanoTime() < deadline) {
            Set<String> now = setFolders(out);
            now.removeAll(before);
            if (!now.isEmpty()) {
                Path set = out.resolve(ReportFolder.DIR).resolve(now.iterator().next());
                while (child.isAlive() && Files.isDirectory(set) && count(set) < FILES.size()) {
                    Thread.sleep(0, 200_000);
                }
                Thread.sleep(random.nextInt(RANDOM_MS + 1));
                return child.isAlive();
            }
            Thread.sleep(0, 200_000);
        }
        return child.isAlive();
    }

    /** While {@code holder} is paused holding the folder, a second run must give up at once. */
    private boolean secondRunGivesUp(String set, long holder) throws IOException, InterruptedException {
        Process second = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toString(), "analyze", inputs.get(set).get(0), "--out", out.toString(), "--quiet", "--wait", "0",
                "--force"))
                .redirectErrorStream(true).start();
        String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = second.waitFor();
        boolean ok = code == 4 && said.startsWith("crosscheck: another crosscheck run (pid " + holder + ")");
        System.out.println("second run while pid " + holder + " holds the folder: exit " + code + ": " + said);
        return ok;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    private static Set<String> setFolders(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        Path dir = folder.resolve(ReportFolder.DIR);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "set-*")) {
                entries.forEach(p -> names.add(p.getFileName().toString()));
            }
        }
        return names;
    }

    /** What the next run must remove: set folders that are not current and temporaries. */
    private static List<String> leftovers(Path folder) throws IOException {
        List<String> left = new ArrayList<>();
        Path dir = folder.resolve(ReportFolder.DIR);
        Path current = dir.resolve("current");
        String keep = Files.isSymbolicLink(current) ? Files.readSymbolicLink(current).toString() : "";
        try (Stream<Path> entries = Stream.concat(Files.list(folder), Files.list(dir))) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith("set-") && !n.equals(keep))
                    .sorted().forEach(left::add);
        }
        return left;
    }

    /** The SHA-256 of each report file as a reader opens it ("missing" where none opens). */
    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : FILES) {
            Path p = folder.resolve(f);
            m.put(f, Files.isRegularFile(p) ? sha256(Files.readAllBytes(p)) : "missing");
        }
        return m;
    }

    private String describe(Map<String, String> seen) {
        List<String> parts = new ArrayList<>();
        seen.forEach((f, h) -> parts.add(f + "=" + sets.entrySet().stream().filter(e -> e.getValue().get(f).equals(h))
                .map(Map.Entry::getKey).findFirst().orElse(h.equals("missing") ? "missing" : "other")));
        return String.join(" ", parts);
    }

    /** Turns the folder into what an older version left: plain report files, no hidden folder. */
    private static void makePlain(Path folder) throws IOException {
        for (String f : FILES) {
            byte[] bytes = Files.readAllBytes(folder.resolve(f));
            Files.delete(folder.resolve(f));
            Files.write(folder.resolve(f), bytes);
        }
        deleteTree(folder.resolve(ReportFolder.DIR));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
