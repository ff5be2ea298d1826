package crosscheck.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Story;
import crosscheck.report.JsonReportReader;
import crosscheck.report.JsonReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the store writes what it keeps: articles (with their annotations) and checked stories in the report's own
 * JSON contract ({@link JsonReportRenderer#articleTree}, {@link JsonReportRenderer#storyTree}; read back by {@link
 * JsonReportReader}), and every blob deflated. Not thread-safe (one per store, used under its lock).
 */
final class ArchiveCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Inflater inflater = new Inflater();
    private final byte[] buffer = new byte[64 * 1024];

    byte[] article(StoredArticle a) throws IOException {
        return deflate(MAPPER.writeValueAsBytes(JsonReportRenderer.articleTree(a.article(), a.annotations())));
    }

    StoredArticle article(byte[] data) throws IOException {
        JsonNode n = MAPPER.readTree(inflate(data));
        return new StoredArticle(JsonReportReader.article(n), JsonReportReader.annotations(n));
    }

    /** A checked story; its derived {@code outlets} are not kept (the report derives them again). */
    byte[] story(Story s) throws IOException {
        return deflate(MAPPER.writeValueAsBytes(JsonReportRenderer.storyTree(s, Map.of())));
    }

    Story story(byte[] data) throws IOException {
        return JsonReportReader.story(MAPPER.readTree(inflate(data)));
    }

    byte[] deflate(byte[] bytes) {
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    byte[] inflate(byte[] bytes) throws IOException {
        inflater.reset();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4 + 64);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("a stored blob is cut short");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IOException("a stored blob is damaged: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    void close() {
        deflater.end();
        inflater.end();
    }
}
