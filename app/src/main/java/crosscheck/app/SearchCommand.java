package crosscheck.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.archive.ArchiveStore;
import crosscheck.core.OneLine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck search TEXT}: full-text search over the archive's articles and claims. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive's articles (title and text) and claims (what the cross-check found "
                + "stated by two or more articles) and prints the best hits, ranked, each with its story, outlet, "
                + "date and a snippet with the matched words in [brackets]. Words are matched as whole words; "
                + "\"quoted words\" as a phrase."},
        footer = {"%nExample:%n  crosscheck search \"Brask ferry\" --store archive%n  crosscheck search inquiry "
                + "--outlet \"Ridgeline Times\" --from 2026-03-01 --json"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The words to look for.")
    List<String> words;

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet.")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this day.")
    String to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (as the "
            + "report's entities name it).")
    String entity;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20",
            description = "How many hits at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object a hit, a line each (fields: kind, articleId, "
            + "storyId, outlet, published, title, snippet, score).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (limit < 1) {
            throw new Main.UsageException("--limit must be at least 1, got " + limit);
        }
        String text = String.join(" ", words);
        if (text.isBlank()) {
            throw new Main.UsageException("give the words to look for");
        }
        ArchiveStore.SearchQuery query = new ArchiveStore.SearchQuery(text, outlet, day("--from", from),
                day("--to", to), entity, limit);
        ArchiveStore archive;
        try {
            archive = store.openReadOnly(stderr);
        } catch (StoreOption.CannotOpen e) {
            return e.exitCode;
        }
        List<ArchiveStore.SearchHit> hits;
        try (archive) {
            hits = archive.search(query);
        }
        ObjectMapper mapper = new ObjectMapper();
        int n = 0;
        for (ArchiveStore.SearchHit h : hits) {
            n++;
            if (json) {
                stdout.println(mapper.writeValueAsString(h));
            } else {
                stdout.println(OneLine.of(String.format(Locale.ROOT, "%d. %s %s%s — %s%s — %s", n, h.kind(),
                        h.articleId(), h.storyId() == null ? "" : " (story " + h.storyId() + ")",
                        h.outlet() == null ? "unknown outlet" : h.outlet(),
                        h.published() == null ? "" : ", " + h.published(), h.title())));
                stdout.println("   " + OneLine.of(h.snippet()));
            }
        }
        if (hits.isEmpty() && !json) {
            stderr.println(OneLine.of("crosscheck: nothing in " + archive.location() + " matches '" + text + "'"));
            return 1;
        }
        return 0;
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException(option + " takes a day as YYYY-MM-DD, got '" + value + "'");
        }
    }
}
