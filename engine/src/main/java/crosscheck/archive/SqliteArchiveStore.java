package crosscheck.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one folder holding {@code archive.db} (SQLite in write-ahead-log mode, with an FTS5 full-text
 * index ranked by bm25) and {@code archive.lock}, which the writing process holds ({@link FileChannel#tryLock}) for
 * as long as the store is open; a second process waits for it, then is told the store is in use. The lock dies with
 * its process, so a killed process leaves no stale lock.
 *
 * <p>Durability: {@code synchronous=NORMAL} in WAL mode. Each {@link #file} is one transaction whose commit is
 * written to the WAL file before {@code file} returns, so an acknowledged article survives {@code kill -9} of the
 * process (the operating system holds the write). On power loss or an operating-system crash the store stays
 * consistent (SQLite recovers the WAL up to its last whole commit), but the last articles acknowledged before the
 * crash may be missing: re-ingesting them files them again (the same content is detected by its hash). {@code
 * synchronous=FULL} would also keep those, at the price of an fsync per article (milliseconds on most disks, where
 * filing takes well under one).
 */
public final class SqliteArchiveStore extends JdbcArchiveStore {

    /** The database file inside the store's folder. */
    public static final String DATABASE = "archive.db";
    /** The lock file inside the store's folder, held by the process that writes. */
    public static final String LOCK = "archive.lock";

    private final @Nullable FileChannel lockChannel;

    private SqliteArchiveStore(String location, Connection connection, @Nullable FileChannel lockChannel) {
        super(location, connection, lockChannel == null);
        this.lockChannel = lockChannel;
    }

    /**
     * Opens the store in {@code folder} for reading only, beside a process that may be writing to it (no lock is
     * taken: SQLite's write-ahead log lets readers see each committed filing). Its search sees the articles that the
     * writer has indexed (all but its last few hundred filings, until it indexes them or closes).
     */
    public static SqliteArchiveStore openReadOnly(Path folder) throws IOException {
        String location = folder.toString();
        Path db = folder.resolve(DATABASE);
        if (!Files.isRegularFile(db)) {
            throw new IOException("there is no crosscheck store at " + location);
        }
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            config.setCacheSize(-32_000);
            connection = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
            return migrated(new SqliteArchiveStore(location, connection, null));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IOException("cannot open the store " + location + ": " + describeSqlite(e), e);
        }
    }

    /** Opens (and creates, when absent) the store in {@code folder}; see {@link ArchiveStores#open}. */
    public static SqliteArchiveStore open(Path folder, Duration wait) throws IOException {
        String location = folder.toString();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("the store " + location + " is a file, not a folder: give a folder for the store");
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create the store folder " + location + ": " + e.getFile()
                    + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the store folder " + location + ": " + reason(e), e);
        }
        FileChannel lock = lock(folder, wait);
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setBusyTimeout(10_000);
            config.setCacheSize(-32_000); // KiB: 32 MB of pages
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            connection = config.createConnection("jdbc:sqlite:" + folder.resolve(DATABASE).toAbsolutePath());
            try (java.sql.Statement st = connection.createStatement()) {
                // Checkpoint the WAL into the database every 40 MB rather than 4: a page that many filings touch
                // (a key count, an index leaf) is copied once per checkpoint, and each checkpoint's fsyncs are rarer.
                st.execute("PRAGMA wal_autocheckpoint = 10000");
                st.execute("PRAGMA mmap_size = 268435456");
            }
            return migrated(new SqliteArchiveStore(location, connection, lock));
        } catch (SQLException e) {
            closeQuietly(connection);
            release(lock);
            throw new IOException("cannot open the store " + location + ": " + describeSqlite(e), e);
        }
    }

    /** Takes the folder's write lock, waiting up to {@code wait} for another process that holds it. */
    private static FileChannel lock(Path folder, Duration wait) throws IOException {
        Path file = folder.resolve(LOCK);
        FileChannel c;
        try {
            c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw new IOException("cannot write to the store folder " + folder + ": " + reason(e), e);
        }
        try {
            crosscheck.internal.ProcessLock.acquire(c, file, wait, holder -> { }, holder -> new StoreInUseException(
                    "the store " + folder + " is in use: another crosscheck process" + holder + " is writing to it"
                            + (wait.isZero() ? "" : " and did not finish within " + wait.toMillis() / 1000.0 + " s")
                            + "; nothing written: run again when it has finished"), "the store " + folder);
            c.force(false);
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String r = e.getReason();
        return r == null ? e.getClass().getSimpleName() : r;
    }

    @Override
    protected Types types() {
        return new Types("INTEGER PRIMARY KEY", "INTEGER PRIMARY KEY", "BLOB", " WITHOUT ROWID");
    }

    @Override
    protected List<String> fullTextSchema() {
        // rowid = articles.seq, claims.id
        return List.of("CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'porter unicode61')",
                "CREATE VIRTUAL TABLE claim_text USING fts5(text, tokenize = 'porter unicode61')");
    }

    @Override
    protected String hasMetaQuery() {
        return "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'";
    }

    @Override
    protected boolean batchesIndexes() {
        return true;
    }

    @Override
    protected void indexArticleTexts(List<Long> seqs, List<StoredArticle> articles) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)");
        for (int i = 0; i < seqs.size(); i++) {
            var a = articles.get(i).article();
            ps.setLong(1, seqs.get(i));
            ps.setString(2, a.title() == null ? "" : a.title());
            ps.setString(3, a.body());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    @Override
    protected void indexClaimText(long claimRow, String text) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO claim_text (rowid, text) VALUES (?, ?)");
        ps.setLong(1, claimRow);
        ps.setString(2, text);
        ps.executeUpdate();
    }

    @Override
    protected String claimTextKey() {
        return "rowid";
    }

    /** The query as FTS5 reads it: every word quoted (no operators), all of them required. */
    private static String match(String text) {
        return words(text).stream().map(w -> '"' + w + '"').collect(Collectors.joining(" "));
    }

    @Override
    protected List<SearchHit> searchArticles(String text, Filters filters, int limit) throws SQLException {
        PreparedStatement ps = statement("SELECT a.id, a.story, a.outlet, a.published, a.title,"
                + " snippet(article_text, -1, '[', ']', '…', 16), -bm25(article_text, 2.0, 1.0) AS score"
                + " FROM article_text JOIN articles a ON a.seq = article_text.rowid"
                + " WHERE article_text MATCH ?" + filters.sql() + " ORDER BY bm25(article_text, 2.0, 1.0) LIMIT ?");
        return hits("article", ps, match(text), filters, limit);
    }

    @Override
    protected List<SearchHit> searchClaims(String text, Filters filters, int limit) throws SQLException {
        PreparedStatement ps = statement("SELECT c.article, c.story, a.outlet, a.published, s.title,"
                + " snippet(claim_text, 0, '[', ']', '…', 16), -bm25(claim_text) AS score"
                + " FROM claim_text JOIN claims c ON c.id = claim_text.rowid JOIN stories s ON s.num = c.story"
                + " LEFT JOIN articles a ON a.id = c.article"
                + " WHERE claim_text MATCH ?" + filters.sql() + " ORDER BY bm25(claim_text) LIMIT ?");
        return hits("claim", ps, match(text), filters, limit);
    }

    @Override
    protected String contains(String haystack, String needle) {
        return "instr(" + haystack + ", " + needle + ") > 0";
    }

    @Override
    protected String describe(SQLException e) {
        return describeSqlite(e);
    }

    private static String describeSqlite(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            switch (code) {
                case SQLITE_FULL:
                    return "the disk is full";
                case SQLITE_READONLY:
                case SQLITE_READONLY_DIRECTORY:
                case SQLITE_READONLY_DBMOVED:
                case SQLITE_PERM:
                case SQLITE_CANTOPEN:
                    return "the store's files cannot be written (" + code.message + ")";
                case SQLITE_IOERR:
                    return "the disk failed (" + code.message + ")";
                case SQLITE_CORRUPT:
                case SQLITE_NOTADB:
                    return "the store's database is damaged or not a crosscheck store (" + code.message + ")";
                default:
                    break;
            }
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    /** SQLite rolled back by itself (a full disk): begin the transaction that the driver expects to be in. */
    @Override
    protected void afterFailedRollback() {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            // a transaction is open after all
        }
    }

    @Override
    protected boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    @Override
    protected void afterClose() {
        if (lockChannel != null) {
            release(lockChannel);
        }
    }

    private static void release(FileChannel lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // the lock dies with the process anyway
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing was written through it
            }
        }
    }
}
