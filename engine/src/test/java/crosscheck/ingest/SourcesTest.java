package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.DocumentFormat;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    final List<Problem> problems = new ArrayList<>();

    List<RawDocument> read(SourceFormat format, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        List<RawDocument> docs = new ArrayList<>();
        try (Source s = format.open(new InputFile(p, name, InputFiles.idBase(name)), ReadOptions.defaults(),
                problems::add)) {
            Optional<RawDocument> d;
            while ((d = s.next()).isPresent()) {
                docs.add(d.get());
            }
        }
        return docs;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonlGivesOneDocumentPerLineAndSkipsBadLinesWithTheirNumber() throws IOException {
        String jsonl = """
                {"url":"https://a.example/1","outlet":"A","title":"One","published":"2026-03-10","text":"Body one."}

                not json at all
                {"title":"no body"}
                {"outlet":"B","html":"<p>Body two.</p>","byline":"Jo Roe"}
                """;
        List<RawDocument> docs = read(new JsonlFormat(), "feed.jsonl", utf8(jsonl));
        assertEquals(List.of("feed#1", "feed#4"), docs.stream().map(RawDocument::id).toList());
        assertEquals(DocumentFormat.TEXT, docs.get(0).format());
        assertEquals("One", docs.get(0).hints().title());
        assertEquals("2026-03-10", docs.get(0).hints().published());
        assertEquals(DocumentFormat.HTML, docs.get(1).format());
        assertEquals("Jo Roe", docs.get(1).hints().byline());
        assertEquals(List.of("feed.jsonl, line 3", "feed.jsonl, line 4"),
                problems.stream().map(Problem::location).toList());
        assertEquals(List.of("bad-json", "no-content"), problems.stream().map(Problem::code).toList());
    }

    @Test
    void anOversizedJsonlLineIsSkippedWithoutHoldingItAndTheNextLineIsRead() throws IOException {
        Path p = dir.resolve("big.jsonl");
        String huge = "{\"text\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        Files.writeString(p, huge + "\r\n{\"text\":\"After the huge line.\"}\n");
        List<RawDocument> docs = new ArrayList<>();
        try (Source s = new JsonlFormat().open(new InputFile(p, "big.jsonl", "big"), new ReadOptions(1024 * 1024),
                problems::add)) {
            for (Optional<RawDocument> d = s.next(); d.isPresent(); d = s.next()) {
                docs.add(d.get());
            }
        }
        assertEquals(List.of("big#2"), docs.stream().map(RawDocument::id).toList());
        assertEquals("After the huge line.", docs.get(0).content());
        assertEquals("too-large", problems.get(0).code());
        assertEquals("big.jsonl, line 1", problems.get(0).location());
    }

    static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format("%012d", Math.abs(uri.hashCode())) + ">\r\nWARC-Date: 2026-03-10T10:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(header));
        out.writeBytes(block);
        out.writeBytes(utf8("\r\n\r\n"));
        return out.toByteArray();
    }

    static byte[] httpResponse(String contentType, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return utf8("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length
                + "\r\n\r\n" + body);
    }

    static byte[] twoPageWarc() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(warcRecord("response", "https://a.example/robots.txt", "application/http; msgtype=response",
                httpResponse("text/plain", "User-agent: *")));
        out.writeBytes(warcRecord("response", "https://a.example/one", "application/http; msgtype=response",
                httpResponse("text/html; charset=utf-8", "<html><body><p>One</p></body></html>")));
        out.writeBytes(warcRecord("response", "https://a.example/two", "application/http; msgtype=response",
                httpResponse("text/html", "<html><body><p>Two</p></body></html>")));
        return out.toByteArray();
    }

    @Test
    void warcGivesHtmlResponsesOnly() throws IOException {
        List<RawDocument> docs = read(new WarcFormat(), "crawl.warc", twoPageWarc());
        assertEquals(List.of("crawl#1", "crawl#2"), docs.stream().map(RawDocument::id).toList());
        assertEquals("https://a.example/one", docs.get(0).hints().url());
        assertTrue(docs.get(1).content().contains("Two"));
        assertTrue(docs.get(0).source().record().startsWith("record 2 at offset "));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void truncatedWarcKeepsWhatCameBeforeAndSaysWhere() throws IOException {
        byte[] full = twoPageWarc();
        List<RawDocument> docs = read(new WarcFormat(), "cut.warc", Arrays.copyOf(full, full.length - 30));
        assertEquals(List.of("cut#1"), docs.stream().map(RawDocument::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).isError());
        assertTrue(problems.get(0).location().startsWith("cut.warc, record 3"), problems.get(0).location());
    }

    @Test
    void feedItemsCarryFeedTitleAsOutletAndFullContent() throws IOException {
        Files.writeString(dir.resolve("linked.html"), "<html><body><p>Linked page text.</p></body></html>");
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Kestrel Test Wire</title><link>https://k.example</link><description>d</description>
                <item><title>First</title><link>https://k.example/1</link><dc:creator>Ana Roe</dc:creator>
                  <pubDate>Tue, 10 Mar 2026 14:05:00 +0100</pubDate><description>Short.</description>
                  <content:encoded><![CDATA[<p>Full text of the first item.</p>]]></content:encoded></item>
                <item><title>Second</title><link>linked.html</link><description>Only a summary.</description></item>
                <item><title>Third</title><link>https://k.example/3</link><description>Plain summary only.</description></item>
                </channel></rss>
                """;
        List<RawDocument> docs = read(new FeedFormat(), "wire.rss", utf8(rss));
        assertEquals(3, docs.size());
        RawDocument first = docs.get(0);
        assertEquals("wire#1", first.id());
        assertEquals("Kestrel Test Wire", first.hints().outlet());
        assertEquals("Ana Roe", first.hints().byline());
        assertEquals("2026-03-10T13:05:00Z", first.hints().published());
        assertEquals(DocumentFormat.HTML, first.format());
        assertTrue(docs.get(1).content().contains("Linked page text."));
        assertEquals(DocumentFormat.TEXT, docs.get(2).format());
        assertNull(docs.get(2).hints().byline());
    }

    @Test
    void feedLinksOutsideTheFeedsFolderAreNotRead() throws IOException {
        Path inner = dir.resolve("feeds");
        Files.createDirectories(inner);
        Files.writeString(dir.resolve("secret.txt"), "TOKEN=hunter2");
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><link>https://t.example</link><description>d</description>
                <item><title>A</title><link>../secret.txt</link><description>Summary A.</description></item>
                <item><title>B</title><link>file://%s</link><description>Summary B.</description></item>
                </channel></rss>
                """.formatted(dir.resolve("secret.txt").toAbsolutePath());
        Path feed = inner.resolve("f.rss");
        Files.writeString(feed, rss);
        List<RawDocument> docs = new ArrayList<>();
        try (Source s = new FeedFormat().open(new InputFile(feed, "f.rss", "f"), ReadOptions.defaults(),
                problems::add)) {
            for (Optional<RawDocument> d = s.next(); d.isPresent(); d = s.next()) {
                docs.add(d.get());
            }
        }
        assertEquals(List.of("Summary A.", "Summary B."), docs.stream().map(RawDocument::content).toList());
        assertEquals(List.of("unsafe-link", "unsafe-link"), problems.stream().map(Problem::code).toList());
    }

    @Test
    void emptyBodiesDecodeToEmptyText() {
        assertEquals("", TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null, false,
                crosscheck.core.SourceRef.of("bom.txt"), problems::add));
        assertEquals("", TextDecoder.decode(new byte[0], "utf-8", true, crosscheck.core.SourceRef.of("e"), problems::add));
        assertTrue(problems.isEmpty());
    }

    @Test
    void feedThatIsNotXmlFailsWithACode() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> read(new FeedFormat(), "broken.rss", utf8("this is not xml")));
        assertEquals("bad-feed", e.code());
        assertTrue(e.getMessage().startsWith("not a valid RSS or Atom feed"), e.getMessage());
    }

    @Test
    void oversizedDocumentIsRefused() throws IOException {
        Path p = dir.resolve("big.html");
        Files.write(p, new byte[2 * 1024 * 1024]);
        Source s = new HtmlFormat().open(new InputFile(p, "big.html", "big"), new ReadOptions(1024 * 1024),
                problems::add);
        Inputs.TooLargeException e = assertThrows(Inputs.TooLargeException.class, s::next);
        assertTrue(e.getMessage().contains("1.0 MiB"), e.getMessage());
    }
}
