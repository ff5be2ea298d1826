package crosscheck.bench;

import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.DateAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.annotate.QuantityAnnotator;
import crosscheck.annotate.attrib.Token;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Speed and memory of each annotation layer and of the whole annotator, on real news text: the article texts of
 * PolNeAR's {@code train/} and {@code dev/} splits (political news from seven US outlets, 2015–2016). For each layer
 * it prints tokens/s and articles/s on one thread and on two (articles shared among the threads), best of three
 * passes after one warm-up pass; then the models' load times and the peak heap. Tokens are counted the same way for
 * every layer (letters-and-digits runs and single punctuation marks), so the rates compare.
 *
 * <p>{@code java -Xmx1g -jar bench/target/crosscheck-bench.jar annotation-speed [N] [DATA_DIR]}: N articles (all by
 * default).
 */
public final class AnnotationBench {

    private AnnotationBench() {
    }

    public static void main(String[] args) throws Exception {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        Path data = AttributionEval.dataDir(args.length > 1 ? new String[] {args[1]} : new String[0]);
        List<Article> articles = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            try (Stream<Path> s = Files.list(data.resolve(split).resolve("text"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    if (articles.size() >= limit) {
                        break;
                    }
                    // PolNeAR writes one paragraph per line; crosscheck's bodies separate paragraphs by a blank line.
                    String body = Files.readString(p, StandardCharsets.UTF_8).strip().replaceAll("\n+", "\n\n");
                    String id = p.getFileName().toString();
                    articles.add(new Article(id, SourceRef.of(id), null, null, null, null, null, body, List.of()));
                }
            }
        }
        long tokens = 0;
        for (Article a : articles) {
            tokens += Token.tokenize(a.body(), 0, a.body().length()).size();
        }
        System.out.printf(Locale.ROOT, "annotation speed: %d PolNeAR articles, %d tokens (%.0f per article); "
                        + "%d cores, JDK %s, max heap %d MB%n", articles.size(), tokens, (double) tokens / articles.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        EntityAnnotator entities = EntityAnnotator.standard();
        long t1 = System.nanoTime();
        AttributionAnnotator attributions = AttributionAnnotator.standard();
        long t2 = System.nanoTime();
        QuantityAnnotator quantities = new QuantityAnnotator();
        DateAnnotator dates = new DateAnnotator();

        // The attribution layer needs each article's entities: found once, outside its timing.
        Map<String, List<Entity>> found = new ConcurrentHashMap<>();
        for (Article a : articles) {
            found.put(a.id(), entities.annotate(a));
        }
        Set<String> outlets = Set.of();
        System.out.printf(Locale.ROOT, "%-30s %14s %14s %12s %12s%n", "layer", "tokens/s 1t", "tokens/s 2t",
                "articles/s 1t", "articles/s 2t");
        row("sentences + tokens (OpenNLP)", articles, tokens, entities::sentencesAndTokens);
        row("entities (incl. sentences)", articles, tokens, a -> entities.annotate(a).size());
        row("quotes + attributions", articles, tokens,
                a -> attributions.annotate(a, found.get(a.id()), outlets).attributions().size());
        row("quantities", articles, tokens, a -> quantities.annotate(a).size());
        row("dates", articles, tokens, a -> dates.annotate(a).size());
        row("whole annotator", articles, tokens, a -> {
            List<Entity> e = entities.annotate(a);
            return e.size() + attributions.annotate(a, e, outlets).quotes().size() + quantities.annotate(a).size()
                    + dates.annotate(a).size();
        });
        System.out.printf(Locale.ROOT, "model load: entities (OpenNLP sentence and token models, NER) %.0f ms, "
                + "attributions %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        System.out.printf(Locale.ROOT, "heap peak %.0f MB (sum of heap pool peaks over the whole run, all texts and "
                + "models loaded)%n", PipelineBench.peakHeap() / 1e6);
    }

    private static void row(String layer, List<Article> articles, long tokens, ToIntFunction<Article> work)
            throws Exception {
        double[] seconds = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            pass(articles, work, threads); // warm-up
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                best = Math.min(best, pass(articles, work, threads));
            }
            seconds[threads] = best;
        }
        System.out.printf(Locale.ROOT, "%-30s %14.0f %14.0f %12.1f %12.1f%n", layer, tokens / seconds[1],
                tokens / seconds[2], articles.size() / seconds[1], articles.size() / seconds[2]);
    }

    private static double pass(List<Article> articles, ToIntFunction<Article> work, int threads) throws Exception {
        long start = System.nanoTime();
        long sink = 0;
        if (threads == 1) {
            for (Article a : articles) {
                sink += work.applyAsInt(a);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> futures = new ArrayList<>();
                for (Article a : articles) {
                    futures.add(pool.submit(() -> work.applyAsInt(a)));
                }
                for (Future<Integer> f : futures) {
                    sink += f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
