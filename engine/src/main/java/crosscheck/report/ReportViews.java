package crosscheck.report;

import crosscheck.annotate.Outlets;
import crosscheck.core.Article;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derived views of a report that several renderers show. */
final class ReportViews {

    private ReportViews() {
    }

    static Map<String, Article> articlesById(Report report) {
        Map<String, Article> byId = new LinkedHashMap<>();
        report.articles().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    /**
     * The distinct outlets of a story's articles as reports name them (one name for an outlet's name, short name
     * and domains), in article order; unknown outlets left out.
     */
    static List<String> outlets(Story story, Map<String, Article> byId) {
        Set<String> outlets = new LinkedHashSet<>();
        for (String id : story.articles()) {
            Article a = byId.get(id);
            String name = a == null ? null : Outlets.nameOf(a);
            if (name != null) {
                outlets.add(name);
            }
        }
        return List.copyOf(outlets);
    }

    /**
     * The story's outlets for its header, with its distinct articles of unknown outlet counted apart: "The Week,
     * CNN; 2 articles of unknown outlet".
     */
    static String outletsLine(Story story, Map<String, Article> byId) {
        List<String> known = outlets(story, byId);
        long unknown = story.distinctArticles().stream()
                .filter(id -> byId.get(id) != null && Outlets.nameOf(byId.get(id)) == null).count();
        String u = unknown + (unknown == 1 ? " article" : " articles") + " of unknown outlet";
        return known.isEmpty() ? u : String.join(", ", known) + (unknown == 0 ? "" : "; " + u);
    }

    /** For each later copy in a duplicate group, the article it copies (the group's first). */
    static Map<String, String> copyOf(Story story) {
        Map<String, String> copies = new LinkedHashMap<>();
        for (List<String> group : story.duplicates()) {
            for (String id : group.subList(1, group.size())) {
                copies.put(id, group.get(0));
            }
        }
        return copies;
    }

    /** The story's most widely named entities: "Elon Musk (person, 3 articles; also Musk) · …". */
    static String entitiesLine(Story story) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (crosscheck.core.Entity e : story.entities()) {
            if (shown == MAX_ENTITIES_SHOWN) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(e.name()).append(" (").append(typeWord(e.type())).append(", ").append(e.articles().size())
                    .append(e.articles().size() == 1 ? " article" : " articles");
            if (!e.aliases().isEmpty()) {
                sb.append("; also ").append(String.join(", ", e.aliases()));
            }
            sb.append(')');
            shown++;
        }
        return sb.toString();
    }

    private static final int MAX_ENTITIES_SHOWN = 12;
    private static final int MAX_FIGURES_SHOWN = 12;

    /**
     * The sums of money the story's articles state, each with who stated it: "$44 million (The Meridian Courier) ·
     * $61 million (The Daily Lantern)". Empty when there are none or annotation was not run.
     */
    static String figuresLine(Story story, Report report, Map<String, Article> byId) {
        // Each outlet's sums once, taken in turn across outlets so that no one article fills the line.
        List<List<String>> perArticle = new java.util.ArrayList<>();
        for (String id : story.distinctArticles()) {
            Article a = byId.get(id);
            String who = a != null ? Outlets.labelOf(a) : id;
            Set<String> seen = new LinkedHashSet<>();
            for (crosscheck.core.Quantity q : report.annotationsOf(id).quantities()) {
                if (!q.unit().equals("count") && !q.unit().equals("percent")) {
                    seen.add(q.text() + " (" + who + ")");
                }
            }
            perArticle.add(new java.util.ArrayList<>(seen));
        }
        Set<String> shown = new LinkedHashSet<>();
        for (int round = 0; shown.size() < MAX_FIGURES_SHOWN; round++) {
            boolean any = false;
            for (List<String> sums : perArticle) {
                if (round < sums.size() && shown.size() < MAX_FIGURES_SHOWN) {
                    shown.add(sums.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return String.join(" · ", shown);
    }

    private static final int MAX_SOURCES_SHOWN = 10;

    /**
     * The sources the story's articles cite, each with how many articles and statements cite it, most widely cited
     * first: "The Meridian Courier (3 articles, 9 statements) · a person familiar with the talks (1 article, 2
     * statements)". A statement counts for the last source of its chain (the one the article itself cites), under
     * the story's name for that entity. Empty when there are none or annotation was not run.
     */
    static String sourcesLine(Story story, Report report) {
        Map<String, String> canonical = new java.util.HashMap<>();
        for (crosscheck.core.Entity e : story.entities()) {
            e.aliases().forEach(alias -> canonical.putIfAbsent(alias, e.name()));
        }
        Map<String, Set<String>> articles = new java.util.LinkedHashMap<>();
        Map<String, Integer> statements = new java.util.HashMap<>();
        for (String id : story.distinctArticles()) {
            for (crosscheck.core.Attribution at : report.annotationsOf(id).attributions()) {
                if (at.chain().isEmpty()) {
                    continue;
                }
                String last = at.chain().get(at.chain().size() - 1);
                String cited = canonical.getOrDefault(last, last);
                articles.computeIfAbsent(cited, k -> new LinkedHashSet<>()).add(id);
                statements.merge(cited, 1, Integer::sum);
            }
        }
        return articles.keySet().stream()
                .sorted(java.util.Comparator.comparingInt((String k) -> -articles.get(k).size())
                        .thenComparingInt(k -> -statements.get(k)))
                .limit(MAX_SOURCES_SHOWN)
                .map(k -> k + " (" + plural(articles.get(k).size(), "article") + ", "
                        + plural(statements.get(k), "statement") + ")")
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "speaker: “text”" for a quote, with "(indirect)" for reported speech and "unknown speaker" when none. */
    static String quoteLine(crosscheck.core.Quote q) {
        return (q.speaker() == null ? "unknown speaker" : q.speaker()) + ": "
                + (q.kind().equals("direct") ? "“" + q.text() + "”" : q.text() + " (indirect)");
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "PER" -> "person";
            case "LOC" -> "place";
            case "ORG" -> "organisation";
            default -> "name";
        };
    }

    /** "Outlet · byline · date", with unknown parts left out. */
    static String credit(Article a) {
        StringBuilder sb = new StringBuilder();
        append(sb, Outlets.nameOf(a));
        append(sb, a.byline() == null ? null : "by " + a.byline());
        append(sb, a.published());
        return sb.length() == 0 ? "unknown source" : sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(part);
        }
    }
}
