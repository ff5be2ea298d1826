package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite store. */
class SqliteArchiveStoreTest extends ArchiveStoreContract {

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("store");
    }

    @Override
    protected ArchiveStore create() throws Exception {
        return ArchiveStores.open(folder().toString(), Duration.ZERO);
    }

    @Override
    protected ArchiveStore reopen() throws Exception {
        store.close();
        return ArchiveStores.open(folder().toString(), Duration.ZERO);
    }

    @Override
    protected String jdbcUrl() {
        return "jdbc:sqlite:" + folder().resolve(SqliteArchiveStore.DATABASE);
    }

    @Test
    void saysClearlyWhenTheFolderCannotBeWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        IOException e = assertThrows(IOException.class,
                () -> ArchiveStores.open(file.resolve("store").toString(), Duration.ZERO));
        assertTrue(e.getMessage().contains(file.resolve("store").toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        IOException onFile = assertThrows(IOException.class, () -> ArchiveStores.open(file.toString(), Duration.ZERO));
        assertTrue(onFile.getMessage().contains(file.toString()) && onFile.getMessage().contains("not a folder"),
                onFile.getMessage());

        Path locked = dir.resolve("read-only");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anyway: then the store opens, and that is right too
            if (!Files.isWritable(locked)) {
                IOException denied = assertThrows(IOException.class,
                        () -> ArchiveStores.open(locked.toString(), Duration.ZERO));
                assertTrue(denied.getMessage().contains(locked.toString())
                        && denied.getMessage().contains("permission denied"), denied.getMessage());
                IOException below = assertThrows(IOException.class,
                        () -> ArchiveStores.open(locked.resolve("store").toString(), Duration.ZERO));
                assertTrue(below.getMessage().contains(locked.resolve("store").toString()), below.getMessage());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondOpenIsToldTheStoreIsInUse() throws Exception {
        StoreInUseException e = assertThrows(StoreInUseException.class,
                () -> ArchiveStores.open(folder().toString(), Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains(folder().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        store.close();
        store = ArchiveStores.open(folder().toString(), Duration.ZERO);
        assertEquals(0, store.articles());
    }
}
