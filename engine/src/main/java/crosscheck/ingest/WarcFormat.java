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
 * and a 2xx status becomes one document; other records (requests, redirects, error pages, robots.txt) are passed
 * over. Article ids are {@code name#1}, {@code name#2}, … counting
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

    /**
     * The most bytes one record's WARC header may take. jwarc holds a header whole while parsing it, so a longer
     * one (a broken or hostile file: a header line of gigabytes) would take the heap; it ends the file instead.
     */
    static final long MAX_HEADER_BYTES = 4L << 20;

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) throws IOException {
        long oversized;
        try (InputStream in = Inputs.open(file)) {
            oversized = firstOversizedHeader(in, MAX_HEADER_BYTES);
        }
        FileChannel channel = FileChannel.open(file.path());
        try {
            WarcReader reader = new WarcReader(channel);
            reader.setLenient(true);
            return new WarcSource(file, reader, options, problems, oversized);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The number (from 1) of the first record whose WARC header is longer than {@code limit} bytes, or -1 when
     * there is none or the records cannot be followed (no Content-Length, a cut file: jwarc reports those). Reads
     * the headers a byte at a time, keeping only the start of each line, and skips the bodies.
     */
    static long firstOversizedHeader(InputStream in, long limit) throws IOException {
        long record = 0;
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            while (b == '\r' || b == '\n') {
                b = in.read();
            }
            if (b < 0) {
                return -1;
            }
            record++;
            long headerBytes = 0;
            long contentLength = -1;
            line.setLength(0);
            while (true) {
                if (b < 0) {
                    return -1;
                }
                if (++headerBytes > limit) {
                    return record;
                }
                if (b == '\n') {
                    String l = line.toString().strip();
                    if (l.isEmpty()) {
                        break;
                    }
                    if (l.regionMatches(true, 0, "content-length:", 0, 15)) {
                        try {
                            contentLength = Long.parseLong(l.substring(15).strip());
                        } catch (NumberFormatException e) {
                            return -1;
                        }
                    }
                    line.setLength(0);
                } else if (line.length() < 64) {
                    line.append((char) b);
                }
                b = in.read();
            }
            if (contentLength < 0) {
                return -1;
            }
            try {
                in.skipNBytes(contentLength);
            } catch (java.io.EOFException e) {
                return -1;
            }
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
        private final long oversizedHeader;

        WarcSource(InputFile file, WarcReader reader, ReadOptions options, Consumer<Problem> problems,
                   long oversizedHeader) {
            this.file = file;
            this.oversizedHeader = oversizedHeader;
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
                if (recordNumber + 1 == oversizedHeader) {
                    broken = true;
                    problems.accept(Problem.error("bad-warc",
                            SourceRef.of(file.name(), "record " + (recordNumber + 1) + " at offset " + offset),
                            "the WARC header is longer than " + Inputs.humanBytes(MAX_HEADER_BYTES)
                                    + " (a broken or hostile file); the rest of the file is skipped"));
                    return Optional.empty();
                }
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
                if (response.body().size() > options.maxDocumentBytes() + MAX_HEADER_BYTES) {
                    // jwarc would hold a huge HTTP header whole; the body would be over the limit anyway
                    problems.accept(Problem.error("too-large", where, "the record is larger than the per-document "
                            + "limit of " + Inputs.humanBytes(options.maxDocumentBytes())
                            + " (raise it with --max-document-size); skipped"));
                    return null;
                }
                var http = response.http();
                if (http.status() < 200 || http.status() >= 300) {
                    return null; // a redirect, an error page, a 304: not an article
                }
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

        /** The exception's message, with its kind when the message alone says nothing (a bare number). */
        private static String describe(Exception e) {
            String m = e.getMessage();
            if (m == null || m.isBlank()) {
                return e.getClass().getSimpleName();
            }
            return m.chars().anyMatch(Character::isLetter) ? Snippets.clip(m)
                    : e.getClass().getSimpleName() + " (" + Snippets.clip(m) + ")";
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
