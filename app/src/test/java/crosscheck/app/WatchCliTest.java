package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.fetch.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck watch --once} against a web site on 127.0.0.1 started here. */
class WatchCliTest {

    static final String ORCHARD = """
            <!doctype html><html><head><title>Lorne County orchards expect a record apple harvest</title></head>
            <body><article><h1>Lorne County orchards expect a record apple harvest</h1>
            <p>Growers in Lorne County expect a record apple harvest this autumn after a warm spring and steady rain,
            the county growers' association said on Friday.</p>
            <p>Picking starts in the second week of September, and the association expects 12,000 tonnes, a third
            more than last year, most of it bound for cider makers in Reyle.</p>
            </article></body></html>
            """;

    @TempDir
    Path dir;
    LocalSite site;
    final AtomicReference<String> feed = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        site.on("/news/bridge", LocalSite.html(WebInputsCliTest.PAGE));
        site.on("/news/orchard", LocalSite.html(ORCHARD));
        site.on("/feed.rss", exchange -> LocalSite.body(200, "application/rss+xml",
                feed.get().getBytes(StandardCharsets.UTF_8)).answer(exchange));
        site.on("/broken.rss", LocalSite.body(200, "application/rss+xml",
                "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    private long pages() {
        return site.hits.stream().filter(h -> h.path().startsWith("/news/")).count();
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><title>").append(p).append("</title><link>").append(url(p)).append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lorne Ledger</title><link>"
                + url("/") + "</link><description>news</description>" + items + "</channel></rss>";
    }

    private Cli watch(String... feeds) {
        String[] args = new String[feeds.length + 8];
        args[0] = "watch";
        System.arraycopy(feeds, 0, args, 1, feeds.length);
        System.arraycopy(new String[] {"--once", "--allow-private", "--store", dir.resolve("archive").toString(),
                "--fetch-delay", "0", "--no-entities"}, 0, args, feeds.length + 1, 7);
        return Cli.run(args);
    }

    @Test
    void watchOncePrintsTheNewStoriesThenOnlyWhatChanged() throws IOException {
        feed.set(rss("/news/bridge"));
        Cli first = watch(url("/feed.rss"));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("new story s1 \"Halvergate bridge inquiry hears from Brask engineers\": "
                + "1 article\n"), first.out());
        assertTrue(first.out().contains("crosscheck: polled 1 feed at "), first.out());
        assertTrue(first.out().contains("(0 not modified, 0 failed); 1 new item, 1 page fetched, 1 article filed"),
                first.out());
        assertEquals(1, pages());

        feed.set(rss("/news/orchard", "/news/bridge"));
        Cli second = watch(url("/feed.rss"), url("/broken.rss"));
        assertEquals(Main.EXIT_PARTIAL, second.exitCode(), second.err());
        assertEquals(2, pages(), "only the new item was fetched");
        assertTrue(second.out().startsWith("new story s2 \"Lorne County orchards expect a record apple harvest\""),
                second.out());
        assertFalse(second.out().contains(" s1 "), second.out());
        assertTrue(second.err().contains(url("/broken.rss") + ": error: feed not polled: not a valid RSS or Atom "
                + "feed"), second.err());
        assertTrue(second.out().contains("polled 2 feeds at "), second.out());
        assertTrue(second.out().contains("(0 not modified, 1 failed); 1 new item"), second.out());
        try (var warcs = Files.list(dir.resolve("archive-fetched"))) {
            assertEquals(2, warcs.count(), "one WARC file per poll that fetched pages");
        }
    }

    @Test
    void usageErrors() {
        Cli notUrl = Cli.run("watch", "feeds.txt", "--once", "--store", dir.resolve("a").toString());
        assertEquals(Main.EXIT_USAGE, notUrl.exitCode());
        assertTrue(notUrl.err().contains("a feed is an http(s) URL, got 'feeds.txt'"), notUrl.err());
        Cli tooOften = Cli.run("watch", url("/feed.rss"), "--every", "5s", "--store", dir.resolve("a").toString());
        assertEquals(Main.EXIT_USAGE, tooOften.exitCode());
        assertTrue(tooOften.err().contains("--every must be at least 30s"), tooOften.err());
    }

    @Test
    void everyTakesSecondsMinutesAndHours() {
        assertEquals(Duration.ofSeconds(30), WatchCommand.parseEvery("30s"));
        assertEquals(Duration.ofMinutes(15), WatchCommand.parseEvery("15m"));
        assertEquals(Duration.ofHours(1), WatchCommand.parseEvery("1H"));
        assertThrows(Main.UsageException.class, () -> WatchCommand.parseEvery("15"));
        assertThrows(Main.UsageException.class, () -> WatchCommand.parseEvery("1d"));
    }
}
