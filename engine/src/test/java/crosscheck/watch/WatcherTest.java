package crosscheck.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.core.Problem;
import crosscheck.fetch.Fetcher;
import crosscheck.fetch.LocalSite;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.BatchRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling feeds and sitemaps on a web site on 127.0.0.1 started by the test, into a store in a folder. */
class WatcherTest {

    static final String CLAIM = """
            <html><head><title>Halvergate port chief took money from Brask Shipping, inquiry told</title></head>
            <body><article><h1>Halvergate port chief took money from Brask Shipping, inquiry told</h1>
            <p>The Halvergate port chief took money from Brask Shipping in exchange for berths, a former harbour clerk
            told the Lorne County inquiry on Monday.</p>
            <p>The clerk said payments of 40,000 pounds were made in 2024 and 2025 through a consultancy in Reyle.</p>
            <p>The inquiry into the Halvergate port contracts resumes on Wednesday.</p></article></body></html>
            """;
    static final String DENIAL = """
            <html><head><title>Halvergate port chief denies taking Brask Shipping money</title></head>
            <body><article><h1>Halvergate port chief denies taking Brask Shipping money</h1>
            <p>Port chief Tomas Reyle denied that the Halvergate port chief took money from Brask Shipping, telling
            the Lorne County inquiry on Tuesday that every berth was allocated by tender.</p>
            <p>The former harbour clerk had told the inquiry on Monday that payments were made through a consultancy.</p>
            <p>The inquiry into the Halvergate port contracts resumes on Wednesday.</p></article></body></html>
            """;
    static final String ORCHARD = """
            <html><head><title>Lorne County orchards expect record apple harvest</title></head>
            <body><article><h1>Lorne County orchards expect record apple harvest</h1>
            <p>Growers in Lorne County expect a record apple harvest this autumn after a warm spring and steady rain,
            the Lorne County growers' association said.</p>
            <p>Picking starts in the second week of September, and the association expects 12,000 tonnes.</p>
            </article></body></html>
            """;
    static final String MILL = """
            <html><head><title>Brask paper mill to close its Reyle plant</title></head>
            <body><article><h1>Brask paper mill to close its Reyle plant</h1>
            <p>The Brask paper company will close its plant in Reyle next spring, putting 230 jobs at risk, the
            company said on Thursday.</p>
            <p>Unions said they would ask the Lorne County council to find a buyer for the plant.</p>
            </article></body></html>
            """;

    private static ArchiveRunner runner;

    @TempDir
    Path dir;
    LocalSite site;
    ArchiveStore store;
    Watcher watcher;
    final List<Problem> told = new CopyOnWriteArrayList<>();
    final ArchiveListener listener = new ArchiveListener() {
        @Override
        public void problem(Problem problem) {
            told.add(problem);
        }
    };

    @BeforeAll
    static void stages() {
        runner = new ArchiveRunner(BatchRunner.builder().threads(2).build(), new OnlineStoryPlacer(), 4);
    }

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        site.on("/news/claim", LocalSite.html(CLAIM));
        site.on("/news/denial", LocalSite.html(DENIAL));
        site.on("/news/orchard", LocalSite.html(ORCHARD));
        site.on("/news/mill", LocalSite.html(MILL));
        store = ArchiveStores.open(dir.resolve("archive").toString(), Duration.ZERO);
        watcher = new Watcher(new Fetcher(Fetcher.Settings.defaults("test").withAllowPrivate(true)
                .withHostDelay(Duration.ZERO)), runner, store);
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
        site.close();
    }

    private static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (String link : links) {
            items.append("<item><title>").append(link).append("</title><link>").append(link).append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lorne Ledger</title>"
                + "<link>http://lorne.example/</link><description>news</description>" + items + "</channel></rss>";
    }

    /** A feed served with an ETag, answering 304 to a matching If-None-Match. */
    private static LocalSite.Page withEtag(AtomicReference<String> xml) {
        return exchange -> {
            String body = xml.get();
            String tag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            LocalSite.body(200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8)).answer(exchange);
        };
    }

    private long hits(String path) {
        return site.hits.stream().filter(h -> h.path().equals(path)).count();
    }

    private Watcher.Poll poll(String... feeds) throws IOException {
        return watcher.poll(List.of(feeds), dir.resolve("poll.warc.gz"), listener, () -> false);
    }

    @Test
    void aFeedThatChangesGivesOnlyItsNewItemAndTheDenialItBrings() throws IOException {
        AtomicReference<String> xml = new AtomicReference<>(rss(site.url("/news/claim")));
        site.on("/feed.rss", exchange -> LocalSite.body(200, "application/rss+xml",
                xml.get().getBytes(StandardCharsets.UTF_8)).answer(exchange));

        Watcher.Poll first = poll(site.url("/feed.rss"));
        assertEquals(1, first.newItems());
        assertEquals(1, first.fetched());
        assertEquals(1, first.count(Watcher.Change.Kind.NEW_STORY), first.changes().toString());
        assertEquals(1, hits("/news/claim"));

        xml.set(rss(site.url("/news/denial"), site.url("/news/claim")));
        Watcher.Poll second = poll(site.url("/feed.rss"));
        assertEquals(1, second.newItems(), "only the new item");
        assertEquals(1, hits("/news/claim"), "the old item is not fetched again");
        assertEquals(1, hits("/news/denial"));
        List<String> lines = second.changes().stream().map(Watcher.Change::line).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("more articles s1 ") && l.endsWith(": 1 article added, "
                + "2 in all")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("new denial s1 ") && l.contains("Tomas Reyle")),
                lines.toString());
        assertEquals(0, poll(site.url("/feed.rss")).newItems(), "a third poll finds nothing new");
    }

    @Test
    void anItemThatFailedForAPassingReasonIsAskedAgainAtTheNextPollAndA404IsNot() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        site.on("/news/busy", exchange -> (down.get()
                ? LocalSite.body(503, "text/html", "<p>busy</p>".getBytes(StandardCharsets.UTF_8))
                : LocalSite.html(MILL)).answer(exchange));
        site.on("/news/gone", LocalSite.body(404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8)));
        AtomicReference<String> xml = new AtomicReference<>(rss(site.url("/news/busy"), site.url("/news/gone")));
        site.on("/feed.rss", withEtag(xml));

        Watcher.Poll first = poll(site.url("/feed.rss"));
        assertEquals(2, first.newItems());
        assertEquals(0, first.fetched());
        down.set(false);
        Watcher.Poll second = poll(site.url("/feed.rss"));
        assertEquals(0, second.notModified(), "the feed is asked for again in full: an item of it is still due");
        assertEquals(1, second.newItems(), "the 503 is asked again, the 404 not");
        assertEquals(1, second.fetched());
        assertEquals(1, hits("/news/gone"));
        assertEquals(2, hits("/news/busy"));
        assertEquals(1, poll(site.url("/feed.rss")).notModified(), "all done: the feed's ETag is kept again");
    }

    @Test
    void anUnchangedFeedAnswers304AndNothingIsFetched() throws IOException {
        AtomicReference<String> xml = new AtomicReference<>(rss(site.url("/news/orchard")));
        site.on("/etag.rss", withEtag(xml));
        site.on("/dated.rss", exchange -> {
            String date = "Mon, 09 Mar 2026 10:00:00 GMT";
            exchange.getResponseHeaders().set("Last-Modified", date);
            if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            LocalSite.body(200, "application/rss+xml", rss(site.url("/news/mill")).getBytes(StandardCharsets.UTF_8))
                    .answer(exchange);
        });
        Watcher.Poll first = poll(site.url("/etag.rss"), site.url("/dated.rss"));
        assertEquals(2, first.fetched());
        assertEquals(0, first.notModified());
        int before = site.hits.size();

        Watcher.Poll second = poll(site.url("/etag.rss"), site.url("/dated.rss"));
        assertEquals(2, second.notModified());
        assertEquals(0, second.newItems());
        assertNull(second.ingested());
        assertEquals(before + 2, site.hits.size(), "two requests, the feeds' own, and nothing else");
        assertTrue(second.changes().isEmpty());
    }

    @Test
    void aMalformedFeedAndAFeedThatIsDownAreOneProblemEachAndTheOtherFeedGoesIn() throws IOException {
        site.on("/good.rss", exchange -> LocalSite.body(200, "application/rss+xml",
                rss(site.url("/news/mill")).getBytes(StandardCharsets.UTF_8)).answer(exchange));
        site.on("/bad.rss", LocalSite.body(200, "application/rss+xml",
                "<rss><channel><item><link>unclosed".getBytes(StandardCharsets.UTF_8)));
        LocalSite gone = new LocalSite();
        String down = gone.url("/feed.rss");
        gone.close();

        Watcher.Poll poll = poll(site.url("/bad.rss"), down, site.url("/good.rss"));
        assertEquals(3, poll.feeds());
        assertEquals(2, poll.failed());
        assertEquals(1, poll.fetched());
        assertEquals(1, poll.count(Watcher.Change.Kind.NEW_STORY));
        List<String> lines = poll.problems().stream().map(Problem::line).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(site.url("/bad.rss") + ": error: feed not polled: not a valid RSS or "
                + "Atom feed"), lines.get(0));
        assertTrue(lines.get(1).startsWith(down + ": error: feed not polled: connection to 127.0.0.1:"), lines.get(1));
        assertTrue(lines.get(1).endsWith("tried again at the next poll [feed-failed]"), lines.get(1));
        assertEquals(poll.problems(), told, "the listener was told of each");
        assertTrue(store.watchedFeed(site.url("/bad.rss")).isEmpty(), "a failed feed is not remembered");
    }

    @Test
    void aSitemapIndexLeadsToItsSitemapsAndTheirPages() throws IOException {
        site.on("/sitemap.xml", LocalSite.body(200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>")
                .getBytes(StandardCharsets.UTF_8)));
        AtomicReference<String> urlset = new AtomicReference<>("<?xml version=\"1.0\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>/news/orchard</loc><lastmod>2026-03-09</lastmod></url>"
                + "<url><loc>" + site.url("/news/mill") + "</loc></url></urlset>");
        site.on("/sitemap-news.xml", withEtag(urlset));

        Watcher.Poll poll = poll(site.url("/sitemap.xml"));
        assertEquals(2, poll.feeds(), "the index and its sitemap");
        assertEquals(2, poll.fetched(), "a relative <loc> is read against the sitemap's URL");
        assertEquals(2, poll.count(Watcher.Change.Kind.NEW_STORY), poll.changes().toString());
        assertTrue(poll.problems().isEmpty(), poll.problems().toString());
        Watcher.Poll unchanged = poll(site.url("/sitemap.xml"));
        assertEquals(0, unchanged.newItems());
        assertEquals(1, unchanged.notModified(), "the sitemap answers 304, the index is read again");
        assertEquals(1, hits("/news/orchard"));

        urlset.set(urlset.get().replace("</urlset>", "<url><loc>/news/claim</loc></url></urlset>"));
        Watcher.Poll grown = poll(site.url("/sitemap.xml"));
        assertEquals(2, grown.feeds());
        assertEquals(1, grown.newItems(), "a sitemap that changed under an unchanged index is read");
        assertEquals(1, hits("/news/claim"));
    }

    @Test
    void stoppingEndsThePollAfterAnArticleAndTheNextPollFindsItFiled() throws IOException {
        site.on("/feed.rss", exchange -> LocalSite.body(200, "application/rss+xml",
                rss(site.url("/news/orchard"), site.url("/news/mill")).getBytes(StandardCharsets.UTF_8))
                .answer(exchange));
        assertThrows(Watcher.Stopped.class, () -> watcher.poll(List.of(site.url("/feed.rss")),
                dir.resolve("poll.warc.gz"), listener, () -> true));
        assertTrue(store.watchedFeed(site.url("/feed.rss")).isEmpty(), "not remembered: polled again next time");
        Watcher.Poll again = poll(site.url("/feed.rss"));
        assertEquals(2, again.newItems());
        assertEquals(1, again.ingested().alreadyStored(), "the article filed before the stop is kept once");
        assertEquals(1, again.ingested().filed());
    }
}
