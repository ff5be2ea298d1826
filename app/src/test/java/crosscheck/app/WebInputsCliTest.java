package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs, URL lists and standard input on the command line, against a web site on 127.0.0.1 started here. */
class WebInputsCliTest {

    static final String PAGE = """
            <!doctype html><html><head><title>Halvergate bridge inquiry hears from Brask engineers</title></head>
            <body><article><h1>Halvergate bridge inquiry hears from Brask engineers</h1>
            <p>Engineers from Brask Construction told the Lorne County inquiry on Tuesday that the inspection
            reports on the Halvergate bridge were filed on time, and that the bridge carried 4,000 vehicles a day.</p>
            <p>Councillor Reyle said the council had been warned about the cracks in 2021 and had asked for a
            second inspection, which never took place before the collapse in March.</p>
            <p>The inquiry resumes on Thursday with evidence from the county's inspectors.</p>
            </article></body></html>
            """;
    static final String[] FAST = {"--no-entities", "--no-cross-check", "--clusterer", "tfidf", "--fetch-delay", "0"};

    @TempDir
    Path dir;
    HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Cli run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    private static String[] args(String... first) {
        String[] all = new String[first.length + FAST.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(FAST, 0, all, first.length, FAST.length);
        return all;
    }

    private static JsonNode report(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    void analyzeAUrlAndAgainFromItsWarcWithoutTheNetwork() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run(args("analyze", url("/news/brask"), "--allow-private", "--out", out.toString()));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("crosscheck: fetched 1 of 1: " + url("/news/brask")), cli.err());
        JsonNode article = report(out).get("articles").get(0);
        assertEquals("Halvergate bridge inquiry hears from Brask engineers", article.get("title").asText());
        assertEquals(url("/news/brask"), article.get("url").asText());
        assertTrue(Files.size(out.resolve("fetched.warc.gz")) > 0);

        server.stop(0);
        Path again = dir.resolve("again");
        Cli offline = Cli.run(args("analyze", out.resolve("fetched.warc.gz").toString(), "--out", again.toString()));
        assertEquals(0, offline.exitCode(), offline.err());
        JsonNode same = report(again).get("articles").get(0);
        assertEquals(article.get("title"), same.get("title"));
        assertEquals(article.get("body"), same.get("body"));
        assertEquals(article.get("url"), same.get("url"));
    }

    @Test
    void urlsFromStandardInputWithOneFailingLine() throws IOException {
        Path out = dir.resolve("out");
        String list = "# today's links\n" + url("/news/a") + "\n\n" + url("/missing") + "\n" + url("/news/b") + "\n";
        Cli cli = run(list, args("analyze", "--urls", "-", "--allow-private", "--out", out.toString()));
        assertEquals(Main.EXIT_PARTIAL, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(url("/missing") + ": error: HTTP 404"), cli.err());
        assertTrue(cli.err().contains("fetched 3 of 3"), cli.err());
        assertEquals(2, report(out).get("articles").size());
        assertEquals(url("/missing"), report(out).get("problems").get(0).get("location").asText());
    }

    @Test
    void thePrivateAddressOfTheSiteIsRefusedByDefault() {
        Path out = dir.resolve("out");
        Cli cli = Cli.run(args("analyze", url("/news/a"), "--out", out.toString()));
        assertEquals(Main.EXIT_USAGE, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("127.0.0.1, a loopback address; refused (give --allow-private"), cli.err());
        assertTrue(cli.err().contains("nothing readable in " + url("/news/a") + "; no report written"), cli.err());
    }

    @Test
    void aPageOnStandardInput() {
        Cli cli = run(PAGE, "extract", "-", "--text");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("== stdin | Halvergate bridge inquiry hears from Brask engineers"), cli.out());
        assertTrue(cli.out().contains("Councillor Reyle said"), cli.out());
    }

    @Test
    void extractAUrlKeepingItsWarc() {
        Path warc = dir.resolve("kept.warc.gz");
        Cli cli = Cli.run("extract", url("/news/x"), "--allow-private", "--warc", warc.toString(), "--text");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Councillor Reyle said"), cli.out());
        assertTrue(Files.exists(warc));
    }

    @Test
    void dashUTakesAUrlAsTrafilaturaDoes() {
        Cli cli = Cli.run("extract", "-u", url("/news/x"), "--allow-private", "--text");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Councillor Reyle said"), cli.out());
        Cli wrong = Cli.run("extract", "-u", "halvergate.txt", "--text");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("-u takes a URL"), wrong.err());
    }

    @Test
    void ingestAUrlIntoTheStore() {
        Path store = dir.resolve("archive");
        Cli cli = Cli.run("ingest", url("/news/i"), "--allow-private", "--fetch-delay", "0", "--no-entities",
                "--no-cross-check", "--store", store.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("1 article filed"), cli.out());
        assertTrue(cli.err().contains(dir.resolve("archive-fetched").toString()), cli.err());
    }

    @Test
    void standardInputOnlyOnce() {
        Cli cli = run("x", "analyze", "-", "--urls", "-", "--out", dir.resolve("o").toString());
        assertEquals(Main.EXIT_USAGE, cli.exitCode());
        assertTrue(cli.err().contains("standard input ('-') can be read once"), cli.err());
    }
}
