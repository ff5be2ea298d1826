package crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.DocumentHints;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.internal.Dates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the user states about input files, outside them: an outlet and a publication date for every file of one call
 * ({@code --outlet}, {@code --published}), a sidecar {@code NAME.meta.json} beside a file, and a CSV file mapping
 * files to outlet, date, URL and title ({@code --meta}). For each field the most specific statement counts: the
 * sidecar, then the CSV row, then the call's options.
 *
 * <p>What is stated fills the fields the document's own structured metadata leaves empty (the fields of a JSONL
 * record or a feed item, the target URI of a WARC record) and takes precedence over what extraction reads from the
 * content (HTML meta tags, a text's masthead and date lines, the URL's domain): see {@link #apply}.
 *
 * <p>Sidecars are never read as articles ({@link #isSidecar}). Immutable and thread-safe.
 */
public final class StatedMetadata {

    /** The ending of a sidecar's name: {@code story.txt.meta.json} or {@code story.meta.json} describe {@code story.txt}. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?");
    private static final List<String> FIELDS = List.of("outlet", "published", "url", "title", "byline");
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private static final StatedMetadata NONE = new StatedMetadata(DocumentHints.none(), Map.of(), null, List.of());

    private final DocumentHints callWide;
    private final Map<Path, DocumentHints> mapped;
    private final @Nullable Path mapping;
    private final List<Problem> problems;

    private StatedMetadata(DocumentHints callWide, Map<Path, DocumentHints> mapped, @Nullable Path mapping,
                           List<Problem> problems) {
        this.callWide = callWide;
        this.mapped = Map.copyOf(mapped);
        this.mapping = mapping;
        this.problems = List.copyOf(problems);
    }

    /** Nothing stated (sidecars are still read). */
    public static StatedMetadata none() {
        return NONE;
    }

    /**
     * The call's statements.
     *
     * @param outlet    the outlet of every file of the call, or null
     * @param published the publication date of every file of the call, ISO 8601 (a date or a date-time), or null
     * @param mapping   a CSV file mapping files to their metadata, or null
     * @throws IllegalArgumentException when {@code published} is not an ISO date, or the CSV file cannot be read or
     *                                  has no {@code file} column: a usage error, in words
     */
    public static StatedMetadata of(@Nullable String outlet, @Nullable String published, @Nullable Path mapping) {
        String date = null;
        if (published != null) {
            date = isoDate(published);
            if (date == null) {
                throw new IllegalArgumentException("--published must be an ISO date (2026-03-10) or date-time "
                        + "(2026-03-10T08:30:00Z, 2026-03-10T08:30+01:00), got '" + published + "'");
            }
        }
        DocumentHints callWide = new DocumentHints(null, blankToNull(outlet), null, null, date);
        List<Problem> problems = new ArrayList<>();
        Map<Path, DocumentHints> mapped = mapping == null ? Map.of() : readCsv(mapping, problems);
        return new StatedMetadata(callWide, mapped, mapping == null ? null : key(mapping), problems);
    }

    /** The problems met reading the CSV mapping (one per bad row), to report once. */
    public List<Problem> problems() {
        return problems;
    }

    /** True for a sidecar ({@code *.meta.json}) or the CSV mapping: metadata, never an article. */
    public boolean isMetadataFile(Path path) {
        return isSidecar(path) || mapping != null && key(path).equals(mapping);
    }

    /** True for a sidecar's name ({@code *.meta.json}). */
    public static boolean isSidecar(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    /**
     * What is stated about one file, field by field: its sidecar, else its CSV row, else the call's options. A
     * malformed sidecar is one problem, sent to {@code problems}, and is passed over.
     */
    public DocumentHints forFile(InputFile file, Consumer<Problem> problems) {
        DocumentHints sidecar = sidecar(file, problems);
        DocumentHints row = mapped.getOrDefault(key(file.path()), DocumentHints.none());
        return orElse(orElse(sidecar, row), callWide);
    }

    /** The document with what is stated filling the hints its format left empty. */
    public static RawDocument apply(RawDocument document, DocumentHints stated) {
        if (stated.equals(DocumentHints.none())) {
            return document;
        }
        return new RawDocument(document.id(), document.source(), document.format(), document.content(),
                orElse(document.hints(), stated));
    }

    /** Each field of {@code first}, or of {@code second} where {@code first}'s is null or blank. */
    static DocumentHints orElse(DocumentHints first, DocumentHints second) {
        return new DocumentHints(or(first.url(), second.url()), or(first.outlet(), second.outlet()),
                or(first.title(), second.title()), or(first.byline(), second.byline()),
                or(first.published(), second.published()));
    }

    private static DocumentHints sidecar(InputFile file, Consumer<Problem> problems) {
        Path dir = file.path().getParent();
        String name = file.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Path> candidates = new ArrayList<>();
        candidates.add(resolve(dir, name + SIDECAR_SUFFIX));
        if (dot > 0) {
            candidates.add(resolve(dir, name.substring(0, dot) + SIDECAR_SUFFIX));
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return readSidecar(p, problems);
            }
        }
        return DocumentHints.none();
    }

    private static Path resolve(@Nullable Path dir, String name) {
        return dir == null ? Path.of(name) : dir.resolve(name);
    }

    private static DocumentHints readSidecar(Path p, Consumer<Problem> problems) {
        String where = FileNames.display(p);
        try {
            if (Files.size(p) > MAX_SIDECAR_BYTES) {
                problems.accept(sidecarProblem(where, "larger than 1 MiB"));
                return DocumentHints.none();
            }
            JsonNode node = JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                problems.accept(sidecarProblem(where, "not a JSON object"));
                return DocumentHints.none();
            }
            Map<String, String> values = new HashMap<>();
            for (String f : FIELDS) {
                JsonNode v = node.get(f);
                if (v == null || v.isNull()) {
                    continue;
                }
                if (!v.isTextual()) {
                    problems.accept(sidecarProblem(where, "'" + f + "' must be a string"));
                    return DocumentHints.none();
                }
                values.put(f, v.asText());
            }
            String error = check(values);
            if (error != null) {
                problems.accept(sidecarProblem(where, error));
                return DocumentHints.none();
            }
            return hints(values);
        } catch (IOException e) {
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage().replaceAll("\\s*\\(.*$", "") + (j.getLocation() == null ? ""
                    : " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr())
                    : String.valueOf(e.getMessage());
            problems.accept(sidecarProblem(where, "not valid JSON (" + m + ")"));
            return DocumentHints.none();
        }
    }

    private static Problem sidecarProblem(String where, String why) {
        return new Problem(Problem.Severity.WARNING, "bad-sidecar", "metadata sidecar " + why
                + "; passed over (expected {\"outlet\": …, \"published\": \"2026-03-10\", \"url\": …, \"title\": …})",
                where);
    }

    /** Why the values cannot be used, or null: a published date that is not ISO 8601. */
    private static @Nullable String check(Map<String, String> values) {
        String published = values.get("published");
        if (published != null && !published.isBlank() && isoDate(published) == null) {
            return "'published' must be an ISO date (2026-03-10) or date-time, got '" + published + "'";
        }
        return null;
    }

    private static DocumentHints hints(Map<String, String> values) {
        String published = values.get("published");
        return new DocumentHints(blankToNull(values.get("url")), blankToNull(values.get("outlet")),
                blankToNull(values.get("title")), blankToNull(values.get("byline")),
                published == null || published.isBlank() ? null : isoDate(published));
    }

    /**
     * Reads the CSV mapping: a header row naming the columns ({@code file} and any of {@code outlet},
     * {@code published}, {@code url}, {@code title}, {@code byline}), then one row per file, its path relative to the
     * CSV file's folder or absolute. A bad row is one problem naming the file and row; the rest is read.
     */
    private static Map<Path, DocumentHints> readCsv(Path csv, List<Problem> problems) {
        List<List<String>> rows = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("--meta: cannot read " + csv + " (" + e.getMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("--meta " + csv + " is empty: expected a header row (file,outlet,"
                    + "published,url)");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)
                .replace("\uFEFF", "")).toList();
        int fileColumn = header.indexOf("file");
        if (fileColumn < 0) {
            throw new IllegalArgumentException("--meta " + csv + " has no 'file' column in its header row (expected "
                    + "file,outlet,published,url)");
        }
        Path base = csv.toAbsolutePath().getParent();
        Map<Path, DocumentHints> out = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = FileNames.display(csv) + ", row " + (i + 1);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.size() != header.size()) {
                problems.add(rowProblem(where, row.size() + " fields where the header has " + header.size()));
                continue;
            }
            String file = row.get(fileColumn).strip();
            if (file.isEmpty()) {
                problems.add(rowProblem(where, "no file named"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (FIELDS.contains(header.get(c))) {
                    values.put(header.get(c), row.get(c).strip());
                }
            }
            String error = check(values);
            if (error != null) {
                problems.add(rowProblem(where, error));
                continue;
            }
            Path path;
            try {
                path = base.resolve(file);
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(rowProblem(where, "'" + file + "' is not a file name"));
                continue;
            }
            out.put(key(path), hints(values));
        }
        return out;
    }

    private static Problem rowProblem(String where, String why) {
        return new Problem(Problem.Severity.WARNING, "bad-meta-row", why + "; the row is passed over", where);
    }

    /** The ISO 8601 form of a stated date, or null when it is not an ISO date or date-time. */
    static @Nullable String isoDate(String text) {
        String s = text.strip();
        return ISO.matcher(s).matches() ? Dates.normalize(s) : null;
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static @Nullable String or(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
