package crosscheck.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a child process files articles into an embedded store and is killed ({@code kill -9}) at random
 * moments; every article it acknowledged is there once, the stories add up, and the article it was filing can be
 * filed again. And a second process on the same store waits, or is told the store is in use.
 */
class SqliteKillTest {

    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    private Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), FilingChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void everyAcknowledgedArticleSurvivesKillNine() throws Exception {
        Path folder = dir.resolve("store");
        Random random = new Random(18);
        Map<String, String> acknowledged = new LinkedHashMap<>();
        int interruptedRefiled = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Process p = child("file", folder.toString(), "t" + trial, String.valueOf(trial));
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            // wait until it has filed one article (its JVM warm), then let it run a random while (0 to 30 ms)
            String line;
            String filing = null;
            while ((line = out.readLine()) != null && !line.startsWith("ack ")) {
                filing = line.substring("filing ".length());
            }
            assertTrue(line != null, "the child did not file: " + filing);
            String[] first = line.split(" ");
            acknowledged.put(first[1], first[2]);
            filing = null;
            Thread.sleep(random.nextInt(30));
            p.toHandle().destroyForcibly(); // SIGKILL; Process.destroyForcibly would also close our end of its output
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) {
                String[] f = line.split(" ");
                if (f[0].equals("filing") && f.length == 2) {
                    filing = f[1];
                } else if (f[0].equals("ack") && f.length == 3) {
                    acknowledged.put(f[1], f[2]);
                    filing = null;
                }
            }
            interruptedRefiled += check(folder, acknowledged, filing) ? 1 : 0;
        }
        assertTrue(acknowledged.size() > TRIALS, "the children filed " + acknowledged.size() + " articles");
        System.out.println("kill -9: " + TRIALS + " trials, " + acknowledged.size() + " acknowledged articles all "
                + "there once, " + interruptedRefiled + " interrupted filings filed again");
    }

    /** Checks the store after a kill; files the interrupted article again. True when there was one to file. */
    private boolean check(Path folder, Map<String, String> acknowledged, @Nullable String interrupted)
            throws Exception {
        boolean refiled = false;
        try (ArchiveStore store = ArchiveStores.open(folder.toString(), Duration.ofSeconds(10))) {
            assertEquals(store.articles(), store.articlesWithKey("kill"), "keys of the killed batch read back");
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                StoredArticle article = ArchiveStoreContract.article(a.getKey(), null);
                assertEquals(a.getKey(), store.articleWithContent(ArchiveStoreContract.hash(article)).orElse(null),
                        "acknowledged article " + a.getKey() + " is missing");
                assertEquals(1, store.story(a.getValue()).orElseThrow().articles().stream()
                        .filter(a.getKey()::equals).count(), a.getKey() + " once in " + a.getValue());
            }
            if (interrupted != null) {
                StoredArticle article = ArchiveStoreContract.article(interrupted, null);
                boolean there = store.hasArticle(interrupted); // committed, killed before it said so
                String story = store.file(ArchiveStoreContract.filing(article, null, "kill"));
                assertTrue(store.hasArticle(interrupted));
                assertEquals(1, store.story(story).orElseThrow().articles().stream().filter(interrupted::equals)
                        .count());
                acknowledged.put(interrupted, story);
                refiled = !there;
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(SqliteArchiveStore.DATABASE));
             Statement st = c.createStatement()) {
            assertEquals("ok", one(st, "PRAGMA integrity_check"));
            long articles = Long.parseLong(one(st, "SELECT count(*) FROM articles"));
            assertEquals(acknowledged.size(), articles, "no article filed that was not acknowledged or refiled");
            assertEquals(String.valueOf(articles), one(st, "SELECT value FROM counters WHERE name = 'article'"));
            assertEquals("0", one(st, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM stories s WHERE s.num = a.story)"), "every article's story exists");
            assertEquals("0", one(st, "SELECT count(*) FROM stories s WHERE s.size <>"
                    + " (SELECT count(*) FROM articles a WHERE a.story = s.num)"), "story sizes add up");
            assertEquals("0", one(st, "SELECT count(*) FROM stories s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.story = s.num)"), "no empty story");
            assertEquals(String.valueOf(articles), one(st, "SELECT count(*) FROM article_text"));
            assertEquals(String.valueOf(articles), one(st, "SELECT articles FROM key_counts WHERE key_hash = " + JdbcArchiveStore.keyHash("kill")));
            assertEquals(one(st, "SELECT count(*) FROM stories"), one(st, "SELECT value FROM counters"
                    + " WHERE name = 'story'"), "story numbers without gaps");
        }
        return refiled;
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aSecondProcessWaitsOrIsToldTheStoreIsInUse() throws Exception {
        Path folder = dir.resolve("store");
        Process holder = child("hold", folder.toString(), "1500");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());
            StoreInUseException busy = assertThrows(StoreInUseException.class,
                    () -> ArchiveStores.open(folder.toString(), Duration.ofMillis(100)));
            assertTrue(busy.getMessage().contains("pid " + holder.pid()), busy.getMessage());
            assertTrue(busy.getMessage().contains(folder.toString()), busy.getMessage());
            try (ArchiveStore store = ArchiveStores.open(folder.toString(), Duration.ofSeconds(20))) {
                assertTrue(holder.waitFor(5, TimeUnit.SECONDS), "opened only after the holder let go");
                assertEquals("s1", store.file(ArchiveStoreContract.filing(ArchiveStoreContract.article("a1", null),
                        null)));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
