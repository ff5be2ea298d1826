package crosscheck.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One writing process at a time for a folder: an advisory lock ({@link FileChannel#tryLock}) on a lock file, which
 * dies with its process, so a killed run leaves no stale lock; the holder writes {@code pid N} into the file so that
 * a process that waits can say who holds it. Used by the report folder and the embedded archive.
 */
public final class ProcessLock {

    private ProcessLock() {
    }

    /**
     * Takes the lock on {@code lockFile} through its open channel, waiting up to {@code wait} for another holder
     * (told once, with the holder as {@code " (pid N)"} or {@code ""}, through {@code waiting}), then writes this
     * process's pid into it. The channel stays the caller's to keep (holding the lock) or to close.
     *
     * @param busy       the exception to throw when the lock is still held after {@code wait}, given the holder
     * @param waitingFor what is waited for, for the message of an interruption
     */
    public static void acquire(FileChannel channel, Path lockFile, Duration wait, Consumer<String> waiting,
                               Function<String, IOException> busy, String waitingFor) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        long pause = 2;
        while (!tryLock(channel)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw busy.apply(holder(lockFile));
            }
            if (!told) {
                waiting.accept(holder(lockFile));
                told = true;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(pause, left / 1_000_000)));
                pause = Math.min(100, pause * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + waitingFor);
            }
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.US_ASCII)), 0);
    }

    private static boolean tryLock(FileChannel c) throws IOException {
        try {
            FileLock l = c.tryLock();
            return l != null;
        } catch (OverlappingFileLockException e) {
            return false; // held by another user of the folder in this JVM
        }
    }

    /** {@code " (pid N)"} as the holder wrote it, or {@code ""}. */
    private static String holder(Path lockFile) {
        try {
            String s = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            return s.matches("pid \\d+") ? " (" + s + ")" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
