package crosscheck.report;

import crosscheck.internal.ProcessLock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The folder a run writes its report files into, replaced as one set. Each run renders its files into a new hidden
 * set folder and switches to it with one atomic rename:
 *
 * <pre>
 * out/report.json              -&gt; .crosscheck/current/report.json   (a relative link per file, made once)
 * out/.crosscheck/current      -&gt; set-…                             (replaced by renaming a new link over it)
 * out/.crosscheck/set-…/       the files of one run; the previous set is removed after the switch
 * out/.crosscheck/lock         held (FileChannel.tryLock) by the run writing the folder
 * </pre>
 *
 * <p>A reader who opens {@code out/report.json} and the others therefore finds all of one run's files or all of the
 * next one's, even when a run is killed. Plain report files left by an older version are first taken into a set
 * of their own (hard links; the content is unchanged) and replaced by the links, so the first run migrates them
 * cleanly. The report files of other formats ({@code others}: those an earlier run may have written and this one
 * does not) are removed once the new set is in place: with links, their links would show nothing of the new set
 * (they are taken into the earlier set like the others, so a reader never finds a mix, and removed after the
 * switch); without links, the journal names the files of the set and the others are deleted after the move. On a file system without symbolic links the files are moved into place one by one after a journal
 * ({@code .crosscheck/switch}) names the set being moved, and the next run finishes an interrupted move: every file
 * is still whole, but for that moment the set is mixed.
 *
 * <p>While one {@code ReportFolder} holds the lock no other can write the folder; an advisory lock dies with its
 * process, so a killed run leaves no stale lock. Taking the lock also removes what an interrupted run left behind:
 * set folders no link names and temporaries, all recognisable by name (and the {@code .report.json.1a2b.tmp} files
 * of older versions). Nothing else in the folder is touched.
 */
public final class ReportFolder implements AutoCloseable {

    /** The hidden folder inside the report folder. */
    public static final String DIR = ".crosscheck";
    /** How long a run waits by default for another one writing the same folder. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    /**
     * The system property that pauses a run at one point of the switch ({@code written}: the new set is written;
     * {@code switched}: the folder shows it, the previous set is not yet removed; {@code adopted}: an older
     * version's first file is replaced by its link). Only the kill -9 harness sets it.
     */
    public static final String PAUSE_PROPERTY = "crosscheck.report.pause";

    static final String CURRENT = "current";
    static final String LOCK = "lock";
    static final String JOURNAL = "switch";
    static final String SET_PREFIX = "set-";
    static final String TMP_SUFFIX = ".tmp";
    private static final Duration PAUSE = Duration.ofSeconds(60);

    /** Called at each named point of a write; tests and the harness use it to stop a run there. */
    static volatile Consumer<String> hook = ReportFolder::pauseIfAsked;

    private final Path folder;
    private final Path dir;
    private final Set<String> names;
    /** Report files of other formats: not written this time, removed when the set is switched. */
    private final Set<String> retired;
    private final List<Pattern> oldTemporaries = new ArrayList<>();
    private final Duration wait;
    private final Consumer<String> onWait;
    private final boolean allowLinks;
    private @Nullable FileChannel channel;
    private @Nullable Boolean links;

    ReportFolder(Path folder, Set<String> names, Duration wait, Consumer<String> onWait, boolean allowLinks) {
        this(folder, names, Set.of(), wait, onWait, allowLinks);
    }

    /**
     * @param names  the files this run writes
     * @param others the report files any run may write into the folder; those not in {@code names} are removed
     */
    ReportFolder(Path folder, Set<String> names, Set<String> others, Duration wait, Consumer<String> onWait,
                 boolean allowLinks) {
        this.folder = folder;
        this.dir = folder.resolve(DIR);
        this.names = new TreeSet<>(names);
        this.retired = new TreeSet<>(others);
        this.retired.removeAll(this.names);
        for (String name : all()) {
            if (name.startsWith(".") || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("not a report file name: " + name);
            }
            oldTemporaries.add(Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9a-f]+\\.tmp"));
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative");
        }
        this.wait = wait;
        this.onWait = onWait;
        this.allowLinks = allowLinks;
    }

    /** This run's files and the other formats' files, in name order. */
    private Set<String> all() {
        Set<String> all = new TreeSet<>(names);
        all.addAll(retired);
        return all;
    }

    /** The folder. */
    public Path path() {
        return folder;
    }

    /**
     * Takes the lock when the folder exists (a folder that does not exist yet is locked when the report is
     * written), then finishes or removes what an interrupted run left.
     *
     * @throws BusyException when another run still holds it after the wait
     */
    void lockIfPresent() throws IOException {
        if (Files.isDirectory(folder)) {
            lock();
        }
    }

    /** The report files' names. */
    Set<String> names() {
        return names;
    }

    /**
     * Whether the files are replaced as one set ({@code false} after a write where the file system has no symbolic
     * links: they were moved into place one by one).
     */
    public boolean asOneSet() {
        return links == null || links;
    }

    /** A new, empty set folder to render the files into; takes the lock first if need be. */
    Path newSet() throws IOException {
        lock();
        Path set = dir.resolve(SET_PREFIX + uniqueId());
        Files.createDirectory(set);
        return set;
    }

    /** Removes a set that will not be used (its rendering failed). */
    void discard(Path set) throws IOException {
        deleteTree(set);
    }

    /**
     * Makes the rendered set the folder's report.
     *
     * @return the report files as a reader opens them, in name order
     */
    List<Path> commit(Path set) throws IOException {
        for (String name : names) {
            force(set.resolve(name), false);
        }
        force(set, true);
        hook.accept("written");
        if (links()) {
            adopt();
            for (String name : names) {
                if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    placeLink(name);
                }
            }
            switchTo(set);
            hook.accept("switched");
            for (String name : retired) {
                if (isOurLink(name)) {
                    Files.delete(folder.resolve(name)); // it shows nothing of the new set
                }
            }
        } else {
            Path journal = dir.resolve(JOURNAL);
            Path tmp = dir.resolve(JOURNAL + "." + uniqueId() + TMP_SUFFIX);
            Files.writeString(tmp, set.getFileName().toString() + "\n" + String.join("\n", names) + "\n",
                    StandardCharsets.UTF_8);
            force(tmp, false);
            move(tmp, journal);
            rollForward();
        }
        removeStale();
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            written.add(folder.resolve(name));
        }
        return written;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        FileChannel c = channel;
        channel = null;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // the lock dies with the process anyway
            }
        }
    }

    private void lock() throws IOException {
        if (channel != null) {
            return;
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(LOCK);
        FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            ProcessLock.acquire(c, file, wait, holder -> onWait.accept("another crosscheck run" + holder
                    + " is writing to " + folder + "; waiting up to " + seconds(wait) + " for it to finish"),
                    holder -> new BusyException("another crosscheck run" + holder + " is writing to " + folder
                            + (wait.isZero() ? "" : " and did not finish within " + seconds(wait))
                            + "; nothing written: run again when it has finished, or use another --out folder"),
                    file.toString());
            channel = c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        rollForward();
        removeStale();
    }

    private static String seconds(Duration d) {
        return (d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0))
                + " s";
    }

    private boolean links() throws IOException {
        if (links == null) {
            links = allowLinks && symbolicLinksWork();
        }
        return links;
    }

    private boolean symbolicLinksWork() throws IOException {
        Path probe = dir.resolve("probe." + uniqueId() + TMP_SUFFIX);
        try {
            Files.createSymbolicLink(probe, Path.of(CURRENT));
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** Takes report files that are not this layout's links (an older version's) into a set of their own. */
    private void adopt() throws IOException {
        List<String> foreign = new ArrayList<>();
        for (String name : all()) {
            Path top = folder.resolve(name);
            if (!isOurLink(name) && Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(top) && retired.contains(name)) {
                    continue; // not a report file, and not in this run's way
                }
                if (Files.isDirectory(top)) {
                    throw new IOException(top + " is a folder, not a report file: move it out of the way");
                }
                foreign.add(name);
            }
        }
        if (foreign.isEmpty()) {
            return;
        }
        Path set = newSet();
        for (String name : all()) {
            Path top = folder.resolve(name);
            Path from = foreign.contains(name) ? top : dir.resolve(CURRENT).resolve(name);
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createLink(set.resolve(name), from);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(from, set.resolve(name));
                }
            } else if (Files.exists(from)) {
                Files.copy(from, set.resolve(name)); // a link of the user's: keep what it shows
            }
        }
        force(set, true);
        switchTo(set);
        for (String name : foreign) {
            placeLink(name);
            hook.accept("adopted");
        }
    }

    private boolean isOurLink(String name) throws IOException {
        Path top = folder.resolve(name);
        return Files.isSymbolicLink(top) && Files.readSymbolicLink(top).equals(linkTarget(name));
    }

    private static Path linkTarget(String name) {
        return Path.of(DIR, CURRENT, name);
    }

    /** Puts the link {@code out/NAME -> .crosscheck/current/NAME} in place with one rename. */
    private void placeLink(String name) throws IOException {
        Path tmp = dir.resolve(name + "." + uniqueId() + TMP_SUFFIX);
        Files.createSymbolicLink(tmp, linkTarget(name));
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Points {@code current} at the set with one rename of a new link over it. */
    private void switchTo(Path set) throws IOException {
        Path tmp = dir.resolve(CURRENT + "." + uniqueId() + TMP_SUFFIX);
        Files.createSymbolicLink(tmp, set.getFileName());
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
        force(dir, true);
    }

    private @Nullable String currentSet() throws IOException {
        Path current = dir.resolve(CURRENT);
        return Files.isSymbolicLink(current) ? Files.readSymbolicLink(current).toString() : null;
    }

    /**
     * Without links: moves the files of the set the journal names into place, deletes the report files of other
     * formats (when the journal lists the set's files: an older version's names only the set), then drops the
     * journal.
     */
    private void rollForward() throws IOException {
        Path journal = dir.resolve(JOURNAL);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> lines = Files.readString(journal, StandardCharsets.UTF_8).strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String setName = lines.isEmpty() ? "" : lines.get(0);
        Set<String> setFiles = lines.size() > 1 ? new TreeSet<>(lines.subList(1, lines.size())) : all();
        Path set = dir.resolve(setName);
        if (setName.startsWith(SET_PREFIX) && set.getParent().equals(dir) && Files.isDirectory(set)) {
            boolean first = true;
            for (String name : setFiles) {
                if (name.startsWith(".") || name.contains("/") || name.contains("\\")) {
                    continue;
                }
                Path from = set.resolve(name);
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    Path top = folder.resolve(name);
                    if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException(top + " is a folder, not a report file: move it out of the way");
                    }
                    move(from, top);
                    if (first) {
                        hook.accept("switched");
                        first = false;
                    }
                }
            }
            if (lines.size() > 1) {
                for (String name : all()) {
                    Path top = folder.resolve(name);
                    if (!setFiles.contains(name) && Files.isRegularFile(top, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(top);
                    }
                }
            }
        }
        Files.delete(journal);
    }

    /** Removes set folders no link names, temporaries, and the temporary files of older versions. */
    private void removeStale() throws IOException {
        String keep = currentSet();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(SET_PREFIX) && !name.equals(keep)) {
                    deleteTree(entry);
                } else if (name.endsWith(TMP_SUFFIX)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + TMP_SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (oldTemporaries.stream().anyMatch(p -> p.matcher(name).matches())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, @Nullable IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a file (or a folder's entries) to the disk; folders that cannot be opened are passed over. */
    private static void force(Path path, boolean folder) throws IOException {
        if (!folder && !Files.exists(path)) {
            return;
        }
        try (FileChannel c = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
        }
    }

    private static String uniqueId() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0x7fffffff);
    }

    private static void pauseIfAsked(String point) {
        if (point.equals(System.getProperty(PAUSE_PROPERTY))) {
            System.err.println("crosscheck: paused at " + point + " (" + PAUSE_PROPERTY + ")");
            System.err.flush();
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Another run holds the folder's lock. */
    public static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }
}
