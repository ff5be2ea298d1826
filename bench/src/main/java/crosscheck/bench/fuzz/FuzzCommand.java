package crosscheck.bench.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code bench fuzz [--target NAME|all] [--seconds N | --runs N] [--out DIR] [--timeout S] [--examples DIR]
 * [--keep-going N]}: runs each fuzz target with Jazzer for a bounded time, one JVM per target one after the other,
 * and prints per target the executions, executions per second, crashes (exceptions, invalid output files and inputs
 * over the time limit), the slowest input's time and where each finding was saved.
 *
 * <p>Each target's corpus is seeded from the repository's {@code examples/} (files written by us). Work goes to
 * {@code --out} (default {@code target/fuzz}): per target {@code seeds/}, {@code corpus/} (what the fuzzer keeps),
 * {@code findings/} (crash-*, timeout-*, oom-* inputs and Jazzer's Java reproducers), {@code stats/} (the slowest
 * input, bug-code problem samples), {@code fuzz.dict} (the format's tokens, from this package's {@code *.dict}
 * resources) and {@code fuzz.log}. A finding is kept by copying it to
 * {@code bench/src/test/resources/fuzz-regressions/TARGET/}, which the tests replay on every build.
 */
public final class FuzzCommand {

    /** The classes Jazzer instruments for coverage: ours and the parsers the input formats go through. */
    static final String INSTRUMENT = String.join(":", "crosscheck.**", "org.jsoup.**", "org.netpreserve.**",
            "com.rometools.**", "com.fasterxml.jackson.core.**");

    /**
     * Jazzer's hooks on java.util.regex, left out: our stages run many regular expressions on every input, and with
     * these hooks the text target ran 8 times slower (309 against 2,644 executions in 40 s). We never compile a
     * pattern from input (the injection check has nothing to find); slow matching is caught by the time limit.
     */
    static final String DISABLED_HOOKS = "com.code_intelligence.jazzer.sanitizers.RegexRoadblocks:"
            + "com.code_intelligence.jazzer.sanitizers.RegexInjection";

    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern EXECUTED = Pattern.compile("stat::number_of_executed_units: (\\d+)");

    private FuzzCommand() {
    }

    /** Options of one invocation. */
    record Options(List<FuzzHarness.Target> targets, long seconds, long runs, Path out, int timeout, Path examples,
                   int keepGoing) {
    }

    /** What one target's run gave. */
    record Result(FuzzHarness.Target target, long executions, double seconds, List<Path> findings,
                  long slowestMillis, long bugProblems, Path folder, int exitCode) {

        double perSecond() {
            return seconds <= 0 ? 0 : executions / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        List<Result> results = new ArrayList<>();
        for (FuzzHarness.Target t : o.targets()) {
            results.add(run(t, o));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-9s %12s %9s %8s %11s %12s%n", "target", "executions", "execs/s", "crashes",
                "slowest", "bug-problems");
        long total = 0;
        int crashes = 0;
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-9s %12d %9.1f %8d %9.3f s %12d%n", r.target().id(), r.executions(),
                    r.perSecond(), r.findings().size(), r.slowestMillis() / 1000.0, r.bugProblems());
            total += r.executions();
            crashes += r.findings().size();
        }
        System.out.printf(Locale.ROOT, "%-9s %12d %9s %8d%n", "total", total, "", crashes);
        for (Result r : results) {
            System.out.println(r.target().id() + ": slowest input " + r.folder().resolve("stats/slowest-input")
                    + "; log " + r.folder().resolve("fuzz.log"));
            for (Path f : r.findings()) {
                System.out.println(r.target().id() + ": finding " + f + " (keep it: cp " + f
                        + " bench/src/test/resources/fuzz-regressions/" + r.target().id() + "/)");
            }
            if (r.bugProblems() > 0) {
                System.out.println(r.target().id() + ": problems with a bug code; samples in "
                        + r.folder().resolve("stats") + "/bug-problem-*");
            }
            if (r.findings().isEmpty() && r.exitCode() != 0) {
                System.out.println(r.target().id() + ": the fuzzer exited with " + r.exitCode() + "; see the log");
            }
        }
        System.exit(crashes > 0 || results.stream().anyMatch(r -> r.exitCode() != 0) ? 1 : 0);
    }

    static Options parse(String[] args) {
        List<FuzzHarness.Target> targets = List.of(FuzzHarness.Target.values());
        long seconds = 60;
        long runs = 0;
        Path out = Path.of("target", "fuzz");
        int timeout = 30;
        Path examples = Path.of("examples");
        int keepGoing = 10;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw usage("missing a value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--target" -> targets = v.equals("all") ? List.of(FuzzHarness.Target.values())
                        : List.of(FuzzHarness.Target.of(v));
                case "--seconds" -> seconds = Long.parseLong(v);
                case "--runs" -> {
                    runs = Long.parseLong(v);
                    seconds = 0;
                }
                case "--out" -> out = Path.of(v);
                case "--timeout" -> timeout = Integer.parseInt(v);
                case "--examples" -> examples = Path.of(v);
                case "--keep-going" -> keepGoing = Integer.parseInt(v);
                default -> throw usage("unknown option " + a);
            }
        }
        if (seconds <= 0 && runs <= 0) {
            throw usage("give --seconds N or --runs N, N at least 1");
        }
        return new Options(targets, seconds, runs, out, timeout, examples, keepGoing);
    }

    private static IllegalArgumentException usage(String message) {
        return new IllegalArgumentException(message + "; usage: fuzz [--target text|html|warc|jsonl|feed|pipeline|all]"
                + " [--seconds N | --runs N] [--out DIR] [--timeout S] [--examples DIR] [--keep-going N]");
    }

    static Result run(FuzzHarness.Target target, Options o) throws IOException, InterruptedException {
        Path folder = o.out().resolve(target.id()).toAbsolutePath();
        Path seeds = folder.resolve("seeds");
        Path corpus = folder.resolve("corpus");
        Path findings = folder.resolve("findings");
        Path stats = folder.resolve("stats");
        for (Path p : List.of(seeds, corpus, findings, stats)) {
            Files.createDirectories(p);
        }
        int seeded = seed(target, o.examples(), seeds);
        Path dict = folder.resolve("fuzz.dict");
        Files.write(dict, dictionary(target));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:+UseSerialGC",
                "-Dcrosscheck.fuzz.target=" + target.id(),
                "-Dcrosscheck.fuzz.stats=" + stats,
                "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + FuzzTarget.class.getName(),
                "--instrumentation_includes=" + INSTRUMENT,
                "--disabled_hooks=" + DISABLED_HOOKS,
                "--keep_going=" + o.keepGoing(),
                "--reproducer_path=" + findings,
                "-artifact_prefix=" + findings + "/",
                "-timeout=" + o.timeout(),
                "-report_slow_units=" + o.timeout(),
                "-rss_limit_mb=0",
                "-max_len=65536",
                "-dict=" + dict,
                "-print_final_stats=1"));
        cmd.add(o.runs() > 0 ? "-runs=" + o.runs() : "-max_total_time=" + o.seconds());
        cmd.add(corpus.toString());
        cmd.add(seeds.toString());
        System.out.println("fuzz " + target.id() + ": " + seeded + " seed files, "
                + (o.runs() > 0 ? o.runs() + " runs" : o.seconds() + " s") + ", log " + folder.resolve("fuzz.log"));
        Path log = folder.resolve("fuzz.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit;
        if (o.runs() > 0) {
            exit = p.waitFor();
        } else if (p.waitFor(o.seconds() + 2L * o.timeout() + 180, TimeUnit.SECONDS)) {
            exit = p.exitValue();
        } else {
            p.destroyForcibly().waitFor();
            exit = -1;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        Properties s = new Properties();
        Path statsFile = stats.resolve("stats.properties");
        if (Files.exists(statsFile)) {
            try (InputStream in = Files.newInputStream(statsFile)) {
                s.load(in);
            }
        }
        long executions = Math.max(Long.parseLong(s.getProperty("runs", "0")), last(EXECUTED, text, 1));
        long fuzzSeconds = last(DONE, text, 2);
        List<Path> found;
        try (Stream<Path> files = Files.list(findings)) {
            found = files.filter(f -> f.getFileName().toString().matches("(crash|timeout|oom|leak)-.*"))
                    .sorted().toList();
        }
        return new Result(target, executions, fuzzSeconds > 0 ? fuzzSeconds : wall, found,
                Long.parseLong(s.getProperty("slowestMillis", "0")), Long.parseLong(s.getProperty("bugProblems", "0")),
                folder, exit);
    }

    private static long last(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        long v = 0;
        while (m.find()) {
            v = Long.parseLong(m.group(group));
        }
        return v;
    }

    /** The libFuzzer dictionary of a target (tokens its format's reader looks for); the pipeline gets all five. */
    static byte[] dictionary(FuzzHarness.Target target) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (FuzzHarness.Target t : target == FuzzHarness.Target.PIPELINE ? FuzzHarness.FORMATS : List.of(target)) {
            try (InputStream in = FuzzCommand.class.getResourceAsStream(t.id() + ".dict")) {
                if (in == null) {
                    throw new IllegalStateException("no dictionary for the fuzz target " + t.id());
                }
                out.write(in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    /**
     * Copies the examples a target reads into its seed folder: gzipped files also decompressed, and for the
     * pipeline target each example prefixed with the byte that picks its format. Returns the number of seeds.
     */
    static int seed(FuzzHarness.Target target, Path examples, Path seeds) throws IOException {
        if (!Files.isDirectory(examples)) {
            throw new IllegalArgumentException(examples + " is not a folder; run from the repository root or give "
                    + "--examples DIR");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(examples)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        int n = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            for (FuzzHarness.Target format : FuzzHarness.FORMATS) {
                if (target != FuzzHarness.Target.PIPELINE && target != format) {
                    continue;
                }
                if (format.seedExtensions().stream().noneMatch(name::endsWith)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                List<byte[]> variants = new ArrayList<>(List.of(bytes));
                if (name.endsWith(".gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        variants.add(in.readAllBytes());
                    }
                }
                for (byte[] v : variants) {
                    if (target == FuzzHarness.Target.PIPELINE) {
                        byte[] prefixed = new byte[v.length + 1];
                        prefixed[0] = (byte) FuzzHarness.FORMATS.indexOf(format);
                        System.arraycopy(v, 0, prefixed, 1, v.length);
                        v = prefixed;
                    }
                    Files.write(seeds.resolve(name + "." + n), v);
                    n++;
                }
            }
        }
        return n;
    }
}
