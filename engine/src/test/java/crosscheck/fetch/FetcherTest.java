package crosscheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Report;
import crosscheck.core.Source;
import crosscheck.ingest.FormatRegistry;
import crosscheck.ingest.InputFiles;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a web site on 127.0.0.1 started by the test: nothing reaches the internet. */
class FetcherTest {

    static final String ARTICLE = """
            <!doctype html><html><head><title>Brask inquiry opens in Lorne County</title>
            <meta charset="utf-8"></head><body><article><h1>Brask inquiry opens in Lorne County</h1>
            <p>The inquiry into the collapse of the Halvergate bridge opened on Monday in Lorne County, where
            Councillor Reyle said the council had been warned about the cracks in 2021.</p>
            <p>Engineers from Brask Construction told the inquiry that the inspection reports were filed on time
            and that the bridge had carried 4,000 vehicles a day before it failed.</p>
            <p>The hearing continues on Tuesday with evidence from the county's own inspectors, who have said
            that the warnings never reached them.</p></article></body></html>
            """;

    @TempDir
    Path dir;
    LocalSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** A fetcher that may reach loopback addresses only (the test site), other private addresses refused. */
    private Fetcher fetcher(Fetcher.Settings settings) {
        return new Fetcher(settings, a -> a.isLoopbackAddress() ? null : Addresses.notPublic(a));
    }

    private Fetcher.Settings quick() {
        return Fetcher.Settings.defaults("test").withHostDelay(Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private Fetcher.Outcome fetch(Fetcher f, String... urls) throws IOException {
        return f.fetchAll(List.of(urls), dir.resolve("fetched.warc.gz"), (u, d, t, why) -> { });
    }

    /** The documents the WARC file gives, as the pipeline reads them. */
    private List<RawDocument> readBack(List<Problem> problems) throws IOException {
        InputFile file = InputFiles.expand(List.of(dir.resolve("fetched.warc.gz").toString())).files().get(0);
        FormatRegistry formats = FormatRegistry.load();
        List<RawDocument> docs = new ArrayList<>();
        try (Source s = formats.detect(file).orElseThrow().open(file, ReadOptions.defaults(), problems::add)) {
            for (Optional<RawDocument> d = s.next(); d.isPresent(); d = s.next()) {
                docs.add(d.get());
            }
        }
        return docs;
    }

    private static Problem only(Fetcher.Outcome o) {
        assertEquals(1, o.problems().size(), o.problems().toString());
        return o.problems().get(0);
    }

    @Test
    void fetchesAPageWithAUserAgentNamingCrosscheck() throws IOException {
        site.on("/news/brask", LocalSite.html(ARTICLE));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/news/brask"));
        assertEquals(1, o.fetched());
        assertTrue(o.problems().isEmpty(), o.problems().toString());
        assertTrue(site.hits.stream().allMatch(h -> h.userAgent().startsWith("crosscheck/test ")), site.hits.toString());
        List<RawDocument> docs = readBack(new ArrayList<>());
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).content().contains("Halvergate bridge"));
        assertEquals(site.url("/news/brask"), docs.get(0).hints().url());
    }

    @Test
    void robotsTxtDisallowsAndAllows() throws IOException {
        site.on("/robots.txt", LocalSite.body(200, "text/plain",
                "User-agent: *\nDisallow: /\n\nUser-agent: crosscheck\nDisallow: /private/\n"
                        .getBytes(StandardCharsets.UTF_8)));
        site.on("/private/", LocalSite.html(ARTICLE));
        site.on("/public/", LocalSite.html(ARTICLE));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/private/a"), site.url("/public/b"));
        assertEquals(1, o.fetched());
        Problem p = only(o);
        assertEquals("robots-disallowed", p.code());
        assertEquals(site.url("/private/a"), p.location());
        assertTrue(p.message().contains("robots.txt"), p.message());
        assertTrue(site.hits.stream().noneMatch(h -> h.path().startsWith("/private")), "never asked for the page");
        assertEquals(1, site.hits.stream().filter(h -> h.path().equals("/robots.txt")).count(), "read once");
        assertEquals(1, readBack(new ArrayList<>()).size(), "robots.txt itself is no article");
    }

    @Test
    void followsABoundedRedirectChainCheckingEachHop() throws IOException {
        site.on("/r1", LocalSite.redirect(301, "/r2"));
        site.on("/r2", LocalSite.redirect(302, site.url("/final")));
        site.on("/final", LocalSite.html(ARTICLE));
        site.on("/loop", LocalSite.redirect(302, "/loop"));
        site.on("/inside", LocalSite.redirect(302, "http://169.254.169.254/latest/meta-data/"));
        site.on("/ftp", LocalSite.redirect(302, "ftp://127.0.0.1/file"));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/r1"), site.url("/loop"), site.url("/inside"),
                site.url("/ftp"));
        assertEquals(1, o.fetched());
        assertEquals(3, o.problems().size(), o.problems().toString());
        assertTrue(o.problems().get(0).message().startsWith("more than 5 redirects"), o.problems().toString());
        assertEquals(6, site.hits.stream().filter(h -> h.path().equals("/loop")).count());
        assertTrue(o.problems().get(1).message().contains("169.254.169.254, a link-local address; refused"),
                o.problems().get(1).message());
        assertTrue(o.problems().get(2).message().contains("only http and https"), o.problems().get(2).message());
        List<RawDocument> docs = readBack(new ArrayList<>());
        assertEquals(1, docs.size(), "the redirects' own bodies are no articles");
        assertEquals(site.url("/final"), docs.get(0).hints().url());
    }

    @Test
    void aSlowResponseTimesOut() throws IOException {
        site.on("/slow", LocalSite.slow(3000, LocalSite.html(ARTICLE)));
        Fetcher f = fetcher(quick().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300),
                Duration.ofSeconds(5)));
        long start = System.nanoTime();
        Problem p = only(fetch(f, site.url("/slow")));
        assertEquals("fetch-failed", p.code());
        assertTrue(p.message().contains("(timeout)"), p.message());
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up before the answer came");
    }

    @Test
    void aHugeResponseIsRefused() throws IOException {
        site.on("/huge", LocalSite.huge(8L << 20));
        site.on("/long", LocalSite.body(200, "text/html", new byte[2 << 20]));
        Fetcher f = fetcher(quick().withMaxBytes(1 << 20));
        Fetcher.Outcome o = fetch(f, site.url("/huge"), site.url("/long"));
        assertEquals(0, o.fetched());
        for (Problem p : o.problems()) {
            assertTrue(p.message().contains("larger than the per-document limit of 1.0 MiB"), p.message());
            assertTrue(p.message().contains("--max-document-size"), p.message());
        }
        assertEquals(2, o.problems().size());
    }

    @Test
    void theCharsetComesFromTheHeaderAndABadOneIsReported() throws IOException {
        byte[] latin = ARTICLE.replace("<meta charset=\"utf-8\">", "").replace("Reyle", "Reylé")
                .getBytes(StandardCharsets.ISO_8859_1);
        site.on("/latin", LocalSite.body(200, "text/html; charset=windows-1252", latin));
        site.on("/bogus", LocalSite.body(200, "text/html; charset=no-such-charset",
                ARTICLE.getBytes(StandardCharsets.UTF_8)));
        site.on("/none", LocalSite.body(200, "text/html", ARTICLE.replace("Reyle", "Reylé")
                .getBytes(StandardCharsets.UTF_8)));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/latin"), site.url("/bogus"), site.url("/none"));
        assertEquals(3, o.fetched());
        List<Problem> problems = new ArrayList<>();
        List<RawDocument> docs = readBack(problems);
        assertTrue(docs.get(0).content().contains("Councillor Reylé said"), docs.get(0).content());
        assertTrue(docs.get(1).content().contains("Councillor Reyle said"));
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("unknown-charset")), problems.toString());
        assertTrue(docs.get(2).content().contains("Councillor Reylé said"));
    }

    @Test
    void gzipIsUndone() throws IOException {
        site.on("/gz", LocalSite.gzipped(ARTICLE));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/gz"));
        assertEquals(1, o.fetched());
        assertTrue(readBack(new ArrayList<>()).get(0).content().contains("Halvergate bridge"));
    }

    @Test
    void theWarcRecordHoldsTheGzippedBytesAsSentWithTheirHeaders() throws IOException {
        site.on("/gz", LocalSite.gzipped(ARTICLE));
        site.on("/chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("X-Brask", "first");
            exchange.getResponseHeaders().add("X-Brask", "second");
            exchange.sendResponseHeaders(200, 0); // chunked
            exchange.getResponseBody().write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(2, fetch(fetcher(quick()), site.url("/gz"), site.url("/chunked")).fetched());
        List<org.netpreserve.jwarc.WarcResponse> pages = new ArrayList<>();
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(
                dir.resolve("fetched.warc.gz"))) {
            for (org.netpreserve.jwarc.WarcRecord r : reader) {
                if (r instanceof org.netpreserve.jwarc.WarcResponse w && !w.target().endsWith("/robots.txt")) {
                    pages.add(w);
                    byte[] raw = w.http().body().stream().readAllBytes();
                    if (w.target().endsWith("/gz")) {
                        assertEquals("gzip", w.http().headers().first("Content-Encoding").orElseThrow());
                        assertEquals(0x1f, raw[0] & 0xFF, "the body is kept gzipped, as sent");
                        assertEquals(0x8b, raw[1] & 0xFF);
                    } else {
                        assertEquals(List.of("first", "second"), w.http().headers().all("X-Brask"));
                        assertTrue(w.http().headers().first("Transfer-Encoding").isEmpty());
                        assertEquals(ARTICLE, new String(raw, StandardCharsets.UTF_8));
                    }
                    assertEquals(200, w.http().status());
                    assertEquals(InetAddress.getLoopbackAddress(), w.ipAddress().orElseThrow());
                }
            }
        }
        assertEquals(2, pages.size());
        assertTrue(readBack(new ArrayList<>()).stream().allMatch(d -> d.content().contains("Halvergate bridge")));
    }

    @Test
    void errorsAreOneProblemEachAndTheRestGoesOn() throws IOException {
        site.on("/gone", LocalSite.body(404, "text/html", "<html><body>Not here</body></html>"
                .getBytes(StandardCharsets.UTF_8)));
        site.on("/ok", LocalSite.html(ARTICLE));
        site.on("/data", LocalSite.body(200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        Fetcher.Outcome o = fetch(fetcher(quick()), site.url("/gone"), "ftp://127.0.0.1/x", site.url("/ok"),
                "http://no-such-host.invalid/", site.url("/data"), "http://[::1", site.url("/ok"));
        assertEquals(1, o.fetched());
        assertEquals(6, o.total(), "a URL given twice is fetched once");
        List<String> lines = o.problems().stream().map(Problem::line).toList();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("/gone: error: HTTP 404 Not Found [fetch-failed]"), lines.get(0));
        assertTrue(lines.get(1).startsWith("ftp://127.0.0.1/x: error: only http and https"), lines.get(1));
        assertTrue(lines.get(2).contains("no-such-host.invalid does not resolve"), lines.get(2));
        assertTrue(lines.get(3).contains("application/pdf, not an HTML page"), lines.get(3));
        assertTrue(lines.get(4).contains("not a valid URL"), lines.get(4));
        assertEquals(1, readBack(new ArrayList<>()).size(), "the 404 page is no article");
    }

    @Test
    void theDefaultRefusesLoopbackWithoutConnecting() throws IOException {
        site.on("/", LocalSite.html(ARTICLE));
        Fetcher.Outcome o = new Fetcher(quick()).fetchAll(List.of(site.url("/"), "http://localhost:"
                + site.url("/").replaceAll(".*:(\\d+)/", "$1") + "/", "http://10.0.0.1/", "http://[::1]/"),
                dir.resolve("fetched.warc.gz"), (u, d, t, why) -> { });
        assertEquals(0, o.fetched());
        assertEquals(4, o.problems().size());
        o.problems().forEach(p -> assertTrue(p.message().contains("refused (give --allow-private"), p.message()));
        assertTrue(site.hits.isEmpty(), "no request reached the site");
        assertTrue(new Fetcher(quick().withAllowPrivate(true)).fetchAll(List.of(site.url("/")),
                dir.resolve("again.warc.gz"), (u, d, t, why) -> { }).problems().isEmpty());
    }

    @Test
    void oneRequestAtATimePerHostWithTheDelayBetween() throws IOException {
        site.on("/p", LocalSite.slow(50, LocalSite.html(ARTICLE)));
        site.on("/robots.txt", LocalSite.body(404, "text/plain", "none".getBytes(StandardCharsets.UTF_8)));
        Fetcher f = fetcher(quick().withHostDelay(Duration.ofMillis(200)));
        List<String> progress = new ArrayList<>();
        Fetcher.Outcome o = f.fetchAll(List.of(site.url("/p/1"), site.url("/p/2"), site.url("/p/3")),
                dir.resolve("fetched.warc.gz"), (u, d, t, why) -> {
                    synchronized (progress) {
                        progress.add(d + "/" + t);
                    }
                });
        assertEquals(3, o.fetched());
        assertEquals(List.of("1/3", "2/3", "3/3"), progress);
        List<LocalSite.Hit> hits = site.hits.stream().sorted(java.util.Comparator.comparingLong(
                LocalSite.Hit::startNanos)).toList();
        assertEquals(4, hits.size(), "robots.txt and three pages");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i).startNanos() - hits.get(i - 1).endNanos() >= 150_000_000L,
                    "request " + i + " started before the delay after the previous one");
        }
        List<RawDocument> docs = readBack(new ArrayList<>());
        assertEquals(List.of(site.url("/p/1"), site.url("/p/2"), site.url("/p/3")),
                docs.stream().map(d -> d.hints().url()).toList(), "records in the order of the URLs");
    }

    @Test
    void theWarcReadBackGivesTheSameArticleAsThePage() throws IOException {
        site.on("/news/brask", LocalSite.html(ARTICLE));
        assertEquals(1, fetch(fetcher(quick()), site.url("/news/brask")).fetched());
        Path page = Files.createDirectories(dir.resolve("page")).resolve("brask.html");
        Files.writeString(page, ARTICLE);
        BatchRunner runner = BatchRunner.builder().threads(1).entities(false).crossCheck(false)
                .clusterer(a -> List.of()).build();
        Report fromWarc = runner.run(List.of(dir.resolve("fetched.warc.gz").toString()), BatchListener.NONE);
        Report fromFile = runner.run(List.of(page.toString()), BatchListener.NONE);
        Article a = fromWarc.articles().get(0);
        Article b = fromFile.articles().get(0);
        assertEquals("fetched#1", a.id());
        assertEquals(b.title(), a.title());
        assertEquals(b.body(), a.body());
        assertEquals(site.url("/news/brask"), a.url());
        assertNotNull(a.title());
        assertFalse(a.body().isEmpty());
    }

    @Test
    void aServerThatClosesEachConnectionAfterAnHttp10AnswerIsAskedAgainOnANewOne() throws Exception {
        // like Python's http.server: HTTP/1.0, a Content-Length, no Connection header, and the connection closed
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (java.net.Socket s = server.accept()) {
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        String line = in.readLine();
                        asked.add(line);
                        while (line != null && !line.isEmpty()) {
                            line = in.readLine();
                        }
                        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
                        s.getOutputStream().write(("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().write(body);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Fetcher.Outcome o = fetch(fetcher(quick()), base + "/a", base + "/b", base + "/c");
            assertEquals(3, o.fetched(), o.problems().toString());
            assertTrue(asked.contains("GET /c HTTP/1.1"), asked.toString());
        }
    }

    @Test
    void literalAddressesResolveWithoutDns() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), Addresses.resolve("127.0.0.1", true));
    }
}
