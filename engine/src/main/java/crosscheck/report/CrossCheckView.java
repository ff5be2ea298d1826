package crosscheck.report;

import crosscheck.annotate.Outlets;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Markdown and HTML reports show of a story's cross-check, as plain text pieces both renderers lay out:
 * the brief, the claims that two or more articles carry, the conflicts, the timeline and the actors' relations.
 * Long lists are cut; {@code report.json} always has everything.
 */
final class CrossCheckView {

    static final int MAX_CLAIMS = 25;
    static final int MAX_TIMELINE = 40;
    static final int MAX_RELATIONS = 20;
    private static final int CLAIM_CHARS = 240;

    /** A piece of text with the articles it cites, each as (id, label). */
    record Cited(String text, List<Citation> cites) {
    }

    record Citation(String id, String label) {
    }

    /** One row of the claim table. */
    record ClaimRow(String id, String text, String status, String origins, String outlets, String missing,
                    String disputed) {
    }

    private CrossCheckView() {
    }

    static boolean isEmpty(Story story) {
        CrossCheck c = story.check();
        return c.claims().isEmpty() && c.conflicts().isEmpty() && c.timeline().isEmpty() && c.brief().isEmpty();
    }

    static List<Cited> brief(Story story, Map<String, Article> byId) {
        List<Cited> out = new ArrayList<>();
        for (CrossCheck.BriefSentence b : story.check().brief()) {
            out.add(new Cited(b.text(), cites(b.articles(), byId)));
        }
        return out;
    }

    /** The claims two or more articles carry, as table rows. */
    static List<ClaimRow> claims(Story story, Map<String, Article> byId) {
        List<ClaimRow> out = new ArrayList<>();
        for (CrossCheck.Claim c : story.check().claims()) {
            if (c.articles().size() < 2 || out.size() == MAX_CLAIMS) {
                continue;
            }
            List<String> origins = new ArrayList<>();
            for (CrossCheck.Origin o : c.origins()) {
                origins.add(o.name() + (o.sources().isEmpty() ? "" : " (via " + String.join("; ", o.sources()) + ")"));
            }
            out.add(new ClaimRow(c.id(), crosscheck.internal.Texts.abbreviate(c.text(), CLAIM_CHARS), c.status(),
                    c.independentOrigins() + ": " + String.join(" · ", origins), Outlets.labels(c.outlets(), byId),
                    c.missingFrom().isEmpty() ? "–" : Outlets.labels(c.missingFrom(), byId), disputed(c, byId)));
        }
        return out;
    }

    /** True when the stance model labelled the story's claims (it runs only when asked for: {@code --stances}). */
    static boolean hasStances(Story story) {
        return story.check().claims().stream().anyMatch(c -> !c.stances().isEmpty());
    }

    /** The stance model's confidence from which an article is shown as disputing a claim. */
    static final double DISPUTE_CONFIDENCE = 0.9;

    /** The outlets whose text the stance model reads as disagreeing with the claim, confidently; "–" when none. */
    private static String disputed(CrossCheck.Claim c, Map<String, Article> byId) {
        List<String> out = new ArrayList<>();
        for (CrossCheck.ArticleStance s : c.stances()) {
            if (s.stance().equals("disagree") && s.confidence() >= DISPUTE_CONFIDENCE && !out.contains(s.outlet())) {
                out.add(s.outlet());
            }
        }
        return out.isEmpty() ? "–" : Outlets.labels(out, byId);
    }

    /** How many claims only one article makes (not in the table). */
    static long singleArticleClaims(Story story) {
        return story.check().claims().stream().filter(c -> c.articles().size() < 2).count();
    }

    static List<Cited> conflicts(Story story, Map<String, Article> byId) {
        List<Cited> out = new ArrayList<>();
        for (CrossCheck.Conflict c : story.check().conflicts()) {
            out.add(new Cited(verdictWord(c) + ": " + c.explanation(), cites(c.articles(), byId)));
        }
        return out;
    }

    private static String verdictWord(CrossCheck.Conflict c) {
        return switch (c.verdict()) {
            case "conflict" -> "Conflicting figures";
            case "grew" -> "Figures that grew (no conflict)";
            case "consistent" -> "Figures that agree within their bounds";
            default -> "Denied";
        };
    }

    static List<Cited> timeline(Story story, Map<String, Article> byId) {
        List<Cited> out = new ArrayList<>();
        for (CrossCheck.TimelineEntry t : story.check().timeline()) {
            if (out.size() == MAX_TIMELINE) {
                break;
            }
            String date = t.qualifier() == null ? t.date() : t.date() + " (" + t.qualifier() + ")";
            out.add(new Cited(date + " — " + crosscheck.internal.Texts.abbreviate(t.text(), CLAIM_CHARS),
                    cites(t.articles(), byId)));
        }
        return out;
    }

    static List<Cited> relations(Story story, Map<String, Article> byId) {
        List<Cited> out = new ArrayList<>();
        for (CrossCheck.Relation r : story.check().actors().edges()) {
            if (out.size() == MAX_RELATIONS) {
                break;
            }
            out.add(new Cited(r.source() + " → " + r.relation() + " → " + r.target(), cites(r.articles(), byId)));
        }
        return out;
    }

    private static List<Citation> cites(List<String> ids, Map<String, Article> byId) {
        List<Citation> out = new ArrayList<>();
        for (String id : ids) {
            Article a = byId.get(id);
            out.add(new Citation(id, a != null ? Outlets.labelOf(a) : id));
        }
        return out;
    }
}
