package crosscheck.bench;

import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extractor;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceRef;
import crosscheck.extract.ArticleExtractor;
import crosscheck.extract.PublicationDates;
import crosscheck.ingest.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Publication dates of HTML pages against {@code ../shared/data/htmldate-mediacloud} (195 news pages, htmldate's
 * labels), scored as that data set's README and htmldate's {@code tests/comparison.py} score them: one date per
 * page compared as a {@code YYYY-MM-DD} string; no date is a false negative, the gold date a true positive, any
 * other date a false positive. Precision = TP/(TP+FP), recall = TP/(TP+FN), accuracy = TP/pages, F-score =
 * 2TP/(2TP+FP+FN).
 *
 * <p>The date scored is the {@code published} field of {@link ArticleExtractor#standard()} on the page, decoded as
 * the pipeline decodes HTML, with no hint (the data set gives no URL). The pages are split once by a CRC-32 of the
 * file name: about 70 % dev (the pages one may read while tuning; {@code --errors} lists only these) and 30 %
 * held out (never read while tuning). Speed: pages per second on one thread over all pages, median of timed passes
 * after warm-up, for the whole extraction, for the date finder alone ({@link PublicationDates#publishedOf}: the
 * parse and the page's metadata) and for jsoup's parse alone (the floor of anything reading the DOM).
 *
 * <p>Usage: {@code dates-html [--errors] [--no-speed] [DATA_DIR]}.
 */
final class DatesHtmlEval {

    private static final String DATA_NAME = "htmldate-mediacloud";
    private static final int DEV_PERCENT = 70;
    private static final int WARMUP_PASSES = 3;
    private static final int TIMED_PASSES = 5;
    private static final String[] PUBLISHED = {
        "htmldate 1.10.0 extensive   P=0.908 R=0.993 A=0.903 F=0.949  (time 1.8x)",
        "htmldate 1.10.0 fast        P=0.924 R=0.927 A=0.861 F=0.925  (1x)",
        "newspaper4k 0.9.5           P=0.912 R=0.728 A=0.680 F=0.810  (2.5x)",
        "news-please 1.6.16          P=0.845 R=0.777 A=0.680 F=0.810  (29x)",
        "articleDateExtractor 0.20   P=0.846 R=0.745 A=0.656 F=0.792  (3x)",
        "goose3 3.1.21               P=0.930 R=0.568 A=0.545 F=0.706  (14x)",
        "date_guesser 2.1.4          P=0.832 R=0.611 A=0.544 F=0.705  (11x)",
    };

    /** Receives each timed pass's output so that the JIT cannot drop the work. */
    private static volatile long sink;

    private DatesHtmlEval() {
    }

    /** One page of the data set, decoded before anything is timed. */
    private record Page(String name, String html, String gold, boolean dev) {
    }

    /** One page's outcome: the date found ({@code YYYY-MM-DD}) or null. */
    private record Outcome(Page page, @org.jspecify.annotations.Nullable String found) {
        boolean right() {
            return page.gold().equals(found);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean errors = false;
        boolean speed = true;
        Path data = Path.of("..", "shared", "data", DATA_NAME);
        for (String arg : args) {
            switch (arg) {
                case "--errors" -> errors = true;
                case "--no-speed" -> speed = false;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("usage: dates-html [--errors] [--no-speed] [DATA_DIR]");
                    }
                    data = Path.of(arg);
                }
            }
        }
        if (!Files.isRegularFile(data.resolve("gold.tsv"))) {
            System.err.println("no " + DATA_NAME + " data at " + data.toAbsolutePath() + " (expected gold.tsv)");
            System.exit(2);
        }
        List<Page> pages = load(data);
        Extractor extractor = ArticleExtractor.standard();
        List<Outcome> outcomes = pages.stream().map(p -> new Outcome(p, day(published(extractor, p)))).toList();
        System.out.println("publication dates on " + DATA_NAME + " (htmldate's metric; dev split by CRC-32 of the"
                + " file name):");
        print("dev", outcomes, o -> o.page().dev());
        print("held-out", outcomes, o -> !o.page().dev());
        print("all", outcomes, o -> true);
        System.out.println("published figures (htmldate docs, full 1,000-page set):");
        for (String row : PUBLISHED) {
            System.out.println("  " + row);
        }
        if (errors) {
            System.out.println("dev pages wrong or missing (found, gold, page):");
            outcomes.stream().filter(o -> o.page().dev() && !o.right()).forEach(o -> System.out.println(
                    "  " + (o.found() == null ? "none      " : o.found()) + "  " + o.page().gold() + "  "
                            + o.page().name()));
        }
        if (speed) {
            System.out.println(speed("extraction (published)", pages.size(), pass -> {
                int n = 0;
                for (Page p : pages) {
                    String d = published(extractor, p);
                    n += d == null ? 0 : d.length();
                }
                return n;
            }));
            System.out.println(speed("date finder alone (jsoup parse + page metadata)", pages.size(), pass -> {
                int n = 0;
                for (Page p : pages) {
                    String d = PublicationDates.publishedOf(p.html(), null);
                    n += d == null ? 0 : d.length();
                }
                return n;
            }));
            System.out.println(speed("jsoup parse alone", pages.size(), pass -> {
                int n = 0;
                for (Page p : pages) {
                    n += Jsoup.parse(p.html()).childNodeSize();
                }
                return n;
            }));
        }
    }

    private static List<Page> load(Path data) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
            String[] row = line.split("\t");
            if (row.length < 2) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(data.resolve("pages/" + row[0] + ".gz")))) {
                bytes = in.readAllBytes();
            }
            String html = TextDecoder.decode(bytes, null, true, SourceRef.of(row[0]), p -> { });
            pages.add(new Page(row[0], html, row[1].strip(), isDev(row[0])));
        }
        return pages;
    }

    /** The fixed split: about {@value #DEV_PERCENT} % of the pages, chosen by a CRC-32 of the file name. */
    static boolean isDev(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < DEV_PERCENT;
    }

    private static @org.jspecify.annotations.Nullable String published(Extractor extractor, Page p) {
        RawDocument doc = new RawDocument(p.name(), SourceRef.of(p.name()), DocumentFormat.HTML, p.html(),
                DocumentHints.none());
        return extractor.extract(doc).article().published();
    }

    private static @org.jspecify.annotations.Nullable String day(@org.jspecify.annotations.Nullable String iso) {
        return iso == null || iso.length() < 10 ? iso : iso.substring(0, 10);
    }

    private static void print(String split, List<Outcome> outcomes, Predicate<Outcome> in) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Outcome o : outcomes) {
            if (!in.test(o)) {
                continue;
            }
            if (o.found() == null) {
                fn++;
            } else if (o.right()) {
                tp++;
            } else {
                fp++;
            }
        }
        int n = tp + fp + fn;
        System.out.printf(Locale.ROOT, "  %-9s P=%.3f R=%.3f A=%.3f F=%.3f  (%d pages: %d right, %d wrong, %d none)%n",
                split, ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(tp, n), ratio(2 * tp, 2 * tp + fp + fn), n, tp,
                fp, fn);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String speed(String what, int pages, ToIntFunction<Integer> pass) {
        for (int i = 0; i < WARMUP_PASSES; i++) {
            sink += pass.applyAsInt(i);
        }
        long[] nanos = new long[TIMED_PASSES];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            sink += pass.applyAsInt(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "speed %s: %.1f pages/s (1 thread, median of %d passes after %d warm-up"
                + " passes, best %.1f)", what, pages / (nanos[TIMED_PASSES / 2] / 1e9), TIMED_PASSES, WARMUP_PASSES,
                pages / (nanos[0] / 1e9));
    }
}
