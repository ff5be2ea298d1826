package crosscheck.app;

import crosscheck.archive.ArchiveStore;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.core.OneLine;
import crosscheck.fetch.Fetcher;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck watch FEED... [--every 15m] [--store LOCATION] [--once]}: polls feeds into the archive. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS and Atom feeds and sitemaps, fetches each new item's page once and files it into "
                + "the archive (--store) as 'ingest' does, and prints what changed: new stories, stories with more "
                + "articles, new denials, new conflicts.",
                "Each feed is asked for with the ETag and Last-Modified it last gave (an unchanged feed answers 304 "
                        + "and nothing more is fetched); the store remembers them and the items fetched. A feed that "
                        + "is down or malformed is one problem line, and is tried again at the next poll. Runs "
                        + "until Ctrl-C, which lets the article being filed finish; --once polls once and exits."},
        footer = {"%nExample:%n  crosscheck watch https://lorne-ledger.example/rss.xml "
                + "https://brask-post.example/sitemap.xml --every 15m --store archive"})
final class WatchCommand implements Callable<Integer> {

    /** The shortest interval between polls. */
    static final Duration MIN_EVERY = Duration.ofSeconds(30);
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*([smh])");

    @Parameters(paramLabel = "FEED", arity = "1..*", description = "RSS or Atom feeds, sitemaps or sitemap indexes, "
            + "as http(s) URLs.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time between the starts of two polls: 30s, 15m, 1h (at least 30s; default: "
                    + "${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--once", description = "Poll once and exit (exit code 1 when a feed or a page failed).")
    boolean once;

    @CommandLine.Mixin
    FetchOptions fetch;

    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Mixin
    StageOptions stages;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "When another crosscheck process is writing to the embedded store, wait up to this many "
                    + "seconds for it at each poll, then give up with exit code 5 (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary line; changes and problems are "
            + "still printed.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Object lock = new Object();
    private volatile boolean stop;

    /** {@code 30s}, {@code 15m}, {@code 1h} as a duration. */
    static Duration parseEvery(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new Main.UsageException("--every takes a number and a unit, s, m or h (30s, 15m, 1h), got '"
                    + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        if (d.compareTo(MIN_EVERY) < 0) {
            throw new Main.UsageException("--every must be at least 30s (feeds are other people's servers), got "
                    + text);
        }
        return d;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration interval = parseEvery(every);
        fetch.validate();
        stages.validate();
        for (String feed : feeds) {
            if (!Fetcher.looksLikeUrl(feed)) {
                throw new Main.UsageException("a feed is an http(s) URL, got '" + feed + "'");
            }
        }
        Fetcher fetcher = new Fetcher(fetch.settings(Main.version(), stages.maxDocumentMb << 20));
        ArchiveRunner runner = new ArchiveRunner(stages.builder().build(), new OnlineStoryPlacer(),
                ArchiveRunner.DEFAULT_CHUNK);
        if (once) {
            return pollOnce(fetcher, runner, out, err);
        }
        Thread hook = new Thread(() -> {
            synchronized (lock) {
                stop = true;
                lock.notifyAll();
                try {
                    lock.wait(Duration.ofMinutes(1).toMillis()); // the poll under way files its article and ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "crosscheck-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (!stop) {
                Instant next = Instant.now().plus(interval);
                int code = pollOnce(fetcher, runner, out, err);
                if (code == Main.EXIT_STORE || code == Main.EXIT_STORE_BUSY) {
                    return code;
                }
                synchronized (lock) {
                    for (long wait = Duration.between(Instant.now(), next).toMillis(); !stop && wait > 0;
                         wait = Duration.between(Instant.now(), next).toMillis()) {
                        lock.wait(wait);
                    }
                }
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            synchronized (lock) {
                lock.notifyAll(); // lets the shutdown hook return
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }

    /** One poll with the store opened for it (so other writers may use it between polls); its exit code. */
    private int pollOnce(Fetcher fetcher, ArchiveRunner runner, PrintWriter out, PrintWriter err) {
        ArchiveStore archive;
        try {
            archive = store.open(err, waitSeconds);
        } catch (StoreOption.CannotOpen e) {
            return e.exitCode;
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (archive; Progress progress = Progress.create(err, quiet, true)) {
            Watcher.Poll poll = new Watcher(fetcher, runner, archive).poll(feeds, warc(archive.location()), progress,
                    () -> stop);
            progress.close();
            for (Watcher.Change c : poll.changes()) {
                out.println(OneLine.of(c.line()));
            }
            if (!quiet) {
                out.println(summary(poll, at));
            }
            out.flush();
            return poll.failed() > 0 || poll.problems().stream().anyMatch(crosscheck.core.Problem::isError)
                    ? Main.EXIT_PARTIAL : 0;
        } catch (Watcher.Stopped e) {
            err.println(OneLine.of("crosscheck: stopped; every article counted as filed is kept, and the feeds are "
                    + "polled again in full next time"));
            return 0;
        } catch (IOException e) {
            err.println(OneLine.of("crosscheck: cannot write to the store " + archive.location() + " or its fetched "
                    + "pages: " + StoreOption.message(e) + "; every article counted as filed is kept"));
            return Main.EXIT_STORE;
        }
    }

    /** A new WARC file for this poll's pages, beside the store (never one an earlier poll wrote). */
    private static Path warc(String location) {
        Path first = IngestCommand.fetchedWarc(location);
        Path p = first;
        for (int i = 2; Files.exists(p); i++) {
            p = first.resolveSibling(first.getFileName().toString().replace(".warc.gz", "-" + i + ".warc.gz"));
        }
        return p;
    }

    /** {@code crosscheck: polled 2 feeds at …: 1 not modified, 0 failed; 3 new items, …}. */
    static String summary(Watcher.Poll p, Instant at) {
        ArchiveRunner.Ingested d = p.ingested();
        return OneLine.of(String.format(Locale.ROOT, "crosscheck: polled %d %s at %s (%d not modified, %d failed);"
                        + " %d new %s, %d %s fetched, %d %s filed (%d already in the store); %d new %s,"
                        + " %d %s with more articles, %d new %s, %d new %s",
                p.feeds(), p.feeds() == 1 ? "feed" : "feeds", at, p.notModified(), p.failed(), p.newItems(),
                p.newItems() == 1 ? "item" : "items", p.fetched(), p.fetched() == 1 ? "page" : "pages",
                d == null ? 0 : d.filed(), d != null && d.filed() == 1 ? "article" : "articles",
                d == null ? 0 : d.alreadyStored(),
                p.count(Watcher.Change.Kind.NEW_STORY), p.count(Watcher.Change.Kind.NEW_STORY) == 1 ? "story"
                        : "stories",
                p.count(Watcher.Change.Kind.GREW), p.count(Watcher.Change.Kind.GREW) == 1 ? "story" : "stories",
                p.count(Watcher.Change.Kind.NEW_DENIAL), p.count(Watcher.Change.Kind.NEW_DENIAL) == 1 ? "denial"
                        : "denials",
                p.count(Watcher.Change.Kind.NEW_CONFLICT), p.count(Watcher.Change.Kind.NEW_CONFLICT) == 1
                        ? "conflict" : "conflicts"));
    }
}
