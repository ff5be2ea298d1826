package crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.DateMention;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Quantity;
import crosscheck.core.Quote;
import crosscheck.core.Removed;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.extract.Bylines;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.json}, the machine-readable report described by {@code schema/report.schema.json}. Keys come
 * in a fixed order and every field is always present (null when unknown), so that reports diff cleanly.
 */
public final class JsonReportRenderer implements Renderer {

    /** The version of the report's JSON layout; raised when fields are added. */
    public static final String SCHEMA_VERSION = "2";

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Writes the report as {@link #toTree} gives it, byte for byte, but one article, story and problem at a time:
     * the tree of a whole batch would take several times the size of the file (5,000 articles: a 139 MB file, some
     * 400 MB of tree).
     */
    @Override
    public void render(Report report, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = MAPPER.writer(printer).createGenerator(out)) {
            g.writeStartObject();
            var head = head(report).fields();
            while (head.hasNext()) {
                var field = head.next();
                g.writeFieldName(field.getKey());
                MAPPER.writeTree(g, field.getValue());
            }
            g.writeArrayFieldStart("articles");
            for (Article a : report.articles()) {
                MAPPER.writeTree(g, article(a, report.annotationsOf(a.id())));
            }
            g.writeEndArray();
            Map<String, Article> byId = ReportViews.articlesById(report);
            g.writeArrayFieldStart("stories");
            for (Story st : report.stories()) {
                MAPPER.writeTree(g, story(st, byId));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : report.problems()) {
                MAPPER.writeTree(g, problem(p));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode toTree(Report report) {
        ObjectNode root = head(report);
        ArrayNode articles = root.putArray("articles");
        report.articles().forEach(a -> articles.add(article(a, report.annotationsOf(a.id()))));
        Map<String, Article> byId = ReportViews.articlesById(report);
        ArrayNode stories = root.putArray("stories");
        report.stories().forEach(st -> stories.add(story(st, byId)));
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> problems.add(problem(p)));
        return root;
    }

    /**
     * One article with its annotations, as an element of {@code report.json}'s {@code articles}: what the archive
     * stores of it ({@link JsonReportReader#article(com.fasterxml.jackson.databind.JsonNode)} and
     * {@link JsonReportReader#annotations(com.fasterxml.jackson.databind.JsonNode)} read it back).
     */
    public static ObjectNode articleTree(Article a, Annotations annotations) {
        return article(a, annotations);
    }

    /**
     * One story with its cross-check, as an element of {@code report.json}'s {@code stories} ({@link
     * JsonReportReader#story(com.fasterxml.jackson.databind.JsonNode)} reads it back); its derived {@code outlets}
     * come from the articles in {@code byId} (those not there are left out).
     */
    public static ObjectNode storyTree(Story story, Map<String, Article> byId) {
        return story(story, byId);
    }

    /** One problem, as an element of {@code report.json}'s {@code problems}. */
    public static ObjectNode problemTree(Problem p) {
        return problem(p);
    }

    /** The fields before the articles: the tool, its versions and the summary. */
    private static ObjectNode head(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "crosscheck");
        root.put("version", report.version());
        root.put("schemaVersion", SCHEMA_VERSION);
        Report.Summary s = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", s.files());
        summary.put("failedFiles", s.failedFiles());
        summary.put("articles", s.articles());
        summary.put("stories", s.stories());
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        return root;
    }

    private static ObjectNode article(Article a, Annotations annotations) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        ObjectNode source = n.putObject("source");
        source.put("file", a.source().file());
        source.put("record", a.source().record());
        n.put("url", a.url());
        n.put("outlet", a.outlet());
        n.put("outletName", crosscheck.annotate.Outlets.nameOf(a));
        n.put("title", a.title());
        n.put("byline", a.byline());
        ArrayNode authors = n.putArray("authors");
        Bylines.authors(a.byline()).forEach(authors::add);
        n.put("published", a.published());
        n.put("modified", a.modified());
        n.put("language", a.language());
        n.put("detectedLanguage", a.detectedLanguage());
        n.put("body", a.body());
        ArrayNode removed = n.putArray("removed");
        for (Removed r : a.removed()) {
            ObjectNode rn = removed.addObject();
            rn.put("text", r.text());
            rn.put("reason", r.reason());
        }
        ArrayNode ents = n.putArray("entities");
        for (Entity e : annotations.entities()) {
            ObjectNode en = entity(ents.addObject(), e);
            ArrayNode mentions = en.putArray("mentions");
            for (Entity.Mention m : e.mentions()) {
                mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
            }
        }
        ArrayNode quantities = n.putArray("quantities");
        for (Quantity q : annotations.quantities()) {
            ObjectNode qn = quantities.addObject();
            qn.put("text", q.text());
            qn.put("value", q.value());
            qn.put("max", q.max());
            qn.put("unit", q.unit());
            qn.put("bound", q.bound());
            qn.put("counted", q.counted());
            qn.put("start", q.start());
            qn.put("end", q.end());
        }
        ArrayNode dates = n.putArray("dates");
        for (DateMention d : annotations.dates()) {
            ObjectNode dn = dates.addObject();
            dn.put("text", d.text());
            dn.put("value", d.value());
            dn.put("precision", d.precision());
            dn.put("qualifier", d.qualifier());
            dn.put("resolved", d.resolved());
            dn.put("start", d.start());
            dn.put("end", d.end());
        }
        ArrayNode quotes = n.putArray("quotes");
        for (Quote q : annotations.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("text", q.text());
            qn.put("kind", q.kind());
            qn.put("speaker", q.speaker());
            qn.put("speakerText", q.speakerText());
            qn.put("cue", q.cue());
            qn.put("start", q.start());
            qn.put("end", q.end());
        }
        ArrayNode attributions = n.putArray("attributions");
        for (Attribution at : annotations.attributions()) {
            ObjectNode an = attributions.addObject();
            an.put("text", at.text());
            an.put("start", at.start());
            an.put("end", at.end());
            an.put("source", at.source());
            an.put("sourceKind", at.sourceKind());
            if (at.sourceText() == null) {
                an.putNull("sourceSpan");
            } else {
                an.putObject("sourceSpan").put("text", at.sourceText()).put("start", at.sourceStart())
                        .put("end", at.sourceEnd());
            }
            an.put("cue", at.cue());
            an.putObject("cueSpan").put("start", at.cueStart()).put("end", at.cueEnd());
            ArrayNode chain = an.putArray("chain");
            at.chain().forEach(chain::add);
        }
        return n;
    }

    private static ObjectNode story(Story s, Map<String, Article> byId) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("title", s.title());
        ArrayNode ids = n.putArray("articles");
        s.articles().forEach(ids::add);
        ArrayNode outlets = n.putArray("outlets");
        ReportViews.outlets(s, byId).forEach(outlets::add);
        ArrayNode ents = n.putArray("entities");
        for (Entity e : s.entities()) {
            ArrayNode arts = entity(ents.addObject(), e).putArray("articles");
            e.articles().forEach(arts::add);
        }
        ArrayNode duplicates = n.putArray("duplicates");
        for (List<String> group : s.duplicates()) {
            ArrayNode g = duplicates.addArray();
            group.forEach(g::add);
        }
        CrossCheckJson.write(n, s.check());
        return n;
    }

    private static ObjectNode entity(ObjectNode n, Entity e) {
        n.put("name", e.name());
        n.put("type", e.type());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        return n;
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("code", p.code());
        n.put("message", p.message());
        n.put("location", p.location());
        return n;
    }
}
