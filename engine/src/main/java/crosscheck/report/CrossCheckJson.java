package crosscheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.core.CrossCheck;
import java.util.List;

/** Writes a story's cross-check into its JSON object: {@code claims}, {@code conflicts}, {@code timeline},
 * {@code actors}, {@code brief}. */
final class CrossCheckJson {

    private CrossCheckJson() {
    }

    static void write(ObjectNode story, CrossCheck check) {
        ArrayNode claims = story.putArray("claims");
        for (CrossCheck.Claim c : check.claims()) {
            claims.add(claim(claims.objectNode(), c));
        }
        ArrayNode conflicts = story.putArray("conflicts");
        for (CrossCheck.Conflict c : check.conflicts()) {
            conflicts.add(conflict(conflicts.objectNode(), c));
        }
        ArrayNode timeline = story.putArray("timeline");
        for (CrossCheck.TimelineEntry t : check.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("date", t.date());
            n.put("precision", t.precision());
            n.put("qualifier", t.qualifier());
            n.put("text", t.text());
            strings(n.putArray("articles"), t.articles());
            n.put("claim", t.claim());
        }
        ObjectNode actors = story.putObject("actors");
        ArrayNode nodes = actors.putArray("nodes");
        for (CrossCheck.Actor a : check.actors().nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("name", a.name());
            n.put("type", a.type());
            strings(n.putArray("articles"), a.articles());
        }
        ArrayNode edges = actors.putArray("edges");
        for (CrossCheck.Relation r : check.actors().edges()) {
            ObjectNode n = edges.addObject();
            n.put("source", r.source());
            n.put("target", r.target());
            n.put("relation", r.relation());
            strings(n.putArray("articles"), r.articles());
            ArrayNode cites = n.putArray("citations");
            for (CrossCheck.Citation c : r.citations()) {
                cites.addObject().put("article", c.article()).put("start", c.start()).put("end", c.end());
            }
        }
        ArrayNode brief = story.putArray("brief");
        for (CrossCheck.BriefSentence b : check.brief()) {
            ObjectNode n = brief.addObject();
            n.put("text", b.text());
            strings(n.putArray("articles"), b.articles());
            n.put("kind", b.kind());
            n.put("claim", b.claim());
        }
    }

    private static ObjectNode claim(ObjectNode n, CrossCheck.Claim c) {
        n.put("id", c.id());
        n.put("text", c.text());
        strings(n.putArray("articles"), c.articles());
        ArrayNode mentions = n.putArray("mentions");
        for (CrossCheck.ClaimMention m : c.mentions()) {
            ObjectNode mn = mentions.addObject();
            mn.put("article", m.article());
            mn.put("start", m.start());
            mn.put("end", m.end());
            mn.put("text", m.text());
            mn.put("stance", m.stance());
            mn.put("origin", m.origin());
            strings(mn.putArray("chain"), m.chain());
        }
        ArrayNode origins = n.putArray("origins");
        for (CrossCheck.Origin o : c.origins()) {
            ObjectNode on = origins.addObject();
            on.put("name", o.name());
            on.put("kind", o.kind());
            strings(on.putArray("sources"), o.sources());
            strings(on.putArray("articles"), o.articles());
        }
        n.put("independentOrigins", c.independentOrigins());
        n.put("status", c.status());
        strings(n.putArray("outlets"), c.outlets());
        strings(n.putArray("missingFrom"), c.missingFrom());
        ArrayNode stances = n.putArray("stances");
        for (CrossCheck.ArticleStance st : c.stances()) {
            stances.addObject().put("article", st.article()).put("outlet", st.outlet()).put("stance", st.stance())
                    .put("confidence", st.confidence());
        }
        ArrayNode denials = n.putArray("denials");
        for (CrossCheck.Denial d : c.denials()) {
            denials.addObject().put("by", d.by()).put("article", d.article()).put("start", d.start())
                    .put("end", d.end()).put("text", d.text());
        }
        return n;
    }

    private static ObjectNode conflict(ObjectNode n, CrossCheck.Conflict c) {
        n.put("kind", c.kind());
        n.put("verdict", c.verdict());
        n.put("explanation", c.explanation());
        strings(n.putArray("articles"), c.articles());
        ArrayNode values = n.putArray("values");
        for (CrossCheck.Side v : c.values()) {
            ObjectNode vn = values.addObject();
            vn.put("article", v.article());
            vn.put("outlet", v.outlet());
            vn.put("published", v.published());
            vn.put("side", v.side());
            vn.put("text", v.text());
            vn.put("start", v.start());
            vn.put("end", v.end());
            vn.put("value", v.value());
            vn.put("max", v.max());
            vn.put("unit", v.unit());
            vn.put("bound", v.bound());
            vn.put("source", v.source());
            if (v.figure() != null) {
                vn.put("figure", v.figure());
                vn.put("figureStart", v.figureStart());
                vn.put("figureEnd", v.figureEnd());
            }
        }
        strings(n.putArray("claims"), c.claims());
        strings(n.putArray("missingFrom"), c.missingFrom());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
