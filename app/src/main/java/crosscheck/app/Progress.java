package crosscheck.app;

import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.pipeline.ArchiveListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a batch's progress on stderr: a progress bar (files, articles/s, ETA) when the console is a terminal, a
 * one-line report every few seconds otherwise, nothing with {@code --quiet}. Problems are always printed, one line
 * each, as they are found. Thread-safe.
 */
abstract class Progress implements ArchiveListener, AutoCloseable {

    private static final long LINE_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    protected final PrintWriter err;
    protected final AtomicInteger articles = new AtomicInteger();
    protected final AtomicInteger files = new AtomicInteger();
    /** Articles filed into a store ({@code ingest}). */
    protected final AtomicInteger filed = new AtomicInteger();
    protected final long start = System.nanoTime();
    protected volatile int total;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** The progress display for this run. */
    static Progress create(PrintWriter err, boolean quiet) {
        if (quiet) {
            return new Silent(err);
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Bar(err) : new Lines(err);
    }

    @Override
    public void started(int fileCount) {
        total = fileCount;
    }

    @Override
    public void article(Article article) {
        articles.incrementAndGet();
    }

    @Override
    public synchronized void problem(Problem problem) {
        err.println(problem.line());
        err.flush();
    }

    protected double rate() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return seconds > 0 ? articles.get() / seconds : 0;
    }

    @Override
    public void close() {
    }

    /** Nothing but problems. */
    private static final class Silent extends Progress {
        Silent(PrintWriter err) {
            super(err);
        }
    }

    /** A line every few seconds, for logs and pipes. */
    private static final class Lines extends Progress {
        private long lastLine = System.nanoTime();

        Lines(PrintWriter err) {
            super(err);
        }

        @Override
        public synchronized void fileDone(InputFile file, int count) {
            int done = files.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastLine >= LINE_INTERVAL_NANOS) {
                lastLine = now;
                double rate = rate();
                long etaSeconds = done == 0 ? 0 : Math.round((now - start) / 1e9 * (total - done) / done);
                err.println(String.format(Locale.ROOT, "crosscheck: %d/%d files, %d articles, %.1f articles/s, ETA %ds",
                        done, total, articles.get(), rate, etaSeconds));
                err.flush();
            }
        }

        @Override
        public synchronized void filed(Article article, String story, boolean created) {
            int n = filed.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastLine >= LINE_INTERVAL_NANOS) {
                lastLine = now;
                err.println(String.format(Locale.ROOT, "crosscheck: articles filed: %d (%.1f a second)", n,
                        n / ((now - start) / 1e9)));
                err.flush();
            }
        }

        @Override
        public void clustering(int count) {
            if (System.nanoTime() - start >= LINE_INTERVAL_NANOS) {
                err.println("crosscheck: finding entities and stories in " + count + " articles");
                err.flush();
            }
        }

        @Override
        public void crossChecking(int stories) {
            if (System.nanoTime() - start >= LINE_INTERVAL_NANOS) {
                err.println("crosscheck: cross-checking " + stories + " stories");
                err.flush();
            }
        }

        @Override
        public void revising(int stories) {
            if (System.nanoTime() - start >= LINE_INTERVAL_NANOS) {
                err.println("crosscheck: revising the placements into " + stories + " stories");
                err.flush();
            }
        }
    }

    /** A terminal progress bar. */
    private static final class Bar extends Progress {
        private ProgressBar bar;

        Bar(PrintWriter err) {
            super(err);
        }

        @Override
        public synchronized void started(int fileCount) {
            super.started(fileCount);
            bar = new ProgressBarBuilder()
                    .setTaskName("Reading")
                    .setInitialMax(fileCount)
                    .setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200)
                    .build();
        }

        @Override
        public synchronized void problem(Problem problem) {
            err.print("\r\033[K");
            super.problem(problem);
        }

        @Override
        public synchronized void fileDone(InputFile file, int count) {
            files.incrementAndGet();
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, " %d articles, %.1f/s", articles.get(), rate()));
            }
        }

        @Override
        public synchronized void filed(Article article, String story, boolean created) {
            int n = filed.incrementAndGet();
            if (bar != null) {
                bar.setExtraMessage(String.format(Locale.ROOT, " articles filed: %d (%.1f/s)", n,
                        n / ((System.nanoTime() - start) / 1e9)));
            }
        }

        @Override
        public synchronized void clustering(int count) {
            if (bar != null) {
                bar.setExtraMessage(" " + count + " articles: finding entities and stories…");
            }
        }

        @Override
        public synchronized void crossChecking(int stories) {
            if (bar != null) {
                bar.setExtraMessage(" cross-checking " + stories + " stories…");
            }
        }

        @Override
        public synchronized void revising(int stories) {
            if (bar != null) {
                bar.setExtraMessage(" revising the placements into " + stories + " stories…");
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
