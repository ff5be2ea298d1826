package crosscheck.archive;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The store on PostgreSQL, over plain JDBC: the same tables as the embedded store, in the connection's current
 * schema, with full-text search through {@code tsvector} columns (GIN-indexed, the {@code english} configuration),
 * {@code ts_rank} and {@code ts_headline}. Several processes may write at once: each filing is one transaction,
 * story numbers and filing numbers come from a counter row that the transaction updates (so they are never given
 * twice), a story's size grows in one {@code UPDATE}, and filing the same content twice at once keeps the first.
 * A schema migration takes an advisory lock, so one process migrates.
 */
public final class PostgresArchiveStore extends JdbcArchiveStore {

    /** The advisory lock key that one migrating process holds ("crosschk"). */
    private static final long MIGRATION_LOCK = 0x63726f737363686bL;
    /** The longest text put in a tsvector (PostgreSQL refuses one over 1 MB). */
    private static final int MAX_INDEXED_CHARS = 200_000;
    private static final String CONFIG = "'english'";

    private PostgresArchiveStore(String location, Connection connection, boolean readOnly) {
        super(location, connection, readOnly);
    }

    /** Opens the store at a {@code postgresql://} or {@code jdbc:postgresql:} address; see {@link ArchiveStores}. */
    public static PostgresArchiveStore open(String address) throws IOException {
        return open(address, false);
    }

    /** Opens the store for reading only (a read-only connection; the schema is left as it is). */
    public static PostgresArchiveStore openReadOnly(String address) throws IOException {
        return open(address, true);
    }

    private static PostgresArchiveStore open(String address, boolean readOnly) throws IOException {
        Target t = target(address);
        Connection connection;
        try {
            connection = DriverManager.getConnection(t.url(), t.properties());
            connection.setReadOnly(readOnly);
        } catch (SQLException e) {
            throw new IOException("cannot connect to the store " + t.shown() + ": " + oneLine(e), e);
        }
        return migrated(new PostgresArchiveStore(t.shown(), connection, readOnly));
    }

    /** A JDBC URL, its properties (user, password) and the address as shown to users (without the password). */
    record Target(String url, Properties properties, String shown) {
    }

    static Target target(String address) throws IOException {
        Properties props = new Properties();
        String env = System.getenv("PGPASSWORD");
        if (env != null) {
            props.setProperty("password", env);
        }
        if (address.startsWith("jdbc:")) {
            return new Target(address, props, address.replaceAll("(?i)([?&]password=)[^&]*", "$1***"));
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IOException("not a PostgreSQL address: " + address + " (expected postgresql://user@host:port/db)",
                    e);
        }
        if (uri.getHost() == null) {
            throw new IOException("not a PostgreSQL address: " + address + " (expected postgresql://user@host:port/db)");
        }
        String user = uri.getRawUserInfo();
        String shownUser = "";
        if (user != null) {
            int colon = user.indexOf(':');
            String name = URLDecoder.decode(colon < 0 ? user : user.substring(0, colon), StandardCharsets.UTF_8);
            props.setProperty("user", name);
            if (colon >= 0) {
                props.setProperty("password", URLDecoder.decode(user.substring(colon + 1), StandardCharsets.UTF_8));
            }
            shownUser = name + "@";
        }
        String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Target("jdbc:postgresql://" + hostPort + path + query, props,
                "postgresql://" + shownUser + hostPort + path + query);
    }

    @Override
    protected Types types() {
        return new Types("BIGSERIAL PRIMARY KEY", "BIGINT PRIMARY KEY", "BYTEA", "");
    }

    @Override
    protected List<String> fullTextSchema() {
        return List.of("CREATE TABLE article_text (seq BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,"
                        + " tsv TSVECTOR NOT NULL)",
                "CREATE INDEX article_text_tsv ON article_text USING GIN (tsv)",
                "CREATE TABLE claim_text (id BIGINT PRIMARY KEY, text TEXT NOT NULL, tsv TSVECTOR NOT NULL)",
                "CREATE INDEX claim_text_tsv ON claim_text USING GIN (tsv)");
    }

    @Override
    protected String hasMetaQuery() {
        return "SELECT to_regclass('meta') IS NOT NULL";
    }

    @Override
    protected void lockForMigration() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        }
    }

    @Override
    protected boolean batchesIndexes() {
        return false;
    }

    @Override
    protected void indexArticleTexts(List<Long> seqs, List<StoredArticle> articles) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO article_text (seq, title, body, tsv) VALUES (?, ?, ?,"
                + " setweight(to_tsvector(" + CONFIG + ", ?), 'A') || to_tsvector(" + CONFIG + ", ?))");
        for (int i = 0; i < seqs.size(); i++) {
            var a = articles.get(i).article();
            String t = a.title() == null ? "" : a.title();
            String body = a.body();
            ps.setLong(1, seqs.get(i));
            ps.setString(2, t);
            ps.setString(3, body);
            ps.setString(4, t);
            ps.setString(5, body.length() > MAX_INDEXED_CHARS ? body.substring(0, MAX_INDEXED_CHARS) : body);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    @Override
    protected void indexClaimText(long claimRow, String text) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO claim_text (id, text, tsv) VALUES (?, ?, to_tsvector("
                + CONFIG + ", ?))");
        ps.setLong(1, claimRow);
        ps.setString(2, text);
        ps.setString(3, text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text);
        ps.executeUpdate();
    }

    @Override
    protected String claimTextKey() {
        return "id";
    }

    private static final String HEADLINE = "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1,"
            + " FragmentDelimiter=\" … \"'";

    @Override
    protected List<SearchHit> searchArticles(String text, Filters filters, int limit) throws SQLException {
        PreparedStatement ps = statement("SELECT a.id, a.story, a.outlet, a.published, a.title,"
                + " ts_headline(" + CONFIG + ", t.title || E'\\n' || t.body, q, " + HEADLINE + "),"
                + " ts_rank(t.tsv, q) AS score"
                + " FROM plainto_tsquery(" + CONFIG + ", ?) q, article_text t JOIN articles a ON a.seq = t.seq"
                + " WHERE t.tsv @@ q" + filters.sql() + " ORDER BY score DESC, a.seq LIMIT ?");
        return hits("article", ps, String.join(" ", words(text)), filters, limit);
    }

    @Override
    protected List<SearchHit> searchClaims(String text, Filters filters, int limit) throws SQLException {
        PreparedStatement ps = statement("SELECT c.article, c.story, a.outlet, a.published, s.title,"
                + " ts_headline(" + CONFIG + ", t.text, q, " + HEADLINE + "), ts_rank(t.tsv, q) AS score"
                + " FROM plainto_tsquery(" + CONFIG + ", ?) q, claim_text t JOIN claims c ON c.id = t.id"
                + " JOIN stories s ON s.num = c.story LEFT JOIN articles a ON a.id = c.article"
                + " WHERE t.tsv @@ q" + filters.sql() + " ORDER BY score DESC, c.id LIMIT ?");
        return hits("claim", ps, String.join(" ", words(text)), filters, limit);
    }

    @Override
    protected String contains(String haystack, String needle) {
        return "strpos(" + haystack + ", " + needle + ") > 0";
    }

    @Override
    protected String describe(SQLException e) {
        String state = e.getSQLState();
        if ("53100".equals(state)) {
            return "the database server's disk is full";
        }
        if (state != null && state.startsWith("08")) {
            return "the connection to the database server failed (" + oneLine(e) + ")";
        }
        if ("42501".equals(state)) {
            return "permission denied (" + oneLine(e) + ")";
        }
        return oneLine(e);
    }

    private static String oneLine(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }

    @Override
    protected boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
