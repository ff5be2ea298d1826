package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.bench.ExtractionMetric.PageScore;
import crosscheck.bench.ExtractionMetric.Summary;
import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.Extractor;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceRef;
import crosscheck.extract.ArticleExtractor;
import crosscheck.ingest.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Scores {@link ArticleExtractor#standard()} on article bodies of news pages, most in other languages than English:
 * the pages of {@code ../shared/data/htmldate-mediacloud} for which
 * {@code bench/data/mediacloud-bodies/ground-truth.json} holds a body written by reading the page (the
 * article-extraction benchmark's convention: the article's text, its inline dateline kept, without title, standfirst,
 * captions, bylines or related links). Measure: the article-extraction benchmark's own ({@link ExtractionMetric}, the
 * code the {@code extraction} bench uses). The pages are split once by a CRC-32 of the page name: a third held out
 * (never read while tuning), the rest dev.
 *
 * <p>Usage: {@code java -jar bench/target/crosscheck-bench.jar bodies [--pages] [--only NAMES_FILE] [PAGES_DIR]};
 * {@code --pages} prints each dev page's score and language (held-out pages are never listed); {@code --only} scores
 * only the pages the file names, one a line (for example {@code bench/data/mediacloud-bodies/round-4.txt}, the pages of
 * one labelling round), still split into dev and held-out.
 */
public final class BodiesEval {

    private static final String DATA_NAME = "htmldate-mediacloud";
    private static final String TRUTH = "bench/data/mediacloud-bodies/ground-truth.json";

    private BodiesEval() {
    }

    private record Page(String name, String language, String truth, String html, boolean dev) {
    }

    private record Result(Page page, PageScore score, Article article) {
    }

    public static void main(String[] args) throws IOException {
        boolean listPages = false;
        Path pagesDir = null;
        Path onlyFile = null;
        String usage = "usage: bodies [--pages] [--only NAMES_FILE] [PAGES_DIR]";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--pages")) {
                listPages = true;
            } else if (a.equals("--only") && i + 1 < args.length) {
                onlyFile = Path.of(args[++i]);
            } else if (a.startsWith("-") || pagesDir != null) {
                throw new IllegalArgumentException(usage);
            } else {
                pagesDir = Path.of(a);
            }
        }
        Path truthFile = find(TRUTH);
        if (pagesDir == null) {
            pagesDir = find("../shared/data/" + DATA_NAME + "/pages");
        }
        List<Page> pages = load(truthFile, pagesDir);
        if (onlyFile != null) {
            pages = only(pages, onlyFile);
        }
        Extractor extractor = ArticleExtractor.standard();
        List<Result> results = new ArrayList<>();
        for (Page p : pages) {
            RawDocument doc = new RawDocument(p.name(), SourceRef.of(p.name()), DocumentFormat.HTML, p.html(),
                    DocumentHints.none());
            Article a = extractor.extract(doc).article();
            results.add(new Result(p, ExtractionMetric.score(p.truth(), a.body()), a));
        }
        System.out.println("article bodies on " + DATA_NAME + " pages, most in other languages (article-extraction-benchmark"
                + " measure; split by CRC-32 of the page name)");
        print("dev", results, r -> r.page().dev());
        print("held-out", results, r -> !r.page().dev());
        print("all", results, r -> true);
        long detected = results.stream().filter(r -> r.page().language().equals(r.article().detectedLanguage()))
                .count();
        System.out.printf(Locale.ROOT, "detectedLanguage equal to the labelled language: %d of %d pages%n", detected,
                results.size());
        if (listPages) {
            System.out.println("dev pages (F1, P, R, labelled language, detected, declared, name):");
            results.stream().filter(r -> r.page().dev()).sorted((x, y) -> Double.compare(f1(x.score()), f1(y.score())))
                    .forEach(r -> System.out.printf(Locale.ROOT, "  %.3f  P=%.3f R=%.3f  %s %s %s  %s%n",
                            f1(r.score()), precision(r.score()), recall(r.score()), r.page().language(),
                            r.article().detectedLanguage(), r.article().language(), r.page().name()));
        }
    }

    private static void print(String split, List<Result> results, Predicate<Result> in) {
        Summary s = Summary.of(results.stream().filter(in).map(Result::score).toList());
        System.out.printf(Locale.ROOT, "%-8s P=%.3f R=%.3f F1=%.3f (%d pages)%n", split, s.precision(), s.recall(),
                s.f1(), s.pages());
    }

    private static double precision(PageScore s) {
        return s.tp() + s.fp() > 0 ? s.tp() / (s.tp() + s.fp()) : 0;
    }

    private static double recall(PageScore s) {
        return s.tp() + s.fn() > 0 ? s.tp() / (s.tp() + s.fn()) : 0;
    }

    private static double f1(PageScore s) {
        double p = precision(s);
        double r = recall(s);
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    /** The pages {@code namesFile} names (one a line; blank lines and {@code #} comments skipped), in its order. */
    private static List<Page> only(List<Page> pages, Path namesFile) throws IOException {
        List<Page> kept = new ArrayList<>();
        for (String line : Files.readAllLines(namesFile, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            kept.add(pages.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException(namesFile + " names page " + name + ", which has no body in "
                            + TRUTH)));
        }
        return kept;
    }

    /** True for the two thirds of pages in the dev split. */
    static boolean isDev(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 3 != 0;
    }

    private static List<Page> load(Path truthFile, Path pagesDir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> names = truth.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode t = truth.get(name);
            Path file = pagesDir.resolve(t.path("file").asText());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("page " + name + " has no file " + file);
            }
            String html = TextDecoder.decode(ExtractionEval.readMaybeGzipped(file), null, true, SourceRef.of(name),
                    p -> { });
            pages.add(new Page(name, t.path("language").asText(), t.path("articleBody").asText(), html, isDev(name)));
        }
        return pages;
    }

    /** The path relative to the working directory, else to the repository holding this jar. */
    private static Path find(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) {
            return here;
        }
        Path repo = ExtractionEval.repositoryRoot();
        Path there = repo == null ? here : repo.resolve(relative).normalize();
        if (!Files.exists(there)) {
            throw new IllegalStateException("not found: " + relative + " (from the working directory or " + repo + ")");
        }
        return there;
    }
}
