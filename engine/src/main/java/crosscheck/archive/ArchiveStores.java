package crosscheck.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Opens an {@link ArchiveStore} from a location as the user gives it ({@code --store}). */
public final class ArchiveStores {

    /** How long opening an embedded store waits by default for another process that writes to it. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private ArchiveStores() {
    }

    /**
     * Opens (and creates, when absent) the store at {@code location}: a folder path gives the embedded SQLite store
     * ({@code archive.db} in that folder); {@code postgresql://user@host:port/db} or {@code jdbc:postgresql://…}
     * gives the PostgreSQL store (the password, if any, from the address, {@code PGPASSWORD} or {@code ~/.pgpass}).
     *
     * @param wait how long to wait for another process that writes to the same embedded store
     * @throws StoreInUseException   another process still writes to this embedded store after {@code wait}
     * @throws NewerSchemaException  the store was written by a newer crosscheck
     * @throws IOException           the store cannot be created, opened or written (an unwritable folder, a full
     *                               disk, a server that cannot be reached)
     */
    public static ArchiveStore open(String location, Duration wait) throws IOException {
        if (isPostgres(location)) {
            return PostgresArchiveStore.open(location);
        }
        return SqliteArchiveStore.open(Path.of(location), wait);
    }

    /**
     * Opens an existing store for reading only ({@code report}, {@code search}), beside a process that may be
     * writing to it: nothing is locked or written; {@link ArchiveStore#file}, {@link ArchiveStore#saveCheck} and
     * {@link ArchiveStore#addProblems} throw an {@link IOException}.
     *
     * @throws NewerSchemaException the store was written by a newer crosscheck
     * @throws IOException          there is no store there, its schema is older (open it once for writing), or it
     *                              cannot be read
     */
    public static ArchiveStore openReadOnly(String location) throws IOException {
        if (isPostgres(location)) {
            return PostgresArchiveStore.openReadOnly(location);
        }
        return SqliteArchiveStore.openReadOnly(Path.of(location));
    }

    /** Whether a location names a PostgreSQL database rather than a folder. */
    public static boolean isPostgres(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:");
    }
}
