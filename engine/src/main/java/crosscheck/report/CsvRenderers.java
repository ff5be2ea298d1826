package crosscheck.report;

import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The spreadsheet exports: {@code claims.csv} (one row per claim and outlet), {@code conflicts.csv} (one row per
 * figure or statement of a conflict), {@code articles.csv} and {@code entities.csv} (one row per entity of a story).
 * Columns are named after the {@code report.json} fields they come from, and values (statuses, kinds, verdicts) are
 * those of {@code report.json}. Lists in one cell are joined with {@code "; "}; an unknown value is an empty cell.
 *
 * <p>Each file opens cleanly in a spreadsheet: UTF-8 with a byte-order mark, a header row, every field quoted (a
 * quote doubled inside it), rows ended by CR LF; line breaks inside a field stay inside its quotes. A cell whose
 * text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula
 * by a spreadsheet (CSV injection): such a cell gets a single quote ({@code '}) in front, which spreadsheets show as
 * text. Plain numbers ({@code -3}, {@code 44000000}) are left as they are.
 */
public final class CsvRenderers {

    /** The four files, in the order they are described. */
    public static final List<String> FILES = List.of("claims.csv", "conflicts.csv", "articles.csv", "entities.csv");

    static final List<String> CLAIM_COLUMNS = List.of("story", "storyTitle", "claim", "claimText", "status",
            "independentOrigins", "origins", "outlet", "article", "articles", "published", "mentionText", "stance");
    static final List<String> CONFLICT_COLUMNS = List.of("story", "conflict", "kind", "verdict", "explanation",
            "side", "figure", "value", "max", "unit", "bound", "outlet", "article", "published", "text", "source",
            "claims");
    static final List<String> ARTICLE_COLUMNS = List.of("id", "outlet", "url", "title", "byline", "published",
            "modified", "language", "story", "file", "record");
    static final List<String> ENTITY_COLUMNS = List.of("story", "name", "type", "aliases", "articleCount",
            "mentionCount", "articles");

    private static final char BOM = '\uFEFF';
    private static final String JOIN = "; ";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvRenderers() {
    }

    /** The renderers by file name, in the order of {@link #FILES}. */
    public static Map<String, Renderer> all() {
        Map<String, Renderer> r = new LinkedHashMap<>();
        r.put(FILES.get(0), CsvRenderers::claims);
        r.put(FILES.get(1), CsvRenderers::conflicts);
        r.put(FILES.get(2), CsvRenderers::articles);
        r.put(FILES.get(3), CsvRenderers::entities);
        return r;
    }

    /** {@code claims.csv}: one row per claim and outlet that carries it (the outlet's first article that does). */
    static void claims(Report report, Writer out) throws IOException {
        Map<String, Article> byId = ReportViews.articlesById(report);
        try (CSVPrinter csv = printer(out, CLAIM_COLUMNS)) {
            for (Story s : report.stories()) {
                for (CrossCheck.Claim c : s.check().claims()) {
                    Map<String, CrossCheck.ClaimMention> mentions = new HashMap<>();
                    c.mentions().forEach(m -> mentions.putIfAbsent(m.article(), m));
                    Map<String, List<String>> byOutlet = new LinkedHashMap<>();
                    for (String a : c.articles()) {
                        byOutlet.computeIfAbsent(outletOf(a, byId), k -> new ArrayList<>()).add(a);
                    }
                    String origins = String.join(JOIN, c.origins().stream().map(CrossCheck.Origin::name).toList());
                    for (Map.Entry<String, List<String>> e : byOutlet.entrySet()) {
                        List<String> ids = e.getValue();
                        String shown = ids.stream().filter(mentions::containsKey).findFirst().orElse(ids.get(0));
                        CrossCheck.ClaimMention m = mentions.get(shown);
                        Article a = byId.get(shown);
                        row(csv, s.id(), s.title(), c.id(), c.text(), c.status(), c.independentOrigins(), origins,
                                e.getKey(), shown, String.join(JOIN, ids), a == null ? null : a.published(),
                                m == null ? null : m.text(), m == null ? null : m.stance());
                    }
                }
            }
        }
    }

    /** {@code conflicts.csv}: one row per figure or statement of each conflict, numbered within its story. */
    static void conflicts(Report report, Writer out) throws IOException {
        Map<String, Article> byId = ReportViews.articlesById(report);
        try (CSVPrinter csv = printer(out, CONFLICT_COLUMNS)) {
            for (Story s : report.stories()) {
                int n = 0;
                for (CrossCheck.Conflict c : s.check().conflicts()) {
                    n++;
                    for (CrossCheck.Side v : c.values()) {
                        row(csv, s.id(), n, c.kind(), c.verdict(), c.explanation(), v.side(), v.figure(),
                                number(v.value()), number(v.max()), v.unit(), v.bound(),
                                v.outlet() == null ? null : crosscheck.annotate.Outlets.label(v.outlet(), byId),
                                v.article(),
                                v.published(), v.text(), v.source(), String.join(JOIN, c.claims()));
                    }
                }
            }
        }
    }

    /** {@code articles.csv}: every article read, in input order, with the story it is in. */
    static void articles(Report report, Writer out) throws IOException {
        Map<String, String> storyOf = new HashMap<>();
        report.stories().forEach(s -> s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id())));
        try (CSVPrinter csv = printer(out, ARTICLE_COLUMNS)) {
            for (Article a : report.articles()) {
                row(csv, a.id(), a.outlet(), a.url(), a.title(), a.byline(), a.published(), a.modified(),
                        a.language(), storyOf.get(a.id()), a.source().file(), a.source().record());
            }
        }
    }

    /**
     * {@code entities.csv}: each story's entities, most widely named first; {@code mentionCount} counts the names in
     * its articles' bodies that were merged into it (its name or one of its aliases).
     */
    static void entities(Report report, Writer out) throws IOException {
        try (CSVPrinter csv = printer(out, ENTITY_COLUMNS)) {
            for (Story s : report.stories()) {
                for (Entity e : s.entities()) {
                    int mentions = 0;
                    for (String id : e.articles()) {
                        for (Entity in : report.annotationsOf(id).entities()) {
                            if (in.name().equals(e.name()) || e.aliases().contains(in.name())) {
                                mentions += in.mentions().size();
                            }
                        }
                    }
                    row(csv, s.id(), e.name(), e.type(), String.join(JOIN, e.aliases()), e.articles().size(),
                            mentions, String.join(JOIN, e.articles()));
                }
            }
        }
    }

    /** The outlet an article counts for, as reports name it: "unknown outlet (file ID)" when it is unknown. */
    private static String outletOf(String articleId, Map<String, Article> byId) {
        Article a = byId.get(articleId);
        return a == null ? articleId : crosscheck.annotate.Outlets.labelOf(a);
    }

    private static CSVPrinter printer(Writer out, List<String> columns) throws IOException {
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(new NonClosing(out), FORMAT);
        csv.printRecord(columns);
        return csv;
    }

    private static void row(CSVPrinter csv, @Nullable Object... values) throws IOException {
        List<String> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            cells.add(cell(v));
        }
        csv.printRecord(cells);
    }

    /**
     * One cell: empty for null; text a spreadsheet would run as a formula gets a leading single quote.
     */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.isEmpty() || NUMBER.matcher(s).matches()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static @Nullable String number(@Nullable Double d) {
        return d == null || d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d).stripTrailingZeros()
                .toPlainString();
    }

    /** Leaves the report writer open when the printer is closed (a {@link Renderer} never closes its writer). */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
