package crosscheck.archive;

import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Story;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the SQLite and the PostgreSQL stores share: the tables, the statements and the transactions, over one JDBC
 * connection; subclasses give the column types, the full-text index and how to name a failure ({@code dialect
 * hooks}). Every method takes the store's lock, so one store may be shared by threads.
 *
 * <p>Tables (schema version 1):
 * <pre>
 * meta(key, value)                      schema_version
 * counters(name, value)                 article: articles filed (their filing seq); story: the last story number;
 *                                       indexed: the articles whose keys, names and text are indexed (batches)
 * documents(content_hash, raw, size)    the raw documents, deflated
 * articles(seq, id, content_hash, story, outlet, published, day, title, data, keys)
 *                                       data: article + annotations JSON; keys: its key hashes, 8 bytes each
 * stories(num, title, size, first_day, latest_day, last_seq, needs_check, marked_seq, checked_size, data)
 *                                       id sN is "s" + num; data: the story as last checked (JSON), or null;
 *                                       size 0: merged away by a regroup (kept for its history, not listed)
 * story_history(id, story, kind, detail, at)
 * key_counts(key_hash, articles)        how many articles carry each of the placer's keys (by a 64-bit hash of
 *                                       the key: no key text is kept, and filing needs no key id)
 * postings(key_hash, seq, story)        which filed article (by seq) of which story carries a key
 * problems(id, article, severity, code, message, location)
 * article_entities(name, seq), story_entities(name, story)    lower-cased names and aliases: the search filter
 * claims(id, story, claim, article, outlets)   the claims of each story's last check, searched with their text
 * revision_links(a, b, score, stamp)    links between stories kept for a later revision (schema 2)
 * term_counts(term_hash, sentences)     the cross-check's term counts (schema 3)
 * watched_feeds(feed, etag, last_modified, polled_at), watched_items(feed, item, fetched_at)
 *                                       what {@code crosscheck watch} remembers of each feed (schema 4)
 * + the full-text index of articles (title, body) and of claims (text): the dialect's
 * </pre>
 * Every lookup goes through a primary key or an index, and reads a bounded number of rows (a story's articles are
 * read whole only by {@link #articlesOf} and {@link #story}), so each costs the same at a million articles as at a
 * thousand.
 */
abstract class JdbcArchiveStore implements ArchiveStore {

    /** How many postings {@link #storiesWithKey} reads at most per story asked for, and at most in all. */
    static final int POSTINGS_PER_STORY = 8;
    static final int MAX_POSTINGS = 4096;
    /** How many stories' sizes, days and latest filings a writer of the embedded store keeps (a few MB). */
    static final int KNOWN_STORIES = 1 << 18;
    /** How many filed articles one indexing transaction takes, in batched mode ({@link #batchesIndexes}). */
    static final int INDEX_BATCH = 256;

    private static final Pattern STORY_ID = Pattern.compile("s([1-9][0-9]{0,17})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String location;
    protected final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ArchiveCodec codec = new ArchiveCodec();
    private final boolean batched;
    private final boolean readOnly;
    /** Batched mode: the postings (seq, story; oldest first) and key counts of filed articles not yet indexed. */
    private final Map<Long, List<long[]>> pendingPostings = new HashMap<>();
    private final Map<Long, Integer> pendingCounts = new HashMap<>();
    private int pendingArticles;
    private @Nullable Filed lastFiled;
    private @Nullable Ref lastRef;
    /** Batched mode: the stories of the pending postings as they are now (only this process changes them). */
    private final Map<Long, Ref> pendingStories = new HashMap<>();
    /**
     * Batched mode: the stories {@link #storiesWithKeys} read lately, as they are now (only this process changes them:
     * each filing and regroup puts what it committed), the {@link #KNOWN_STORIES} used last; so that a placement reads
     * from the store only the stories it has not met lately.
     */
    private final Map<Long, Ref> knownStories = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Ref> eldest) {
            return size() > KNOWN_STORIES;
        }
    };
    /** Whether the schema is this code's: a store refused on opening is closed without a write. */
    private boolean ready;
    private boolean closed;

    protected JdbcArchiveStore(String location, Connection connection, boolean readOnly) {
        this.location = location;
        this.connection = connection;
        this.readOnly = readOnly;
        this.batched = batchesIndexes();
    }

    // ---- dialect hooks ----

    /**
     * The column types of this engine: an auto-numbered key, a 64-bit key given by the store, a byte string; and
     * what follows a table whose primary key should hold its rows (SQLite: {@code WITHOUT ROWID}).
     */
    protected record Types(String autoId, String bigKey, String blob, String clustered) {
    }

    /** This engine's column types. */
    protected abstract Types types();

    /** The statements that make the full-text index of schema version 1. */
    protected abstract List<String> fullTextSchema();

    /** A query whose first row's first column is true (or 1) when the {@code meta} table exists. */
    protected abstract String hasMetaQuery();

    /** Called first in the migration's transaction: lets one process migrate at a time where several may open. */
    protected void lockForMigration() throws SQLException {
    }

    /** Indexes articles' titles and bodies for search (row key: the article's seq), in the current transaction. */
    protected abstract void indexArticleTexts(List<Long> seqs, List<StoredArticle> articles) throws SQLException;

    /**
     * Whether only one process writes (the embedded store), so that filing may leave the indexes to batches: each
     * filing then writes its article, its story and its keys (in the article's row) and nothing else, and every
     * {@link #INDEX_BATCH} filings one transaction adds their postings, key counts, entity names and text to the
     * indexes, in key order. Until then the postings and counts are also held in memory (rebuilt from the article
     * rows on opening, after a killed process), so {@link #storiesWithKey} and {@link #articlesWithKey} see every
     * filed article at once; a search first indexes what is pending. Writes far fewer pages per filing (a B-tree
     * leaf per key touched once per batch instead of once per article). Several writers (PostgreSQL) index each
     * article in its own filing.
     */
    protected abstract boolean batchesIndexes();

    /** Indexes a claim's text for search (row key: the claims table's id). */
    protected abstract void indexClaimText(long claimRow, String text) throws SQLException;

    /** The column of {@code claim_text} that holds the claims table's id. */
    protected abstract String claimTextKey();

    /**
     * Article hits for a query, best first: columns id, story, outlet, published, title, snippet, score (higher is
     * better). {@code filters} is SQL over {@code a} (articles) with its parameters, to AND in.
     */
    protected abstract List<SearchHit> searchArticles(String text, Filters filters, int limit) throws SQLException;

    /** Claim hits for a query, best first; {@code filters} is SQL over {@code s} (stories) and {@code c} (claims). */
    protected abstract List<SearchHit> searchClaims(String text, Filters filters, int limit) throws SQLException;

    /** SQL that is true when {@code haystack} contains {@code needle} (both SQL expressions). */
    protected abstract String contains(String haystack, String needle);

    /** One line that says why the store could not be written, for an {@link IOException}. */
    protected abstract String describe(SQLException e);

    /** Whether a failure is a unique key's (another writer filed the same article first). */
    protected abstract boolean isUniqueViolation(SQLException e);

    // ---- opening ----

    /** The store, its schema brought up to date; closed when that fails. */
    protected static <S extends JdbcArchiveStore> S migrated(S store) throws IOException {
        try {
            store.migrate();
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Brings the schema up to {@link #SCHEMA_VERSION}, or refuses a newer one, writing nothing. */
    final void migrate() throws IOException {
        if (readOnly) {
            checkSchema();
        } else {
            migrateSchema();
        }
        try {
            if (batched) {
                loadPending();
            }
            ready = true;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot read the store " + location + ": " + describe(e), e);
        }
    }

    /** For a reader: the schema must be this code's; nothing is written. */
    private void checkSchema() throws IOException {
        int version;
        try {
            connection.setAutoCommit(false);
            version = version();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot read the store " + location + ": " + describe(e), e);
        }
        if (version > SCHEMA_VERSION) {
            throw new NewerSchemaException(location, version, SCHEMA_VERSION);
        }
        if (version == 0) {
            throw new IOException("there is no crosscheck store at " + location);
        }
        if (version < SCHEMA_VERSION) {
            throw new IOException("the store " + location + " has schema " + version + ": open it once for writing"
                    + " (crosscheck ingest) to bring it to schema " + SCHEMA_VERSION);
        }
    }

    private void migrateSchema() throws IOException {
        try {
            connection.setAutoCommit(false);
            int version = version();
            if (version > SCHEMA_VERSION) {
                connection.rollback();
                throw new NewerSchemaException(location, version, SCHEMA_VERSION);
            }
            if (version < SCHEMA_VERSION) {
                lockForMigration();
                version = version(); // another process may have migrated while this one waited
                if (version > SCHEMA_VERSION) {
                    connection.rollback();
                    throw new NewerSchemaException(location, version, SCHEMA_VERSION);
                }
                try (Statement st = connection.createStatement()) {
                    for (int v = version; v < SCHEMA_VERSION; v++) {
                        for (String sql : migration(v)) {
                            st.execute(sql);
                        }
                        st.executeUpdate("DELETE FROM meta WHERE key = 'schema_version'");
                        st.executeUpdate("INSERT INTO meta (key, value) VALUES ('schema_version', '" + (v + 1) + "')");
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot set up the store " + location + ": " + describe(e), e);
        }
    }

    /**
     * The statements that take the schema from version {@code from} to {@code from + 1}, each list applied in one
     * transaction; from 0 (an empty database) they make version 1. A new version adds its step here.
     */
    private List<String> migration(int from) {
        if (from == 0) {
            List<String> all = new ArrayList<>(commonSchema(types()));
            all.addAll(fullTextSchema());
            return all;
        }
        if (from == 1) {
            return List.of("CREATE TABLE revision_links (a BIGINT NOT NULL, b BIGINT NOT NULL, score DOUBLE PRECISION"
                    + " NOT NULL, stamp BIGINT NOT NULL, PRIMARY KEY (a, b))" + types().clustered());
        }
        if (from == 2) {
            return List.of("CREATE TABLE term_counts (term_hash BIGINT PRIMARY KEY, sentences BIGINT NOT NULL)"
                            + types().clustered(),
                    "INSERT INTO counters (name, value) VALUES ('terms_through', 0)",
                    "INSERT INTO counters (name, value) VALUES ('term_sentences', 0)");
        }
        if (from == 3) {
            return List.of("CREATE TABLE watched_feeds (feed TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
                            + " polled_at TEXT NOT NULL)",
                    "CREATE TABLE watched_items (feed TEXT NOT NULL, item TEXT NOT NULL, fetched_at TEXT NOT NULL,"
                            + " PRIMARY KEY (feed, item))" + types().clustered());
        }
        throw new IllegalStateException("no migration from schema " + from);
    }

    private boolean hasMeta() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(hasMetaQuery())) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private int version() throws SQLException {
        if (!hasMeta()) {
            return 0;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 0;
        }
    }

    /** The statements of schema version 1 that both dialects share, with their types filled in. */
    private static List<String> commonSchema(Types types) {
        String autoId = types.autoId();
        String bigKey = types.bigKey();
        String blob = types.blob();
        String clustered = types.clustered();
        return List.of(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                "INSERT INTO counters (name, value) VALUES ('article', 0)",
                "INSERT INTO counters (name, value) VALUES ('story', 0)",
                "INSERT INTO counters (name, value) VALUES ('indexed', 0)",
                "CREATE TABLE documents (content_hash TEXT PRIMARY KEY, raw " + blob + " NOT NULL, size BIGINT NOT NULL)",
                "CREATE TABLE articles (seq " + bigKey + ", id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,"
                        + " story BIGINT NOT NULL, outlet TEXT, published TEXT, day TEXT, title TEXT, data " + blob
                        + " NOT NULL, keys " + blob + ")",
                "CREATE INDEX articles_story ON articles (story, seq)",
                "CREATE TABLE stories (num " + bigKey + ", title TEXT NOT NULL, size INTEGER NOT NULL, first_day TEXT,"
                        + " latest_day TEXT, last_seq BIGINT NOT NULL, needs_check INTEGER NOT NULL, marked_seq BIGINT,"
                        + " checked_size INTEGER NOT NULL, data " + blob + ")",
                "CREATE INDEX stories_to_check ON stories (marked_seq) WHERE needs_check = 1",
                "CREATE INDEX stories_latest_day ON stories (latest_day)",
                "CREATE TABLE story_history (id " + autoId + ", story BIGINT NOT NULL, kind TEXT NOT NULL,"
                        + " detail TEXT NOT NULL, at TEXT NOT NULL)",
                "CREATE INDEX story_history_story ON story_history (story, id)",
                "CREATE TABLE key_counts (key_hash BIGINT PRIMARY KEY, articles BIGINT NOT NULL)" + clustered,
                "CREATE TABLE postings (key_hash BIGINT NOT NULL, seq BIGINT NOT NULL, story BIGINT NOT NULL,"
                        + " PRIMARY KEY (key_hash, seq))" + clustered,
                "CREATE TABLE problems (id " + autoId + ", article TEXT, severity TEXT NOT NULL, code TEXT NOT NULL,"
                        + " message TEXT NOT NULL, location TEXT NOT NULL)",
                "CREATE INDEX problems_article ON problems (article, id)",
                "CREATE TABLE article_entities (name TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (name, seq))"
                        + clustered,
                "CREATE TABLE story_entities (name TEXT NOT NULL, story BIGINT NOT NULL, PRIMARY KEY (name, story))"
                        + clustered,
                "CREATE TABLE claims (id " + autoId + ", story BIGINT NOT NULL, claim TEXT NOT NULL,"
                        + " article TEXT NOT NULL, outlets TEXT NOT NULL)",
                "CREATE INDEX claims_story ON claims (story)");
    }

    // ---- filing ----

    @Override
    public synchronized String file(Filing filing) throws IOException {
        writable();
        StoredArticle stored = filing.article();
        String articleId = stored.article().id();
        try {
            try {
                lastFiled = null;
                String story = fileOnce(filing);
                connection.commit();
                if (batched && lastFiled != null && lastRef != null) {
                    pend(lastFiled);
                    pendingStories.put(lastFiled.story(), lastRef);
                    knownStories.put(lastFiled.story(), lastRef);
                    if (pendingArticles >= INDEX_BATCH) {
                        flushQuietly();
                    }
                }
                return story;
            } catch (SQLException e) {
                rollbackQuietly();
                if (isUniqueViolation(e)) {
                    Optional<String> same = storyOfContent(filing.contentHash());
                    if (same.isPresent()) {
                        return same.get(); // another writer filed the same content first
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot file article " + articleId + " into the store " + location + ": "
                    + describe(e), e);
        } catch (IOException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private String fileOnce(Filing filing) throws SQLException, IOException {
        var a = filing.article().article();
        // one statement, so one snapshot: another writer may commit the same article between two
        PreparedStatement filed = statement("SELECT content_hash, story FROM articles WHERE content_hash = ? OR id = ?");
        filed.setString(1, filing.contentHash());
        filed.setString(2, a.id());
        boolean idTaken = false;
        try (ResultSet rs = filed.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).equals(filing.contentHash())) {
                    return "s" + rs.getLong(2); // the same content again: nothing to do
                }
                idTaken = true;
            }
        }
        if (idTaken) {
            throw new IllegalArgumentException("article id '" + a.id() + "' is already filed, from other content");
        }
        long seq = next("article");
        String day = day(a.published());
        String at = Instant.now().toString();
        long story;
        Ref ref;
        if (filing.placement().story() == null) {
            story = next("story");
            PreparedStatement ps = statement("INSERT INTO stories (num, title, size, first_day, latest_day, last_seq,"
                    + " needs_check, marked_seq, checked_size, data) VALUES (?, ?, 1, ?, ?, ?, 1, ?, 0, NULL)");
            ps.setLong(1, story);
            ps.setString(2, a.title() == null || a.title().isBlank() ? a.id() : a.title());
            ps.setString(3, day);
            ps.setString(4, day);
            ps.setLong(5, seq);
            ps.setLong(6, seq);
            ps.executeUpdate();
            history(story, "created", "by article " + a.id(), at);
            ref = new Ref(new StoryRef("s" + story, 1, localDate(day)), seq);
        } else {
            story = number(filing.placement().story())
                    .orElseThrow(() -> new IllegalArgumentException("no story '" + filing.placement().story() + "'"));
            PreparedStatement ps = day == null
                    ? statement("UPDATE stories SET size = size + 1, last_seq = ?,"
                            + " marked_seq = CASE WHEN needs_check = 1 THEN marked_seq ELSE ? END, needs_check = 1"
                            + " WHERE num = ? RETURNING size, latest_day")
                    : statement("UPDATE stories SET size = size + 1, last_seq = ?,"
                            + " marked_seq = CASE WHEN needs_check = 1 THEN marked_seq ELSE ? END, needs_check = 1,"
                            + " first_day = CASE WHEN first_day IS NULL OR first_day > ? THEN ? ELSE first_day END,"
                            + " latest_day = CASE WHEN latest_day IS NULL OR latest_day < ? THEN ? ELSE latest_day END"
                            + " WHERE num = ? RETURNING size, latest_day");
            int i = 1;
            ps.setLong(i++, seq);
            ps.setLong(i++, seq);
            if (day != null) {
                for (int k = 0; k < 4; k++) {
                    ps.setString(i++, day);
                }
            }
            ps.setLong(i, story);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no story '" + filing.placement().story() + "' in the store");
                }
                ref = new Ref(new StoryRef("s" + story, rs.getInt(1), localDate(rs.getString(2))), seq);
            }
            history(story, "joined", "by article " + a.id(), at);
        }

        PreparedStatement doc = statement(insertIgnoring("documents (content_hash, raw, size) VALUES (?, ?, ?)",
                "content_hash"));
        doc.setString(1, filing.contentHash());
        doc.setBytes(2, codec.deflate(filing.raw()));
        doc.setLong(3, filing.raw().length);
        doc.executeUpdate();

        long[] keys = filing.placement().keys().stream().mapToLong(JdbcArchiveStore::keyHash).distinct().toArray();
        PreparedStatement art = statement("INSERT INTO articles (seq, id, content_hash, story, outlet, published, day,"
                + " title, data, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        art.setLong(1, seq);
        art.setString(2, a.id());
        art.setString(3, filing.contentHash());
        art.setLong(4, story);
        art.setString(5, a.outlet());
        art.setString(6, a.published());
        art.setString(7, day);
        art.setString(8, a.title());
        art.setBytes(9, codec.article(filing.article()));
        ByteBuffer packed = ByteBuffer.allocate(keys.length * Long.BYTES);
        for (long k : keys) {
            packed.putLong(k);
        }
        art.setBytes(10, packed.array());
        art.executeUpdate();
        if (!batched) {
            index(List.of(new Filed(seq, story, keys, filing.article())));
        }
        lastFiled = new Filed(seq, story, keys, null);
        lastRef = ref;
        insertProblems(a.id(), filing.problems());
        return "s" + story;
    }

    /** A filed article as the indexes need it (its article is null where only its postings are needed). */
    private record Filed(long seq, long story, long[] keys, @Nullable StoredArticle article) {
    }

    private record Posting(long key, long seq, long story) {
    }

    private record Name(String name, long seq) {
    }

    /** Adds filed articles to the indexes (postings, key counts, entity names, text), in the current transaction. */
    private void index(List<Filed> filed) throws SQLException {
        List<Posting> postings = new ArrayList<>();
        Map<Long, Integer> counts = new java.util.TreeMap<>();
        List<Name> names = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<StoredArticle> articles = new ArrayList<>();
        for (Filed f : filed) {
            for (long k : f.keys()) {
                postings.add(new Posting(k, f.seq(), f.story()));
                counts.merge(k, 1, Integer::sum);
            }
            StoredArticle a = java.util.Objects.requireNonNull(f.article(), "article");
            for (String n : entityNames(a.annotations().entities())) {
                names.add(new Name(n, f.seq()));
            }
            seqs.add(f.seq());
            articles.add(a);
        }
        // in key order: a batch touches each B-tree leaf once
        postings.sort(Comparator.comparingLong(Posting::key).thenComparingLong(Posting::seq));
        names.sort(Comparator.comparing(Name::name).thenComparingLong(Name::seq));
        if (!counts.isEmpty()) {
            PreparedStatement count = statement("INSERT INTO key_counts (key_hash, articles) VALUES (?, ?)"
                    + " ON CONFLICT (key_hash) DO UPDATE SET articles = key_counts.articles + excluded.articles");
            for (Map.Entry<Long, Integer> c : counts.entrySet()) {
                count.setLong(1, c.getKey());
                count.setLong(2, c.getValue());
                count.addBatch();
            }
            count.executeBatch();
            PreparedStatement posting = statement("INSERT INTO postings (key_hash, seq, story) VALUES (?, ?, ?)");
            for (Posting p : postings) {
                posting.setLong(1, p.key());
                posting.setLong(2, p.seq());
                posting.setLong(3, p.story());
                posting.addBatch();
            }
            posting.executeBatch();
        }
        if (!names.isEmpty()) {
            PreparedStatement ent = statement(insertIgnoring("article_entities (name, seq) VALUES (?, ?)",
                    "name, seq"));
            for (Name n : names) {
                ent.setString(1, n.name());
                ent.setLong(2, n.seq());
                ent.addBatch();
            }
            ent.executeBatch();
        }
        indexArticleTexts(seqs, articles);
    }

    /** Holds a filed (committed) article's postings and key counts in memory until its batch is indexed. */
    private void pend(Filed f) {
        for (long k : f.keys()) {
            pendingPostings.computeIfAbsent(k, x -> new ArrayList<>()).add(new long[] {f.seq(), f.story()});
            pendingCounts.merge(k, 1, Integer::sum);
        }
        pendingArticles++;
    }

    /** Reads back what filed articles are not yet indexed (after opening: a killed process's last batch). */
    private void loadPending() throws SQLException {
        pendingPostings.clear();
        pendingCounts.clear();
        pendingArticles = 0;
        PreparedStatement ps = statement("SELECT seq, story, keys FROM articles WHERE seq >"
                + " (SELECT value FROM counters WHERE name = 'indexed') ORDER BY seq");
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pend(new Filed(rs.getLong(1), rs.getLong(2), unpack(rs.getBytes(3)), null));
            }
        }
        pendingStories.clear();
        knownStories.clear();
        Set<Long> stories = new LinkedHashSet<>();
        pendingPostings.values().forEach(list -> list.forEach(p -> stories.add(p[1])));
        for (long story : stories) {
            storyRef(story).ifPresent(r -> pendingStories.put(story, r));
        }
        connection.commit();
    }

    private Optional<Ref> storyRef(long story) throws SQLException {
        PreparedStatement st = statement("SELECT size, latest_day, last_seq FROM stories WHERE num = ?");
        st.setLong(1, story);
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(new Ref(new StoryRef("s" + story, rs.getInt(1), localDate(rs.getString(2))),
                    rs.getLong(3))) : Optional.empty();
        }
    }

    private static long[] unpack(byte @Nullable [] keys) {
        if (keys == null) {
            return new long[0];
        }
        ByteBuffer b = ByteBuffer.wrap(keys);
        long[] out = new long[keys.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }

    /**
     * Indexes every filed article not yet indexed, {@link #INDEX_BATCH} per transaction; when that fails, what is
     * still pending is read back from the store.
     */
    private void flush() throws SQLException, IOException {
        if (!batched || readOnly) {
            return; // a reader searches what the writer has indexed
        }
        try {
            flushBatches();
        } catch (SQLException | IOException | RuntimeException e) {
            rollbackQuietly();
            try {
                loadPending();
            } catch (SQLException again) {
                rollbackQuietly();
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    private void flushBatches() throws SQLException, IOException {
        while (true) {
            PreparedStatement ps = statement("SELECT seq, story, keys, data FROM articles WHERE seq >"
                    + " (SELECT value FROM counters WHERE name = 'indexed') ORDER BY seq LIMIT ?");
            ps.setInt(1, INDEX_BATCH);
            List<Filed> filed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    filed.add(new Filed(rs.getLong(1), rs.getLong(2), unpack(rs.getBytes(3)),
                            codec.article(rs.getBytes(4))));
                }
            }
            if (filed.isEmpty()) {
                connection.commit();
                pendingPostings.clear();
                pendingCounts.clear();
                pendingStories.clear();
                pendingArticles = 0;
                return;
            }
            index(filed);
            PreparedStatement done = statement("UPDATE counters SET value = ? WHERE name = 'indexed'");
            done.setLong(1, filed.get(filed.size() - 1).seq());
            done.executeUpdate();
            connection.commit();
        }
    }

    /** Indexes what is pending; a failure leaves it pending (the articles are filed), to be indexed later. */
    private void flushQuietly() {
        try {
            flush();
        } catch (SQLException | IOException | RuntimeException e) {
            // still pending: indexed by the next batch, or after the next opening
        }
    }

    /** {@code INSERT INTO <rest>} that does nothing when the row is there (by the given unique columns). */
    private static String insertIgnoring(String rest, String columns) {
        return "INSERT INTO " + rest + " ON CONFLICT (" + columns + ") DO NOTHING";
    }

    /** Advances a counter and gives its new value. */
    private long next(String counter) throws SQLException {
        return counter("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", counter);
    }

    /** A counter's value. */
    private long current(String counter) throws SQLException {
        return counter("SELECT value FROM counters WHERE name = ?", counter);
    }

    private long counter(String sql, String counter) throws SQLException {
        PreparedStatement ps = statement(sql);
        ps.setString(1, counter);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the counter '" + counter + "' is missing");
            }
            return rs.getLong(1);
        }
    }

    private void history(long story, String kind, String detail, String at) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO story_history (story, kind, detail, at) VALUES (?, ?, ?, ?)");
        ps.setLong(1, story);
        ps.setString(2, kind);
        ps.setString(3, detail);
        ps.setString(4, at);
        ps.executeUpdate();
    }

    private void insertProblems(@Nullable String articleId, List<Problem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        PreparedStatement ps = statement("INSERT INTO problems (article, severity, code, message, location)"
                + " VALUES (?, ?, ?, ?, ?)");
        for (Problem p : problems) {
            ps.setString(1, articleId);
            ps.setString(2, p.severity().name());
            ps.setString(3, p.code());
            ps.setString(4, p.message());
            ps.setString(5, p.location());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    @Override
    public synchronized List<RevisionLink> revisionLinks() {
        return read(() -> {
            List<RevisionLink> out = new ArrayList<>();
            PreparedStatement ps = statement("SELECT a, b, score, stamp FROM revision_links ORDER BY a, b");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RevisionLink("s" + rs.getLong(1), "s" + rs.getLong(2), rs.getDouble(3),
                            rs.getLong(4)));
                }
            }
            return out;
        });
    }

    @Override
    public synchronized Optional<FeedValidators> watchedFeed(String feed) {
        return read(() -> {
            PreparedStatement ps = statement("SELECT etag, last_modified FROM watched_feeds WHERE feed = ?");
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FeedValidators(rs.getString(1), rs.getString(2)))
                        : Optional.<FeedValidators>empty();
            }
        });
    }

    @Override
    public synchronized java.util.Set<String> watchedItems(String feed, java.util.Collection<String> items) {
        return read(() -> {
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            PreparedStatement ps = statement("SELECT 1 FROM watched_items WHERE feed = ? AND item = ?");
            for (String item : items) {
                ps.setString(1, feed);
                ps.setString(2, item);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        seen.add(item);
                    }
                }
            }
            return seen;
        });
    }

    @Override
    public synchronized void keepWatched(String feed, FeedValidators validators,
                                         java.util.Collection<String> fetchedItems) throws IOException {
        writable();
        String at = Instant.now().toString();
        try {
            PreparedStatement ps = statement("INSERT INTO watched_feeds (feed, etag, last_modified, polled_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag,"
                    + " last_modified = excluded.last_modified, polled_at = excluded.polled_at");
            ps.setString(1, feed);
            ps.setString(2, validators.etag());
            ps.setString(3, validators.lastModified());
            ps.setString(4, at);
            ps.executeUpdate();
            PreparedStatement item = statement("INSERT INTO watched_items (feed, item, fetched_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (feed, item) DO NOTHING");
            for (String url : new java.util.LinkedHashSet<>(fetchedItems)) {
                item.setString(1, feed);
                item.setString(2, url);
                item.setString(3, at);
                item.addBatch();
            }
            item.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot remember the feed " + feed + " in the store " + location + ": "
                    + describe(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    @Override
    public synchronized void keepRevisionLinks(List<RevisionLink> links) throws IOException {
        writable();
        try {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM revision_links");
            }
            PreparedStatement ps = statement("INSERT INTO revision_links (a, b, score, stamp) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (a, b) DO UPDATE SET score = excluded.score, stamp = excluded.stamp");
            for (RevisionLink l : links) {
                Optional<Long> a = number(l.a());
                Optional<Long> b = number(l.b());
                if (a.isEmpty() || b.isEmpty()) {
                    throw new IllegalArgumentException("not a story id: '" + (a.isEmpty() ? l.a() : l.b()) + "'");
                }
                ps.setLong(1, a.get());
                ps.setLong(2, b.get());
                ps.setDouble(3, l.score());
                ps.setLong(4, l.stamp());
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot keep revision links in the store " + location + ": " + describe(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    @Override
    public synchronized TermTotals termCounts(long[] termHashes) {
        return read(() -> {
            long sentences = current("term_sentences");
            Set<Long> all = new LinkedHashSet<>(termHashes.length * 2);
            for (long h : termHashes) {
                all.add(h);
            }
            Map<Long, Long> found = countsIn("SELECT term_hash, sentences FROM term_counts WHERE term_hash IN", all);
            long[] counts = new long[termHashes.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = found.getOrDefault(termHashes[i], 0L);
            }
            return new TermTotals(sentences, counts);
        });
    }

    @Override
    public synchronized Uncounted articlesToCount(int limit) {
        return read(() -> {
            long through = current("terms_through");
            PreparedStatement ps = statement("SELECT seq, data FROM articles WHERE seq > ? ORDER BY seq LIMIT ?");
            ps.setLong(1, through);
            ps.setInt(2, limit);
            List<Long> seqs = new ArrayList<>();
            List<byte[]> data = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    data.add(rs.getBytes(2));
                }
            }
            List<Numbered> out = new ArrayList<>(data.size());
            for (int i = 0; i < data.size(); i++) {
                out.add(new Numbered(seqs.get(i), codec.article(data.get(i))));
            }
            return new Uncounted(through, out);
        });
    }

    @Override
    public synchronized boolean addTermCounts(long afterSeq, long throughSeq, long sentences, Map<Long, Long> counts)
            throws IOException {
        writable();
        if (throughSeq < afterSeq) {
            throw new IllegalArgumentException("throughSeq " + throughSeq + " is before afterSeq " + afterSeq);
        }
        try {
            PreparedStatement mark = statement("UPDATE counters SET value = ? WHERE name = 'terms_through'"
                    + " AND value = ?");
            mark.setLong(1, throughSeq);
            mark.setLong(2, afterSeq);
            if (mark.executeUpdate() != 1) {
                connection.rollback();
                return false;
            }
            PreparedStatement total = statement("UPDATE counters SET value = value + ? WHERE name = 'term_sentences'");
            total.setLong(1, sentences);
            total.executeUpdate();
            PreparedStatement ps = statement("INSERT INTO term_counts (term_hash, sentences) VALUES (?, ?)"
                    + " ON CONFLICT (term_hash) DO UPDATE SET sentences = term_counts.sentences + excluded.sentences");
            List<Long> keys = new ArrayList<>(counts.keySet());
            java.util.Collections.sort(keys);
            for (long k : keys) {
                ps.setLong(1, k);
                ps.setLong(2, counts.get(k));
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
            return true;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot keep term counts in the store " + location + ": " + describe(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    @Override
    public synchronized void addProblems(List<Problem> problems) throws IOException {
        writable();
        try {
            insertProblems(null, problems);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot keep problems in the store " + location + ": " + describe(e), e);
        }
    }

    // ---- checks ----

    @Override
    public synchronized boolean saveCheck(Story checked, int filedArticles) throws IOException {
        writable();
        long story = number(checked.id()).orElseThrow(() -> new IllegalArgumentException("no story '"
                + checked.id() + "'"));
        try {
            PreparedStatement ps = statement("UPDATE stories SET data = ?, title = ?, needs_check = 0,"
                    + " marked_seq = NULL, checked_size = size WHERE num = ? AND size = ? AND size > 0");
            ps.setBytes(1, codec.story(checked));
            ps.setString(2, checked.title());
            ps.setLong(3, story);
            ps.setInt(4, filedArticles);
            if (ps.executeUpdate() != 1) {
                connection.rollback();
                return false;
            }
            dropClaims(story);
            PreparedStatement add = statement("INSERT INTO claims (story, claim, article, outlets) VALUES (?, ?, ?, ?)"
                    + " RETURNING id");
            for (CrossCheck.Claim c : checked.check().claims()) {
                add.setLong(1, story);
                add.setString(2, c.id());
                add.setString(3, c.articles().isEmpty() ? checked.articles().get(0) : c.articles().get(0));
                add.setString(4, "\n" + String.join("\n", c.outlets()) + "\n");
                long row;
                try (ResultSet rs = add.executeQuery()) {
                    rs.next();
                    row = rs.getLong(1);
                }
                indexClaimText(row, c.text());
            }
            dropNames(story);
            Set<String> names = entityNames(checked.entities());
            if (!names.isEmpty()) {
                PreparedStatement name = statement("INSERT INTO story_entities (name, story) VALUES (?, ?)");
                for (String n : names) {
                    name.setString(1, n);
                    name.setLong(2, story);
                    name.addBatch();
                }
                name.executeBatch();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IOException("cannot save the check of story " + checked.id() + " in the store " + location
                    + ": " + describe(e), e);
        }
    }

    /** Deletes the claims of a story's last check, and their full-text rows. */
    private void dropClaims(long story) throws SQLException {
        List<Long> old = new ArrayList<>();
        PreparedStatement claimsOf = statement("SELECT id FROM claims WHERE story = ?");
        claimsOf.setLong(1, story);
        try (ResultSet rs = claimsOf.executeQuery()) {
            while (rs.next()) {
                old.add(rs.getLong(1));
            }
        }
        PreparedStatement unindex = statement("DELETE FROM claim_text WHERE " + claimTextKey() + " = ?");
        for (long row : old) {
            unindex.setLong(1, row);
            unindex.executeUpdate();
        }
        PreparedStatement drop = statement("DELETE FROM claims WHERE story = ?");
        drop.setLong(1, story);
        drop.executeUpdate();
    }

    /** Deletes the entity names a story's last check gave it (the search filter's). */
    private void dropNames(long story) throws SQLException {
        PreparedStatement dropNames = statement("DELETE FROM story_entities WHERE story = ?");
        dropNames.setLong(1, story);
        dropNames.executeUpdate();
    }

    // ---- revising ----

    /**
     * Moves articles between stories in one transaction (see {@link RevisableStoryMemory#regroup}). Everything
     * given is checked before anything is written; then the stories touched are locked in number order (a row
     * update: another writer's filing into one of them waits), the articles' rows and postings follow them, and each
     * touched story's size, days and latest seq are counted again from its articles. A story left without articles
     * keeps its row (size 0, no days, no check, not to be checked) and its history; its claims and entity names go.
     * Key counts do not change. In batched mode the postings held in memory follow once the transaction commits.
     * A group without articles changes nothing; its id is its {@code story}, or {@code ""} when it has none.
     */
    @Override
    public synchronized List<String> regroup(List<Regroup> groups, String reason) throws IOException {
        writable();
        try {
            try {
                Regrouped done = regroupOnce(groups, reason);
                connection.commit();
                if (batched) {
                    repend(done);
                }
                return done.ids();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot regroup articles in the store " + location + ": " + describe(e), e);
        }
    }

    /** A filed article as a regroup reads it: its filing seq, its story, its key hashes, its title. */
    private record Member(String id, long seq, long story, long[] keys, @Nullable String title) {
    }

    /** What a committed regroup changed that the memory of pending postings must follow. */
    private record Regrouped(List<String> ids, Map<Member, Long> moved, Map<Long, Ref> refs, Set<Long> emptied) {
    }

    private Regrouped regroupOnce(List<Regroup> groups, String reason) throws SQLException {
        // 1. check everything, writing nothing
        List<@Nullable Long> targets = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        for (Regroup g : groups) {
            Long target = null;
            if (g.story() != null) {
                target = number(g.story()).orElseThrow(() -> new IllegalArgumentException("no story '" + g.story()
                        + "'"));
                if (!g.articles().isEmpty() && storyRef(target).filter(r -> r.ref().size() > 0).isEmpty()) {
                    throw new IllegalArgumentException("no story '" + g.story() + "' in the store");
                }
            }
            targets.add(target);
            for (String a : g.articles()) {
                if (!given.add(a)) {
                    throw new IllegalArgumentException("article '" + a + "' is given twice");
                }
            }
        }
        Map<String, Member> members = members(given);
        // 2. lock the stories touched, in number order; an article moved meanwhile by another writer adds its story
        Set<Long> locked = new java.util.TreeSet<>();
        while (true) {
            Set<Long> touched = new java.util.TreeSet<>();
            for (int i = 0; i < groups.size(); i++) {
                Long target = targets.get(i);
                for (String a : groups.get(i).articles()) {
                    long from = members.get(a).story();
                    if (target == null || from != target) {
                        touched.add(from);
                        if (target != null) {
                            touched.add(target);
                        }
                    }
                }
            }
            touched.removeAll(locked);
            if (touched.isEmpty()) {
                break;
            }
            PreparedStatement lock = statement("UPDATE stories SET needs_check = needs_check WHERE num = ?");
            for (long s : touched) {
                lock.setLong(1, s);
                lock.executeUpdate();
            }
            locked.addAll(touched);
            members = members(given);
        }
        // 3. move
        String at = Instant.now().toString();
        List<String> ids = new ArrayList<>();
        Map<Member, Long> moved = new java.util.LinkedHashMap<>();
        Map<Long, Map<Long, Integer>> takenFrom = new java.util.LinkedHashMap<>(); // story -> target -> articles
        Set<Long> changed = new java.util.TreeSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Regroup g = groups.get(i);
            Long target = targets.get(i);
            if (g.articles().isEmpty()) {
                ids.add(g.story() == null ? "" : g.story());
                continue;
            }
            if (target == null) {
                target = newStory(members.get(g.articles().get(0)), g.articles(), reason, at);
            }
            ids.add("s" + target);
            for (String a : g.articles()) {
                Member m = members.get(a);
                if (m.story() != target) {
                    move(m, target, reason, at);
                    moved.put(m, target);
                    takenFrom.computeIfAbsent(m.story(), x -> new java.util.LinkedHashMap<>()).merge(target, 1,
                            Integer::sum);
                    changed.add(m.story());
                    changed.add(target);
                }
            }
        }
        // 4. count the touched stories again from their articles
        Map<Long, Ref> refs = new HashMap<>();
        Set<Long> emptied = new LinkedHashSet<>();
        long mark = current("article");
        for (long s : changed) {
            Optional<Ref> ref = recount(s, mark);
            if (ref.isPresent()) {
                refs.put(s, ref.get());
            } else {
                emptied.add(s);
                dropClaims(s);
                dropNames(s);
                long into = takenFrom.get(s).entrySet().stream().max(Map.Entry.comparingByValue())
                        .orElseThrow().getKey(); // the first of equals: the order of the groups
                history(s, "merged", "into s" + into + " (" + reason + ")", at);
            }
        }
        return new Regrouped(List.copyOf(ids), moved, refs, emptied);
    }

    /** The given articles as filed now; an article not filed is refused. */
    private Map<String, Member> members(Set<String> articleIds) throws SQLException {
        Map<String, Member> out = new HashMap<>();
        PreparedStatement ps = statement("SELECT seq, story, keys, title FROM articles WHERE id = ?");
        for (String id : articleIds) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no article '" + id + "' in the store");
                }
                out.put(id, new Member(id, rs.getLong(1), rs.getLong(2), unpack(rs.getBytes(3)), rs.getString(4)));
            }
        }
        return out;
    }

    /** Makes an empty story for a regroup's group (counted once its articles are in), with the next free id. */
    private long newStory(Member first, List<String> articles, String reason, String at) throws SQLException {
        long story = next("story");
        PreparedStatement ps = statement("INSERT INTO stories (num, title, size, first_day, latest_day, last_seq,"
                + " needs_check, marked_seq, checked_size, data) VALUES (?, ?, 0, NULL, NULL, 0, 0, NULL, 0, NULL)");
        ps.setLong(1, story);
        ps.setString(2, first.title() == null || first.title().isBlank() ? first.id() : first.title());
        ps.executeUpdate();
        history(story, "created", "by regroup of article " + String.join(", ", articles) + " (" + reason + ")", at);
        return story;
    }

    /** Puts one article in another story: its row, its postings (those indexed so far), both stories' history. */
    private void move(Member m, long to, String reason, String at) throws SQLException {
        PreparedStatement art = statement("UPDATE articles SET story = ? WHERE seq = ?");
        art.setLong(1, to);
        art.setLong(2, m.seq());
        art.executeUpdate();
        if (m.keys().length > 0) {
            PreparedStatement posting = statement("UPDATE postings SET story = ? WHERE key_hash = ? AND seq = ?");
            for (long k : m.keys()) {
                posting.setLong(1, to);
                posting.setLong(2, k);
                posting.setLong(3, m.seq());
                posting.addBatch();
            }
            posting.executeBatch();
        }
        String detail = "article " + m.id() + " from s" + m.story() + " to s" + to + " (" + reason + ")";
        history(m.story(), "moved", detail, at);
        history(to, "moved", detail, at);
    }

    /**
     * Counts a story's size, days and latest seq again from its articles and marks it as needing a check (as of
     * {@code mark}); a story left without articles is emptied instead (no days, no check, not to be checked).
     *
     * @return the story as {@link #storiesWithKey} gives it, or empty when it has no articles left
     */
    private Optional<Ref> recount(long story, long mark) throws SQLException {
        PreparedStatement count = statement("SELECT COUNT(*), MIN(day), MAX(day), MAX(seq) FROM articles"
                + " WHERE story = ?");
        count.setLong(1, story);
        int size;
        String first;
        String latest;
        long last;
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            size = rs.getInt(1);
            first = rs.getString(2);
            latest = rs.getString(3);
            last = rs.getLong(4);
        }
        if (size == 0) {
            PreparedStatement empty = statement("UPDATE stories SET size = 0, first_day = NULL, latest_day = NULL,"
                    + " needs_check = 0, marked_seq = NULL, checked_size = 0, data = NULL WHERE num = ?");
            empty.setLong(1, story);
            empty.executeUpdate();
            return Optional.empty();
        }
        PreparedStatement ps = statement("UPDATE stories SET size = ?, first_day = ?, latest_day = ?, last_seq = ?,"
                + " marked_seq = CASE WHEN needs_check = 1 THEN marked_seq ELSE ? END, needs_check = 1 WHERE num = ?");
        ps.setInt(1, size);
        ps.setString(2, first);
        ps.setString(3, latest);
        ps.setLong(4, last);
        ps.setLong(5, mark);
        ps.setLong(6, story);
        ps.executeUpdate();
        return Optional.of(new Ref(new StoryRef("s" + story, size, localDate(latest)), last));
    }

    /** After a regroup commits: the postings held in memory (not yet indexed) follow their articles. */
    private void repend(Regrouped done) {
        for (Map.Entry<Member, Long> e : done.moved().entrySet()) {
            long seq = e.getKey().seq();
            for (long k : e.getKey().keys()) {
                for (long[] p : pendingPostings.getOrDefault(k, List.of())) {
                    if (p[0] == seq) {
                        p[1] = e.getValue();
                    }
                }
            }
        }
        done.emptied().forEach(pendingStories::remove);
        pendingStories.putAll(done.refs());
        done.emptied().forEach(knownStories::remove);
        knownStories.putAll(done.refs());
    }

    @Override
    public synchronized List<String> storiesToCheck(int limit) {
        return ids("SELECT num FROM stories WHERE needs_check = 1 ORDER BY marked_seq LIMIT ?", limit);
    }

    // ---- reading ----

    @Override
    public synchronized long articles() {
        return read(() -> {
            PreparedStatement ps = statement("SELECT value FROM counters WHERE name = 'article'");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public synchronized long articlesWithKey(String key) {
        return articlesWithKeys(List.of(key)).get(key);
    }

    /**
     * Reads the counts of all the keys in one transaction, {@link #COUNT_LOOKUP} per statement (a key list is
     * padded to a few fixed lengths by repeating its last key, so that few statements are prepared).
     */
    @Override
    public synchronized Map<String, Long> articlesWithKeys(Collection<String> keys) {
        Map<String, Long> hashes = new LinkedHashMap<>();
        for (String key : keys) {
            hashes.computeIfAbsent(key, JdbcArchiveStore::keyHash);
        }
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> stored = read(() -> countsIn("SELECT key_hash, articles FROM key_counts WHERE key_hash IN",
                new LinkedHashSet<>(hashes.values())));
        Map<String, Long> out = new LinkedHashMap<>();
        hashes.forEach((key, k) -> out.put(key, stored.getOrDefault(k, 0L) + pendingCounts.getOrDefault(k, 0)));
        return out;
    }

    /**
     * The (key, count) rows a {@code SELECT key, count … WHERE key IN} statement gives for these keys, {@link
     * #COUNT_LOOKUP} keys per statement, in the current transaction; a key without a row is left out.
     */
    private Map<Long, Long> countsIn(String select, Set<Long> keys) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        List<Long> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += COUNT_LOOKUP) {
            PreparedStatement ps = in(select, all.subList(from, Math.min(all.size(), from + COUNT_LOOKUP)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** How many keys (or stories) one statement of the batched lookups reads at most, and the lengths it pads to. */
    static final int COUNT_LOOKUP = 256;
    private static final List<Integer> COUNT_WIDTHS = List.of(1, 8, 32, 96, COUNT_LOOKUP);

    /**
     * Reads the key's most recent postings (at most {@link #POSTINGS_PER_STORY} per story asked for, {@link
     * #MAX_POSTINGS} in all), and orders their stories by their latest filing: a story that carries the key only in
     * articles older than that window is not found.
     */
    @Override
    public synchronized List<StoryRef> storiesWithKey(String key, int limit) {
        return storiesWithKeys(List.of(key), limit).get(key);
    }

    /**
     * {@link #storiesWithKey} of each key, in one transaction: each key's recent postings first, then the stories
     * they name, each read once however many keys name it ({@link #storyRefs}).
     */
    @Override
    public synchronized Map<String, List<StoryRef>> storiesWithKeys(Collection<String> keys, int limit) {
        Map<String, List<StoryRef>> out = new LinkedHashMap<>();
        if (limit <= 0) {
            keys.forEach(key -> out.put(key, List.of()));
            return out;
        }
        int cap = (int) Math.min(MAX_POSTINGS, (long) limit * POSTINGS_PER_STORY);
        return read(() -> {
            Map<String, List<Long>> posted = new LinkedHashMap<>();
            Set<Long> named = new LinkedHashSet<>();
            PreparedStatement ps = statement("SELECT story FROM postings WHERE key_hash = ? ORDER BY seq DESC LIMIT ?");
            for (String key : keys) {
                if (posted.containsKey(key)) {
                    continue;
                }
                long k = keyHash(key);
                List<long[]> pending = pendingPostings.getOrDefault(k, List.of());
                ps.setLong(1, k);
                ps.setInt(2, Math.max(1, cap - Math.min(cap, pending.size())));
                List<Long> stories = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stories.add(rs.getLong(1));
                    }
                }
                posted.put(key, stories);
                named.addAll(stories);
            }
            Map<Long, Ref> refs = storyRefs(named);
            posted.forEach((key, stories) -> out.put(key, storiesWithKey(keyHash(key), cap, limit, stories, refs)));
            return out;
        });
    }

    /**
     * The stories of a key: those of its pending postings (the most recent, at most {@code cap}) and of the
     * {@code stored} postings read, the most recently extended first, at most {@code limit}.
     */
    private List<StoryRef> storiesWithKey(long k, int cap, int limit, List<Long> stored, Map<Long, Ref> refs) {
        Latest latest = new Latest(limit);
        List<long[]> pending = pendingPostings.getOrDefault(k, List.of());
        for (int i = pending.size() - 1; i >= 0 && pending.size() - i <= cap; i--) {
            latest.offer(pendingStories.get(pending.get(i)[1]));
        }
        for (long story : stored) {
            latest.offer(refs.get(story));
        }
        return latest.refs();
    }

    /** The {@code limit} stories most recently extended of those offered (each once, the first offer kept). */
    private static final class Latest {
        private final Ref[] top;
        private int n;

        Latest(int limit) {
            top = new Ref[limit];
        }

        void offer(@Nullable Ref r) {
            if (r == null || n == top.length && r.last() <= top[n - 1].last()) {
                return;
            }
            for (int i = 0; i < n; i++) {
                if (top[i].ref().id().equals(r.ref().id())) {
                    return;
                }
            }
            int at = n == top.length ? n - 1 : n++;
            while (at > 0 && top[at - 1].last() < r.last()) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = r;
        }

        /** The stories kept, the latest first. */
        List<StoryRef> refs() {
            List<StoryRef> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(top[i].ref());
            }
            return out;
        }
    }

    /**
     * The stories with these numbers as they are now, in the current transaction; an absent one is left out. In
     * batched mode those met lately come from memory ({@link #knownStories}).
     */
    private Map<Long, Ref> storyRefs(Set<Long> stories) throws SQLException {
        Map<Long, Ref> out = new HashMap<>();
        List<Long> all = new ArrayList<>(stories.size());
        for (long story : stories) {
            Ref known = batched && !readOnly ? knownStories.get(story) : null;
            if (known != null) {
                out.put(story, known);
            } else {
                all.add(story);
            }
        }
        for (int from = 0; from < all.size(); from += COUNT_LOOKUP) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + COUNT_LOOKUP));
            PreparedStatement ps = in("SELECT num, size, latest_day, last_seq FROM stories WHERE num IN", part);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long story = rs.getLong(1);
                    Ref ref = new Ref(new StoryRef("s" + story, rs.getInt(2), localDate(rs.getString(3))),
                            rs.getLong(4));
                    out.put(story, ref);
                    if (batched && !readOnly) {
                        knownStories.put(story, ref);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A statement {@code sql (?, ?, ...)} with these values (at most {@link #COUNT_LOOKUP}) set: the list padded to
     * one of a few fixed lengths by repeating its last value, so that few statements are prepared.
     */
    private PreparedStatement in(String sql, List<Long> values) throws SQLException {
        int width = COUNT_WIDTHS.stream().filter(w -> w >= values.size()).findFirst().orElseThrow();
        PreparedStatement ps = statement(sql + " (" + String.join(", ", java.util.Collections.nCopies(width, "?"))
                + ")");
        for (int i = 0; i < width; i++) {
            ps.setLong(i + 1, values.get(Math.min(i, values.size() - 1)));
        }
        return ps;
    }

    /** A story found by a key, with the seq of its latest filed article. */
    private record Ref(StoryRef ref, long last) {
    }

    @Override
    public synchronized List<StoredArticle> sample(String storyId, int max) {
        return samples(List.of(storyId), max).get(storyId);
    }

    /** {@link #sample} of each story, in one transaction. */
    @Override
    public synchronized Map<String, List<StoredArticle>> samples(Collection<String> storyIds, int max) {
        return sampled(storyIds, max, rows -> {
            Map<Long, StoredArticle> articles = decodedArticles(rows.values().stream().flatMap(List::stream)
                    .map(SampleRow::seq).toList());
            Map<String, List<StoredArticle>> out = new LinkedHashMap<>();
            rows.forEach((id, list) -> out.put(id, list.stream().map(r -> articles.get(r.seq())).toList()));
            return out;
        });
    }

    /**
     * {@link #samples}' article ids, in one transaction: read from the index of stories' articles, no article
     * decoded.
     */
    @Override
    public synchronized Map<String, List<String>> sampleIds(Collection<String> storyIds, int max) {
        return sampled(storyIds, max, rows -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            rows.forEach((id, list) -> out.put(id, list.stream().map(SampleRow::id).toList()));
            return out;
        });
    }

    /**
     * What {@code reader} makes of each story's sample rows ({@link #sampleRows}), in one transaction; a story not
     * filed (or {@code max} 0) gets an empty list, each story once in the order given.
     */
    private <T> Map<String, List<T>> sampled(Collection<String> storyIds, int max, SampleReader<T> reader) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        List<String> asked = new ArrayList<>();
        for (String id : storyIds) {
            if (!out.containsKey(id)) {
                out.put(id, List.of());
                if (number(id).isPresent() && max > 0) {
                    asked.add(id);
                }
            }
        }
        if (asked.isEmpty()) {
            return out;
        }
        return read(() -> {
            Map<String, List<SampleRow>> rows = new LinkedHashMap<>();
            for (String id : asked) {
                rows.put(id, sampleRows(number(id).orElseThrow(), max));
            }
            out.putAll(reader.read(rows));
            return out;
        });
    }

    /** Reads what a lookup gives of stories' sample rows, in the lookup's transaction. */
    private interface SampleReader<T> {
        Map<String, List<T>> read(Map<String, List<SampleRow>> rows) throws SQLException, IOException;
    }

    /** Reads each article by its id, decoding only those not decoded lately. */
    @Override
    public synchronized Map<String, StoredArticle> filed(Collection<String> articleIds) {
        return read(() -> {
            Map<String, Long> seqs = new LinkedHashMap<>();
            PreparedStatement ps = statement("SELECT seq FROM articles WHERE id = ?");
            for (String id : articleIds) {
                if (!seqs.containsKey(id)) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            seqs.put(id, rs.getLong(1));
                        }
                    }
                }
            }
            Map<Long, StoredArticle> articles = decodedArticles(List.copyOf(seqs.values()));
            Map<String, StoredArticle> out = new LinkedHashMap<>();
            seqs.forEach((id, seq) -> out.put(id, articles.get(seq)));
            return out;
        });
    }

    /** One article of a story's sample. */
    private record SampleRow(long seq, String id) {
    }

    /** A story's sample (its first article, then its latest), in filing order, in the current transaction. */
    private List<SampleRow> sampleRows(long story, int max) throws SQLException {
        List<SampleRow> rows = new ArrayList<>();
        PreparedStatement first = statement("SELECT seq, id FROM articles WHERE story = ? ORDER BY seq LIMIT 1");
        first.setLong(1, story);
        collectRows(first, rows);
        if (rows.isEmpty()) {
            return List.of();
        }
        if (max > 1) {
            PreparedStatement latest = statement("SELECT seq, id FROM articles WHERE story = ? ORDER BY seq DESC"
                    + " LIMIT ?");
            latest.setLong(1, story);
            latest.setInt(2, max - 1);
            List<SampleRow> ls = new ArrayList<>();
            collectRows(latest, ls);
            for (int i = ls.size() - 1; i >= 0; i--) {
                if (ls.get(i).seq() != rows.get(0).seq()) {
                    rows.add(ls.get(i));
                }
            }
        }
        return rows;
    }

    private static void collectRows(PreparedStatement ps, List<SampleRow> rows) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new SampleRow(rs.getLong(1), rs.getString(2)));
            }
        }
    }

    /**
     * The filed articles with these seqs, in the current transaction: those decoded lately from the cache, the others
     * read in one statement per {@link #COUNT_LOOKUP} and decoded.
     */
    private Map<Long, StoredArticle> decodedArticles(List<Long> seqs) throws SQLException, IOException {
        Map<Long, StoredArticle> out = new HashMap<>();
        Set<Long> notCached = new LinkedHashSet<>();
        for (long seq : seqs) {
            StoredArticle a = decoded.get(seq);
            if (a != null) {
                out.put(seq, a);
            } else if (!out.containsKey(seq)) {
                notCached.add(seq);
            }
        }
        List<Long> missing = new ArrayList<>(notCached);
        for (int from = 0; from < missing.size(); from += COUNT_LOOKUP) {
            PreparedStatement ps = in("SELECT seq, data FROM articles WHERE seq IN",
                    missing.subList(from, Math.min(missing.size(), from + COUNT_LOOKUP)));
            List<Long> read = new ArrayList<>();
            List<byte[]> data = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.add(rs.getLong(1));
                    data.add(rs.getBytes(2));
                }
            }
            for (int k = 0; k < read.size(); k++) {
                StoredArticle a = codec.article(data.get(k));
                decoded.put(read.get(k), a);
                out.put(read.get(k), a);
            }
        }
        for (long seq : missing) {
            if (!out.containsKey(seq)) {
                throw new SQLException("article " + seq + " vanished mid-read");
            }
        }
        return out;
    }

    /** Articles most recently decoded for {@link #sample}, by seq: filed articles never change. */
    private final Map<Long, StoredArticle> decoded = new java.util.LinkedHashMap<>(SAMPLE_CACHE * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredArticle> eldest) {
            return size() > SAMPLE_CACHE;
        }
    };
    /** How many decoded articles {@link #sample} keeps: the samples of a few hundred recently active stories. */
    private static final int SAMPLE_CACHE = 4096;

    @Override
    public synchronized Optional<String> articleWithContent(String contentHash) {
        return read(() -> {
            PreparedStatement ps = statement("SELECT id FROM articles WHERE content_hash = ?");
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    private Optional<String> storyOfContent(String contentHash) throws SQLException {
        PreparedStatement ps = statement("SELECT story FROM articles WHERE content_hash = ?");
        ps.setString(1, contentHash);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of("s" + rs.getLong(1)) : Optional.empty();
        }
    }

    @Override
    public synchronized boolean hasArticle(String articleId) {
        return read(() -> exists("SELECT 1 FROM articles WHERE id = ?", articleId));
    }

    private boolean exists(String sql, String value) throws SQLException {
        PreparedStatement ps = statement(sql);
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public synchronized Optional<Story> story(String id) {
        Optional<Long> story = number(id);
        if (story.isEmpty()) {
            return Optional.empty();
        }
        return read(() -> {
            PreparedStatement ps = statement("SELECT title, data FROM stories WHERE num = ? AND size > 0");
            ps.setLong(1, story.get());
            String title;
            byte[] data;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                data = rs.getBytes(2);
            }
            PreparedStatement members = statement("SELECT id FROM articles WHERE story = ? ORDER BY seq");
            members.setLong(1, story.get());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = members.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            if (data == null) {
                return Optional.of(new Story(id, title, ids));
            }
            Story saved = codec.story(data);
            Set<String> present = Set.copyOf(ids);
            List<List<String>> duplicates = saved.duplicates().stream()
                    .map(g -> g.stream().filter(present::contains).toList()).filter(g -> g.size() > 1).toList();
            return Optional.of(new Story(id, saved.title(), ids, duplicates, saved.entities(), saved.check()));
        });
    }

    @Override
    public synchronized List<StoredArticle> articlesOf(String storyId) {
        Optional<Long> story = number(storyId);
        if (story.isEmpty()) {
            return List.of();
        }
        return read(() -> {
            PreparedStatement ps = statement("SELECT data FROM articles WHERE story = ? ORDER BY seq");
            ps.setLong(1, story.get());
            List<byte[]> data = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    data.add(rs.getBytes(1));
                }
            }
            List<StoredArticle> out = new ArrayList<>(data.size());
            for (byte[] d : data) {
                out.add(codec.article(d));
            }
            return out;
        });
    }

    @Override
    public synchronized List<String> stories(@Nullable LocalDate since) {
        return read(() -> {
            PreparedStatement ps;
            if (since == null) {
                ps = statement("SELECT num FROM stories WHERE size > 0 ORDER BY num");
            } else {
                ps = statement("SELECT num FROM stories WHERE latest_day >= ? ORDER BY num");
                ps.setString(1, since.toString());
            }
            return storyIds(ps);
        });
    }

    private List<String> ids(String sql, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return read(() -> {
            PreparedStatement ps = statement(sql);
            ps.setInt(1, limit);
            return storyIds(ps);
        });
    }

    private static List<String> storyIds(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add("s" + rs.getLong(1));
            }
        }
        return out;
    }

    @Override
    public synchronized List<HistoryEvent> history(String storyId) {
        Optional<Long> story = number(storyId);
        if (story.isEmpty()) {
            return List.of();
        }
        return read(() -> {
            PreparedStatement ps = statement("SELECT kind, detail, at FROM story_history WHERE story = ? ORDER BY id");
            ps.setLong(1, story.get());
            List<HistoryEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEvent(storyId, rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public synchronized List<Problem> problems(@Nullable List<String> articleIds) {
        return read(() -> {
            List<Problem> out = new ArrayList<>();
            String columns = "SELECT severity, code, message, location FROM problems";
            if (articleIds == null) {
                problems(statement(columns + " ORDER BY id"), out);
            } else {
                PreparedStatement ps = statement(columns + " WHERE article = ? ORDER BY id");
                for (String id : new LinkedHashSet<>(articleIds)) {
                    ps.setString(1, id);
                    problems(ps, out);
                }
            }
            return out;
        });
    }

    private static void problems(PreparedStatement ps, List<Problem> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Problem(Problem.Severity.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
            }
        }
    }

    // ---- search ----

    /** SQL to AND into a search, with its parameters in order. */
    protected record Filters(String sql, List<String> parameters) {

        /** Sets the parameters from {@code first} on. */
        int set(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (String p : parameters) {
                ps.setString(i++, p);
            }
            return i;
        }
    }

    /**
     * Searches articles and claims for the query's words (all of them), each ranked by the engine's full-text
     * score (SQLite: bm25; PostgreSQL: ts_rank), and merges both lists by score.
     */
    @Override
    public synchronized List<SearchHit> search(SearchQuery query) {
        if (query.limit() <= 0 || words(query.text()).isEmpty()) {
            return List.of();
        }
        return read(() -> {
            flush();
            List<String> ap = new ArrayList<>();
            StringBuilder as = new StringBuilder();
            List<String> cp = new ArrayList<>();
            StringBuilder cs = new StringBuilder();
            if (query.outlet() != null) {
                as.append(" AND a.outlet = ?");
                ap.add(query.outlet());
                cs.append(" AND ").append(contains("c.outlets", "?"));
                cp.add("\n" + query.outlet() + "\n");
            }
            if (query.from() != null) {
                as.append(" AND a.day >= ?");
                ap.add(query.from().toString());
                cs.append(" AND s.latest_day >= ?");
                cp.add(query.from().toString());
            }
            if (query.to() != null) {
                as.append(" AND a.day <= ?");
                ap.add(query.to().toString());
                cs.append(" AND s.first_day <= ?");
                cp.add(query.to().toString());
            }
            if (query.entity() != null) {
                String name = normalName(query.entity());
                as.append(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.name = ? AND e.seq = a.seq)");
                ap.add(name);
                cs.append(" AND EXISTS (SELECT 1 FROM story_entities e WHERE e.name = ? AND e.story = s.num)");
                cp.add(name);
            }
            List<SearchHit> hits = new ArrayList<>(searchArticles(query.text(), new Filters(as.toString(), ap),
                    query.limit()));
            hits.addAll(searchClaims(query.text(), new Filters(cs.toString(), cp), query.limit()));
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
            return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
        });
    }

    /** The words of a query, lower-cased: letters and digits, in order, each once. */
    protected static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Runs a search statement whose parameters are the query (as the engine reads it), the filters' and the limit;
     * its rows are hits: id, story, outlet, published, title, snippet, score.
     */
    protected static List<SearchHit> hits(String kind, PreparedStatement ps, String query, Filters filters, int limit)
            throws SQLException {
        ps.setString(1, query);
        int i = filters.set(ps, 2);
        ps.setInt(i, limit);
        List<SearchHit> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(hit(kind, rs));
            }
        }
        return out;
    }

    private static SearchHit hit(String kind, ResultSet rs) throws SQLException {
        String title = rs.getString(5);
        return new SearchHit(kind, rs.getString(1), "s" + rs.getLong(2), rs.getString(3), rs.getString(4),
                title == null ? "" : title, rs.getString(6) == null ? "" : rs.getString(6), rs.getDouble(7));
    }

    // ---- helpers ----

    /** The names and aliases of entities as the search filter matches them. */
    private static Set<String> entityNames(List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : entities) {
            out.add(normalName(e.name()));
            e.aliases().forEach(alias -> out.add(normalName(alias)));
        }
        out.remove("");
        return out;
    }

    private static String normalName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A key as the store keeps it: the first 64 bits of its SHA-256. Two keys share a hash with odds of about one
     * in 10^19 per pair (a billion keys: one chance in 40 that any two do, and then they only share postings).
     */
    static long keyHash(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The number of story id {@code sN}, if it is one. */
    static Optional<Long> number(@Nullable String storyId) {
        if (storyId == null || !STORY_ID.matcher(storyId).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(storyId.substring(1)));
    }

    /** The day of an ISO 8601 publication date ({@code 2026-03-10T08:30:00+01:00}: {@code 2026-03-10}), or null. */
    static @Nullable String day(@Nullable String published) {
        if (published == null || published.length() < 10 || !DAY.matcher(published.substring(0, 10)).matches()) {
            return null;
        }
        return localDate(published.substring(0, 10)) == null ? null : published.substring(0, 10);
    }

    /** The day a {@code yyyy-mm-dd} string names, or null (as {@link LocalDate#parse}, without its formatter's cost). */
    private static @Nullable LocalDate localDate(@Nullable String day) {
        if (day == null) {
            return null;
        }
        if (day.length() == 10 && day.charAt(4) == '-' && day.charAt(7) == '-') {
            int year = digits(day, 0, 4);
            int month = digits(day, 5, 7);
            int date = digits(day, 8, 10);
            if (year >= 0 && month >= 0 && date >= 0) {
                try {
                    return LocalDate.of(year, month, date);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The number the ASCII digits {@code s[from, to)} write, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A filed article from its stored form. */
    protected final StoredArticle decode(byte[] data) throws IOException {
        return codec.article(data);
    }

    /** A statement prepared once and kept for the store's life. */
    protected final PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** A read in a transaction of its own. */
    @FunctionalInterface
    protected interface Read<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs a read; a failure to read is unexpected (the store was opened), so it is an {@link IllegalStateException}. */
    protected final <T> T read(Read<T> read) {
        try {
            open();
            try {
                T t = read.run();
                connection.commit();
                return t;
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store " + location + ": " + describe(e), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the store " + location + ": " + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        if (closed) {
            throw new IOException("the store " + location + " is closed");
        }
    }

    private void writable() throws IOException {
        open();
        if (readOnly) {
            throw new IOException("the store " + location + " is open for reading only");
        }
    }

    /** Rolls back after a failure, and drops the prepared statements (one may be left mid-step or mid-batch). */
    protected final void rollbackQuietly() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // prepared again when needed
            }
        }
        statements.clear();
        try {
            connection.rollback();
        } catch (SQLException e) {
            afterFailedRollback(); // nothing was committed
        }
    }

    /**
     * Called when a rollback failed: the engine may have rolled the transaction back itself (SQLite does on a full
     * disk), leaving the driver without one.
     */
    protected void afterFailedRollback() {
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (ready && !readOnly) {
            flushQuietly();
        }
        closed = true;
        codec.close();
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the store " + location + ": " + describe(e), e);
        } finally {
            afterClose();
        }
    }

    /** Lets go of what the subclass holds besides the connection (a lock file). */
    protected void afterClose() {
    }
}
