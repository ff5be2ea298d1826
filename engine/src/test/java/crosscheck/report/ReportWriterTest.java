package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Renderer;
import crosscheck.core.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final List<String> NAMES = List.of("actors.gexf", "report.html", "report.json", "report.md");
    private static final Report REPORT = RenderersTest.report();

    @TempDir
    Path dir;

    @AfterEach
    void restoreHook() {
        ReportFolder.hook = point -> { };
    }

    /** A writer whose four files each say which run wrote them. */
    private static ReportWriter stamped(String run) {
        Map<String, Renderer> r = new LinkedHashMap<>();
        for (String name : NAMES) {
            r.put(name, (report, w) -> w.write(run + " " + name + "\n"));
        }
        return new ReportWriter(r);
    }

    private static Map<String, String> expected(String run) {
        Map<String, String> m = new TreeMap<>();
        for (String name : NAMES) {
            m.put(name, run + " " + name + "\n");
        }
        return m;
    }

    /** What a reader finds at the four paths ("missing" where nothing opens). */
    private static Map<String, String> seen(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String name : NAMES) {
            Path p = out.resolve(name);
            m.put(name, Files.isRegularFile(p) ? Files.readString(p) : "missing");
        }
        return m;
    }

    private static void assertWholeSet(Path out, String... runs) throws IOException {
        Map<String, String> seen = seen(out);
        for (String run : runs) {
            if (seen.equals(expected(run))) {
                return;
            }
        }
        throw new AssertionError("not one whole set of " + List.of(runs) + ": " + seen);
    }

    private static List<String> hidden(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        try (var entries = Files.list(out.resolve(ReportFolder.DIR))) {
            entries.forEach(e -> names.add(e.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

    /** Only the lock, the current link and the one set it names are left in the hidden folder. */
    private static void assertNoLeftovers(Path out) throws IOException {
        List<String> names = hidden(out);
        assertEquals(3, names.size(), names.toString());
        assertEquals(List.of("current", "lock"), names.subList(0, 2), names.toString());
        assertEquals(Files.readSymbolicLink(out.resolve(".crosscheck/current")).toString(), names.get(2));
    }

    @Test
    void eachFileIsALinkIntoTheCurrentSet() throws IOException {
        Path out = dir.resolve("out");
        List<Path> written = stamped("A").write(REPORT, out);
        assertEquals(NAMES.stream().map(out::resolve).toList(), written);
        for (String name : NAMES) {
            assertEquals(Path.of(".crosscheck", "current", name), Files.readSymbolicLink(out.resolve(name)));
        }
        assertEquals(expected("A"), seen(out));
        assertNoLeftovers(out);
    }

    @Test
    void aSecondRunReplacesTheSetAndRemovesThePreviousOne() throws IOException {
        Path out = dir.resolve("out");
        stamped("A").write(REPORT, out);
        String first = Files.readSymbolicLink(out.resolve(".crosscheck/current")).toString();
        stamped("B").write(REPORT, out);
        assertEquals(expected("B"), seen(out));
        assertNoLeftovers(out);
        assertFalse(Files.exists(out.resolve(".crosscheck").resolve(first)), first);
    }

    @Test
    void plainFilesOfAnOlderVersionAreMigrated() throws IOException {
        for (String name : NAMES) {
            Files.writeString(dir.resolve(name), "old " + name + "\n");
        }
        Files.writeString(dir.resolve(".report.json.1f2e3d.tmp"), "left by a killed older run");
        Files.writeString(dir.resolve(".report.json.notes.tmp"), "not ours: not hex");
        Files.writeString(dir.resolve(".draft.tmp"), "not ours");
        Files.writeString(dir.resolve("notes.txt"), "the user's");
        stamped("B").write(REPORT, dir);
        assertEquals(expected("B"), seen(dir));
        for (String name : NAMES) {
            assertTrue(Files.isSymbolicLink(dir.resolve(name)), name);
        }
        assertFalse(Files.exists(dir.resolve(".report.json.1f2e3d.tmp")));
        for (String keep : List.of(".report.json.notes.tmp", ".draft.tmp", "notes.txt")) {
            assertTrue(Files.exists(dir.resolve(keep)), keep);
        }
        assertNoLeftovers(dir);
    }

    @Test
    void aRunStoppedAtAnyPointOfTheSwitchLeavesOneWholeSet() throws IOException {
        for (String point : List.of("written", "switched", "adopted")) {
            Path out = dir.resolve(point);
            stamped("A").write(REPORT, out);
            if (point.equals("adopted")) {
                makePlain(out); // as an older version left it
            }
            ReportFolder.hook = stopAt(point);
            assertThrows(Stopped.class, () -> stamped("B").write(REPORT, out), point);
            assertWholeSet(out, "A", "B");
            ReportFolder.hook = p -> { };
            stamped("C").write(REPORT, out);
            assertEquals(expected("C"), seen(out), point);
            assertNoLeftovers(out);
        }
    }

    @Test
    void leftoversOfAKilledRunAreRemovedByTheNextAndNothingElse() throws IOException {
        stamped("A").write(REPORT, dir);
        Path hiddenDir = dir.resolve(".crosscheck");
        Files.createDirectories(hiddenDir.resolve("set-killed/sub"));
        Files.writeString(hiddenDir.resolve("set-killed/report.json"), "half");
        Files.writeString(hiddenDir.resolve("set-killed/sub/x"), "x");
        Files.createSymbolicLink(hiddenDir.resolve("current.killed.tmp"), Path.of("set-killed"));
        Files.createSymbolicLink(hiddenDir.resolve("report.md.killed.tmp"), Path.of(".crosscheck/current/report.md"));
        Files.writeString(hiddenDir.resolve("notes"), "someone's");
        Files.writeString(dir.resolve(".actors.gexf.9abc.tmp"), "older version");
        try (ReportFolder f = stamped("B").open(dir, Duration.ZERO, m -> { })) {
            assertEquals(List.of("current", "lock", "notes",
                    Files.readSymbolicLink(hiddenDir.resolve("current")).toString()), hidden(dir));
            assertFalse(Files.exists(dir.resolve(".actors.gexf.9abc.tmp")));
            assertEquals(expected("A"), seen(dir), "opening changes no report file");
            assertTrue(f.asOneSet());
        }
    }

    @Test
    void withoutSymbolicLinksTheFilesAreMovedIntoPlaceAndAnInterruptedMoveIsFinished() throws IOException {
        Path out = dir.resolve("out");
        ReportWriter a = stamped("A");
        try (ReportFolder f = plainFolder(out)) {
            a.write(REPORT, f);
            assertFalse(f.asOneSet());
        }
        assertEquals(expected("A"), seen(out));
        for (String name : NAMES) {
            assertTrue(Files.isRegularFile(out.resolve(name), LinkOption.NOFOLLOW_LINKS), name);
        }
        ReportFolder.hook = stopAt("switched");
        ReportWriter b = stamped("B");
        try (ReportFolder f = plainFolder(out)) {
            assertThrows(Stopped.class, () -> b.write(REPORT, f));
        }
        ReportFolder.hook = p -> { };
        assertTrue(Files.exists(out.resolve(".crosscheck/switch")), "the journal names the set being moved");
        try (ReportFolder f = plainFolder(out)) {
            f.lockIfPresent();
            assertEquals(expected("B"), seen(out), "the next run finished the move");
            assertEquals(List.of("lock"), hidden(out));
        }
    }

    @Test
    void aSecondWriterRefusesOrWaitsWhileTheFolderIsHeld() throws Exception {
        Path out = dir.resolve("out");
        stamped("A").write(REPORT, out);
        List<String> told = new ArrayList<>();
        try (ReportFolder held = stamped("A").open(out, Duration.ZERO, m -> { })) {
            var busy = assertThrows(ReportFolder.BusyException.class,
                    () -> stamped("B").open(out, Duration.ZERO, told::add));
            assertTrue(busy.getMessage().startsWith("another crosscheck run (pid " + ProcessHandle.current().pid()
                    + ") is writing to " + out + "; nothing written"), busy.getMessage());
            assertEquals(List.of(), told);
            busy = assertThrows(ReportFolder.BusyException.class,
                    () -> stamped("B").open(out, Duration.ofMillis(300), told::add));
            assertTrue(busy.getMessage().contains("did not finish within 0.3 s"), busy.getMessage());
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).endsWith("is writing to " + out + "; waiting up to 0.3 s for it to finish"),
                    told.get(0));
            assertEquals(expected("A"), seen(held.path()));
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            ReportFolder held = stamped("A").open(out, Duration.ZERO, m -> { });
            CountDownLatch waiting = new CountDownLatch(1);
            Future<List<Path>> second = pool.submit(() -> {
                try (ReportFolder f = stamped("B").open(out, Duration.ofSeconds(20), m -> waiting.countDown())) {
                    return stamped("B").write(REPORT, f);
                }
            });
            waiting.await();
            assertEquals(expected("A"), seen(out), "the waiting run writes nothing yet");
            held.close();
            assertEquals(4, second.get().size());
            assertEquals(expected("B"), seen(out));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * 300 pairs of writers start at once on one folder. On tmpfs where there is one: on a disk the fsyncs of each
     * write cost some 50 ms, and the race is about the lock and the renames, not the disk.
     */
    @Test
    void twoWritersRacingOnOneFolderLeaveOneWholeSetEveryTime() throws Exception {
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "crosscheck-")
                : dir;
        try {
            race(base.resolve("out"));
        } finally {
            if (!base.equals(dir)) {
                deleteTree(base);
            }
        }
    }

    private static void race(Path out) throws Exception {
        ReportWriter a = stamped("A");
        ReportWriter b = stamped("B");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 300; i++) {
                CountDownLatch go = new CountDownLatch(1);
                Future<?> fa = pool.submit(() -> {
                    go.await();
                    return a.write(REPORT, out);
                });
                Future<?> fb = pool.submit(() -> {
                    go.await();
                    return b.write(REPORT, out);
                });
                go.countDown();
                fa.get();
                fb.get();
                assertWholeSet(out, "A", "B");
                assertNoLeftovers(out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderWhereAReportFileShouldBeIsNamedAndLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("report.md"));
        Files.writeString(dir.resolve("report.json"), "old");
        IOException e = assertThrows(IOException.class, () -> stamped("B").write(REPORT, dir));
        assertTrue(e.getMessage().contains("report.md is a folder, not a report file"), e.getMessage());
        assertEquals("old", Files.readString(dir.resolve("report.json")));
        assertTrue(Files.isDirectory(dir.resolve("report.md")));
    }

    /** A writer of some of the four files, each saying which run wrote it. */
    private static ReportWriter stamped(String run, String... names) {
        Map<String, Renderer> r = new LinkedHashMap<>();
        for (String name : names) {
            r.put(name, (report, w) -> w.write(run + " " + name + "\n"));
        }
        return new ReportWriter(r);
    }

    @Test
    void filesOfFormatsNotChosenAreRemovedWithTheSwitchAndNothingElse() throws IOException {
        Path out = dir.resolve("out");
        stamped("A").write(REPORT, out);
        Files.writeString(out.resolve("notes.txt"), "the user's");
        String first = Files.readSymbolicLink(out.resolve(".crosscheck/current")).toString();
        ReportFolder.hook = point -> {
            if (point.equals("switched")) {
                try {
                    // between the switch and the clean-up, a file not chosen shows nothing of either run
                    assertEquals("missing", seen(out).get("report.md"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        stamped("B", "report.json").write(REPORT, out);
        Map<String, String> seen = seen(out);
        assertEquals("B report.json\n", seen.get("report.json"));
        for (String name : List.of("actors.gexf", "report.html", "report.md")) {
            assertFalse(Files.exists(out.resolve(name), LinkOption.NOFOLLOW_LINKS), name + " left behind");
        }
        assertTrue(Files.exists(out.resolve("notes.txt")));
        assertFalse(Files.exists(out.resolve(".crosscheck").resolve(first)));
        assertNoLeftovers(out);
        ReportFolder.hook = point -> { };
        stamped("C").write(REPORT, out);
        assertEquals(expected("C"), seen(out), "the files come back when chosen again");
    }

    @Test
    void plainFilesOfAnOlderVersionNotChosenAreRemovedToo() throws IOException {
        for (String name : NAMES) {
            Files.writeString(dir.resolve(name), "old " + name + "\n");
        }
        Files.createDirectories(dir.resolve("claims.csv"));
        stamped("B", "report.json", "report.md").write(REPORT, dir);
        Map<String, String> seen = seen(dir);
        assertEquals("B report.json\n", seen.get("report.json"));
        assertEquals("B report.md\n", seen.get("report.md"));
        assertFalse(Files.exists(dir.resolve("report.html"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(dir.resolve("actors.gexf"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isDirectory(dir.resolve("claims.csv")), "a folder is no report file: left alone");
        assertNoLeftovers(dir);
    }

    @Test
    void withoutSymbolicLinksFilesOfFormatsNotChosenAreRemovedAfterTheMove() throws IOException {
        Path out = dir.resolve("out");
        try (ReportFolder f = plainFolder(out, NAMES)) {
            stamped("A").write(REPORT, f);
        }
        Files.writeString(out.resolve("notes.txt"), "the user's");
        ReportFolder.hook = stopAt("switched");
        try (ReportFolder f = plainFolder(out, List.of("report.json"))) {
            assertThrows(Stopped.class, () -> stamped("B", "report.json").write(REPORT, f));
        }
        ReportFolder.hook = p -> { };
        assertEquals("A report.md\n", seen(out).get("report.md"), "interrupted before the clean-up");
        try (ReportFolder f = plainFolder(out, NAMES)) {
            f.lockIfPresent(); // a later run of every format finishes the earlier move first
        }
        Map<String, String> seen = seen(out);
        assertEquals("B report.json\n", seen.get("report.json"));
        for (String name : List.of("actors.gexf", "report.html", "report.md")) {
            assertEquals("missing", seen.get(name), name);
        }
        assertTrue(Files.exists(out.resolve("notes.txt")));
        assertEquals(List.of("lock"), hidden(out));
    }

    private static ReportFolder plainFolder(Path out, List<String> names) {
        return new ReportFolder(out, java.util.Set.copyOf(names), ReportWriter.Format.allFiles(), Duration.ZERO,
                m -> { }, false);
    }

    private static ReportFolder plainFolder(Path out) {
        return new ReportFolder(out, java.util.Set.copyOf(NAMES), Duration.ZERO, m -> { }, false);
    }

    /** Rewrites the report files as plain files and drops the hidden folder, as an older version left them. */
    private static void makePlain(Path out) throws IOException {
        for (String name : NAMES) {
            String text = Files.readString(out.resolve(name));
            Files.delete(out.resolve(name));
            Files.writeString(out.resolve(name), text);
        }
        deleteTree(out.resolve(".crosscheck"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Consumer<String> stopAt(String point) {
        return p -> {
            if (p.equals(point)) {
                throw new Stopped();
            }
        };
    }

    /** Stands for a kill at one point of the switch: nothing after it runs. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
