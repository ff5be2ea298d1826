package crosscheck.app;

import crosscheck.archive.ArchiveStore;
import crosscheck.cluster.OnlineStoryPlacer;
import crosscheck.core.OneLine;
import crosscheck.core.Report;
import crosscheck.pipeline.ArchiveRunner;
import crosscheck.pipeline.BatchRunner;
import crosscheck.report.ReportFolder;
import crosscheck.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck report [--story ID | --since DATE | --query TEXT] --out DIR}: report files from the archive. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes report.json, report.md, report.html and actors.gexf, or the files --format chooses "
                + "(the files and schema of 'analyze') for stories of the archive: all of them, the stories named with --story, those with an "
                + "article published since --since, or those whose articles or claims match --query. Stories an "
                + "interrupted ingest left unchecked are cross-checked first."},
        footer = {"%nExample:%n  crosscheck report --store archive --out out%n  crosscheck report --since 2026-03-01 "
                + "--query \"Halvergate inquiry\" --out /tmp/halvergate"})
final class ReportCommand implements Callable<Integer> {

    /** Stories a --query brings at most. */
    static final int QUERY_HITS = 200;

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--story", paramLabel = "ID", description = "Report this story (repeat for several).")
    List<String> storyIds;

    @Option(names = "--since", paramLabel = "DATE", description = "Only stories with an article published on or "
            + "after this day (YYYY-MM-DD).")
    String since;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only stories whose articles or claims match this "
            + "full-text search (the " + QUERY_HITS + " best hits).")
    String query;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the report files (created if missing; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "When another crosscheck run is writing to --out, wait up to this many seconds for it to "
                    + "finish, then give up with exit code 4, nothing written (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No summary; problems are still printed.")
    boolean quiet;

    @CommandLine.Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        LocalDate from = null;
        if (since != null) {
            try {
                from = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                throw new Main.UsageException("--since takes a day as YYYY-MM-DD, got '" + since + "'");
            }
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new Main.UsageException("--out " + out + " is a file; give a folder for the report files");
        }
        ReportWriter writer = format.writer();
        String refusal = format.refusal(out, false, false);
        if (refusal != null) {
            stderr.println(OneLine.of(refusal));
            return Main.EXIT_USAGE;
        }
        ArchiveStore archive;
        try {
            archive = store.openReadOnly(stderr);
        } catch (StoreOption.CannotOpen e) {
            return e.exitCode;
        }
        long start = System.nanoTime();
        Report report;
        try (archive; Progress progress = Progress.create(stderr, quiet)) {
            List<String> ids = select(archive, from);
            List<String> merged = mergedAway(archive, ids);
            merged.forEach(line -> stderr.println(OneLine.of("crosscheck: " + line)));
            if (ids.isEmpty()) {
                if (merged.isEmpty()) {
                    stderr.println(OneLine.of("crosscheck: no story in " + archive.location() + " matches "
                            + describe(from) + "; no report written"));
                }
                return Main.EXIT_USAGE;
            }
            ArchiveRunner runner = new ArchiveRunner(BatchRunner.builder().version(Main.version()).build(),
                    new OnlineStoryPlacer(), ArchiveRunner.DEFAULT_CHUNK);
            report = runner.report(archive, ids, progress);
        } catch (IOException e) {
            stderr.println(OneLine.of("crosscheck: cannot read the store " + archive.location() + ": "
                    + StoreOption.message(e)));
            return Main.EXIT_STORE;
        }
        try (ReportFolder folder = writer.open(out, java.time.Duration.ofSeconds(waitSeconds),
                message -> stderr.println(OneLine.of("crosscheck: " + message)))) {
            AnalyzeCommand.Written written = AnalyzeCommand.write(writer, report, folder, stderr);
            if (written == null) {
                return Main.EXIT_USAGE;
            }
            if (!quiet) {
                stdout.println(AnalyzeCommand.summaryLine(written.report().summary(),
                        (System.nanoTime() - start) / 1e9));
                stdout.println(AnalyzeCommand.crossCheckLine(written.report()));
                stdout.println(OneLine.of("wrote " + String.join(", ", written.paths().stream()
                        .map(Path::toString).toList())));
            }
            return 0;
        } catch (ReportFolder.BusyException e) {
            stderr.println(OneLine.of("crosscheck: " + e.getMessage()));
            return Main.EXIT_BUSY;
        } catch (IOException e) {
            stderr.println(OneLine.of("crosscheck: cannot write the report to " + out + ": "
                    + StoreOption.message(e)));
            return Main.EXIT_USAGE;
        }
    }

    /** The story ids the options select, in the store's order; every filter given must hold. */
    private List<String> select(ArchiveStore archive, LocalDate from) {
        Set<String> ids = new LinkedHashSet<>(archive.stories(from));
        if (storyIds != null && !storyIds.isEmpty()) {
            ids.retainAll(new LinkedHashSet<>(storyIds));
        }
        if (query != null) {
            Set<String> matching = new LinkedHashSet<>();
            archive.search(new ArchiveStore.SearchQuery(query, null, from, null, null, QUERY_HITS)).forEach(h -> {
                if (h.storyId() != null) {
                    matching.add(h.storyId());
                }
            });
            ids.retainAll(matching);
        }
        return new ArrayList<>(ids);
    }

    /**
     * For each story named with --story that is not reported because it was merged away: "story sN was merged into
     * sM" (and where sM went in turn), from the stories' history.
     */
    private List<String> mergedAway(ArchiveStore archive, List<String> reported) {
        List<String> out = new ArrayList<>();
        if (storyIds == null) {
            return out;
        }
        for (String id : new LinkedHashSet<>(storyIds)) {
            if (reported.contains(id)) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            Set<String> seen = new LinkedHashSet<>();
            String at = id;
            String into;
            while (seen.add(at) && (into = mergedInto(archive, at)) != null) {
                line.append(line.isEmpty() ? "story " + id + " was merged into " : ", which was merged into ")
                        .append(into);
                at = into;
                if (archive.story(into).isPresent()) {
                    break;
                }
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
        }
        return out;
    }

    /** The story a story was last merged into ({@code merged} history: "into sM ..."), or null. */
    private static @Nullable String mergedInto(ArchiveStore archive, String id) {
        List<ArchiveStore.HistoryEvent> history = archive.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
            ArchiveStore.HistoryEvent e = history.get(i);
            if (e.kind().equals("merged") && e.detail().startsWith("into ")) {
                return e.detail().substring("into ".length()).split("[\\s(]", 2)[0];
            }
        }
        return null;
    }

    private String describe(LocalDate from) {
        List<String> parts = new ArrayList<>();
        if (storyIds != null && !storyIds.isEmpty()) {
            parts.add("--story " + String.join(",", storyIds));
        }
        if (from != null) {
            parts.add("--since " + from);
        }
        if (query != null) {
            parts.add("--query '" + query + "'");
        }
        return parts.isEmpty() ? "(the store is empty)" : String.join(" ", parts);
    }
}
