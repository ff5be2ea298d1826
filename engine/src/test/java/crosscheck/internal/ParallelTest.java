package crosscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeBackInTaskOrderOnAnyNumberOfThreads() {
        List<Integer> expected = IntStream.range(0, 1000).map(i -> i * i).boxed().toList();
        for (int threads : new int[] {1, 2, 4, 16}) {
            assertEquals(expected, Parallel.map(1000, threads, i -> i * i), threads + " threads");
        }
        assertEquals(List.of(), Parallel.map(0, 4, i -> i));
    }

    @Test
    void everyTaskRunsOnce() {
        java.util.concurrent.atomic.AtomicIntegerArray runs = new java.util.concurrent.atomic.AtomicIntegerArray(200);
        Parallel.forEach(200, 3, i -> {
            runs.incrementAndGet(i);
            busy();
        });
        for (int i = 0; i < 200; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }

    @Test
    void oneThreadIsTheCallersAlone() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(50, 1, i -> threads.add(Thread.currentThread().getName()));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aFailingTaskStopsTheRestAndIsThrown() {
        AtomicInteger runs = new AtomicInteger();
        // A million busy tasks would take seconds: the ones after the failure are not begun.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(1_000_000, 2,
                i -> {
                    runs.incrementAndGet();
                    if (i == 10) {
                        throw new IllegalStateException("task " + i);
                    }
                    busy();
                }));
        assertEquals("task 10", e.getMessage());
        assertTrue(runs.get() < 1_000_000, runs + " tasks ran");
    }

    private static void busy() {
        long x = 0;
        for (int k = 0; k < 10_000; k++) {
            x += k * 31L;
        }
        assertTrue(x > 0);
    }
}
