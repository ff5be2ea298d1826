package crosscheck.bench;

import crosscheck.archive.ArchiveStore;
import crosscheck.archive.ArchiveStores;
import crosscheck.archive.StoredArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kill -9 harness of {@code crosscheck ingest}: ingests a folder of inputs into one embedded store in a child
 * JVM with {@code --list} (a line per document once it is in the store), kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment 0 to 3 s after the first document it put in the store (it
 * reads and annotates six articles at a time, {@code --chunk 6}, so that kills fall among filings, annotation and
 * cross-checks), and checks after each kill that the store opens, that
 * every article the child acknowledged is there exactly once, and that no story is half-written (every story has
 * its articles, every article is in exactly one story, the cross-check's term counts are those of the articles
 * counted, each once). The next trial ingests the same folder into the same store:
 * what the killed run had not filed is filed then, and nothing twice. A last run, not killed, must leave every
 * document filed once.
 *
 * <p>The inputs are the text and HTML files of {@code examples/} (ours), each copied several times with a line
 * that numbers the copy, so that every copy is new content: {@code --copies} (default 40) times 6 files.
 *
 * <p>{@code java -jar bench/target/crosscheck-bench.jar ingest-kill [TRIALS] [--jar JAR] [--examples DIR]
 * [--copies N]}, from the repository root after {@code ./mvnw -q package -DskipTests}. Exit code 0 when every trial
 * passed.
 */
public final class IngestKill {

    private static final long CHILD_TIMEOUT_S = 600;

    private IngestKill() {
    }

    public static void main(String[] args) throws Exception {
        int trials = 20;
        int copies = 40;
        Path jar = Path.of("app", "target", "crosscheck.jar");
        Path examples = Path.of("examples");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--examples" -> examples = Path.of(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                default -> trials = Integer.parseInt(args[i]);
            }
        }
        Path work = Files.createTempDirectory("crosscheck-ingest-kill");
        Path inputs = work.resolve("inputs");
        Files.createDirectories(inputs);
        int documents = 0;
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                for (int c = 1; c <= copies; c++) {
                    String copy = name.endsWith(".html")
                            ? text.replace("</body>", "<p>Copy " + c + " of this page.</p></body>")
                            : text + "\n\nCopy " + c + " of this report.\n";
                    Files.writeString(inputs.resolve(name.substring(0, dot) + "-copy" + c + name.substring(dot)),
                            copy, StandardCharsets.UTF_8);
                    documents++;
                }
            }
        }
        Path store = work.resolve("archive");
        Random random = new Random(18);
        System.out.printf(Locale.ROOT, "ingest-kill: %d documents, %d trials, store %s%n", documents, trials, store);
        Set<String> acknowledged = new LinkedHashSet<>();
        int failed = 0;
        for (int t = 1; t <= trials; t++) {
            long killAfterMs = random.nextInt(3_000);
            Child child = run(jar, inputs, store, killAfterMs);
            acknowledged.addAll(child.filed());
            String verdict = check(store, acknowledged);
            System.out.printf(Locale.ROOT, "trial %2d: killed %5d ms after its first filing (%s), %d filed by it, %d acknowledged in "
                            + "all: %s%n", t, killAfterMs, child.exited() ? "it had finished" : "while running",
                    child.filed().size(), acknowledged.size(), verdict);
            if (!verdict.equals("ok")) {
                failed++;
            }
        }
        Child last = run(jar, inputs, store, -1);
        acknowledged.addAll(last.filed());
        String verdict = check(store, acknowledged);
        long inStore;
        try (ArchiveStore s = ArchiveStores.open(store.toString(), java.time.Duration.ofSeconds(30))) {
            inStore = s.articles();
        }
        boolean whole = verdict.equals("ok") && inStore == documents && acknowledged.size() == documents;
        System.out.printf(Locale.ROOT, "last run, not killed: %d articles in the store of %d documents, %d "
                + "acknowledged: %s%n", inStore, documents, acknowledged.size(), whole ? "ok" : "FAILED " + verdict);
        System.out.printf(Locale.ROOT, "ingest-kill: %d of %d trials left a whole store%n", trials - failed, trials);
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        System.exit(failed == 0 && whole ? 0 : 1);
    }

    /** What a child run acknowledged, and whether it had ended by itself. */
    private record Child(List<String> filed, boolean exited) {
    }

    /** Runs {@code ingest --list} in a child JVM, killed after {@code killAfterMs} (never when negative). */
    private static Child run(Path jar, Path inputs, Path store, long killAfterMs) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "ingest", inputs.toString(), "--store", store.toString(), "--list", "--quiet",
                "--wait", "60", "--chunk", "6").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> filed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("filed ")) {
                        filed.add(line.split(" ")[1]);
                        first.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed: what it printed before is what it acknowledged
            }
        });
        reader.start();
        boolean exited;
        if (killAfterMs < 0) {
            exited = p.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS);
        } else {
            // Models load for some seconds first: the kill is timed from the first document in the store.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_S);
            while (!first.await(100, TimeUnit.MILLISECONDS) && p.isAlive() && System.nanoTime() < deadline) {
                // waiting for the first filing, or for a child with nothing new to file to end
            }
            exited = p.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
        }
        if (!exited) {
            p.destroyForcibly();
            p.waitFor();
        }
        reader.join();
        return new Child(new ArrayList<>(filed), exited);
    }

    private static crosscheck.align.@org.jspecify.annotations.Nullable StoryChecker checker;

    /**
     * "ok" when the store's term counts are those of its articles up to its mark, counted once each (a kill during
     * counting leaves the counts of a whole batch or none), or what is wrong.
     */
    private static String termCounts(ArchiveStore s, List<StoredArticle> all) {
        if (checker == null) {
            checker = crosscheck.align.StoryChecker.standard();
        }
        Set<String> uncounted = new java.util.HashSet<>();
        s.articlesToCount(Integer.MAX_VALUE).articles().forEach(n -> uncounted.add(n.article().article().id()));
        long sentences = 0;
        Map<Long, Long> expected = new HashMap<>();
        for (StoredArticle a : all) {
            if (!uncounted.contains(a.article().id())) {
                crosscheck.align.TermCounts.Counted c = checker.termCounts(a.article(), a.annotations());
                sentences += c.sentences();
                c.terms().forEach((k, n) -> expected.merge(k, (long) n, Long::sum));
            }
        }
        long[] hashes = expected.keySet().stream().mapToLong(Long::longValue).toArray();
        ArchiveStore.TermTotals totals = s.termCounts(hashes);
        if (totals.sentences() != sentences) {
            return "term counts hold " + totals.sentences() + " sentences, the counted articles " + sentences;
        }
        for (int i = 0; i < hashes.length; i++) {
            if (totals.counts()[i] != expected.get(hashes[i])) {
                return "a term is counted " + totals.counts()[i] + " times, in " + expected.get(hashes[i])
                        + " sentences of the counted articles";
            }
        }
        return "ok";
    }

    /** "ok", or what is wrong with the store. */
    private static String check(Path store, Set<String> acknowledged) {
        try (ArchiveStore s = ArchiveStores.open(store.toString(), java.time.Duration.ofSeconds(30))) {
            Map<String, Integer> seen = new HashMap<>();
            List<StoredArticle> all = new ArrayList<>();
            for (String story : s.stories(null)) {
                List<StoredArticle> members = s.articlesOf(story);
                all.addAll(members);
                if (members.isEmpty()) {
                    return "story " + story + " has no article";
                }
                int size = s.story(story).map(st -> st.articles().size()).orElse(-1);
                if (size != members.size()) {
                    return "story " + story + " lists " + size + " articles, holds " + members.size();
                }
                members.forEach(m -> seen.merge(m.article().id(), 1, Integer::sum));
            }
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                if (e.getValue() != 1) {
                    return "article " + e.getKey() + " is in " + e.getValue() + " stories";
                }
            }
            if (seen.size() != s.articles()) {
                return s.articles() + " articles filed, " + seen.size() + " in stories";
            }
            for (String id : acknowledged) {
                if (!s.hasArticle(id) || !seen.containsKey(id)) {
                    return "acknowledged article " + id + " is missing";
                }
            }
            return termCounts(s, all);
        } catch (IOException | RuntimeException e) {
            return "the store does not open: " + e;
        }
    }
}
