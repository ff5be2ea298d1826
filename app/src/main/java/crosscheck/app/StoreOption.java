package crosscheck.app;

import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.archive.NewerSchemaException;
import crosscheck.archive.StoreInUseException;
import crosscheck.core.OneLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option of the archive commands ({@code ingest}, {@code report},
 * {@code search}), as a picocli mixin, and opening the store with one clear line and a documented exit code when
 * it cannot be opened.
 */
final class StoreOption {

    /** The store used when neither {@code --store} nor {@code CROSSCHECK_STORE} names one. */
    static final String DEFAULT_STORE = "archive";

    @Option(names = "--store", paramLabel = "LOCATION",
            description = {"The archive: a folder (an embedded SQLite store, created if missing) or a PostgreSQL "
                    + "database, postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or ~/.pgpass). "
                    + "Default: $CROSSCHECK_STORE, else the folder '" + DEFAULT_STORE + "'."})
    String store;

    /** The location to open. */
    String location() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        String env = System.getenv("CROSSCHECK_STORE");
        return env == null || env.isBlank() ? DEFAULT_STORE : env;
    }

    /** A store that could not be opened: its exit code, the line already printed. */
    static final class CannotOpen extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        CannotOpen(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /** Opens the store, or prints one line saying why not and throws {@link CannotOpen} with the exit code. */
    ArchiveStore open(PrintWriter stderr, long waitSeconds) throws CannotOpen {
        if (waitSeconds < 0) {
            throw new Main.UsageException("--wait must be 0 or more seconds, got " + waitSeconds);
        }
        return open(stderr, where -> ArchiveStores.open(where, Duration.ofSeconds(waitSeconds)));
    }

    /**
     * Opens the store for reading only, beside an ingest that may be writing to it, or prints one line saying why
     * not and throws {@link CannotOpen} with the exit code.
     */
    ArchiveStore openReadOnly(PrintWriter stderr) throws CannotOpen {
        return open(stderr, ArchiveStores::openReadOnly);
    }

    /** Opens a store at a location. */
    @FunctionalInterface
    private interface Opener {
        ArchiveStore open(String location) throws IOException;
    }

    private ArchiveStore open(PrintWriter stderr, Opener opener) throws CannotOpen {
        String where = location();
        try {
            return opener.open(where);
        } catch (StoreInUseException e) {
            stderr.println(OneLine.of("crosscheck: " + e.getMessage()));
            throw new CannotOpen(Main.EXIT_STORE_BUSY);
        } catch (NewerSchemaException e) {
            stderr.println(OneLine.of("crosscheck: " + e.getMessage()));
            throw new CannotOpen(Main.EXIT_STORE);
        } catch (IOException | RuntimeException e) {
            stderr.println(OneLine.of("crosscheck: cannot open the store " + where + ": " + message(e)));
            throw new CannotOpen(Main.EXIT_STORE);
        }
    }

    /** A line for a store failure: the exception's message, or its class when it has none. */
    static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
