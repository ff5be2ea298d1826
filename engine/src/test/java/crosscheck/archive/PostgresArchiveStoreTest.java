package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL ({@link TestPostgres}: binaries from Maven Central), a new database per
 * test; and several writers at once.
 */
class PostgresArchiveStoreTest extends ArchiveStoreContract {

    private String address;

    @Override
    protected ArchiveStore create() throws Exception {
        TestPostgres pg = TestPostgres.get();
        Assumptions.assumeTrue(pg != null, () -> "no PostgreSQL: " + TestPostgres.skipReason());
        address = pg.newDatabase();
        return ArchiveStores.open(address, Duration.ZERO);
    }

    @Override
    protected ArchiveStore reopen() throws Exception {
        store.close();
        return ArchiveStores.open(address, Duration.ZERO);
    }

    @Override
    protected String jdbcUrl() {
        return TestPostgres.get().jdbc(address.substring(address.lastIndexOf('/') + 1));
    }

    @Test
    void severalWritersGetDistinctStoryIdsAndFileOnce() throws Exception {
        int writers = 4;
        int each = 25;
        List<ArchiveStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int w = 0; w < writers; w++) {
                stores.add(ArchiveStores.open(address, Duration.ZERO));
            }
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ArchiveStore s = stores.get(w);
                int writer = w;
                results.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        got.add(s.file(filing(article("w" + writer + "-" + i, null), null, "shared")));
                        // every writer also files one common article: it is kept once
                        s.file(filing(article("common-" + i, null), null, "shared"));
                    }
                    return got;
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> f : results) {
                for (String id : f.get()) {
                    assertTrue(ids.add(id), "story id given twice: " + id);
                }
            }
        } finally {
            pool.shutdownNow();
            for (ArchiveStore s : stores) {
                s.close();
            }
        }
        assertEquals(writers * each + each, store.articles());
        assertEquals(writers * each + each, store.articlesWithKey("shared"));
        assertEquals(writers * each + each, store.stories(null).size());
        assertFalse(store.storiesWithKey("shared", 3).isEmpty());
    }

    @Test
    void saysClearlyWhenTheServerCannotBeReached() throws Exception {
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ArchiveStores.open("postgresql://ana:s3cret@127.0.0.1:1/news", Duration.ZERO));
        assertTrue(e.getMessage().startsWith("cannot connect to the store postgresql://ana@127.0.0.1:1/news: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret") || e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void hidesThePasswordOfTheAddress() throws Exception {
        PostgresArchiveStore.Target t = PostgresArchiveStore.target("postgresql://ana:s3cret@db.example:5433/news");
        assertEquals("jdbc:postgresql://db.example:5433/news", t.url());
        assertEquals("ana", t.properties().getProperty("user"));
        assertEquals("s3cret", t.properties().getProperty("password"));
        assertEquals("postgresql://ana@db.example:5433/news", t.shown());
    }
}
