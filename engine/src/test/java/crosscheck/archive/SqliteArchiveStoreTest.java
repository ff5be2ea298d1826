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
import java.util.List;
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
    void aFullDiskIsOneClearLineAndWritesNothingHalf() throws Exception {
        store.file(filing(article("a1", null), null, "halvergate"));
        java.sql.Connection c = ((JdbcArchiveStore) store).connection;
        long pages;
        try (java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
            st.execute("PRAGMA max_page_count = " + pages); // no page more: as if the disk were full
        }
        java.util.Random random = new java.util.Random(1);
        StringBuilder big = new StringBuilder();
        while (big.length() < 100_000) { // words that do not compress
            for (int k = 0; k < 6; k++) {
                big.append((char) ('a' + random.nextInt(26)));
            }
            big.append(' ');
        }
        StoredArticle a2 = article("a2", "Halvergate Post", null, "Floods", big.toString().strip(),
                "Teodor Brask");
        IOException full = assertThrows(IOException.class, () -> store.file(filing(a2, "s1", "halvergate")));
        assertTrue(full.getMessage().contains("disk is full") && full.getMessage().contains("a2")
                && !full.getMessage().contains("\n"), full.getMessage());
        assertEquals(1, store.articles());
        assertFalse(store.hasArticle("a2"));
        assertEquals(List.of("a1"), store.story("s1").orElseThrow().articles());
        assertEquals(1, store.articlesWithKey("halvergate"));
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA max_page_count = 1073741823");
        }
        assertEquals("s1", store.file(filing(a2, "s1", "halvergate")), "filed once there is room again");
        assertEquals(2, store.articlesWithKey("halvergate"));
    }

    @Test
    void aReaderNeedsAStore() throws Exception {
        IOException none = assertThrows(IOException.class,
                () -> ArchiveStores.openReadOnly(dir.resolve("nothing").toString()));
        assertTrue(none.getMessage().contains("no crosscheck store at " + dir.resolve("nothing")), none.getMessage());
        assertFalse(Files.exists(dir.resolve("nothing")), "nothing created");
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
