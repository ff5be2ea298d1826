package crosscheck.align;

import crosscheck.annotate.Outlets;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.internal.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * @param carriers      the articles that carry what is denied: the claim's, or for the story's main claim
     *                      every article of the story (a denial of "the report" denies what the story reports)
     * @param alsoDenying   articles that carry a denial of the story elsewhere (for the main claim), else empty
     * @param storyWide     true for the story's main claim
     */
    static CrossCheck.Conflict of(CrossCheck.Claim claim, Map<String, Article> byId, List<String> carriers,
                                  Set<String> alsoDenying, boolean storyWide) {
        List<CrossCheck.Side> sides = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        for (CrossCheck.ClaimMention m : claim.mentions()) {
            Article a = byId.get(m.article());
            sides.add(new CrossCheck.Side(m.article(), Origins.outletName(a), a.published(), m.text(), m.start(),
                    m.end(),
                    null, null, null, null, "claim", m.origin()));
            articles.add(m.article());
        }
        Set<String> deniers = new LinkedHashSet<>();
        Set<String> denyingArticles = new LinkedHashSet<>(alsoDenying);
        Set<String> denyingOutlets = new LinkedHashSet<>();
        alsoDenying.forEach(id -> denyingOutlets.add(Origins.outletName(byId.get(id))));
        String firstDay = null;
        for (CrossCheck.Denial d : claim.denials()) {
            Article a = byId.get(d.article());
            sides.add(new CrossCheck.Side(d.article(), Origins.outletName(a), a.published(), d.text(), d.start(),
                    d.end(),
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
        for (String id : alsoDenying) {
            String day = day(byId.get(id));
            if (day != null && (firstDay == null || day.compareTo(firstDay) < 0)) {
                firstDay = day;
            }
        }
        // One reason per outlet: an outlet with several articles is judged by its latest one that carries the
        // claim (it could have carried the denial if any of them was published after the denial first appeared).
        Map<String, String> latest = new LinkedHashMap<>();
        Set<String> carrierOutlets = new LinkedHashSet<>();
        for (String id : carriers) {
            Article a = byId.get(id);
            String outlet = Origins.outletName(a);
            carrierOutlets.add(outlet);
            if (denyingArticles.contains(id) || denyingOutlets.contains(outlet)) {
                continue;
            }
            String day = day(a);
            String known = latest.get(outlet);
            if (!latest.containsKey(outlet) || (day != null && (known == null || day.compareTo(known) > 0))) {
                latest.put(outlet, day);
            }
        }
        Set<String> dropped = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        Set<String> undated = new LinkedHashSet<>();
        Set<String> sameDay = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : latest.entrySet()) {
            String day = e.getValue();
            if (firstDay == null || day == null) {
                undated.add(e.getKey());
            } else if (day.compareTo(firstDay) > 0) {
                dropped.add(e.getKey());
            } else if (day.compareTo(firstDay) < 0) {
                before.add(e.getKey());
            } else {
                sameDay.add(e.getKey());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.andList(new ArrayList<>(deniers))).append(deniers.size() == 1 ? " denies" : " deny");
        if (storyWide) {
            sb.append(" what the story reports (“").append(abbreviate(claim.text())).append("”)");
        } else {
            sb.append(" that ").append("“").append(abbreviate(claim.text())).append("” (")
                    .append(Outlets.labels(carrierOutlets, byId)).append(')');
        }
        sb.append("; the denial is carried by ").append(Outlets.labels(denyingOutlets, byId)).append('.');
        if (!dropped.isEmpty()) {
            sb.append(' ').append(Outlets.labels(dropped, byId)).append(dropped.size() == 1 ? " carries" : " carry")
                    .append(storyWide ? " the story" : " the claim")
                    .append(" without the denial although published after it first appeared (")
                    .append(firstDay).append(").");
        }
        if (!undated.isEmpty()) {
            sb.append(' ').append(Outlets.labels(undated, byId)).append(undated.size() == 1 ? " carries" : " carry")
                    .append(storyWide ? " the story" : " the claim").append(" without the denial (publication dates "
                    + "unknown: whether it could have carried it is not known).");
        }
        if (!sameDay.isEmpty()) {
            sb.append(' ').append(Outlets.labels(sameDay, byId)).append(sameDay.size() == 1 ? " carries" : " carry")
                    .append(storyWide ? " the story" : " the claim").append(" without the denial, published the same "
                    + "day it first appeared.");
        }
        if (!before.isEmpty()) {
            sb.append(' ').append(Outlets.labels(before, byId)).append(" published before the denial.");
        }
        articles.addAll(denyingArticles);
        List<String> ordered = new ArrayList<>();
        carriers.forEach(id -> {
            if (articles.contains(id)) {
                ordered.add(id);
            }
        });
        articles.forEach(id -> {
            if (!ordered.contains(id)) {
                ordered.add(id);
            }
        });
        Set<String> missing = new LinkedHashSet<>(dropped);
        missing.addAll(undated);
        return new CrossCheck.Conflict("denial", "denied", sb.toString(), ordered, sides, List.of(claim.id()),
                List.copyOf(missing));
    }

    /**
     * A denial of something no claim of the story states ("Reyle called the audit a sham" where no two articles report
     * the audit): who denies, what, and which outlets carry the denial; tied to no claim.
     */
    static CrossCheck.Conflict unattached(List<CrossCheck.Denial> denials, Map<String, Article> byId, String denied) {
        List<CrossCheck.Side> sides = new ArrayList<>();
        Set<String> deniers = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        List<String> articles = new ArrayList<>();
        for (CrossCheck.Denial d : denials) {
            Article a = byId.get(d.article());
            sides.add(new CrossCheck.Side(d.article(), Origins.outletName(a), a.published(), d.text(), d.start(),
                    d.end(), null, null, null, null, "denial", d.by()));
            deniers.add(d.by());
            outlets.add(Origins.outletName(a));
            if (!articles.contains(d.article())) {
                articles.add(d.article());
            }
        }
        String what = Texts.normalizeSpace(denied).replaceAll("^[\\s,.;:“”\"]+|[\\s,;:“”\"]+$", "");
        String explanation = Texts.andList(new ArrayList<>(deniers)) + (deniers.size() == 1 ? " denies" : " deny")
                + (what.isEmpty() ? "" : " “" + abbreviate(what) + "”") + " (carried by " + Outlets.labels(outlets, byId)
                + "); no claim of the story states what is denied.";
        return new CrossCheck.Conflict("denial", "denied", explanation, articles, sides, List.of(), List.of());
    }

    private static String abbreviate(String text) {
        if (text.length() <= 120) {
            return text;
        }
        int space = text.lastIndexOf(' ', 117);
        return crosscheck.internal.Texts.cut(text, space > 60 ? space + 1 : 117) + "…";
    }

    private static String day(Article a) {
        return a.published() == null || a.published().length() < 10 ? null : a.published().substring(0, 10);
    }
}
