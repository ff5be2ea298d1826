package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.bench.ExtractionMetric.PageScore;
import crosscheck.bench.ExtractionMetric.Summary;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extractor;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceRef;
import crosscheck.extract.ArticleExtractor;
import crosscheck.ingest.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleExtractor#standard()} on the Zyte/scrapinghub article-extraction-benchmark (181 news and blog
 * pages with a human-annotated article body, {@code ground-truth.json}) and measures its single-thread speed.
 *
 * <p>Usage: {@code java -jar bench/target/crosscheck-bench.jar extraction [DATA_DIR] [--out FILE] [--systems]
 * [--dump DIR] [--no-speed]}.
 * DATA_DIR defaults to {@code ../shared/data/article-extraction-benchmark}, looked up from the working directory and
 * from the repository holding this jar; {@code --out} (default {@code bench/target/extraction-scores.tsv}) receives
 * the per-page scores; {@code --systems} also scores the stored outputs of other systems in {@code DATA_DIR/output}
 * with the same code, as a check of the measure against the published figures; {@code --dump} writes each page's
 * truth, rendered text and both extractions to DIR; {@code --no-speed} skips the timed passes.
 *
 * <p>Two paths are scored on the same ground truth:
 * <ul>
 *   <li>{@code html}: each page's gunzipped bytes are decoded by {@link TextDecoder} (BOM, then HTML meta charset,
 *       then UTF-8) and extracted as {@link DocumentFormat#HTML}, with the ground truth's URL as the only hint;</li>
 *   <li>{@code text}: each page is rendered to plain text by {@link ExtractionTextRenderer} (jsoup, blocks as
 *       paragraphs, scripts, styles and hidden elements dropped; it never sees the ground truth) and extracted as
 *       {@link DocumentFormat#TEXT}.</li>
 * </ul>
 *
 * <p>The measure is the upstream {@code evaluate.py} one, re-implemented in {@link ExtractionMetric}: {@code \w+}
 * tokens, multisets of 4-token shingles, per-page tp/fp/fn normalised to sum 1; precision is the mean per-page
 * precision over pages with {@code tp+fp>0} (so an empty prediction does not lower precision, only recall), recall
 * the mean per-page recall over pages with {@code tp+fn>0}, and F1 the harmonic mean of those two means. Deviations:
 * no bootstrap standard deviations and no exact-match accuracy are computed; {@code \w} follows Python's definition
 * by Unicode general category as seen by this JDK's Unicode tables, which may differ from the Python build's tables
 * for rare, recently added characters. The per-page F1 written to the TSV and used to rank the worst pages is
 * {@code 2PR/(P+R)} of that page (0 when P or R is undefined); it is not part of the upstream measure.
 *
 * <p>Speed: after the scored pass and one more untimed warm-up pass, three passes over all pages are timed on the
 * calling thread; the median pass is reported (best in parentheses). Only extraction is timed: gunzipping, decoding
 * and text rendering are done beforehand. MB/s counts 10^6 bytes of decompressed HTML (html path) or of UTF-8 rendered
 * text (text path). Peak heap is the sum of the heap memory pools' peak usages from {@link MemoryPoolMXBean}, an
 * upper bound of the true simultaneous peak, over the whole run (it includes holding all pages in memory and depends
 * on how lazily the collector runs under the default maximum heap); the heap still used after {@code System.gc()}
 * with all pages loaded is printed beside it.
 */
public final class ExtractionEval {

    private static final String DATA_NAME = "article-extraction-benchmark";
    private static final int TIMED_PASSES = 5;
    /** Passes run before timing, so that the JIT has compiled the hot paths (steady state after about eight). */
    private static final int WARMUP_PASSES = 8;
    private static final int WORST = 5;

    /** Receives each timed pass's output so that the JIT cannot drop the work. */
    private static volatile long sink;

    private ExtractionEval() {
    }

    /** Command-line options. */
    private record Options(Path dataDir, Path out, boolean systems, Path dump, boolean speed) {
    }

    /** One benchmark page, read and prepared before anything is timed. */
    private record Page(String id, String fileName, String url, String truth, long htmlBytes, String html,
                        String text) {
    }

    /** One page's scores on both paths. */
    private record PageResult(Page page, PageScore html, PageScore text) {
    }

    /** A timed run: the median and best pass in nanoseconds. */
    private record Timing(long medianNanos, long bestNanos) {
    }

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        List<Page> pages = load(options.dataDir());
        Extractor extractor = ArticleExtractor.standard();

        List<PageResult> results = score(extractor, pages);
        Summary html = Summary.of(results.stream().map(PageResult::html).toList());
        Summary text = Summary.of(results.stream().map(PageResult::text).toList());
        System.out.println(line("html", html));
        System.out.println(line("text", text));
        if (options.dump() != null) {
            dump(extractor, pages, results, options.dump());
            System.out.println("per-page texts: " + options.dump());
        }
        if (!options.speed()) {
            writeTsv(options.out(), results);
            System.out.println("per-page scores: " + options.out());
            printWorst(results);
            return;
        }

        long htmlBytes = pages.stream().mapToLong(Page::htmlBytes).sum();
        long textBytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.println(speed("html", pages.size(), htmlBytes, time(extractor, pages, ExtractionEval::htmlDoc)));
        System.out.println(speed("text", pages.size(), textBytes, time(extractor, pages, ExtractionEval::textDoc)));
        System.out.printf(Locale.ROOT, "heap peak %.1f MB (sum of heap pool peaks, MemoryPoolMXBean; max heap %.0f MB),"
                + " %.1f MB live after System.gc() with all pages loaded%n",
                peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, liveHeapBytes() / 1e6);

        writeTsv(options.out(), results);
        System.out.println("per-page scores: " + options.out());
        printWorst(results);
        if (options.systems()) {
            printSystems(options.dataDir());
        }
    }

    /**
     * HTML and plain-text scores of the standard extractor over the benchmark in {@code dataDir}, for the
     * regression test: {@code [0]} HTML, {@code [1]} text.
     */
    static Summary[] summaries(Path dataDir) throws IOException {
        List<PageResult> results = score(ArticleExtractor.standard(), load(dataDir));
        return new Summary[] {Summary.of(results.stream().map(PageResult::html).toList()),
                Summary.of(results.stream().map(PageResult::text).toList())};
    }


    // --- options and data -------------------------------------------------------------------------------------

    private static Options parse(String[] args) {
        Path data = null;
        Path out = Path.of("bench", "target", "extraction-scores.tsv");
        boolean systems = false;
        Path dump = null;
        boolean speed = true;
        for (Iterator<String> it = Arrays.asList(args).iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--out" -> out = Path.of(requireValue(it, arg));
                case "--systems" -> systems = true;
                case "--dump" -> dump = Path.of(requireValue(it, arg));
                case "--no-speed" -> speed = false;
                default -> {
                    if (arg.startsWith("-") || data != null) {
                        throw new IllegalArgumentException("usage: extraction [DATA_DIR] [--out FILE] [--systems]"
                                + " [--dump DIR] [--no-speed]");
                    }
                    data = Path.of(arg);
                }
            }
        }
        return new Options(data != null ? data : defaultDataDir(), out, systems, dump, speed);
    }

    private static String requireValue(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    /** The first existing candidate among the working directory's and the jar's repository's shared data. */
    private static Path defaultDataDir() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("..", "shared", "data", DATA_NAME));
        candidates.add(Path.of("shared", "data", DATA_NAME));
        Path repo = repositoryRoot();
        if (repo != null) {
            candidates.add(repo.resolve("../shared/data/" + DATA_NAME).normalize());
            candidates.add(repo.resolve("shared/data/" + DATA_NAME));
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("ground-truth.json"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + DATA_NAME + " found; tried " + candidates));
    }

    /** The repository root when running from {@code bench/target/*.jar} or {@code bench/target/classes}. */
    static Path repositoryRoot() {
        try {
            Path location = Path.of(ExtractionEval.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            return target != null && target.getParent() != null ? target.getParent().getParent() : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    private static List<Page> load(Path dataDir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dataDir.resolve("ground-truth.json").toFile());
        Map<String, Path> files = htmlFiles(dataDir.resolve("html"));
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            Path file = files.get(id);
            if (file == null) {
                throw new IllegalStateException("ground-truth page " + id + " has no HTML file in " + dataDir);
            }
            pages.add(page(id, file, truth.get(id)));
        }
        return pages;
    }

    /** Page id (file name without {@code .html} / {@code .html.gz}) to file, in id order. */
    private static Map<String, Path> htmlFiles(Path dir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).forEach(p -> files.put(pageId(p.getFileName().toString()), p));
        }
        return files;
    }

    private static String pageId(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    }

    private static Page page(String id, Path file, JsonNode truth) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = readMaybeGzipped(file);
        String html = TextDecoder.decode(bytes, null, true, SourceRef.of(name), p -> { });
        String url = truth.path("url").asText(null);
        return new Page(id, name, url, truth.path("articleBody").asText(""), bytes.length, html,
                ExtractionTextRenderer.render(html));
    }

    static byte[] readMaybeGzipped(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    // --- extraction and scoring -------------------------------------------------------------------------------

    private static RawDocument htmlDoc(Page p) {
        return new RawDocument(p.id(), SourceRef.of(p.fileName()), DocumentFormat.HTML, p.html(),
                DocumentHints.ofUrl(p.url()));
    }

    private static RawDocument textDoc(Page p) {
        return new RawDocument(p.id(), SourceRef.of(p.fileName()), DocumentFormat.TEXT, p.text(),
                DocumentHints.ofUrl(p.url()));
    }

    /** The extracted body, or empty (reported) when the extractor gives up on the document. */
    private static String body(Extractor extractor, RawDocument doc) {
        try {
            return extractor.extract(doc).article().body();
        } catch (RuntimeException e) {
            System.err.println("warning: " + doc.format() + " extraction failed on " + doc.id() + ": " + e);
            return "";
        }
    }

    private static List<PageResult> score(Extractor extractor, List<Page> pages) {
        return pages.stream().map(p -> new PageResult(p,
                ExtractionMetric.score(p.truth(), body(extractor, htmlDoc(p))),
                ExtractionMetric.score(p.truth(), body(extractor, textDoc(p))))).toList();
    }

    /**
     * Writes, per page, {@code ID.truth.txt}, {@code ID.html.txt} (HTML extraction), {@code ID.input.txt} (the
     * rendered text) and {@code ID.text.txt} (the text cleaner's output), with the page's scores in the file names'
     * listing {@code scores.tsv}, so that a regression can be read rather than guessed.
     */
    private static void dump(Extractor extractor, List<Page> pages, List<PageResult> results, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Files.writeString(dir.resolve(p.id() + ".truth.txt"), p.truth());
            Files.writeString(dir.resolve(p.id() + ".input.txt"), p.text());
            Files.writeString(dir.resolve(p.id() + ".html.txt"), body(extractor, htmlDoc(p)));
            Files.writeString(dir.resolve(p.id() + ".text.txt"), body(extractor, textDoc(p)));
        }
        writeTsv(dir.resolve("scores.tsv"), results);
    }

    private static String line(String name, Summary s) {
        return String.format(Locale.ROOT, "%-5s P=%.3f R=%.3f F1=%.3f (%d pages)", name, s.precision(), s.recall(),
                s.f1(), s.pages());
    }

    // --- speed and memory -------------------------------------------------------------------------------------

    private static Timing time(Extractor extractor, List<Page> pages, Function<Page, RawDocument> doc) {
        List<RawDocument> docs = pages.stream().map(doc).toList();
        for (int i = 0; i < WARMUP_PASSES; i++) {
            sink += pass(extractor, docs);
        }
        long[] nanos = new long[TIMED_PASSES];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            sink += pass(extractor, docs);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[nanos.length / 2], nanos[0]);
    }

    /** One pass; the body lengths are summed so the work cannot be optimised away. */
    private static long pass(Extractor extractor, List<RawDocument> docs) {
        long chars = 0;
        for (RawDocument d : docs) {
            chars += body(extractor, d).length();
        }
        return chars;
    }

    private static String speed(String name, int pages, long bytes, Timing t) {
        double median = t.medianNanos() / 1e9;
        double best = t.bestNanos() / 1e9;
        return String.format(Locale.ROOT,
                "speed %s %.1f pages/s %.1f MB/s (1 thread, %d cores, JDK %s; median of %d passes after " + WARMUP_PASSES
                        + " warm-up passes, best %.1f pages/s)",
                name, pages / median, bytes / 1e6 / median, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), TIMED_PASSES, pages / best);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();
    }

    /** Heap used right after a requested full collection (MemoryMXBean), while the pages are still reachable. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // --- reports ----------------------------------------------------------------------------------------------

    private static void writeTsv(Path out, List<PageResult> results) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<String> lines = new ArrayList<>();
        lines.add("page\thtml_p\thtml_r\thtml_f1\ttext_p\ttext_r\ttext_f1");
        for (PageResult r : results) {
            lines.add(String.join("\t", r.page().id(), cells(r.html()), cells(r.text())));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** P, R, F1 of one page; an undefined P or R (empty prediction or empty truth) is written as {@code NA}. */
    private static String cells(PageScore s) {
        return String.join("\t", number(s.precision()), number(s.recall()), number(s.f1()));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void printWorst(List<PageResult> results) {
        System.out.println("worst html pages (F1, P, R, id, url):");
        results.stream().sorted(Comparator.comparingDouble((PageResult r) -> r.html().f1())
                        .thenComparing(r -> r.page().id()))
                .limit(WORST)
                .forEach(r -> System.out.printf(Locale.ROOT, "  %.3f  P=%s R=%s  %s  %s%n", r.html().f1(),
                        number(r.html().precision()), number(r.html().recall()), r.page().id(), r.page().url()));
    }

    /** Scores every stored system output with the same measure, to check it against the published figures. */
    private static void printSystems(Path dataDir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode truth = mapper.readTree(dataDir.resolve("ground-truth.json").toFile());
        List<Path> outputs;
        try (Stream<Path> list = Files.list(dataDir.resolve("output"))) {
            outputs = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        System.out.println("stored system outputs, same measure:");
        for (Path output : outputs) {
            JsonNode predictions = mapper.readTree(output.toFile());
            JsonNode byId = predictions.has("output") && predictions.has("version") ? predictions.get("output")
                    : predictions;
            List<PageScore> scores = new ArrayList<>();
            truth.fieldNames().forEachRemaining(id -> scores.add(ExtractionMetric.score(
                    truth.get(id).path("articleBody").asText(""), byId.path(id).path("articleBody").asText(""))));
            String name = output.getFileName().toString().replaceFirst("\\.json$", "");
            System.out.println("  " + line(name, Summary.of(scores)).replaceFirst("^(\\S+)\\s+", "$1 "));
        }
    }
}
