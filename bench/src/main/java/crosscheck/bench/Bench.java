package crosscheck.bench;

import java.util.Arrays;

/**
 * Entry point of the bench jar: {@code java -jar bench/target/crosscheck-bench.jar EVALUATION [ARGS...]}. Each
 * evaluation prints its benchmark's own measure on a data set in {@code ../shared/data}; none runs in the tests.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "extraction" -> ExtractionEval.main(rest);
            case "bodies" -> BodiesEval.main(rest);
            case "clustering" -> ClusteringEval.main(rest);
            case "clustering-train" -> ClusteringTrain.main(rest);
            case "stories-online" -> OnlineStoriesEval.main(rest);
            case "claims" -> ClaimsEval.main(rest);
            case "pipeline" -> PipelineBench.main(rest);
            case "crosscheck-speed" -> CrossCheckBench.main(rest);
            case "ner" -> NerEval.main(rest);
            case "ner-train" -> NerEval.train(rest);
            case "attribution" -> AttributionEval.main(rest);
            case "dates" -> DateEval.main(rest);
            case "dates-html" -> DatesHtmlEval.main(rest);
            case "entities" -> EntityEval.main(rest);
            case "name-genders" -> NameLists.writeGenders(rest);
            case "annotation-speed" -> AnnotationBench.main(rest);
            case "attribution-train" -> AttributionEval.train(rest);
            case "stance" -> StanceEval.main(rest);
            case "stance-train" -> StanceEval.train(rest);
            case "gold" -> GoldEval.main(rest);
            case "archive-scale" -> ArchiveScale.main(rest);
            case "ingest-kill" -> IngestKill.main(rest);
            case "slow-inputs" -> SlowInputs.main(rest);
            case "report-kill" -> ReportKill.main(rest);
            case "fuzz" -> crosscheck.bench.fuzz.FuzzCommand.main(rest);
            default -> {
                System.err.println("unknown evaluation '" + args[0] + "'");
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar bench/target/crosscheck-bench.jar EVALUATION [ARGS...]");
        System.err.println("  extraction [DATA_DIR]   article-extraction-benchmark: shingle P/R/F1 for HTML and text, pages/s");
        System.err.println("  bodies [--pages] [--only NAMES_FILE] [PAGES_DIR]\n"
                + "                          article bodies of htmldate-mediacloud pages (most in other languages) vs\n"
                + "                          our own truth (bench/data/mediacloud-bodies): P/R/F1, dev and held-out");
        System.err.println("  clustering [DATA_DIR]   story clustering: B3 P/R/F1 and ARI");
        System.err.println("  stories-online [DATA_DIR] stories placed one article at a time (in publication order) vs the");
        System.err.println("                          batch: B3 P/R/F1 on ECB+, GVC dev, NewsWCL50, candidates and ms per article");
        System.err.println("  clustering-train [ECBPLUS_DIR] [--cv]  trains the shipped story model on the ECB+ train and dev");
        System.err.println("                          topics (repository root); --cv scores it by held-out folds of topics, writes nothing");
        System.err.println("  claims [DATA_DIR]       claim alignment vs cross-document event coreference (ECB+, MEANTIME):");
        System.err.println("                          pairwise P/R/F1 per threshold, best threshold on ECB+ dev, sentences/s");
        System.err.println("  ner [DATA_DIR]          CoNLL-2003 NER: P/R/F1 per type on testa and testb, tokens/s");
        System.err.println("  ner-train [DATA_DIR]    trains the shipped NER model on eng.train (run from the repository root)");
        System.err.println("  attribution [DATA_DIR]  PolNeAR dev: source/cue/content exact and overlap P/R/F1, tokens/s,");
        System.err.println("                          whole attributions (source+cue+content) P/R/F1");
        System.err.println("  dates [ECBPLUS_DIR]     date and time expressions vs ECB+ TIME_DATE/TIME_OF_THE_DAY mentions:");
        System.err.println("                          strict and relaxed P/R/F1 (train and dev topics)");
        System.err.println("  dates-html [--errors] [--no-speed] [DATA_DIR]  publication dates of HTML pages vs");
        System.err.println("                          htmldate-mediacloud: P/R/accuracy/F as htmldate scores them (dev,");
        System.err.println("                          held-out, all) beside the published table, pages/s on one thread");
        System.err.println("  entities [ECBPLUS_DIR]  entity resolution vs ECB+ entity coreference: B3 and MUC within articles");
        System.err.println("                          and within stories, beside a same-name baseline (train and dev topics)");
        System.err.println("  name-genders            writes the engine's first names by gender (from Datafaker; repository root)");
        System.err.println("  annotation-speed [N] [DATA_DIR]  tokens/s and articles/s per annotation layer, 1 and 2 threads,");
        System.err.println("                          model load times, peak heap (run with -Xmx1g)");
        System.err.println("  attribution-train [DATA_DIR] trains the shipped attribution model on PolNeAR train (repository root)");
        System.err.println("  stance [DATA_DIR]       FNC-1 held-out split (by body id): FNC score, macro-F1, per-stance P/R/F1,");
        System.err.println("                          confusion matrix, all-unrelated baseline, pairs/s, model load time");
        System.err.println("  stance-train [DATA_DIR] [--dev|--dev-claims] trains the shipped stance model on the FNC-1 training");
        System.err.println("                          side (repository root); --dev cross-validates on the training side by body,");
        System.err.println("                          --dev-claims by claim; both write nothing");
        System.err.println("  gold [GOLD_DIR] [--errors] [--only CORPUS]  the cross-check's verdicts vs ../shared/gold: score.py's");
        System.err.println("                          figures for all stories, the tuning and the held-out split; --errors lists the");
        System.err.println("                          tuning split's misses and false verdicts with their sentences; --archive:");
        System.err.println("                          ingested into a new archive in publication order, then reported from it");
        System.err.println("                          (--archive-each: one ingest per input file)");
        System.err.println("  archive-scale [--sizes 10000,100000,1000000] [--measure N] [--store LOCATION] [DATA_DIR]");
        System.err.println("                          the archive's cost per article as it grows (synthetic news recombined");
        System.err.println("                          from ECB+/GVC sentences): place and file ms, whole-ingest ms/article, heap,");
        System.err.println("                          store bytes/article (run with -Xmx4g)");
        System.err.println("  ingest-kill [TRIALS] [--jar JAR] [--examples DIR] [--copies N]  kill -9 harness of ingest:");
        System.err.println("                          a child JVM killed at random moments; every acknowledged article must");
        System.err.println("                          be in the store once, no story half-written (default 20 trials)");
        System.err.println("  slow-inputs [DIR]       writes the single inputs that once ran past two minutes (issue 21)");
        System.err.println("  report-kill [TRIALS] [--jar JAR] [--examples DIR]  kill -9 harness of the report switch: analyze");
        System.err.println("                          on the examples in a child JVM, killed while its report files are replaced");
        System.err.println("                          (default 20 trials); each must leave the whole old or the whole new set");
        System.err.println("  pipeline [N] [DATA_DIR] whole-pipeline throughput on N real pages: articles/s, 1 and 2 threads");
        System.err.println("  fuzz [--target text|html|warc|jsonl|feed|pipeline|all] [--seconds N | --runs N] [--out DIR]");
        System.err.println("                          [--timeout S]  Jazzer fuzzing seeded from examples/ (repository root), one");
        System.err.println("                          JVM per target: executions, execs/s, crashes, slowest input, findings saved");
        System.err.println("  crosscheck-speed [N...] [DATA_DIR]  clustering and cross-check speed and peak heap on N-article");
        System.err.println("                          corpora of recombined PolNeAR sentences (default 1000 10000 100000),");
        System.err.println("                          by story size, and with full annotation (run with -Xmx8g)");
    }
}
