package crosscheck.bench;

import crosscheck.core.Report;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the whole {@code analyze} pipeline (read, extract, site boilerplate, stories, near-duplicates;
 * report rendering excluded) on real pages: the 181 pages of the article-extraction benchmark, written out as
 * {@code N} HTML files (the pages repeated in turn, so from N = 362 on every story has copies). Prints articles/s
 * for the batch with 1 and with 2 threads, words per second (whitespace-separated words of the articles' bodies: these
 * pages' articles are longer than the ~650 tokens the budget assumes, so words/s is what compares), tokens/s (counted
 * as {@link crosscheck.annotate.attrib.Token#tokenize} counts them: letters-and-digits runs and single punctuation marks) and
 * what they make in articles of the budget's 650 tokens, the process's CPU time per article during each run, each
 * phase's time after reading, and the peak heap.
 *
 * <p>{@code java -jar bench/target/crosscheck-bench.jar pipeline [N] [DATA_DIR] [--warmup K]}, N = 1000 by default;
 * K runs of the whole batch (1 by default) come first, unmeasured: the JIT compiler still takes much of a core
 * through the first few thousand articles, which a long-running ingest no longer pays.
 */
public final class PipelineBench {

    /** The article length the performance budget assumes (100 articles/s of it on 2 cores). */
    static final int BUDGET_TOKENS = 650;

    private PipelineBench() {
    }

    public static void main(String[] args) throws IOException {
        int warmups = 1;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmup") && i + 1 < args.length) {
                warmups = Integer.parseInt(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        int n = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 1000;
        Path data = positional.size() > 1 ? Path.of(positional.get(1))
                : Path.of("..", "shared", "data", "article-extraction-benchmark");
        if (!Files.isDirectory(data.resolve("html"))) {
            data = Path.of("../shared/data/article-extraction-benchmark");
        }
        List<byte[]> pages = load(data.resolve("html"));
        Path dir = Files.createTempDirectory("crosscheck-pipeline-");
        try {
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                byte[] page = pages.get(i % pages.size());
                Files.write(dir.resolve(String.format(Locale.ROOT, "page-%05d.html", i)), page);
                bytes += page.length;
            }
            System.out.printf(Locale.ROOT, "pipeline: %d HTML files, %.1f MB, from %d distinct pages; %d cores, JDK %s%n",
                    n, bytes / 1e6, pages.size(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            for (int w = 0; w < warmups; w++) {
                run(dir, 2, false);
            }
            System.out.printf(Locale.ROOT, "after %d warm-up run%s of the whole batch on 2 threads:%n", warmups,
                    warmups == 1 ? "" : "s");
            for (int threads : new int[] {1, 2}) {
                run(dir, threads, true);
            }
            System.out.printf(Locale.ROOT, "heap peak %.0f MB (sum of heap pool peaks)%n", peakHeap() / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir, int threads, boolean print) {
        BatchRunner runner = BatchRunner.builder().threads(threads).build();
        long cpuStart = processCpu();
        long start = System.nanoTime();
        long[] readDone = new long[1];
        java.util.Map<BatchListener.Phase, Long> began = new java.util.EnumMap<>(BatchListener.Phase.class);
        Report report = runner.run(List.of(dir.toString()), new BatchListener() {
            @Override
            public void clustering(int articles) {
                readDone[0] = System.nanoTime();
            }

            @Override
            public void phase(Phase phase, int total) {
                began.put(phase, System.nanoTime());
            }
        });
        long end = System.nanoTime();
        long cpu = processCpu() - cpuStart;
        if (print) {
            double total = (end - start) / 1e9;
            double read = (readDone[0] - start) / 1e9;
            long words = 0;
            long tokens = 0;
            for (crosscheck.core.Article a : report.articles()) {
                words += words(a.body());
                tokens += crosscheck.annotate.attrib.Token.tokenize(a.body(), 0, a.body().length()).size();
            }
            System.out.printf(Locale.ROOT, "threads=%d: %d articles, %d stories in %.2f s = %.1f articles/s "
                            + "(read+extract %.2f s = %.1f articles/s; stories+duplicates %.2f s); "
                            + "%.0f words/article, %.0f words/s; process CPU %.2f s = %.1f ms/article%n",
                    threads, report.summary().articles(), report.summary().stories(), total,
                    report.summary().articles() / total, read, report.summary().articles() / read, total - read,
                    (double) words / Math.max(1, report.summary().articles()), words / total, cpu / 1e9,
                    cpu / 1e6 / Math.max(1, report.summary().articles()));
            System.out.printf(Locale.ROOT, "  %.0f tokens/article, %.0f tokens/s = %.1f articles/s of %d tokens%n",
                    (double) tokens / Math.max(1, report.summary().articles()), tokens / total,
                    tokens / total / BUDGET_TOKENS, BUDGET_TOKENS);
            System.out.println("  " + phases(readDone[0], began, end));
        }
    }

    /**
     * The seconds each phase after reading took (from its start to the next one's, the last to the end): which
     * part of the run is spent where, and which parts use the second thread.
     */
    static String phases(long readDone, java.util.Map<BatchListener.Phase, Long> began, long end) {
        List<java.util.Map.Entry<BatchListener.Phase, Long>> order = new ArrayList<>(began.entrySet());
        order.sort(java.util.Map.Entry.comparingByValue());
        StringBuilder out = new StringBuilder("after reading:");
        long at = readDone;
        String name = "site boilerplate";
        for (java.util.Map.Entry<BatchListener.Phase, Long> e : order) {
            out.append(String.format(Locale.ROOT, " %s %.2f s;", name, (e.getValue() - at) / 1e9));
            at = e.getValue();
            name = e.getKey().label().toLowerCase(Locale.ROOT);
        }
        return out.append(String.format(Locale.ROOT, " %s %.2f s", name, (end - at) / 1e9)).toString();
    }

    /** The whitespace-separated words of a text. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static List<byte[]> load(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                        : Files.newInputStream(p)) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        return pages;
    }

    /**
     * The CPU time of the whole process so far (every thread: the runner's, the collector's, the compiler's), in
     * nanoseconds: on a machine shared with other work it moves far less than the wall clock does.
     */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The sum of the heap pools' peak use since the JVM started, in bytes. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
