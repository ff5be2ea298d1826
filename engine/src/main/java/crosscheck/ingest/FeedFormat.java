package crosscheck.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import crosscheck.core.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds, read with Rome. Each item becomes one document: its full content
 * ({@code content:encoded}, Atom {@code content}) when present, else the local file its link points to (a relative
 * path or a {@code file:} URI next to the feed), else its description. The feed's title is the items' outlet.
 * Article ids are {@code name#1}, {@code name#2}, … in item order.
 */
public final class FeedFormat implements SourceFormat {

    /** This format's name. */
    public static final String NAME = "feed";

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:rdf)[\\s>]");
    private static final Pattern MARKUP = Pattern.compile("<(p|div|br|h[1-6]|article|span|a|ul|ol|li|em|strong)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sniff(String fileName, byte[] head) {
        if (Sniff.isBinary(head)) {
            return 0;
        }
        String text = Sniff.lowerText(head);
        if (text.startsWith("<") && FEED_ROOT.matcher(text).find()) {
            return 90;
        }
        String ext = Sniff.extension(fileName);
        return ext.equals("rss") || ext.equals("atom") ? 50 : 0;
    }

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) throws IOException {
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = Inputs.readAll(in, options.maxDocumentBytes());
        }
        bytes = TextDecoder.withoutNulBytes(bytes, SourceRef.of(file.name()), problems);
        return new FeedSource(file, parse(bytes), options, problems);
    }

    /** The feed in these bytes, read with Rome (no DOCTYPE allowed). */
    private static SyndFeed parse(byte[] bytes) throws IOException {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedInputException("bad-feed",
                    "not a valid RSS or Atom feed: " + Snippets.clip(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The links of a feed's items, in item order, blank ones left out (for {@code crosscheck watch}).
     *
     * @throws MalformedInputException when the bytes are not an RSS or Atom feed
     * @throws IOException             when they cannot be read
     */
    public static List<String> itemLinks(byte[] bytes) throws IOException {
        List<String> links = new java.util.ArrayList<>();
        for (SyndEntry entry : parse(bytes).getEntries()) {
            String link = FeedSource.blankToNull(entry.getLink());
            if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)https?://.*")) {
                link = entry.getUri().strip(); // an RSS guid that is a permalink, an Atom id that is a URL
            }
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private static final class FeedSource implements Source {
        private final InputFile file;
        private final @Nullable String outlet;
        private final Iterator<SyndEntry> entries;
        private final ReadOptions options;
        private final Consumer<Problem> problems;
        private int item;

        FeedSource(InputFile file, SyndFeed feed, ReadOptions options, Consumer<Problem> problems) {
            this.file = file;
            this.outlet = blankToNull(feed.getTitle());
            this.entries = List.copyOf(feed.getEntries()).iterator();
            this.options = options;
            this.problems = problems;
        }

        @Override
        public Optional<RawDocument> next() {
            while (entries.hasNext()) {
                SyndEntry entry = entries.next();
                item++;
                SourceRef where = SourceRef.of(file.name(), "item " + item);
                RawDocument doc = read(entry, where);
                if (doc != null) {
                    return Optional.of(doc);
                }
            }
            return Optional.empty();
        }

        private @Nullable RawDocument read(SyndEntry entry, SourceRef where) {
            DocumentHints hints = new DocumentHints(blankToNull(entry.getLink()), outlet,
                    blankToNull(entry.getTitle()), blankToNull(entry.getAuthor()),
                    iso(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()));
            String id = file.idBase() + "#" + item;
            String content = fullContent(entry);
            if (content == null) {
                Path linked = localFile(entry.getLink(), where);
                if (linked != null) {
                    return readLinked(linked, id, where, hints);
                }
                content = entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
            }
            if (content == null) {
                problems.accept(Problem.error("no-content", where,
                        "item has no content, no description and no readable local link; skipped"));
                return null;
            }
            DocumentFormat format = MARKUP.matcher(content).find() ? DocumentFormat.HTML : DocumentFormat.TEXT;
            return new RawDocument(id, where, format, content, hints);
        }

        private @Nullable RawDocument readLinked(Path linked, String id, SourceRef where, DocumentHints hints) {
            try (InputStream in = Files.newInputStream(linked)) {
                byte[] bytes = Inputs.readAll(in, options.maxDocumentBytes());
                String html = TextDecoder.decode(bytes, null, true, where, problems);
                return new RawDocument(id, where, DocumentFormat.HTML, html, hints);
            } catch (IOException | RuntimeException e) {
                problems.accept(Problem.error("unreadable-link", where, "cannot read linked file " + linked + ": "
                        + e.getMessage() + "; skipped"));
                return null;
            }
        }

        private static @Nullable String fullContent(SyndEntry entry) {
            for (SyndContent c : entry.getContents()) {
                String v = blankToNull(c.getValue());
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        /**
         * The local file a relative link names, when it exists inside the feed's own folder. Absolute paths,
         * {@code file:} URIs and links that climb out of the folder are refused with a problem: a feed must not be
         * able to copy other files on this machine into a report.
         */
        private @Nullable Path localFile(@Nullable String link, SourceRef where) {
            if (link == null || link.isBlank()) {
                return null;
            }
            String lower = link.strip().toLowerCase(Locale.ROOT);
            if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("file:")) {
                return null;
            }
            try {
                Path dir = file.path().toAbsolutePath().getParent().toRealPath();
                Path p = lower.startsWith("file:") ? Path.of(URI.create(link.strip())) : dir.resolve(link.strip());
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                Path real = p.toRealPath();
                if (!real.startsWith(dir)) {
                    problems.accept(Problem.warning("unsafe-link", where, "the item links to a file outside the "
                            + "feed's folder ('" + Snippets.clip(link) + "'); not read"));
                    return null;
                }
                return real;
            } catch (IOException | RuntimeException e) {
                problems.accept(Problem.warning("unreadable-link", where, "cannot resolve the item's link '"
                        + Snippets.clip(link) + "': " + e.getMessage()));
                return null;
            }
        }

        private static @Nullable String iso(@Nullable Date date) {
            return date == null ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
