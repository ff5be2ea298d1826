package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.archive.ArchiveStore.Filing;
import crosscheck.archive.ArchiveStore.SearchHit;
import crosscheck.archive.ArchiveStore.SearchQuery;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.DateMention;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Quantity;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArchiveStore} must do, run against each store by a subclass that says how to make a fresh one,
 * open it again and change its schema version behind its back.
 */
abstract class ArchiveStoreContract {

    /** A fresh, empty store (each test gets its own). */
    protected abstract ArchiveStore create() throws Exception;

    /** The same store as the last {@link #create}, opened again (the previous one is closed). */
    protected abstract ArchiveStore reopen() throws Exception;

    /** A JDBC URL of the last {@link #create}d store's database, to change it behind the store's back. */
    protected abstract String jdbcUrl();

    /** The schema version written in the (closed) store, read with plain SQL. */
    private int schemaVersion() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl());
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    /** Writes another schema version into the (closed) store with plain SQL. */
    private void writeSchemaVersion(int version) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl());
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE meta SET value = '" + version + "' WHERE key = 'schema_version'");
        }
    }

    protected ArchiveStore store;

    @BeforeEach
    void open() throws Exception {
        store = create();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    // ---- fixtures: invented places and people ----

    static StoredArticle article(String id, @Nullable String outlet, @Nullable String published, String title,
                                 String body, String... entities) {
        List<Entity> ents = new ArrayList<>();
        for (String e : entities) {
            int at = body.indexOf(e);
            ents.add(new Entity(e, "PER", List.of(e.substring(e.lastIndexOf(' ') + 1)),
                    at < 0 ? List.of() : List.of(new Entity.Mention(e, at, at + e.length())), List.of()));
        }
        Annotations annotations = new Annotations(ents,
                List.of(new Quantity("12 homes", 12, null, "homes", "=", null, 0, 8)),
                List.of(new DateMention("Tuesday", "2026-03-10", "day", null, true, 0, 7)));
        return new StoredArticle(new Article(id, SourceRef.of("in/" + id + ".txt"), "https://news.example/" + id,
                outlet, title, "By Mara Quell", published, body, List.of(), null, "en"), annotations);
    }

    static StoredArticle article(String id, String published) {
        return article(id, "Halvergate Post", published, "Floods in Lorne County " + id,
                "Water rose in Lorne County on Tuesday, " + id + " reported.", "Teodor Brask");
    }

    static String hash(StoredArticle a) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((a.article().id() + "\n" + a.article().body())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static Filing filing(StoredArticle a, @Nullable String story, String... keys) {
        return new Filing(hash(a), a.article().body().getBytes(StandardCharsets.UTF_8), a,
                new Placement(story, List.of(keys), Double.NaN), List.of());
    }

    static CrossCheck checkWithClaim(String articleId, String text) {
        CrossCheck.Claim claim = new CrossCheck.Claim("c1", text, List.of(articleId),
                List.of(new CrossCheck.ClaimMention(articleId, 0, text.length(), text, "supports", "Halvergate Post",
                        List.of())),
                List.of(new CrossCheck.Origin("Halvergate Post", "own-reporting", List.of(), List.of(articleId))), 1,
                "single-origin", List.of("Halvergate Post"), List.of("Brask Herald"), List.of(),
                List.of(new CrossCheck.ArticleStance(articleId, "Halvergate Post", "agree", 0.8125)));
        CrossCheck.Conflict conflict = new CrossCheck.Conflict("numeric", "conflict", "12 homes against 14",
                List.of(articleId), List.of(new CrossCheck.Side(articleId, "Halvergate Post", "2026-03-10", text, 0,
                        10, 12.0, null, "homes", "=", "figure", null, "12 homes", 0, 8),
                        new CrossCheck.Side(articleId, null, null, text, 0, 10, null, null, null, null, "claim",
                                "Reyle")),
                List.of("c1"), List.of());
        return new CrossCheck(List.of(claim), List.of(conflict),
                List.of(new CrossCheck.TimelineEntry("2026-03-10", "day", null, text, List.of(articleId), "c1")),
                new CrossCheck.Actors(List.of(new CrossCheck.Actor("Teodor Brask", "PER", List.of(articleId))),
                        List.of(new CrossCheck.Relation("Teodor Brask", "Lorne County", "ask", List.of(articleId),
                                List.of(new CrossCheck.Citation(articleId, 0, 10))))),
                List.of(new CrossCheck.BriefSentence(text, List.of(articleId), "single-origin", "c1")));
    }

    // ---- the contract ----

    @Test
    void filesAnArticleAndFindsItByItsContent() throws Exception {
        StoredArticle a = article("a1", "2026-03-10");
        assertEquals(0, store.articles());
        assertEquals("s1", store.file(filing(a, null, "k")));
        assertEquals(1, store.articles());
        assertTrue(store.hasArticle("a1"));
        assertFalse(store.hasArticle("a2"));
        assertEquals("a1", store.articleWithContent(hash(a)).orElseThrow());
        assertTrue(store.articleWithContent("0".repeat(64)).isEmpty());

        assertEquals("s1", store.file(filing(a, null, "k")), "the same content again goes nowhere new");
        assertEquals(1, store.articles());
        assertEquals(1, store.articlesWithKey("k"));
        assertEquals(List.of(a), store.articlesOf("s1"));
    }

    @Test
    void givesStoriesStableIdsInOrder() throws Exception {
        assertEquals("s1", store.file(filing(article("a1", "2026-03-10"), null)));
        assertEquals("s2", store.file(filing(article("a2", "2026-03-11"), null)));
        assertEquals("s3", store.file(filing(article("a3", null), null)));
        assertEquals("s2", store.file(filing(article("a4", "2026-03-09"), "s2")));
        Story s2 = store.story("s2").orElseThrow();
        assertEquals(List.of("a2", "a4"), s2.articles());
        assertTrue(store.story("s9").isEmpty());
        assertTrue(store.story("nonsense").isEmpty());
        assertEquals(List.of("s1", "s2", "s3"), store.stories(null));
        assertEquals(List.of("s2"), store.stories(LocalDate.parse("2026-03-11")));
        assertEquals(List.of("s1", "s2"), store.stories(LocalDate.parse("2026-03-10")));
        assertThrows(IllegalArgumentException.class, () -> store.file(filing(article("a5", null), "s7")));
        assertFalse(store.hasArticle("a5"), "a refused filing leaves nothing");
        assertEquals(4, store.articles());
        assertEquals("s4", store.file(filing(article("a5", null), null)), "a refused filing takes no story id");
    }

    @Test
    void samplesTheFirstAndTheLatestArticles() throws Exception {
        List<StoredArticle> all = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            StoredArticle a = article("a" + i, "2026-03-1" + i);
            all.add(a);
            store.file(filing(a, i == 1 ? null : "s1"));
        }
        assertEquals(List.of(all.get(0), all.get(4), all.get(5)), store.sample("s1", 3));
        assertEquals(List.of(all.get(0)), store.sample("s1", 1));
        assertEquals(all, store.sample("s1", 10));
        assertEquals(all, store.articlesOf("s1"));
        assertEquals(List.of(), store.sample("s1", 0));
        assertEquals(List.of(), store.sample("s2", 3));
    }

    @Test
    void findsStoriesByKeyMostRecentlyExtendedFirst() throws Exception {
        store.file(filing(article("a1", "2026-03-01"), null, "halvergate", "brask"));
        store.file(filing(article("a2", "2026-03-02"), null, "halvergate"));
        store.file(filing(article("a3", "2026-03-03"), null, "halvergate", "halvergate"));
        store.file(filing(article("a4", "2026-03-04"), "s1", "reyle"));

        assertEquals(List.of(new StoryRef("s1", 2, LocalDate.parse("2026-03-04")),
                new StoryRef("s3", 1, LocalDate.parse("2026-03-03")),
                new StoryRef("s2", 1, LocalDate.parse("2026-03-02"))), store.storiesWithKey("halvergate", 5));
        assertEquals(List.of("s1", "s3"), store.storiesWithKey("halvergate", 2).stream().map(StoryRef::id).toList());
        assertEquals(List.of(), store.storiesWithKey("lorne", 5));
        assertEquals(List.of(), store.storiesWithKey("halvergate", 0));
        assertEquals(3, store.articlesWithKey("halvergate"), "a key listed twice counts one article");
        assertEquals(1, store.articlesWithKey("brask"));
        assertEquals(0, store.articlesWithKey("lorne"));
    }

    @Test
    void findsKeysAcrossIndexBatches() throws Exception {
        int n = JdbcArchiveStore.INDEX_BATCH + 50; // the embedded store indexes keys in batches of that size
        String story = null;
        for (int i = 1; i <= n; i++) {
            String got = store.file(filing(article("a" + i, null), i % 3 == 1 ? null : story, "common", "k" + i));
            story = i % 3 == 1 ? got : story;
        }
        assertEquals(n, store.articlesWithKey("common"));
        assertEquals(1, store.articlesWithKey("k1"));
        assertEquals(1, store.articlesWithKey("k" + n));
        int last = (n + 2) / 3;
        assertEquals(List.of("s" + last, "s" + (last - 1), "s" + (last - 2)),
                store.storiesWithKey("common", 3).stream().map(StoryRef::id).toList());
        assertEquals(List.of("s1"), store.storiesWithKey("k1", 3).stream().map(StoryRef::id).toList());
        assertEquals(List.of("s" + last), store.storiesWithKey("k" + n, 3).stream().map(StoryRef::id).toList());
        assertEquals(List.of("a1"), ids(new SearchQuery("a1", null, null, null, null, 10)));
        assertEquals(List.of("a" + n), ids(new SearchQuery("a" + n, null, null, null, null, 10)));
        assertEquals(List.of("s" + last), store.storiesWithKey("k" + n, 3).stream().map(StoryRef::id).toList(),
                "after a search indexed what was pending");
        assertEquals(n, store.articlesWithKey("common"));
        store.close();
        store = reopen();
        assertEquals(n, store.articlesWithKey("common"));
        assertEquals(1, store.articlesWithKey("k" + n));
    }

    /**
     * The batched lookups answer as the single ones, for keys filed in an indexed batch and keys still pending,
     * keys asked twice, keys no article holds, more keys than one statement takes, unknown and malformed story ids.
     */
    @Test
    void answersBatchedLookupsAsSingleOnes() throws Exception {
        int n = JdbcArchiveStore.INDEX_BATCH + 40;
        java.util.Map<String, Long> expected = new java.util.LinkedHashMap<>();
        String story = null;
        for (int i = 1; i <= n; i++) {
            String got = store.file(filing(article("a" + i, "2026-03-" + (10 + i % 9)), i % 4 == 1 ? null : story,
                    "lorne", "k" + i, "g" + i % 7));
            story = i % 4 == 1 ? got : story;
            expected.merge("lorne", 1L, Long::sum);
            expected.merge("k" + i, 1L, Long::sum);
            expected.merge("g" + i % 7, 1L, Long::sum);
        }
        List<String> keys = new ArrayList<>(expected.keySet());
        keys.add("reyle"); // no article holds it
        keys.add("lorne"); // asked twice
        expected.put("reyle", 0L);
        assertTrue(keys.size() > JdbcArchiveStore.COUNT_LOOKUP, "more keys than one statement takes");
        assertEquals(expected, store.articlesWithKeys(keys));
        for (int size : new int[] {0, 1, 2, 9, 33, 97}) {
            List<String> some = keys.subList(keys.size() - size, keys.size());
            java.util.Map<String, Long> single = new java.util.LinkedHashMap<>();
            some.forEach(k -> single.putIfAbsent(k, store.articlesWithKey(k)));
            assertEquals(single, store.articlesWithKeys(some), size + " keys");
            assertEquals(List.copyOf(single.keySet()), List.copyOf(store.articlesWithKeys(some).keySet()),
                    "in the order asked");
        }

        List<String> looked = List.of("lorne", "k1", "k" + n, "g3", "reyle", "lorne");
        for (int limit : new int[] {0, 1, 3, 8}) {
            java.util.Map<String, List<StoryRef>> single = new java.util.LinkedHashMap<>();
            looked.forEach(k -> single.putIfAbsent(k, store.storiesWithKey(k, limit)));
            assertEquals(single, store.storiesWithKeys(looked, limit), "limit " + limit);
        }
        assertFalse(store.storiesWithKeys(looked, 3).get("lorne").isEmpty());

        List<String> stories = List.of("s1", "s" + (n + 3) / 4, "s2", "s999", "nonsense", "s1");
        for (int max : new int[] {0, 1, 3, 10}) {
            java.util.Map<String, List<StoredArticle>> single = new java.util.LinkedHashMap<>();
            stories.forEach(id -> single.putIfAbsent(id, store.sample(id, max)));
            assertEquals(single, store.samples(stories, max), "max " + max);
        }
        assertEquals(3, store.samples(stories, 3).get("s1").size());
        for (int max : new int[] {0, 1, 3, 10}) {
            java.util.Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
            store.samples(stories, max).forEach((id, sample) -> ids.put(id, sample.stream()
                    .map(a -> a.article().id()).toList()));
            assertEquals(ids, store.sampleIds(stories, max), "ids, max " + max);
        }
        List<StoredArticle> sampled = store.samples(stories, 10).get("s1");
        List<String> wanted = new ArrayList<>(sampled.stream().map(a -> a.article().id()).toList());
        wanted.add(1, "nowhere"); // not filed: left out
        wanted.add(sampled.get(0).article().id()); // asked twice: once
        java.util.Map<String, StoredArticle> filed = store.filed(wanted);
        assertEquals(sampled.stream().map(a -> a.article().id()).toList(), List.copyOf(filed.keySet()),
                "in the order asked, each once");
        assertEquals(sampled, List.copyOf(filed.values()));

        List<String> after = new ArrayList<>(keys);
        store.close();
        store = reopen();
        assertEquals(expected, store.articlesWithKeys(after), "the same once every batch is indexed");
    }

    @Test
    void savesACheckOnlyWhenTheStoryDidNotGrow() throws Exception {
        store.file(filing(article("a1", "2026-03-10"), null));
        Story read = store.story("s1").orElseThrow();
        int filed = read.articles().size();
        store.file(filing(article("a2", "2026-03-11"), "s1"));
        Story checked = read.withCheck(checkWithClaim("a1", "The Brask dam released water"));
        assertFalse(store.saveCheck(checked, filed), "the story gained an article since it was read");
        assertEquals(List.of("s1"), store.storiesToCheck(10));
        assertEquals(CrossCheck.none(), store.story("s1").orElseThrow().check());

        Story again = new Story("s1", "Lorne County floods", List.of("a1", "a2"), List.of(List.of("a1", "a2")),
                List.of(new Entity("Teodor Brask", "PER", List.of("Brask"), List.of(), List.of("a1", "a2"))),
                checkWithClaim("a1", "The Brask dam released water"));
        assertTrue(store.saveCheck(again, 2));
        assertEquals(List.of(), store.storiesToCheck(10));
        assertEquals(again, store.story("s1").orElseThrow());
    }

    @Test
    void listsStoriesToCheckOldestChangeFirst() throws Exception {
        store.file(filing(article("a1", null), null));
        store.file(filing(article("a2", null), null));
        store.file(filing(article("a3", null), null));
        assertEquals(List.of("s1", "s2", "s3"), store.storiesToCheck(10));
        assertEquals(List.of("s1", "s2"), store.storiesToCheck(2));
        assertTrue(store.saveCheck(store.story("s1").orElseThrow(), 1));
        store.file(filing(article("a4", null), "s1"));
        store.file(filing(article("a5", null), "s2"));
        assertEquals(List.of("s2", "s3", "s1"), store.storiesToCheck(10), "s2's change is older than s1's");
    }

    @Test
    void keepsEachStorysHistory() throws Exception {
        store.file(filing(article("a1", null), null));
        store.file(filing(article("a2", null), "s1"));
        List<ArchiveStore.HistoryEvent> h = store.history("s1");
        assertEquals(List.of("created", "joined"), h.stream().map(ArchiveStore.HistoryEvent::kind).toList());
        assertTrue(h.get(0).detail().contains("a1"), h.get(0).detail());
        assertTrue(h.get(1).detail().contains("a2"), h.get(1).detail());
        assertTrue(h.get(1).at().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), h.get(1).at());
        assertEquals(List.of(), store.history("s2"));
    }

    @Test
    void keepsProblems() throws Exception {
        StoredArticle a = article("a1", null);
        Problem warning = Problem.warning("replaced-bytes", SourceRef.of("in/a1.txt"), "3 bytes were replaced");
        store.file(new Filing(hash(a), new byte[] {1, 2}, a, new Placement(null, List.of(), Double.NaN),
                List.of(warning)));
        store.file(filing(article("a2", null), null));
        Problem error = Problem.error("bad-json", SourceRef.of("in/feed.jsonl", "line 3"), "not JSON");
        store.addProblems(List.of(error));
        assertEquals(List.of(warning, error), store.problems(null));
        assertEquals(List.of(warning), store.problems(List.of("a1", "a2")));
        assertEquals(List.of(), store.problems(List.of("a2")));
    }

    @Test
    void searchesArticlesAndClaimsWithFiltersAndSnippets() throws Exception {
        store.file(filing(article("a1", "Halvergate Post", "2026-03-10", "Dam gates opened at Ambermere",
                "Engineers opened the flood gates of the Ambermere dam on Tuesday. Teodor Brask watched.",
                "Teodor Brask"), null));
        store.file(filing(article("a2", "Brask Herald", "2026-03-12", "Council meets",
                "The Lorne County council discussed the flood defences and the budget. Ilse Reyle spoke.",
                "Ilse Reyle"), null));
        store.file(filing(article("a3", "Halvergate Post", "2026-03-14", "Harvest festival",
                "The harvest festival drew a crowd.", "Ilse Reyle"), null));

        List<SearchHit> hits = store.search(new SearchQuery("flood", null, null, null, null, 10));
        assertEquals(List.of("a1", "a2"), hits.stream().map(SearchHit::articleId).sorted().toList());
        for (SearchHit h : hits) {
            assertEquals("article", h.kind());
            assertTrue(h.snippet().toLowerCase().contains("[flood"), h.snippet());
            assertTrue(h.score() > 0, "higher is better: " + h.score());
        }
        SearchHit a1 = hits.stream().filter(h -> h.articleId().equals("a1")).findFirst().orElseThrow();
        assertEquals("s1", a1.storyId());
        assertEquals("Halvergate Post", a1.outlet());
        assertEquals("2026-03-10", a1.published());
        assertEquals("Dam gates opened at Ambermere", a1.title());

        assertEquals(List.of("a2"), ids(new SearchQuery("flood", "Brask Herald", null, null, null, 10)));
        assertEquals(List.of("a2"), ids(new SearchQuery("flood", null, LocalDate.parse("2026-03-11"), null, null,
                10)));
        assertEquals(List.of("a1"), ids(new SearchQuery("flood", null, null, LocalDate.parse("2026-03-11"), null,
                10)));
        assertEquals(List.of("a1"), ids(new SearchQuery("flood", null, null, null, "Teodor Brask", 10)));
        assertEquals(List.of("a1"), ids(new SearchQuery("flood", null, null, null, "brask", 10)), "an alias");
        assertEquals(List.of("a1"), ids(new SearchQuery("ambermere dam", null, null, null, null, 10)));
        assertEquals(List.of(), ids(new SearchQuery("ambermere budget", null, null, null, null, 10)), "all words");
        assertEquals(1, store.search(new SearchQuery("flood", null, null, null, null, 1)).size());
        assertEquals(List.of(), store.search(new SearchQuery("  \"*( ", null, null, null, null, 10)));
        assertEquals(List.of("a1"), ids(new SearchQuery("\"opened\" gates*", null, null, null, null, 10)),
                "query syntax is read as words");

        Story s2 = store.story("s2").orElseThrow();
        Story checked = new Story("s2", s2.title(), s2.articles(), List.of(),
                List.of(new Entity("Ilse Reyle", "PER", List.of(), List.of(), List.of("a2"))),
                checkWithClaim("a2", "Reyle said the flood defences would be rebuilt by spring"));
        assertTrue(store.saveCheck(checked, 1));
        List<SearchHit> claims = store.search(new SearchQuery("rebuilt", null, null, null, null, 10));
        assertEquals(1, claims.size());
        SearchHit claim = claims.get(0);
        assertEquals("claim", claim.kind());
        assertEquals("s2", claim.storyId());
        assertEquals("a2", claim.articleId());
        assertTrue(claim.snippet().contains("[rebuilt]"), claim.snippet());
        assertEquals(List.of("claim"), store.search(new SearchQuery("rebuilt", "Halvergate Post", null, null,
                "Ilse Reyle", 10)).stream().map(SearchHit::kind).toList());
        assertEquals(List.of(), store.search(new SearchQuery("rebuilt", null, null, null, "Teodor Brask", 10)));
        assertEquals(2, store.search(new SearchQuery("flood defences", null, null, null, null, 10)).size(),
                "the article and the claim");

        Story rechecked = checked.withCheck(checkWithClaim("a2", "The budget was cut"));
        assertTrue(store.saveCheck(rechecked, 1));
        assertEquals(List.of(), store.search(new SearchQuery("rebuilt", null, null, null, null, 10)),
                "a new check replaces the story's claims");
    }

    private List<String> ids(SearchQuery q) {
        return store.search(q).stream().map(SearchHit::articleId).toList();
    }

    @Test
    void writesItsSchemaVersionAndRefusesANewerOne() throws Exception {
        store.close();
        assertEquals(ArchiveStore.SCHEMA_VERSION, schemaVersion());
        writeSchemaVersion(ArchiveStore.SCHEMA_VERSION + 1);
        NewerSchemaException e = assertThrows(NewerSchemaException.class, this::reopen);
        assertTrue(e.getMessage().contains("schema " + (ArchiveStore.SCHEMA_VERSION + 1)), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(ArchiveStore.SCHEMA_VERSION + 1, schemaVersion(), "nothing written");
        writeSchemaVersion(ArchiveStore.SCHEMA_VERSION);
        store = reopen();
    }

    @Test
    void migratesAStoreOfSchemaOneKeepingItsArticles() throws Exception {
        store.file(filing(article("a1", "2026-03-10"), null, "halvergate"));
        store.close();
        // what version 1 wrote: no revision links
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl());
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE revision_links");
            st.executeUpdate("DROP TABLE term_counts");
            st.executeUpdate("DELETE FROM counters WHERE name IN ('terms_through', 'term_sentences')");
            dropWatchTables(st);
        }
        writeSchemaVersion(1);

        store = reopen();
        assertEquals(List.of("s1"), store.stories(null));
        assertTrue(store.revisionLinks().isEmpty());
        store.keepRevisionLinks(List.of(new ArchiveStore.RevisionLink("s1", "s1", 0.5, 1)));
        ArchiveStore.Uncounted uncounted = store.articlesToCount(10);
        assertEquals(0, uncounted.countedThrough(), "a migrated store counts its articles' terms again");
        assertEquals(List.of("a1"), uncounted.articles().stream().map(n -> n.article().article().id()).toList());
        store.close();
        assertEquals(ArchiveStore.SCHEMA_VERSION, schemaVersion());
        store = reopen();
        assertEquals(1, store.revisionLinks().size());
    }

    @Test
    void migratesAStoreOfSchemaThreeToRememberWatchedFeeds() throws Exception {
        store.file(filing(article("a1", "2026-03-10"), null, "halvergate"));
        store.close();
        // what version 3 wrote: no watched feeds
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl());
             java.sql.Statement st = c.createStatement()) {
            dropWatchTables(st);
        }
        writeSchemaVersion(3);

        store = reopen();
        assertEquals(List.of("s1"), store.stories(null));
        assertTrue(store.watchedFeed("https://brask.example/feed").isEmpty());
        store.keepWatched("https://brask.example/feed", new ArchiveStore.FeedValidators("\"v1\"", null),
                List.of("https://brask.example/a"));
        store.close();
        assertEquals(4, schemaVersion());
        store = reopen();
        assertEquals(new ArchiveStore.FeedValidators("\"v1\"", null),
                store.watchedFeed("https://brask.example/feed").orElseThrow());
    }

    /** What schema 4 added. */
    private static void dropWatchTables(java.sql.Statement st) throws java.sql.SQLException {
        st.executeUpdate("DROP TABLE watched_items");
        st.executeUpdate("DROP TABLE watched_feeds");
    }

    @Test
    void remembersWatchedFeedsAndTheirItems() throws Exception {
        String feed = "https://lorne.example/news.rss";
        assertTrue(store.watchedFeed(feed).isEmpty());
        store.keepWatched(feed, new ArchiveStore.FeedValidators(null, "Mon, 09 Mar 2026 10:00:00 GMT"),
                List.of("https://lorne.example/a", "https://lorne.example/b", "https://lorne.example/a"));
        store.keepWatched(feed, new ArchiveStore.FeedValidators("\"x\"", "Tue, 10 Mar 2026 10:00:00 GMT"),
                List.of("https://lorne.example/b", "https://lorne.example/c"));
        assertEquals(new ArchiveStore.FeedValidators("\"x\"", "Tue, 10 Mar 2026 10:00:00 GMT"),
                store.watchedFeed(feed).orElseThrow());
        assertEquals(java.util.Set.of("https://lorne.example/a", "https://lorne.example/c"),
                store.watchedItems(feed, List.of("https://lorne.example/a", "https://lorne.example/c",
                        "https://lorne.example/d")));
        assertTrue(store.watchedItems("https://other.example/feed", List.of("https://lorne.example/a")).isEmpty(),
                "items are remembered per feed");
        store = reopen();
        assertEquals(2, store.watchedItems(feed, List.of("https://lorne.example/a", "https://lorne.example/b"))
                .size());
    }

    @Test
    void addsTermCountsOnceAndInFilingOrder() throws Exception {
        store.file(filing(article("a1", "2026-03-10"), null, "halvergate"));
        store.file(filing(article("a2", "2026-03-11"), "s1", "halvergate"));
        ArchiveStore.Uncounted first = store.articlesToCount(1);
        assertEquals(0, first.countedThrough());
        assertEquals(1, first.articles().size());
        long seq = first.articles().get(0).seq();
        assertTrue(store.addTermCounts(0, seq, 3, java.util.Map.of(11L, 2L, 12L, 1L)));
        assertFalse(store.addTermCounts(0, seq, 3, java.util.Map.of(11L, 2L)), "the same articles twice");
        ArchiveStore.Uncounted next = store.articlesToCount(10);
        assertEquals(seq, next.countedThrough());
        assertEquals(List.of("a2"), next.articles().stream().map(n -> n.article().article().id()).toList());
        assertTrue(store.addTermCounts(seq, next.articles().get(0).seq(), 2, java.util.Map.of(11L, 1L, 13L, 2L)));
        store.close();

        store = reopen();
        assertTrue(store.articlesToCount(10).articles().isEmpty());
        ArchiveStore.TermTotals totals = store.termCounts(new long[] {13L, 11L, 14L, 12L});
        assertEquals(5, totals.sentences());
        assertArrayEquals(new long[] {2, 3, 0, 1}, totals.counts());
        assertThrows(IllegalArgumentException.class, () -> store.addTermCounts(5, 4, 1, java.util.Map.of()));
    }

    @Test
    void keepsRevisionLinksUntilReplaced() throws Exception {
        List<ArchiveStore.RevisionLink> links = List.of(new ArchiveStore.RevisionLink("s1", "s2", 0.25, 7),
                new ArchiveStore.RevisionLink("s1", "s3", 0.75, 9));
        store.keepRevisionLinks(links);
        store.close();
        store = reopen();
        assertEquals(links, store.revisionLinks());
        store.keepRevisionLinks(List.of(links.get(1)));
        assertEquals(List.of(links.get(1)), store.revisionLinks(), "replaced, not added to");
        assertThrows(IllegalArgumentException.class,
                () -> store.keepRevisionLinks(List.of(new ArchiveStore.RevisionLink("x", "s2", 0.1, 1))));
        assertEquals(List.of(links.get(1)), store.revisionLinks(), "a refused call changes nothing");
        store.keepRevisionLinks(List.of());
        assertTrue(store.revisionLinks().isEmpty());
    }

    @Test
    void keepsEverythingWhenOpenedAgain() throws Exception {
        StoredArticle a1 = article("a1", "2026-03-10");
        store.file(filing(a1, null, "halvergate"));
        store.file(filing(article("a2", "2026-03-11"), "s1", "halvergate"));
        Story checked = store.story("s1").orElseThrow().withCheck(checkWithClaim("a1", "Water rose on Tuesday"));
        assertTrue(store.saveCheck(checked, 2));
        store.addProblems(List.of(Problem.error("empty-file", SourceRef.of("in/x.txt"), "the file is empty")));
        store.close();

        store = reopen();
        assertEquals(2, store.articles());
        assertEquals(checked, store.story("s1").orElseThrow());
        assertEquals(a1, store.sample("s1", 1).get(0));
        assertEquals(2, store.articlesWithKey("halvergate"));
        assertEquals(List.of("s1"), store.storiesWithKey("halvergate", 3).stream().map(StoryRef::id).toList());
        assertEquals(1, store.problems(null).size());
        assertEquals(2, store.history("s1").size());
        assertEquals(1, store.search(new SearchQuery("tuesday", null, null, null, null, 10)).stream()
                .filter(h -> h.kind().equals("claim")).count());
        assertEquals("s2", store.file(filing(article("a3", null), null)), "story ids go on where they stopped");
        assertEquals("a1", store.articleWithContent(hash(a1)).orElseThrow());
    }

    @Test
    void aReaderSeesWhatTheWriterFiles() throws Exception {
        store.file(filing(article("a1", "Halvergate Post", "2026-03-10", "Dam gates opened",
                "The flood gates of the Ambermere dam opened.", "Teodor Brask"), null, "halvergate"));
        try (ArchiveStore reader = ArchiveStores.openReadOnly(store.location())) {
            assertEquals(1, reader.articles());
            assertEquals(1, reader.articlesWithKey("halvergate"));
            assertEquals(List.of("s1"), reader.storiesWithKey("halvergate", 3).stream().map(StoryRef::id).toList());
            store.file(filing(article("a2", null), "s1", "halvergate"));
            assertEquals(2, reader.articles());
            assertEquals(List.of("a1", "a2"), reader.story("s1").orElseThrow().articles());
            assertEquals(List.of("s1"), reader.storiesToCheck(5));
            java.io.IOException refused = assertThrows(java.io.IOException.class,
                    () -> reader.file(filing(article("a3", null), null)));
            assertTrue(refused.getMessage().contains("reading only"), refused.getMessage());
            assertThrows(java.io.IOException.class, () -> reader.saveCheck(reader.story("s1").orElseThrow(), 2));
            assertThrows(java.io.IOException.class, () -> reader.addProblems(List.of()));
        }
        assertEquals(2, store.articles());
        assertEquals("s2", store.file(filing(article("a3", null), null)));
        store.close();
        store = reopen();
        try (ArchiveStore reader = ArchiveStores.openReadOnly(store.location())) {
            assertEquals(List.of("a1"), reader.search(new SearchQuery("ambermere", null, null, null, null, 5))
                    .stream().map(SearchHit::articleId).toList());
        }
    }

    // ---- regrouping ----

    private static RevisableStoryMemory.Regroup group(@Nullable String story, String... articles) {
        return new RevisableStoryMemory.Regroup(story, List.of(articles));
    }

    private List<String> storiesWith(String key) {
        return store.storiesWithKey(key, 10).stream().map(StoryRef::id).toList();
    }

    private List<String> articleIds(String story) {
        return store.articlesOf(story).stream().map(a -> a.article().id()).toList();
    }

    private List<String> kinds(String story) {
        return store.history(story).stream().map(ArchiveStore.HistoryEvent::kind).toList();
    }

    /** s1: a1 (03-10, halvergate, brask), a2 (03-12, halvergate, lorne); s2: a3 (03-11, reyle). */
    private void fileThree() throws Exception {
        store.file(filing(article("a1", "2026-03-10"), null, "halvergate", "brask"));
        store.file(filing(article("a2", "2026-03-12"), "s1", "halvergate", "lorne"));
        store.file(filing(article("a3", "2026-03-11"), null, "reyle"));
    }

    @Test
    void movesAnArticleToAnotherStory() throws Exception {
        fileThree();
        Story s1 = store.story("s1").orElseThrow();
        assertTrue(store.saveCheck(s1, 2));
        assertTrue(store.saveCheck(store.story("s2").orElseThrow(), 1));
        assertEquals(List.of(), store.storiesToCheck(10));

        assertEquals(List.of("s2"), store.regroup(List.of(group("s2", "a2")), "revision"));
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(List.of("a1"), articleIds("s1"));
            assertEquals(List.of("a2", "a3"), articleIds("s2"), "in filing order");
            assertEquals(List.of("a1"), store.story("s1").orElseThrow().articles());
            assertEquals(List.of("a2", "a3"), store.sample("s2", 5).stream().map(a -> a.article().id()).toList());
            assertEquals(List.of(new StoryRef("s2", 2, LocalDate.parse("2026-03-12"))), store.storiesWithKey("lorne",
                    5));
            assertEquals(List.of(new StoryRef("s2", 2, LocalDate.parse("2026-03-12")),
                    new StoryRef("s1", 1, LocalDate.parse("2026-03-10"))), store.storiesWithKey("halvergate", 5),
                    "s2 now holds the latest filed article with the key");
            assertEquals(List.of("s1"), storiesWith("brask"));
            assertEquals(2, store.articlesWithKey("halvergate"), "key counts do not change");
            assertEquals(List.of("s1", "s2"), store.stories(null));
            assertEquals(List.of("s2"), store.stories(LocalDate.parse("2026-03-11")), "s1's days follow its articles");
            assertEquals(List.of("s1", "s2"), store.storiesToCheck(10).stream().sorted().toList(),
                    "both stories are to be checked again");
            assertEquals(List.of("created", "joined", "moved"), kinds("s1"));
            assertEquals(List.of("created", "moved"), kinds("s2"));
            ArchiveStore.HistoryEvent moved = store.history("s2").get(1);
            assertEquals(store.history("s1").get(2).detail(), moved.detail());
            for (String part : List.of("a2", "s1", "s2", "revision")) {
                assertTrue(moved.detail().contains(part), moved.detail());
            }
            assertEquals(List.of("s2"), store.search(new SearchQuery("a2", null, null, null, null, 5)).stream()
                    .map(SearchHit::storyId).toList());
            store.close();
            store = reopen(); // the embedded store's postings of these three are still pending (fewer than a batch)
        }
        assertEquals("s3", store.file(filing(article("a4", null), null)));
    }

    @Test
    void movesIndexedAndPendingArticlesAlike() throws Exception {
        int n = JdbcArchiveStore.INDEX_BATCH + 20; // the embedded store indexed the first batch, the rest is pending
        for (int i = 1; i <= n; i++) {
            store.file(filing(article("a" + i, null), i == 1 ? null : "s1", "common", "k" + i));
        }
        store.file(filing(article("b1", null), null, "other"));
        String early = "a2";
        String late = "a" + n;
        assertEquals(List.of(new StoryRef("s1", n, null)), store.storiesWithKey("k3", 5),
                "read before the regroup: what the store remembers of s1 must follow it");
        assertEquals(List.of("s2"), store.regroup(List.of(group("s2", early, late)),
                "revision"));
        for (int pass = 0; pass < 3; pass++) {
            assertEquals(List.of("s2"), storiesWith("k2"), "pass " + pass);
            assertEquals(List.of("s2"), storiesWith("k" + n), "pass " + pass);
            assertEquals(List.of(new StoryRef("s1", n - 2, null)), store.storiesWithKey("k3", 5), "pass " + pass);
            assertEquals(List.of(early, late, "b1"), articleIds("s2"));
            assertEquals(n - 2, store.story("s1").orElseThrow().articles().size());
            assertEquals(List.of(new StoryRef("s2", 3, null), new StoryRef("s1", n - 2, null)),
                    store.storiesWithKey("common", 5), "s2 holds the latest article with the key");
            assertEquals(n, store.articlesWithKey("common"));
            if (pass == 0) {
                store.close();
                store = reopen();
            } else if (pass == 1) {
                store.search(new SearchQuery("a1", null, null, null, null, 1)); // indexes what is pending
            }
        }
    }

    @Test
    void mergesTwoStories() throws Exception {
        fileThree();
        Story s1 = store.story("s1").orElseThrow();
        Story checked = new Story("s1", s1.title(), s1.articles(), List.of(),
                List.of(new Entity("Ilse Reyle", "PER", List.of(), List.of(), List.of("a1"))),
                checkWithClaim("a1", "Reyle said the flood defences would be rebuilt by spring"));
        assertTrue(store.saveCheck(checked, 2));
        assertEquals(1, store.search(new SearchQuery("rebuilt", null, null, null, null, 5)).size());

        assertEquals(List.of("s2"), store.regroup(List.of(group("s2", "a1", "a2", "a3")),
                "revision"));
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(List.of("s2"), store.stories(null));
            assertEquals(List.of("s2"), store.stories(LocalDate.parse("2026-03-01")));
            assertTrue(store.story("s1").isEmpty(), "a story merged away is not looked up");
            assertEquals(List.of(), store.articlesOf("s1"));
            assertEquals(List.of(), store.sample("s1", 3));
            assertEquals(List.of("a1", "a2", "a3"), store.story("s2").orElseThrow().articles());
            assertEquals(List.of("s2"), storiesWith("halvergate"));
            assertEquals(List.of("s2"), storiesWith("brask"));
            assertEquals(List.of("s2"), store.storiesToCheck(10));
            assertEquals(List.of("created", "joined", "moved", "moved", "merged"), kinds("s1"));
            assertTrue(store.history("s1").get(4).detail().startsWith("into s2"), store.history("s1").get(4).detail());
            assertEquals(List.of("created", "moved", "moved"), kinds("s2"));
            assertEquals(List.of(), store.search(new SearchQuery("rebuilt", null, null, null, null, 5)),
                    "the merged story's claims are gone");
            assertEquals(List.of(), store.search(new SearchQuery("flood", null, null, null, "Ilse Reyle", 5)).stream()
                    .filter(h -> h.kind().equals("claim")).toList());
            assertEquals(List.of("s2", "s2", "s2"), store.search(new SearchQuery("lorne", null, null, null, null, 5))
                    .stream().map(SearchHit::storyId).toList());
            assertFalse(store.saveCheck(checked, 0), "no check is saved for a story merged away");
            store.close();
            store = reopen();
        }
    }

    @Test
    void makesANewStoryForAGroupWithoutOne() throws Exception {
        fileThree();
        List<String> ids = store.regroup(List.of(group(null, "a2", "a3"), group("s1"),
                group(null)), "split");
        assertEquals(List.of("s3", "s1", ""), ids, "an empty group changes nothing");
        assertEquals(List.of("a2", "a3"), articleIds("s3"));
        assertEquals(List.of("a1"), articleIds("s1"));
        assertEquals(List.of("s1", "s3"), store.stories(null));
        assertEquals(List.of("created", "moved", "moved"), kinds("s3"));
        assertTrue(store.history("s3").get(0).detail().contains("split"), store.history("s3").get(0).detail());
        assertEquals("merged", kinds("s2").get(kinds("s2").size() - 1));
        assertTrue(store.history("s2").get(2).detail().startsWith("into s3"), store.history("s2").get(2).detail());
        assertEquals(List.of(new StoryRef("s3", 2, LocalDate.parse("2026-03-12"))), store.storiesWithKey("reyle", 5));
        assertEquals(List.of("s1", "s3"), store.storiesToCheck(10));
        assertEquals(List.of("s3"), store.regroup(List.of(group("s3", "a2")), "again"),
                "an article already there stays");
        assertEquals(List.of("created", "moved", "moved"), kinds("s3"));
        assertEquals("s4", store.file(filing(article("a4", null), null)));
    }

    @Test
    void swapsArticlesBetweenTwoStoriesAtOnce() throws Exception {
        fileThree();
        assertEquals(List.of("s1", "s2"), store.regroup(List.of(group("s1", "a3"), group("s2", "a1")), "swap"));
        assertEquals(List.of("a2", "a3"), articleIds("s1"));
        assertEquals(List.of("a1"), articleIds("s2"));
        assertEquals(List.of("s2"), storiesWith("brask"));
        assertEquals(List.of("s1"), storiesWith("reyle"));
        assertEquals(List.of("s1", "s2"), store.stories(LocalDate.parse("2026-03-10")));
        assertEquals(List.of("s1"), store.stories(LocalDate.parse("2026-03-11")));
    }

    @Test
    void refusesABadRegroupAndChangesNothing() throws Exception {
        fileThree();
        store.regroup(List.of(group("s2", "a1", "a2")), "revision"); // s1 merged away
        List<List<String>> before = List.of(articleIds("s1"), articleIds("s2"), store.stories(null),
                store.storiesToCheck(10), kinds("s1"), kinds("s2"), storiesWith("halvergate"));
        for (List<RevisableStoryMemory.Regroup> bad : List.of(
                List.of(group(null, "a1"), group("s2", "a9")),
                List.of(group(null, "a1"), group("s2", "a1")),
                List.of(group(null, "a3", "a3")),
                List.of(group(null, "a1"), group("s7", "a3")),
                List.of(group(null, "a1"), group("nonsense", "a3")),
                List.of(group("s1", "a3")))) {
            assertThrows(IllegalArgumentException.class, () -> store.regroup(bad, "bad"), bad.toString());
        }
        assertEquals(before, List.of(articleIds("s1"), articleIds("s2"), store.stories(null),
                store.storiesToCheck(10), kinds("s1"), kinds("s2"), storiesWith("halvergate")));
        try (ArchiveStore reader = ArchiveStores.openReadOnly(store.location())) {
            java.io.IOException refused = assertThrows(java.io.IOException.class,
                    () -> reader.regroup(List.of(group(null, "a1")), "revision"));
            assertTrue(refused.getMessage().contains("reading only"), refused.getMessage());
        }
        assertEquals("s3", store.file(filing(article("a4", null), null)), "a refused regroup takes no story id");
    }

    @Test
    void refusesToWorkWhenClosed() throws Exception {
        store.close();
        store.close(); // twice is fine
        assertThrows(java.io.IOException.class, () -> store.file(filing(article("a1", null), null)));
        store = reopen();
    }
}
