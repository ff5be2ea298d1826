package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one article a line, an object with {@code url}, {@code outlet}, {@code title}, {@code published},
 * optionally {@code byline}, and {@code text} or {@code html}. Blank lines are skipped; a line that is not such an
 * object is reported with its line number and skipped. UTF-8 unless a byte-order mark or the zero bytes of UTF-16
 * say otherwise; a byte-order mark is skipped and NUL bytes are dropped from the line they are in, with a warning. Article ids are {@code name#1}, {@code name#2}, … counting
 * the non-blank lines.
 */
public final class JsonlFormat implements SourceFormat {

    /** This format's name. */
    public static final String NAME = "jsonl";

    /** Records up to the largest document size a run allows (Jackson's own default stops strings at 20M chars). */
    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE - 16).build())
            .build());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sniff(String fileName, byte[] head) {
        if (Sniff.isBinary(head)) {
            return 0;
        }
        String ext = Sniff.extension(fileName);
        boolean named = ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json");
        String text = Sniff.lowerText(head);
        if (text.startsWith("{")) {
            return named ? 90 : 70;
        }
        return named ? 25 : 0;
    }

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) throws IOException {
        InputStream in = Inputs.open(file);
        BoundedLineReader reader;
        try {
            reader = new BoundedLineReader(TextDecoder.reader(in), options.maxDocumentBytes());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new JsonlSource(file, reader, options, problems);
    }

    private static final class JsonlSource implements Source {
        private final InputFile file;
        private final BoundedLineReader reader;
        private final ReadOptions options;
        private final Consumer<Problem> problems;
        private int line;
        private int record;

        JsonlSource(InputFile file, BoundedLineReader reader, ReadOptions options, Consumer<Problem> problems) {
            this.file = file;
            this.reader = reader;
            this.options = options;
            this.problems = problems;
        }

        @Override
        public Optional<RawDocument> next() throws IOException {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                record++;
                SourceRef where = SourceRef.of(file.name(), "line " + line);
                RawDocument doc = parse(text == BoundedLineReader.OVERSIZED ? text
                        : TextDecoder.withoutNuls(text, where, problems), where);
                if (doc != null) {
                    return Optional.of(doc);
                }
            }
            return Optional.empty();
        }

        private @Nullable RawDocument parse(String text, SourceRef where) {
            if (text == BoundedLineReader.OVERSIZED) {
                problems.accept(Problem.error("too-large", where, "the line is longer than the per-document limit of "
                        + Inputs.humanBytes(options.maxDocumentBytes()) + " (raise it with --max-document-size); skipped"));
                return null;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                problems.accept(Problem.error("bad-json", where, "not valid JSON ("
                        + e.getOriginalMessage() + "): '" + Snippets.clip(text) + "'; skipped"));
                return null;
            }
            if (node == null || !node.isObject()) {
                problems.accept(Problem.error("bad-json", where, "expected a JSON object, found '"
                        + Snippets.clip(text) + "'; skipped"));
                return null;
            }
            if (text.indexOf('\uFFFD') >= 0) {
                problems.accept(Problem.warning("undecodable-bytes", where,
                        "line holds bytes that are not valid UTF-8; replaced with U+FFFD"));
            }
            String html = field(node, "html");
            String body = field(node, "text");
            if (html == null && body == null) {
                problems.accept(Problem.error("no-content", where,
                        "record has neither a 'text' nor an 'html' field; skipped"));
                return null;
            }
            DocumentHints hints = new DocumentHints(field(node, "url"), field(node, "outlet"), field(node, "title"),
                    firstNonNull(field(node, "byline"), field(node, "author")),
                    firstNonNull(field(node, "published"), field(node, "date")));
            String id = file.idBase() + "#" + record;
            return html != null
                    ? new RawDocument(id, where, DocumentFormat.HTML, html, hints)
                    : new RawDocument(id, where, DocumentFormat.TEXT, body, hints);
        }

        private static @Nullable String field(JsonNode node, String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            String s = v.isTextual() ? v.textValue() : v.toString();
            return s.isBlank() ? null : s;
        }

        private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
            return a != null ? a : b;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
