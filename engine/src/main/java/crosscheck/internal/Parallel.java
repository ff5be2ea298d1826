package crosscheck.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Independent tasks {@code 0 … n-1} shared among a few threads, the calling thread one of them: each thread takes the
 * next task not yet taken, so a long task does not hold back the others. The results come back in task order, so
 * a caller whose tasks are deterministic gets the same result on any number of threads. A task's exception stops
 * the tasks not yet begun and is thrown to the caller once the running ones end.
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code task(0)} … {@code task(n - 1)} on up to {@code threads} threads, in task order (a list of its own). */
    public static <T> List<T> map(int n, int threads, IntFunction<T> task) {
        Object[] out = new Object[n];
        forEach(n, threads, i -> out[i] = task.apply(i));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) new ArrayList<>(Arrays.asList(out));
        return list;
    }

    /** Runs {@code task(0)} … {@code task(n - 1)} on up to {@code threads} threads; returns when all have run. */
    public static void forEach(int n, int threads, IntConsumer task) {
        int helpers = Math.min(threads, n) - 1;
        if (helpers <= 0) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<Thread> started = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            Thread t = new Thread(worker, "crosscheck-parallel");
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failed.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
