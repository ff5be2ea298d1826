package crosscheck.app;

import crosscheck.core.OneLine;
import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import crosscheck.fetch.Fetcher;
import crosscheck.ingest.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options for inputs that are not files, as a picocli mixin shared by {@code analyze}, {@code ingest} and
 * {@code extract}: http(s) URLs among the paths, {@code --urls FILE} and {@code -} (standard input), and how URLs
 * are fetched ({@link FetchOptions}). {@link #prepare} turns them into paths the pipeline reads: the URLs into one WARC
 * file of their responses, standard input into a temporary file.
 */
final class WebOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders or glob patterns to read; "
            + "http(s) URLs to fetch; '-' reads a page or a text from standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "A URL to fetch (repeatable), as "
            + "trafilatura's and news-please's -u; a URL given as a PATH is fetched the same way.")
    List<String> urlOptions = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE", description = "Also fetch the URLs listed in FILE, one a line "
            + "(blank lines and lines starting with # are skipped); '-' reads the list from standard input.")
    @Nullable String urlList;

    @picocli.CommandLine.Mixin
    FetchOptions fetch = new FetchOptions();

    /**
     * The inputs ready for the pipeline.
     *
     * @param arguments the paths to read: the files given, the WARC of the fetched pages, standard input's copy
     * @param problems  one per URL that gave no page (already printed)
     * @param warc      the WARC file of the fetched responses, or null when no URL was given
     * @param fetched   the URLs that gave a page
     */
    record Prepared(List<String> arguments, List<Problem> problems, @Nullable Path warc, int fetched,
                    @Nullable Path temporary) implements AutoCloseable {

        /** Deletes the copy of standard input. */
        @Override
        public void close() {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary.resolve("stdin"));
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a temporary file left behind: nothing else to do
                }
            }
        }

        /** Whether there is anything to read: a path, or a fetched page. */
        boolean anything() {
            return !arguments.isEmpty();
        }
    }

    /**
     * Fetches the URLs into {@code warc} and copies standard input to a temporary file.
     *
     * @param warc     where the fetched responses go (replaced)
     * @param maxBytes the per-document size limit
     * @param version  crosscheck's version, for the User-Agent
     * @param stdin    standard input
     * @param quiet    no progress lines
     * @throws Main.UsageException when the URL list cannot be read or standard input is asked for twice
     * @throws IOException         when the WARC file cannot be written
     */
    Prepared prepare(Path warc, long maxBytes, String version, InputStream stdin,
                     PrintWriter err, boolean quiet) throws IOException {
        fetch.validate();
        List<String> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        boolean readStdin = false;
        for (String p : paths) {
            if (p.equals("-")) {
                if (readStdin || "-".equals(urlList)) {
                    throw new Main.UsageException("standard input ('-') can be read once: as a page or as --urls -");
                }
                readStdin = true;
            } else if (Fetcher.looksLikeUrl(p)) {
                urls.add(p);
            } else {
                files.add(p);
            }
        }
        for (String u : urlOptions) {
            if (!Fetcher.looksLikeUrl(u)) {
                throw new Main.UsageException("-u takes a URL (http:// or https://), got '" + u + "'");
            }
            urls.add(u);
        }
        if (urlList != null) {
            urls.addAll(readUrlList(urlList, stdin));
        }
        List<Problem> problems = new ArrayList<>();
        Path temporary = null;
        if (readStdin) {
            temporary = Files.createTempDirectory("crosscheck-stdin");
            Path copy = temporary.resolve("stdin");
            try {
                Files.write(copy, Inputs.readAll(stdin, maxBytes));
                files.add(copy.toString());
            } catch (Inputs.TooLargeException e) {
                Problem p = Problem.error("too-large", SourceRef.of("standard input"), e.getMessage());
                err.println(p.line());
                problems.add(p);
            }
        }
        int fetched = 0;
        Path kept = null;
        if (!urls.isEmpty()) {
            Fetcher fetcher = new Fetcher(fetch.settings(version, maxBytes));
            Fetcher.Outcome outcome = fetcher.fetchAll(urls, warc, (url, done, total, failure) -> {
                synchronized (err) {
                    if (!quiet) {
                        err.println(OneLine.of("crosscheck: fetched " + done + " of " + total + ": " + url
                                + (failure == null ? "" : " (failed)")));
                    }
                    err.flush();
                }
            });
            outcome.problems().forEach(p -> err.println(p.line()));
            if (!quiet) {
                err.println(OneLine.of("crosscheck: " + outcome.fetched() + " of " + outcome.total() + " URLs "
                        + "gave a page" + (outcome.fetched() == 0 ? "" : "; the responses are kept in " + warc
                        + " (give it as an input to read them again without the network)")));
            }
            err.flush();
            problems.addAll(outcome.problems());
            fetched = outcome.fetched();
            kept = warc;
            if (fetched > 0) {
                files.add(warc.toString());
            }
        }
        return new Prepared(files, problems, kept, fetched, temporary);
    }

    /** Fails with a usage error when no input is given at all. */
    void requireInputs(String verb) {
        if (paths.isEmpty() && urlList == null && urlOptions.isEmpty()) {
            throw new Main.UsageException("nothing to " + verb + ": give files, folders, URLs, '-' or --urls FILE");
        }
    }

    /** The inputs as given, for messages: {@code a.txt https://… --urls links.txt}. */
    String described() {
        List<String> all = new ArrayList<>(paths);
        urlOptions.forEach(u -> all.add("-u " + u));
        return (String.join(" ", all) + (urlList == null ? "" : " --urls " + urlList)).strip();
    }

    /** The URLs of a list file (or standard input): one a line, blank lines and # comments skipped. */
    private static List<String> readUrlList(String file, InputStream stdin) {
        String text;
        try {
            text = file.equals("-") ? new String(Inputs.readAll(stdin, 64L << 20), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new Main.UsageException("cannot read the URL list --urls " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        List<String> urls = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String url = line.strip();
            if (url.startsWith("\uFEFF")) {
                url = url.substring(1);
            }
            if (!url.isEmpty() && !url.startsWith("#")) {
                urls.add(url);
            }
        }
        return urls;
    }
}
