package crosscheck.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The time budget of the work on one document, checked cooperatively: the runner opens a deadline on its thread
 * around one document's extraction or annotation ({@link #start}), and the heavy stages call {@link #check()} in
 * their loops (per sentence, per block, per token run), which throws {@link TooSlowException} once the budget is
 * spent. Java cannot stop a thread safely, so a stage that never checks is not bounded by it; every stage whose
 * work grows with the document checks. Without an open deadline {@link #check()} does nothing (the stages used on
 * their own, the bench, the tests).
 *
 * <p>The budget counts the processor time of the thread doing the work, where the JVM measures it, so that a busy
 * machine (more threads than cores) does not cut normal documents short; the wall time is capped too, at
 * {@value #WALL_FACTOR} budgets.
 */
public final class Deadline implements AutoCloseable {

    private static final ThreadLocal<@Nullable Deadline> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    /** How many budgets of wall time a document may take while its thread waits for a core on a busy machine. */
    static final int WALL_FACTOR = 5;

    private final long startCpu;
    private final long endWall;
    private final Duration budget;
    private final @Nullable Deadline outer;

    private Deadline(Duration budget, @Nullable Deadline outer) {
        this.budget = budget;
        this.startCpu = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
        long nanos = budget.toNanos();
        this.endWall = System.nanoTime() + (CPU_TIME && nanos < Long.MAX_VALUE / WALL_FACTOR ? nanos * WALL_FACTOR
                : nanos);
        this.outer = outer;
    }

    /**
     * Opens a deadline {@code budget} from now on this thread, until {@link #close()}; a deadline already open
     * (an outer one) is restored on close.
     */
    public static Deadline start(Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("budget must not be negative, got " + budget);
        }
        Deadline d = new Deadline(budget, CURRENT.get());
        CURRENT.set(d);
        return d;
    }

    /** Runs {@code work} on this thread under a deadline {@code budget} from now ({@link #start}). */
    public static <T> T within(Duration budget, java.util.function.Supplier<T> work) {
        Deadline d = start(budget);
        try {
            return work.get();
        } finally {
            d.close();
        }
    }

    /** Throws {@link TooSlowException} when this thread's open deadline has passed; otherwise nothing. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null && (System.nanoTime() - d.endWall > 0
                || CPU_TIME && THREADS.getCurrentThreadCpuTime() - d.startCpu > d.budget.toNanos())) {
            throw new TooSlowException(d.budget);
        }
    }

    /** The budget this deadline was opened with. */
    public Duration budget() {
        return budget;
    }

    /** "10 s", "0.5 s": a budget as the problem lines and {@code --document-timeout} state it. */
    public static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** Thrown by {@link #check()} when the work on a document has used up its budget. */
    public static final class TooSlowException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Duration budget;

        TooSlowException(Duration budget) {
            super("the work on the document ran over its time budget of " + seconds(budget), null,
                    false, false);
            this.budget = budget;
        }

        /** The budget that ran out. */
        public Duration budget() {
            return budget;
        }
    }
}
