package crosscheck.app;

import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.BatchListener.Phase;
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
    /** The phase after reading now under way (null while reading), its items and those done. */
    protected volatile @org.jspecify.annotations.Nullable Phase phase;
    protected volatile int phaseTotal;
    protected final AtomicInteger phaseDone = new AtomicInteger();
    protected volatile long phaseStart;
    private boolean closed;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** The progress display for a batch ({@code analyze}, {@code report}): one bar per phase in a terminal. */
    static Progress create(PrintWriter err, boolean quiet) {
        return create(err, quiet, false);
    }

    /**
     * The progress display for this run.
     *
     * @param streaming true for {@code ingest}, whose phases come round again with each chunk of articles: one bar
     *                  (files read, articles filed) whose message says the phase, rather than a bar per phase
     */
    static Progress create(PrintWriter err, boolean quiet, boolean streaming) {
        if (quiet) {
            return new Silent(err);
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Bar(err, streaming) : new Lines(err, LINE_INTERVAL_NANOS);
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
    public synchronized void phase(Phase next, int items) {
        phase = next;
        phaseTotal = items;
        phaseDone.set(0);
        phaseStart = System.nanoTime();
        phaseStarted(next, items);
    }

    @Override
    public void step(Phase of) {
        if (of == phase) {
            stepped(of, phaseDone.incrementAndGet());
        }
    }

    /** Shows that a phase started. */
    protected void phaseStarted(Phase next, int items) {
    }

    /** Shows that {@code done} items of the phase are done (from the worker threads). */
    protected void stepped(Phase of, int done) {
    }

    /** The phase's progress in words: "entities: 120/500 articles, 41.0 articles/s, ETA 9 s". */
    protected String phaseLine(Phase of, int done) {
        if (of == Phase.STORIES) {
            return done == 0 ? String.format(Locale.ROOT, "stories: grouping %d articles", phaseTotal)
                    : String.format(Locale.ROOT, "stories: %d articles grouped", phaseTotal);
        }
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String line = String.format(Locale.ROOT, "%s: %d/%d %s", of.label().toLowerCase(Locale.ROOT), done,
                phaseTotal, of.unit());
        if (done > 0 && done < phaseTotal) {
            line += String.format(Locale.ROOT, ", %.1f %s/s, ETA %ds", rate, of.unit(),
                    Math.round(seconds * (phaseTotal - done) / done));
        }
        return line;
    }

    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            finish();
        }
    }

    /** Ends the display (called once). */
    protected void finish() {
    }

    /** Nothing but problems. */
    private static final class Silent extends Progress {
        Silent(PrintWriter err) {
            super(err);
        }
    }

    /** A line every few seconds, for logs and pipes. */
    static final class Lines extends Progress {
        private long lastLine = System.nanoTime();

        private final long interval;

        /** Lines at most every {@code interval} nanoseconds (and none in a run shorter than that). */
        Lines(PrintWriter err, long interval) {
            super(err);
            this.interval = interval;
        }

        @Override
        public synchronized void fileDone(InputFile file, int count) {
            int done = files.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastLine >= interval) {
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
            if (now - lastLine >= interval) {
                lastLine = now;
                err.println(String.format(Locale.ROOT, "crosscheck: articles filed: %d (%.1f a second)", n,
                        n / ((now - start) / 1e9)));
                err.flush();
            }
        }

        /** A line when a phase starts once the run has lasted a few seconds (a short run prints none). */
        @Override
        protected synchronized void phaseStarted(Phase next, int items) {
            long now = System.nanoTime();
            if (now - start >= interval) {
                lastLine = now;
                err.println("crosscheck: " + phaseLine(next, 0));
                err.flush();
            }
        }

        /** A line every few seconds while a phase runs. */
        @Override
        protected synchronized void stepped(Phase of, int done) {
            long now = System.nanoTime();
            if (now - lastLine >= interval) {
                lastLine = now;
                err.println("crosscheck: " + phaseLine(of, done));
                err.flush();
            }
        }

        @Override
        public void revising(int stories) {
            if (System.nanoTime() - start >= interval) {
                err.println("crosscheck: revising the placements into " + stories + (stories == 1 ? " story" : " stories"));
                err.flush();
            }
        }
    }

    /** A terminal progress bar. */
    private static final class Bar extends Progress {
        private final boolean streaming;
        private ProgressBar bar;

        Bar(PrintWriter err, boolean streaming) {
            super(err);
            this.streaming = streaming;
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

        /** A new bar for each phase after reading (the reading bar is left at its end). */
        @Override
        protected synchronized void phaseStarted(Phase next, int items) {
            if (streaming) {
                if (bar != null) {
                    bar.setExtraMessage(" " + phaseLine(next, 0) + "…");
                }
                return;
            }
            if (bar != null) {
                bar.close();
            }
            ProgressBarBuilder b = new ProgressBarBuilder()
                    .setTaskName(next.label())
                    .setUnit(" " + next.unit(), 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200);
            b.setInitialMax(next == Phase.STORIES ? -1 : items);
            if (next == Phase.STORIES) {
                b.setTaskName("Stories (" + items + " articles)");
            }
            bar = b.build();
        }

        @Override
        protected synchronized void stepped(Phase of, int done) {
            if (streaming) {
                if (bar != null && of == Phase.CROSS_CHECK) {
                    bar.setExtraMessage(" " + phaseLine(of, done));
                }
            } else if (bar != null) {
                bar.stepTo(of == Phase.STORIES ? 0 : done);
                if (of != Phase.STORIES) {
                    double seconds = (System.nanoTime() - phaseStart) / 1e9;
                    bar.setExtraMessage(String.format(Locale.ROOT, " %.1f/s", seconds > 0 ? done / seconds : 0));
                }
            }
        }

        @Override
        public synchronized void revising(int stories) {
            if (bar != null) {
                bar.setExtraMessage(" revising the placements into " + stories + (stories == 1 ? " story…" : " stories…"));
            }
        }

        @Override
        protected void finish() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
