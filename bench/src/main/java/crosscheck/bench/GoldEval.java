package crosscheck.bench;

import crosscheck.core.Report;
import crosscheck.pipeline.BatchListener;
import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.pipeline.ArchiveListener;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.BatchRunner;
import crosscheck.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cross-check's verdicts against the hand labels of {@code ../shared/gold}: analyses each corpus there (every
 * folder with a {@code gold.json} and an {@code input/}) as {@code crosscheck analyze} does with its defaults, writes
 * the report to {@code bench/target/gold/CORPUS/}, and prints what the corpus's own {@code score.py} prints for it:
 * for all of its stories, then for the tuning split and the held-out split ({@code bench/gold/gold_errors.py} fixes
 * them by the md5 of the gold story id: three stories in ten are held out and never read while tuning). With
 * {@code --errors}, lists each miss and each false verdict of the tuning split with its sentences.
 *
 * <p>With {@code --archive}, each corpus is not analysed as one batch but ingested into a new archive in publication
 * order (one ingest; {@code --archive-each}: one ingest per input file, as news comes in) and reported from it.
 *
 * <p>{@code java -jar bench/target/crosscheck-bench.jar gold [GOLD_DIR] [--errors] [--only CORPUS]
 * [--archive | --archive-each]}; needs
 * {@code python3} (score.py is the measure; it is called, not ported).
 */
public final class GoldEval {

    private GoldEval() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean errors = false;
        String archive = null;
        String only = null;
        Path gold = Path.of("..", "shared", "gold");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--errors" -> errors = true;
                case "--archive" -> archive = "one";
                case "--archive-each" -> archive = "each";
                case "--only" -> only = args[++i];
                default -> gold = Path.of(args[i]);
            }
        }
        Path score = gold.resolve("score.py");
        Path helper = Path.of("bench", "gold", "gold_errors.py");
        if (!Files.isRegularFile(score)) {
            System.err.println("gold: no score.py in " + gold + "; give the folder of the gold corpora");
            System.exit(2);
        }
        if (!Files.isRegularFile(helper)) {
            System.err.println("gold: " + helper + " is missing; run from the repository root");
            System.exit(2);
        }
        List<Path> corpora = new ArrayList<>();
        try (Stream<Path> s = Files.list(gold)) {
            s.filter(p -> Files.isRegularFile(p.resolve("gold.json")) && Files.isDirectory(p.resolve("input")))
                    .sorted().forEach(corpora::add);
        }
        Path outRoot = Path.of("bench", "target", "gold");
        for (Path corpus : corpora) {
            String name = corpus.getFileName().toString();
            if (only != null && !only.equals(name)) {
                continue;
            }
            Path out = outRoot.resolve(name);
            Files.createDirectories(out);
            long start = System.nanoTime();
            Report report = archive == null
                    ? BatchRunner.builder().build().run(List.of(corpus.resolve("input").toString()),
                            new BatchListener() { })
                    : archived(corpus.resolve("input"), archive.equals("each"));
            ReportWriter.standard().write(report, out);
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "== %s: %d articles, %d stories, analysed in %.1f s; report %s%n", name,
                    report.articles().size(), report.stories().size(), secs, out.resolve("report.json"));
            Path goldJson = corpus.resolve("gold.json");
            Path reportJson = out.resolve("report.json");
            System.out.println("-- all stories");
            python(score.toString(), goldJson.toString(), reportJson.toString());
            for (String split : List.of("tune", "held-out")) {
                Path g = out.resolve("gold-" + split + ".json");
                Path r = out.resolve("report-" + split + ".json");
                python(helper.toString(), goldJson.toString(), reportJson.toString(), "--split", split, "--subset",
                        g.toString(), r.toString());
                System.out.println("-- " + split + " split");
                python(score.toString(), g.toString(), r.toString());
            }
            if (errors) {
                python(helper.toString(), goldJson.toString(), reportJson.toString(), "--split", "tune");
            }
        }
    }

    /**
     * The corpus as the archive reports it: its files ingested in publication order (each file's earliest article)
     * into a new store, in one ingest ({@code each} false) or one ingest per file, each placing its articles one by
     * one and re-checking the stories they changed; then the report of every story.
     */
    static Report archived(Path input, boolean each) throws IOException {
        List<String> files = AnalysisOrder.byPublication(input);
        Path folder = Files.createTempDirectory("crosscheck-gold-archive");
        ArchiveRunner runner = new ArchiveRunner(BatchRunner.builder().build(), new OnlineStoryPlacer(),
                ArchiveRunner.DEFAULT_CHUNK);
        try (ArchiveStore store = ArchiveStores.open(folder.toString(), java.time.Duration.ZERO)) {
            if (each) {
                for (String f : files) {
                    runner.ingest(store, List.of(f), new ArchiveListener() { });
                }
            } else {
                runner.ingest(store, files, new ArchiveListener() { });
            }
            return runner.report(store, store.stories(null), new ArchiveListener() { });
        }
    }

    /** Runs a Python script with its output on ours; score.py exits 1 only with --need, which is not given. */
    private static void python(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            System.err.println("gold: " + String.join(" ", cmd) + " exited with " + rc);
        }
    }
}
