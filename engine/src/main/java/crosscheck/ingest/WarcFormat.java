package crosscheck.ingest;

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
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC crawls ({@code .warc}, {@code .warc.gz}), read with jwarc. Each response record whose HTTP body is HTML
 * becomes one document; other records are passed over. Article ids are {@code name#1}, {@code name#2}, … counting
 * the HTML responses. A record that cannot be parsed ends the file with a problem naming its offset: what was read
 * before it is kept.
 */
public final class WarcFormat implements SourceFormat {

    /** This format's name. */
    public static final String NAME = "warc";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sniff(String fileName, byte[] head) {
        if (Sniff.lowerText(head).startsWith("warc/")) {
            return 100;
        }
        return Sniff.extension(fileName).equals("warc") ? 50 : 0;
    }

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) throws IOException {
        FileChannel channel = FileChannel.open(file.path());
        try {
            WarcReader reader = new WarcReader(channel);
            reader.setLenient(true);
            return new WarcSource(file, reader, options, problems);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static final class WarcSource implements Source {
        private final InputFile file;
        private final WarcReader reader;
        private final ReadOptions options;
        private final Consumer<Problem> problems;
        private int recordNumber;
        private int documents;
        private int failedRecord = -1;
        private boolean broken;

        WarcSource(InputFile file, WarcReader reader, ReadOptions options, Consumer<Problem> problems) {
            this.file = file;
            this.reader = reader;
            this.options = options;
            this.problems = problems;
            reader.onWarning(message -> {
                if (recordNumber != failedRecord) {
                    problems.accept(Problem.warning("warc-warning", SourceRef.of(file.name(), "record " + recordNumber),
                            message));
                }
            });
        }

        @Override
        public Optional<RawDocument> next() {
            while (!broken) {
                long offset = reader.position();
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    broken = true;
                    problems.accept(Problem.error(recordNumber == 0 ? "bad-warc" : "truncated-warc",
                            SourceRef.of(file.name(), "record " + (recordNumber + 1) + " at offset " + offset),
                            (recordNumber == 0 ? "not a readable WARC file: " : "truncated or malformed WARC record: ")
                                    + describe(e) + "; the rest of the file is skipped"));
                    return Optional.empty();
                }
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                recordNumber++;
                RawDocument doc = read(record.get(), offset);
                if (doc != null) {
                    return Optional.of(doc);
                }
            }
            return Optional.empty();
        }

        private @Nullable RawDocument read(WarcRecord record, long offset) {
            if (!(record instanceof WarcResponse response)) {
                return null;
            }
            SourceRef where = SourceRef.of(file.name(), "record " + recordNumber + " at offset " + offset);
            try {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return null;
                }
                var http = response.http();
                String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
                if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
                    return null;
                }
                byte[] body;
                try (InputStream in = http.bodyDecoded().stream()) {
                    body = Inputs.readAll(in, options.maxDocumentBytes());
                }
                if (body.length == 0) {
                    return null; // redirects, 304s: nothing to read
                }
                String charset = http.contentType().parameters().get("charset");
                String html = TextDecoder.decode(body, charset, true, where, problems);
                documents++;
                return new RawDocument(file.idBase() + "#" + documents, where, DocumentFormat.HTML, html,
                        DocumentHints.ofUrl(response.target()));
            } catch (IOException | RuntimeException e) {
                failedRecord = recordNumber;
                problems.accept(Problem.error("bad-warc-record", where, "cannot read the HTTP response: "
                        + describe(e) + "; record skipped"));
                return null;
            }
        }

        private static String describe(Exception e) {
            String m = e.getMessage();
            return m == null || m.isBlank() ? e.getClass().getSimpleName() : Snippets.clip(m);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
