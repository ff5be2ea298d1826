package crosscheck.align;

import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflict between a claim and its denials: which outlets carry the claim, which carry the denial, and which
 * carry the claim but drop the denial although they published after it first appeared (an outlet that published
 * before it could not have carried it, and is named as such).
 */
final class DenialConflict {

    private DenialConflict() {
    }

    static CrossCheck.Conflict of(CrossCheck.Claim claim, Map<String, Article> byId, List<String> storyArticles) {
        List<CrossCheck.Side> sides = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        for (CrossCheck.ClaimMention m : claim.mentions()) {
            Article a = byId.get(m.article());
            sides.add(new CrossCheck.Side(m.article(), a.outlet(), a.published(), m.text(), m.start(), m.end(),
                    null, null, null, null, "claim", m.origin()));
            articles.add(m.article());
        }
        Set<String> deniers = new LinkedHashSet<>();
        Set<String> denyingArticles = new LinkedHashSet<>();
        Set<String> denyingOutlets = new LinkedHashSet<>();
        String firstDay = null;
        for (CrossCheck.Denial d : claim.denials()) {
            Article a = byId.get(d.article());
            sides.add(new CrossCheck.Side(d.article(), a.outlet(), a.published(), d.text(), d.start(), d.end(),
                    null, null, null, null, "denial", d.by()));
            articles.add(d.article());
            deniers.add(d.by());
            denyingArticles.add(d.article());
            denyingOutlets.add(Origins.outletName(a));
            String day = day(a);
            if (day != null && (firstDay == null || day.compareTo(firstDay) < 0)) {
                firstDay = day;
            }
        }
        Set<String> dropped = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        for (String id : claim.articles()) {
            Article a = byId.get(id);
            String outlet = Origins.outletName(a);
            if (denyingArticles.contains(id) || denyingOutlets.contains(outlet)) {
                continue;
            }
            String day = day(a);
            if (firstDay != null && day != null && day.compareTo(firstDay) > 0) {
                dropped.add(outlet);
            } else if (firstDay != null && day != null && day.compareTo(firstDay) < 0) {
                before.add(outlet);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(", ", deniers)).append(deniers.size() == 1 ? " denies" : " deny")
                .append(" what ").append(String.join(", ", claim.outlets())).append(claim.outlets().size() == 1
                        ? " reports" : " report").append("; the denial is carried by ")
                .append(String.join(", ", denyingOutlets)).append('.');
        if (!dropped.isEmpty()) {
            sb.append(' ').append(String.join(", ", dropped)).append(dropped.size() == 1 ? " carries" : " carry")
                    .append(" the claim without the denial although published after it first appeared (")
                    .append(firstDay).append(").");
        }
        if (!before.isEmpty()) {
            sb.append(' ').append(String.join(", ", before)).append(" published before the denial.");
        }
        List<String> ordered = storyArticles.stream().filter(articles::contains).toList();
        return new CrossCheck.Conflict("denial", "denied", sb.toString(), ordered, sides, List.of(claim.id()),
                List.copyOf(dropped));
    }

    private static String day(Article a) {
        return a.published() == null || a.published().length() < 10 ? null : a.published().substring(0, 10);
    }
}
