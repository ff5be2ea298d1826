package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceFormat;
import crosscheck.core.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A NUL, a BOM, UTF-16 without a BOM, a wrong declared charset or a special file costs at most its own bytes. */
class DamageStaysLocalTest {

    private static final String BODY = "The Halvergate council said the Brask dam on the river Reyle would be "
            + "repaired by spring.\nOfficials in Lorne County said the work would cost 4 million dollars.\n";

    @TempDir
    Path dir;

    private final FormatRegistry registry = FormatRegistry.load();
    private final SourcesTest sources = new SourcesTest();
    private final List<Problem> problems = sources.problems;

    private List<RawDocument> read(SourceFormat format, String name, byte[] content) throws IOException {
        sources.dir = dir;
        return sources.read(format, name, content);
    }

    private static byte[] utf8(String s) {
        return SourcesTest.utf8(s);
    }

    private static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        return SourcesTest.warcRecord(type, uri, contentType, block);
    }

    private static byte[] httpResponse(String contentType, String body) {
        return SourcesTest.httpResponse(contentType, body);
    }

    private Optional<String> detect(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return registry.detect(new InputFile(p, name, InputFiles.idBase(name))).map(SourceFormat::name);
    }

    private static byte[] withNulAt(byte[] bytes, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(0);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String record(int n) {
        return "{\"outlet\":\"Halvergate Post\",\"title\":\"Dam " + n + "\",\"text\":\"Brask dam story " + n + ".\"}\n";
    }

    @Test
    void aNulInATextFileIsDroppedWithAWarningNamingItsLine() throws IOException {
        byte[] bytes = withNulAt(utf8(BODY), BODY.indexOf("Officials") + 3);
        assertEquals(Optional.of("text"), detect("dam.txt", bytes));
        List<RawDocument> docs = read(new TextFormat(), "dam.txt", bytes);
        assertEquals(BODY, docs.get(0).content());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("nul-bytes", problems.get(0).code());
        assertEquals("dam.txt: warning: 1 NUL byte (first on line 2) removed [nul-bytes]", problems.get(0).line());
    }

    @Test
    void aNulInAJsonlRecordCostsNoRecord() throws IOException {
        String jsonl = record(1) + record(2) + record(3);
        byte[] bytes = withNulAt(utf8(jsonl), jsonl.indexOf("story 2"));
        assertEquals(Optional.of("jsonl"), detect("feed.jsonl", bytes));
        List<RawDocument> docs = read(new JsonlFormat(), "feed.jsonl", bytes);
        assertEquals(List.of("feed#1", "feed#2", "feed#3"), docs.stream().map(RawDocument::id).toList());
        assertEquals("Brask dam story 2.", docs.get(1).content());
        assertEquals(List.of("feed.jsonl, line 2: warning: 1 NUL byte removed [nul-bytes]"),
                problems.stream().map(Problem::line).toList());
    }

    @Test
    void realBinaryFilesAreStillRefused() throws IOException {
        byte[] png = new byte[2048];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        assertTrue(detect("photo.txt", png).isEmpty());
        byte[] pdf = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + BODY);
        assertTrue(detect("paper.txt", pdf).isEmpty());
        byte[] zeros = new byte[4096];
        System.arraycopy(utf8("header"), 0, zeros, 0, 6);
        assertTrue(detect("disk.txt", zeros).isEmpty(), "a file mostly of NULs is binary");
    }

    @Test
    void aUtf8BomCostsAJsonlFileNothing() throws IOException {
        byte[] body = utf8(record(1) + record(2));
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        List<RawDocument> docs = read(new JsonlFormat(), "bom.jsonl", bytes);
        assertEquals(List.of("Dam 1", "Dam 2"), docs.stream().map(d -> d.hints().title()).toList());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void utf16WithoutABomIsReadAsText() throws IOException {
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            problems.clear();
            byte[] bytes = BODY.getBytes(charset);
            assertEquals(charset, Sniff.utf16(bytes));
            assertEquals(Optional.of("text"), detect("wide.txt", bytes));
            assertEquals(BODY, read(new TextFormat(), "wide.txt", bytes).get(0).content());
            assertTrue(problems.isEmpty(), problems.toString());
            byte[] jsonl = (record(1) + record(2)).getBytes(charset);
            assertEquals(Optional.of("jsonl"), detect("wide.jsonl", jsonl));
            assertEquals(2, read(new JsonlFormat(), "wide.jsonl", jsonl).size());
        }
        assertNull(Sniff.utf16(utf8(BODY)), "ASCII text is not UTF-16");
    }

    @Test
    void aPageDeclaringUtf16OnAsciiBytesIsReadAsUtf8WithAWarning() {
        byte[] bytes = utf8("<html><head><meta charset=\"utf-16\"><title>Dam</title></head><body><p>" + BODY
                + "</p></body></html>");
        String html = TextDecoder.decode(bytes, null, true, SourceRef.of("page.html"), problems::add);
        assertTrue(html.contains("Halvergate council"), html);
        assertEquals(List.of("charset-mismatch"), problems.stream().map(Problem::code).toList());
        problems.clear();
        String viaHeader = TextDecoder.decode(bytes, "UTF-16LE", true, SourceRef.of("page.html"), problems::add);
        assertTrue(viaHeader.contains("Halvergate council"));
        assertFalse(problems.isEmpty());
        assertEquals("charset-mismatch", problems.get(0).code());
    }

    @Test
    void aPageDeclaringUtf8OnLatin1BytesIsReadAsWindows1252WithAWarning() {
        byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 in Br\u00e5sk</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        String html = TextDecoder.decode(bytes, null, true, SourceRef.of("page.html"), problems::add);
        assertTrue(html.contains("Caf\u00e9 in Br\u00e5sk"), html);
        assertEquals(List.of("charset-mismatch"), problems.stream().map(Problem::code).toList());
        problems.clear();
        byte[] utf8WithOneBadByte = "<meta charset=utf-8><p>Caf\u00e9 \u00ff</p>".getBytes(StandardCharsets.UTF_8);
        utf8WithOneBadByte[utf8WithOneBadByte.length - 7] = (byte) 0xFF;
        String kept = TextDecoder.decode(utf8WithOneBadByte, null, true, SourceRef.of("p.html"), problems::add);
        assertTrue(kept.contains("Caf\u00e9"), "real UTF-8 with one bad byte stays UTF-8: " + kept);
        assertEquals(List.of("undecodable-bytes"), problems.stream().map(Problem::code).toList());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void specialFilesAreNamedForWhatTheyAreAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Files.writeString(dir.resolve("story.txt"), BODY);
        assertEquals("a named pipe", InputFiles.specialKind(fifo));
        assertNull(InputFiles.specialKind(dir.resolve("story.txt")));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), zero);
            assertEquals("a character device", InputFiles.specialKind(link));
        }
        InputFiles.Expansion folder = InputFiles.expand(List.of(dir.toString()));
        assertEquals(List.of("story"), folder.files().stream().map(InputFile::idBase).toList());
        assertTrue(folder.problems().stream().anyMatch(pr -> pr.line().equals(fifo
                + ": error: not a regular file (a named pipe); skipped [not-a-file]")), folder.problems().toString());
    }

    @Test
    void aWarcHeaderLongerThanTheCapEndsTheFileWithoutBeingHeld() throws IOException {
        byte[] good = warcRecord("response", "https://a.example/one", "application/http; msgtype=response",
                httpResponse("text/html", "<html><body><p>Brask dam repaired.</p></body></html>"));
        assertEquals(-1, WarcFormat.firstOversizedHeader(new ByteArrayInputStream(good), 4096));
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        hostile.writeBytes(good);
        hostile.writeBytes(utf8("WARC/1.1\r\nWARC-Type: response\r\nX-Long: "));
        hostile.writeBytes(utf8("a".repeat(10_000)));
        assertEquals(2, WarcFormat.firstOversizedHeader(new ByteArrayInputStream(hostile.toByteArray()), 4096));
        assertEquals(-1, WarcFormat.firstOversizedHeader(new ByteArrayInputStream(hostile.toByteArray()), 1 << 20),
                "under the cap, a cut file is left for jwarc to report");

        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(good);
        big.writeBytes(utf8("WARC/1.1\r\nWARC-Type: response\r\nX-Long: "));
        big.writeBytes(new byte[(int) WarcFormat.MAX_HEADER_BYTES + 10]);
        List<RawDocument> docs = read(new WarcFormat(), "long.warc", big.toByteArray());
        assertEquals(List.of("long#1"), docs.stream().map(RawDocument::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).line().matches("long.warc, record 2 at offset \\d+: error: the WARC header is "
                + "longer than 4.0 MiB \\(a broken or hostile file\\); the rest of the file is skipped \\[bad-warc]"),
                problems.get(0).line());
    }
}
