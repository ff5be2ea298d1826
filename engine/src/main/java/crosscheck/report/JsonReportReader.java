package crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.CrossCheck;
import crosscheck.core.DateMention;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Quantity;
import crosscheck.core.Quote;
import crosscheck.core.Removed;
import crosscheck.core.Report;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code report.json} back into a {@link Report}: the inverse of {@link JsonReportRenderer} for what an
 * incremental analysis needs. It restores the version, the summary, every article with its metadata, body, removed
 * text and annotations (entities with mentions, quantities, dates, quotes, attributions), every story's id, title,
 * articles, duplicate groups and entities, and the problems. A story's cross-check is not read: it is left
 * {@link CrossCheck#none() empty}, to be computed again. Derived fields ({@code authors}, a story's
 * {@code outlets}) are not read either: the renderer derives them again.
 *
 * <p>The report must say {@code "tool": "crosscheck"} and a schema version this build reads (the one it writes, or
 * 1, written before the cross-check); a missing field, a field of the wrong type, a value a record refuses (a negative
 * offset), a repeated article id or a story that names an unknown article is a {@link InvalidReportException} whose
 * message gives the JSON path ({@code articles[3].body: expected a string, found null}). Stateless and thread-safe.
 */
public final class JsonReportReader {

    /**
     * The layouts read back: version 1 (before the cross-check) has every field read here, so an analysis written by
     * an earlier crosscheck can be added to.
     */
    static final java.util.List<String> READABLE_VERSIONS = java.util.List.of("1", JsonReportRenderer.SCHEMA_VERSION);


    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReportReader() {
    }

    /** A report file that cannot be read back: not JSON, not a crosscheck report, or not of this schema version. */
    public static final class InvalidReportException extends IOException {
        private static final long serialVersionUID = 1L;

        public InvalidReportException(String message) {
            super(message);
        }
    }

    /** Reads the report in {@code file} (UTF-8). */
    public static Report read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Reads a report from {@code in}; does not close it. */
    public static Report read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*?\\]\\)", "");
            throw new InvalidReportException("not valid JSON" + (where == null ? "" : " at line " + where.getLineNr()
                    + ", column " + where.getColumnNr()) + ": " + crosscheck.internal.Texts.abbreviate(message, 120));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidReportException("not a crosscheck report: expected a JSON object");
        }
        try {
            return report(root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidReportException("a value the report model refuses: " + e.getMessage());
        }
    }

    private static Report report(JsonNode root) throws InvalidReportException {
        if (!"crosscheck".equals(root.path("tool").asText(null))) {
            throw new InvalidReportException("not a crosscheck report: 'tool' is " + root.path("tool"));
        }
        String schema = text(root, "schemaVersion", "");
        if (!READABLE_VERSIONS.contains(schema)) {
            throw new InvalidReportException("schemaVersion is '" + schema + "'; this crosscheck reads versions "
                    + String.join(" and ", READABLE_VERSIONS));
        }
        JsonNode s = object(root, "summary", "");
        Report.Summary summary = new Report.Summary(integer(s, "files", "summary"), integer(s, "failedFiles", "summary"),
                integer(s, "articles", "summary"), integer(s, "stories", "summary"), integer(s, "errors", "summary"),
                integer(s, "warnings", "summary"));
        List<Article> articles = new ArrayList<>();
        Map<String, Annotations> annotations = new LinkedHashMap<>();
        each(root, "articles", "", (n, at) -> {
            Article a = article(n, at);
            if (annotations.put(a.id(), annotations(n, at)) != null) {
                throw new InvalidReportException(at + ".id: '" + a.id() + "' is used by another article");
            }
            articles.add(a);
            return a;
        });
        List<Story> stories = each(root, "stories", "", (n, at) -> story(n, at, annotations.keySet()));
        List<Problem> problems = each(root, "problems", "", JsonReportReader::problem);
        return new Report(text(root, "version", ""), summary, articles, stories, problems, annotations);
    }

    /** One article as {@link JsonReportRenderer#articleTree} writes it (its annotations are read apart). */
    public static Article article(JsonNode n) throws InvalidReportException {
        return guarded(() -> article(n, "article"));
    }

    /** The annotations of one article as {@link JsonReportRenderer#articleTree} writes it. */
    public static Annotations annotations(JsonNode n) throws InvalidReportException {
        return guarded(() -> annotations(n, "article"));
    }

    /**
     * One story as {@link JsonReportRenderer#storyTree} writes it, its cross-check included (unlike {@link #read},
     * which leaves a story's check to be computed again). Its articles are not checked against any list.
     */
    public static Story story(JsonNode n) throws InvalidReportException {
        return guarded(() -> {
            Story s = story(n, "story", null);
            return s.withCheck(crossCheck(n, "story"));
        });
    }

    /** One problem as {@link JsonReportRenderer#problemTree} writes it. */
    public static Problem problem(JsonNode n) throws InvalidReportException {
        return guarded(() -> problem(n, "problem"));
    }

    /** Reads a value, turning what a record refuses into an {@link InvalidReportException}. */
    private static <T> T guarded(Part<T> read) throws InvalidReportException {
        try {
            return read.read();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidReportException("a value the report model refuses: " + e.getMessage());
        }
    }

    /** Reads one part of a report. */
    @FunctionalInterface
    private interface Part<T> {
        T read() throws InvalidReportException;
    }

    /** A story's cross-check as {@link CrossCheckJson} writes it into the story's object. */
    private static CrossCheck crossCheck(JsonNode n, String at) throws InvalidReportException {
        List<CrossCheck.Claim> claims = each(n, "claims", at, (c, cat) -> new CrossCheck.Claim(text(c, "id", cat),
                text(c, "text", cat), strings(c, "articles", cat),
                each(c, "mentions", cat, (m, mat) -> new CrossCheck.ClaimMention(text(m, "article", mat),
                        integer(m, "start", mat), integer(m, "end", mat), text(m, "text", mat),
                        text(m, "stance", mat), text(m, "origin", mat), strings(m, "chain", mat))),
                each(c, "origins", cat, (o, oat) -> new CrossCheck.Origin(text(o, "name", oat), text(o, "kind", oat),
                        strings(o, "sources", oat), strings(o, "articles", oat))),
                integer(c, "independentOrigins", cat), text(c, "status", cat), strings(c, "outlets", cat),
                strings(c, "missingFrom", cat),
                each(c, "denials", cat, (d, dat) -> new CrossCheck.Denial(text(d, "by", dat),
                        text(d, "article", dat), integer(d, "start", dat), integer(d, "end", dat),
                        text(d, "text", dat))),
                each(c, "stances", cat, (st, sat) -> new CrossCheck.ArticleStance(text(st, "article", sat),
                        text(st, "outlet", sat), text(st, "stance", sat), number(st, "confidence", sat)))));
        List<CrossCheck.Conflict> conflicts = each(n, "conflicts", at, (c, cat) -> new CrossCheck.Conflict(
                text(c, "kind", cat), text(c, "verdict", cat), text(c, "explanation", cat),
                strings(c, "articles", cat), each(c, "values", cat, JsonReportReader::side),
                strings(c, "claims", cat), strings(c, "missingFrom", cat)));
        List<CrossCheck.TimelineEntry> timeline = each(n, "timeline", at, (t, tat) -> new CrossCheck.TimelineEntry(
                text(t, "date", tat), text(t, "precision", tat), nullableText(t, "qualifier", tat),
                text(t, "text", tat), strings(t, "articles", tat), nullableText(t, "claim", tat)));
        JsonNode actors = object(n, "actors", at);
        String aat = path(at, "actors");
        List<CrossCheck.Actor> nodes = each(actors, "nodes", aat, (a, nat) -> new CrossCheck.Actor(
                text(a, "name", nat), text(a, "type", nat), strings(a, "articles", nat)));
        List<CrossCheck.Relation> edges = each(actors, "edges", aat, (r, rat) -> new CrossCheck.Relation(
                text(r, "source", rat), text(r, "target", rat), text(r, "relation", rat), strings(r, "articles", rat),
                each(r, "citations", rat, (c, cat) -> new CrossCheck.Citation(text(c, "article", cat),
                        integer(c, "start", cat), integer(c, "end", cat)))));
        List<CrossCheck.BriefSentence> brief = each(n, "brief", at, (b, bat) -> new CrossCheck.BriefSentence(
                text(b, "text", bat), strings(b, "articles", bat), text(b, "kind", bat),
                nullableText(b, "claim", bat)));
        return new CrossCheck(claims, conflicts, timeline, new CrossCheck.Actors(nodes, edges), brief);
    }

    private static CrossCheck.Side side(JsonNode v, String at) throws InvalidReportException {
        boolean figure = v.has("figure");
        return new CrossCheck.Side(text(v, "article", at), nullableText(v, "outlet", at),
                nullableText(v, "published", at), text(v, "text", at), integer(v, "start", at), integer(v, "end", at),
                nullableNumber(v, "value", at), nullableNumber(v, "max", at), nullableText(v, "unit", at),
                nullableText(v, "bound", at), text(v, "side", at), nullableText(v, "source", at),
                figure ? nullableText(v, "figure", at) : null, figure ? integer(v, "figureStart", at) : -1,
                figure ? integer(v, "figureEnd", at) : -1);
    }

    private static Article article(JsonNode n, String at) throws InvalidReportException {
        JsonNode source = object(n, "source", at);
        List<Removed> removed = each(n, "removed", at,
                (r, rat) -> new Removed(text(r, "text", rat), text(r, "reason", rat)));
        String id = text(n, "id", at);
        if (id.isEmpty()) {
            throw new InvalidReportException(at + ".id: expected a non-empty string");
        }
        return new Article(id, new SourceRef(text(source, "file", at + ".source"),
                nullableText(source, "record", at + ".source")), nullableText(n, "url", at),
                nullableText(n, "outlet", at), nullableText(n, "title", at), nullableText(n, "byline", at),
                nullableText(n, "published", at), text(n, "body", at), removed, nullableText(n, "modified", at),
                nullableText(n, "language", at),
                n.has("detectedLanguage") ? nullableText(n, "detectedLanguage", at) : null); // absent before 0.1
    }

    private static Annotations annotations(JsonNode n, String at) throws InvalidReportException {
        List<Entity> entities = each(n, "entities", at, (e, eat) -> new Entity(text(e, "name", eat),
                text(e, "type", eat), strings(e, "aliases", eat), each(e, "mentions", eat,
                        (m, mat) -> new Entity.Mention(text(m, "text", mat), integer(m, "start", mat),
                                integer(m, "end", mat))), List.of()));
        List<Quantity> quantities = each(n, "quantities", at, (q, qat) -> new Quantity(text(q, "text", qat),
                number(q, "value", qat), nullableNumber(q, "max", qat), text(q, "unit", qat), text(q, "bound", qat),
                nullableText(q, "counted", qat), integer(q, "start", qat), integer(q, "end", qat)));
        List<DateMention> dates = each(n, "dates", at, (d, dat) -> new DateMention(text(d, "text", dat),
                nullableText(d, "value", dat), text(d, "precision", dat), nullableText(d, "qualifier", dat),
                bool(d, "resolved", dat), integer(d, "start", dat), integer(d, "end", dat)));
        List<Quote> quotes = each(n, "quotes", at, (q, qat) -> new Quote(text(q, "text", qat),
                integer(q, "start", qat), integer(q, "end", qat), text(q, "kind", qat), nullableText(q, "speaker", qat),
                nullableText(q, "speakerText", qat), nullableText(q, "cue", qat)));
        List<Attribution> attributions = each(n, "attributions", at, JsonReportReader::attribution);
        return new Annotations(entities, quantities, dates, quotes, attributions);
    }

    private static Attribution attribution(JsonNode a, String at) throws InvalidReportException {
        JsonNode span = field(a, "sourceSpan", at);
        String sourceText = null;
        int sourceStart = -1;
        int sourceEnd = -1;
        if (!span.isNull()) {
            span = object(a, "sourceSpan", at);
            sourceText = text(span, "text", at + ".sourceSpan");
            sourceStart = integer(span, "start", at + ".sourceSpan");
            sourceEnd = integer(span, "end", at + ".sourceSpan");
        }
        JsonNode cue = object(a, "cueSpan", at);
        return new Attribution(text(a, "text", at), integer(a, "start", at), integer(a, "end", at),
                nullableText(a, "source", at), sourceText, sourceStart, sourceEnd, text(a, "sourceKind", at),
                text(a, "cue", at), integer(cue, "start", at + ".cueSpan"), integer(cue, "end", at + ".cueSpan"),
                strings(a, "chain", at));
    }

    private static Story story(JsonNode n, String at, @Nullable Set<String> articleIds)
            throws InvalidReportException {
        List<String> ids = strings(n, "articles", at);
        for (String id : ids) {
            if (articleIds != null && !articleIds.contains(id)) {
                throw new InvalidReportException(at + ".articles: '" + id + "' is not an article of the report");
            }
        }
        List<List<String>> duplicates = each(n, "duplicates", at, (g, gat) -> {
            if (!g.isArray()) {
                throw new InvalidReportException(gat + ": expected an array, found " + kind(g));
            }
            List<String> group = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                group.add(stringValue(g.get(i), gat + "[" + i + "]"));
            }
            return group;
        });
        List<Entity> entities = each(n, "entities", at, (e, eat) -> new Entity(text(e, "name", eat),
                text(e, "type", eat), strings(e, "aliases", eat), List.of(), strings(e, "articles", eat)));
        return new Story(text(n, "id", at), text(n, "title", at), ids, duplicates, entities, CrossCheck.none());
    }

    private static Problem problem(JsonNode n, String at) throws InvalidReportException {
        String severity = text(n, "severity", at);
        Problem.Severity level;
        try {
            level = Problem.Severity.valueOf(severity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReportException(at + ".severity: expected 'error' or 'warning', found '" + severity + "'");
        }
        return new Problem(level, text(n, "code", at), text(n, "message", at), text(n, "location", at));
    }

    /** Reads one element of an array; {@code at} is its JSON path. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String at) throws InvalidReportException;
    }

    private static <T> List<T> each(JsonNode parent, String name, String at, Element<T> element)
            throws InvalidReportException {
        JsonNode array = field(parent, name, at);
        String path = path(at, name);
        if (!array.isArray()) {
            throw new InvalidReportException(path + ": expected an array, found " + kind(array));
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemAt = path + "[" + i + "]";
            if (!item.isObject() && !item.isArray()) {
                throw new InvalidReportException(itemAt + ": expected an object, found " + kind(item));
            }
            try {
                out.add(element.read(item, itemAt));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidReportException(itemAt + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode array = field(parent, name, at);
        String path = path(at, name);
        if (!array.isArray()) {
            throw new InvalidReportException(path + ": expected an array, found " + kind(array));
        }
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(stringValue(array.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static String stringValue(JsonNode node, String at) throws InvalidReportException {
        if (!node.isTextual()) {
            throw new InvalidReportException(at + ": expected a string, found " + kind(node));
        }
        return node.textValue();
    }

    private static JsonNode field(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode n = parent.get(name);
        if (n == null) {
            throw new InvalidReportException(path(at, name) + ": missing");
        }
        return n;
    }

    private static JsonNode object(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode n = field(parent, name, at);
        if (!n.isObject()) {
            throw new InvalidReportException(path(at, name) + ": expected an object, found " + kind(n));
        }
        return n;
    }

    private static String text(JsonNode parent, String name, String at) throws InvalidReportException {
        return stringValue(field(parent, name, at), path(at, name));
    }

    private static @Nullable String nullableText(JsonNode parent, String name, String at)
            throws InvalidReportException {
        JsonNode n = field(parent, name, at);
        return n.isNull() ? null : stringValue(n, path(at, name));
    }

    private static int integer(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode n = field(parent, name, at);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new InvalidReportException(path(at, name) + ": expected an integer, found " + kind(n));
        }
        return n.intValue();
    }

    private static double number(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode n = field(parent, name, at);
        if (!n.isNumber()) {
            throw new InvalidReportException(path(at, name) + ": expected a number, found " + kind(n));
        }
        return n.doubleValue();
    }

    private static @Nullable Double nullableNumber(JsonNode parent, String name, String at)
            throws InvalidReportException {
        return field(parent, name, at).isNull() ? null : number(parent, name, at);
    }

    private static boolean bool(JsonNode parent, String name, String at) throws InvalidReportException {
        JsonNode n = field(parent, name, at);
        if (!n.isBoolean()) {
            throw new InvalidReportException(path(at, name) + ": expected true or false, found " + kind(n));
        }
        return n.booleanValue();
    }

    private static String path(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static String kind(JsonNode n) {
        return n.isNull() ? "null" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
