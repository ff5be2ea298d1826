package crosscheck.archive;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A quick look at how long {@link ArchiveStore#file} takes on the embedded store (not a test, not the bench's scale
 * table): {@code FilingSpeed LOCATION COUNT} files COUNT invented articles of about 650 words, 15 entities and 40
 * keys, two in three joining an earlier story, and prints the wall and CPU time per article for each thousand.
 * LOCATION is a store folder, or {@code pg} for a new database on the tests' PostgreSQL ({@link TestPostgres}).
 */
public final class FilingSpeed {

    private FilingSpeed() {
    }

    public static void main(String[] args) throws Exception {
        String location = args[0];
        if (location.equals("pg")) {
            TestPostgres pg = TestPostgres.get();
            if (pg == null) {
                throw new IllegalStateException("no PostgreSQL: " + TestPostgres.skipReason());
            }
            location = pg.newDatabase();
        }
        int count = Integer.parseInt(args[1]);
        Random random = new Random(7);
        String[] words = new String[4000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 3 + random.nextInt(7); k < n; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> stories = new ArrayList<>();
        try (ArchiveStore store = ArchiveStores.open(location, Duration.ZERO)) {
            long wall = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long onlyFile = 0;
            for (int i = 1; i <= count; i++) {
                StringBuilder body = new StringBuilder();
                for (int k = 0; k < 650; k++) {
                    body.append(words[random.nextInt(words.length)]).append(k % 20 == 19 ? ".\n\n" : " ");
                }
                List<Entity> entities = new ArrayList<>();
                for (int k = 0; k < 15; k++) {
                    String name = "Halver " + words[random.nextInt(300)];
                    entities.add(new Entity(name, "PER", List.of(), List.of(new Entity.Mention(name, k * 10,
                            k * 10 + 5)), List.of()));
                }
                List<String> keys = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    keys.add("t:" + words[random.nextInt(words.length)]);
                }
                String id = "a" + i;
                StoredArticle a = new StoredArticle(new Article(id, SourceRef.of("in/" + id + ".txt"), null,
                        "Outlet " + random.nextInt(50), "Title " + id, null, "2026-03-" + (10 + random.nextInt(18)),
                        body.toString().strip(), List.of()), new Annotations(entities, List.of(), List.of()));
                String story = stories.isEmpty() || random.nextInt(3) == 0 ? null
                        : stories.get(stories.size() - 1 - random.nextInt(Math.min(stories.size(), 500)));
                byte[] raw = body.toString().getBytes(StandardCharsets.UTF_8);
                long t = System.nanoTime();
                String got = store.file(new ArchiveStore.Filing(Integer.toHexString(i) + "-" + id, raw, a,
                        new Placement(story, keys, 0.5), List.of()));
                onlyFile += System.nanoTime() - t;
                if (story == null) {
                    stories.add(got);
                }
                if (i % 1000 == 0) {
                    long now = System.nanoTime();
                    long cpuNow = cpu.getCurrentThreadCpuTime();
                    System.out.printf("%,d articles: file() %.3f ms/article (wall, all of this thousand: %.3f; cpu"
                            + " %.3f)%n", i, onlyFile / 1e6 / 1000, (now - wall) / 1e6 / 1000,
                            (cpuNow - cpu0) / 1e6 / 1000);
                    wall = now;
                    cpu0 = cpuNow;
                    onlyFile = 0;
                }
            }
        }
        if (!ArchiveStores.isPostgres(location)) {
            System.out.printf("store size: %.1f KB per article%n", Files.size(Path.of(location)
                    .resolve(SqliteArchiveStore.DATABASE)) / 1024.0 / count);
        }
        System.exit(0); // the PostgreSQL server stops with the JVM
    }
}
