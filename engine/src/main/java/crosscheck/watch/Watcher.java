package crosscheck.watch;

import crosscheck.archive.ArchiveStore;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import crosscheck.fetch.FetchException;
import crosscheck.fetch.Fetcher;
import crosscheck.ingest.FeedFormat;
import crosscheck.ingest.Inputs;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.ForwardingArchiveListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Polls RSS and Atom feeds and sitemaps for {@code crosscheck watch}: each feed with a conditional GET (its last
 * {@code ETag} as {@code If-None-Match}, its last {@code Last-Modified} as {@code If-Modified-Since}; a 304 answer
 * reads nothing more), the items it lists that were not fetched before fetched once through the {@link Fetcher}
 * (robots.txt, politeness, address checks) into one WARC file, that file ingested into the archive, and what
 * remembers each feed (validators, items fetched) kept in the store ({@link ArchiveStore#keepWatched}) once the
 * ingest is done. A feed that cannot be fetched or read is one problem, and the others go on; it is tried again at
 * the next poll. A sitemap index's sitemaps are polled as feeds of their own (one level down); the index itself is
 * asked for in full each time, as a 304 for it would leave its sitemaps unpolled.
 *
 * <p>What changed is told by comparing the touched stories before and after: new stories, stories that gained
 * articles, and the denials and conflicts their cross-check did not hold before. Not thread-safe: one poll at a
 * time.
 */
public final class Watcher {

    /** How deep sitemap indexes are followed: an index's sitemaps, not an index inside an index. */
    static final int SITEMAP_DEPTH = 1;

    private final Fetcher fetcher;
    private final ArchiveRunner runner;
    private final ArchiveStore store;

    public Watcher(Fetcher fetcher, ArchiveRunner runner, ArchiveStore store) {
        this.fetcher = fetcher;
        this.runner = runner;
        this.store = store;
    }

    /** One thing that changed in the archive. */
    public record Change(Kind kind, String story, String title, String detail) {

        /** What changed. */
        public enum Kind {
            NEW_STORY("new story"), GREW("more articles"), NEW_DENIAL("new denial"), NEW_CONFLICT("new conflict");

            private final String words;

            Kind(String words) {
                this.words = words;
            }
        }

        /** {@code new story s3 "Brask inquiry opens": 1 article}. */
        public String line() {
            return kind.words + " " + story + " \"" + title + "\": " + detail;
        }
    }

    /**
     * What one poll did.
     *
     * @param feeds       the feeds polled (a sitemap index's sitemaps included)
     * @param notModified those that answered 304
     * @param failed      those that could not be fetched or read
     * @param newItems    the items not fetched before
     * @param fetched     those that gave a page
     * @param ingested    what the ingest did, or null when nothing was fetched
     * @param changes     what changed in the archive
     * @param problems    every problem (feeds, items, ingest)
     */
    public record Poll(int feeds, int notModified, int failed, int newItems, int fetched,
                       ArchiveRunner.@Nullable Ingested ingested, List<Change> changes, List<Problem> problems) {

        public Poll {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        /** How many changes of this kind. */
        public long count(Change.Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    /** Thrown out of a poll when {@code stopping} said so after an article was filed. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped after filing an article");
        }
    }

    /** A feed as read: where it came from, its validators, and the item URLs it lists that are new. */
    private record Read(String feed, ArchiveStore.FeedValidators validators, List<String> fresh) {
    }

    /**
     * Polls the feeds once.
     *
     * @param feeds    the feed and sitemap URLs
     * @param warc     where the new items' responses go (replaced), when there are any
     * @param listener told of the ingest, and of each problem as it is met
     * @param stopping asked after each article is filed: true ends the poll there ({@link Stopped}), the feeds
     *                 not remembered (their items are fetched again, and found in the store, at the next poll)
     * @throws IOException when the WARC file or the store cannot be written
     */
    public Poll poll(List<String> feeds, Path warc, ArchiveListener listener, BooleanSupplier stopping)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        int[] counts = new int[3]; // polled, not modified, failed
        for (String feed : new LinkedHashSet<>(feeds)) {
            pollFeed(feed, 0, reads, counts, problems, listener);
        }
        Set<String> items = new LinkedHashSet<>();
        reads.forEach(r -> items.addAll(r.fresh()));
        ArchiveRunner.Ingested ingested = null;
        int fetched = 0;
        Changes changes = new Changes(listener, stopping);
        Set<String> again = Set.of();
        if (!items.isEmpty()) {
            Fetcher.Outcome outcome = fetcher.fetchAll(List.copyOf(items), warc, (url, done, total, why) -> { });
            outcome.problems().forEach(listener::problem);
            problems.addAll(outcome.problems());
            fetched = outcome.fetched();
            again = Set.copyOf(outcome.passing());
            if (fetched > 0) {
                ingested = runner.ingest(store, List.of(warc.toString()), List.of(), changes);
                problems.addAll(ingested.problems());
            }
        }
        for (Read r : reads) {
            // an item whose fetch failed for a reason that may pass (no answer, a timeout, HTTP 5xx) is not
            // remembered: the next poll asks for it again
            Set<String> retry = again;
            List<String> done = r.fresh().stream().filter(u -> !retry.contains(u)).toList();
            store.keepWatched(r.feed(), r.fresh().size() == done.size() ? r.validators()
                    : new ArchiveStore.FeedValidators(null, null), done);
        }
        return new Poll(counts[0], counts[1], counts[2], items.size(), fetched, ingested, changes.found(),
                problems);
    }

    private void pollFeed(String feed, int depth, List<Read> reads, int[] counts, List<Problem> problems,
                          ArchiveListener listener) {
        counts[0]++;
        try {
            ArchiveStore.FeedValidators known = store.watchedFeed(feed).orElse(null);
            Fetcher.Document doc = fetcher.fetch(feed, known == null ? null : known.etag(),
                    known == null ? null : known.lastModified());
            if (doc.notModified()) {
                counts[1]++;
                return;
            }
            ArchiveStore.FeedValidators validators = new ArchiveStore.FeedValidators(doc.etag(), doc.lastModified());
            Links links = links(doc);
            if (!links.sitemaps().isEmpty()) {
                if (depth >= SITEMAP_DEPTH) {
                    throw new FetchException("a sitemap index inside a sitemap index is not followed");
                }
                // no validators kept: an unchanged index (304) would hide its sitemaps, which change on their own
                reads.add(new Read(feed, new ArchiveStore.FeedValidators(null, null), List.of()));
                for (String sitemap : links.sitemaps()) {
                    pollFeed(sitemap, depth + 1, reads, counts, problems, listener);
                }
                return;
            }
            Set<String> seen = store.watchedItems(feed, links.items());
            List<String> fresh = links.items().stream().filter(u -> !seen.contains(u)).distinct().toList();
            reads.add(new Read(feed, validators, fresh));
        } catch (FetchException | IOException e) {
            counts[2]++;
            Problem p = Problem.error("feed-failed", SourceRef.of(feed), "feed not polled: " + e.getMessage()
                    + "; tried again at the next poll");
            problems.add(p);
            listener.problem(p);
        }
    }

    /** What a feed lists: pages (a feed's items, a sitemap's URLs), or sitemaps (a sitemap index). */
    record Links(List<String> items, List<String> sitemaps) {
    }

    /** The links of a feed or sitemap, made absolute against where it came from. */
    static Links links(Fetcher.Document doc) throws IOException {
        byte[] body = doc.body();
        if (body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) { // a sitemap.xml.gz
            body = Inputs.readAll(new GZIPInputStream(new ByteArrayInputStream(body)), 64L << 20);
        }
        URI base = URI.create(doc.url());
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            Document xml = Jsoup.parse(new String(body, StandardCharsets.UTF_8), doc.url(), Parser.xmlParser());
            Element root = xml.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst()
                    .orElseThrow(() -> new IOException("not a sitemap"));
            boolean index = root.normalName().endsWith("sitemapindex");
            List<String> locs = new ArrayList<>();
            for (Element loc : xml.getElementsByTag("loc")) {
                String text = loc.text().strip();
                if (!text.isEmpty()) {
                    locs.add(absolute(base, text));
                }
            }
            return index ? new Links(List.of(), locs) : new Links(locs, List.of());
        }
        List<String> items = new ArrayList<>();
        for (String link : FeedFormat.itemLinks(body)) {
            items.add(absolute(base, link));
        }
        return new Links(items, List.of());
    }

    private static String absolute(URI base, String link) {
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip(); // the fetcher says what is wrong with it
        }
    }

    /**
     * Follows the ingest: which stories it touched (their check as it was before, taken when the first new article
     * joins them) and how many articles each gained; then what changed.
     */
    private final class Changes extends ForwardingArchiveListener {
        private final BooleanSupplier stopping;
        private final Map<String, Optional<Story>> before = new LinkedHashMap<>();
        private final Map<String, Integer> gained = new LinkedHashMap<>();

        Changes(ArchiveListener inner, BooleanSupplier stopping) {
            super(inner);
            this.stopping = stopping;
        }

        @Override
        public void filed(Article article, String story, boolean created) {
            if (!before.containsKey(story)) {
                before.put(story, created ? Optional.empty() : store.story(story));
            }
            gained.merge(story, 1, Integer::sum);
            super.filed(article, story, created);
            if (stopping.getAsBoolean()) {
                throw new Stopped();
            }
        }

        List<Change> found() {
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Optional<Story>> e : before.entrySet()) {
                Optional<Story> after = store.story(e.getKey());
                if (after.isEmpty()) {
                    continue; // merged into another story by a revision
                }
                Story now = after.get();
                int added = gained.get(e.getKey());
                String articles = added + (added == 1 ? " article" : " articles");
                changes.add(e.getValue().isEmpty()
                        ? new Change(Change.Kind.NEW_STORY, now.id(), now.title(), articles)
                        : new Change(Change.Kind.GREW, now.id(), now.title(), articles + " added, "
                        + now.articles().size() + " in all"));
                Set<String> known = new LinkedHashSet<>();
                e.getValue().ifPresent(s -> s.check().conflicts().forEach(c -> known.add(key(c))));
                for (CrossCheck.Conflict c : now.check().conflicts()) {
                    if (known.contains(key(c))) {
                        continue;
                    }
                    if (c.kind().equals("denial")) {
                        changes.add(new Change(Change.Kind.NEW_DENIAL, now.id(), now.title(), c.explanation()));
                    } else if (c.verdict().equals("conflict")) {
                        changes.add(new Change(Change.Kind.NEW_CONFLICT, now.id(), now.title(), c.explanation()));
                    }
                }
            }
            return changes;
        }

        private static String key(CrossCheck.Conflict c) {
            return c.kind() + "|" + c.verdict() + "|" + c.explanation();
        }
    }
}
