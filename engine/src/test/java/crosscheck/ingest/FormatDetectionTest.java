package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.InputFile;
import crosscheck.core.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectionTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = FormatRegistry.load();

    private Optional<String> detect(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return registry.detect(new InputFile(p, name, InputFiles.idBase(name))).map(SourceFormat::name);
    }

    private Optional<String> detect(String name, String content) throws IOException {
        return detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsAllBuiltInFormats() {
        assertEquals(List.of("feed", "html", "jsonl", "text", "warc"), registry.names());
    }

    @Test
    void detectsByContentNotOnlyByExtension() throws IOException {
        assertEquals(Optional.of("feed"), detect("news.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"));
        assertEquals(Optional.of("feed"), detect("atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
        assertEquals(Optional.of("html"), detect("page", "<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals(Optional.of("jsonl"), detect("dump.data", "{\"text\": \"x\"}\n"));
        assertEquals(Optional.of("warc"), detect("crawl.bin", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assertEquals(Optional.of("text"), detect("notes", "Just some words.\nMore words."));
    }

    @Test
    void looksInsideGzip() throws IOException {
        Path p = dir.resolve("page.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Optional.of("html"),
                registry.detect(new InputFile(p, "page.gz", "page")).map(SourceFormat::name));
    }

    @Test
    void rejectsBinaryContent() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        assertTrue(detect("image.txt", bytes).isEmpty());
    }

    @Test
    void unknownFormatNameListsTheAvailableOnes() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> registry.byName("pdf"));
        assertEquals("unknown input format 'pdf'; available: feed, html, jsonl, text, warc", e.getMessage());
    }
}
