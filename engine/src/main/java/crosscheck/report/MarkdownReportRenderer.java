package crosscheck.report;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Removed;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.internal.Texts;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.md}, the report for a person: each story with its outlets and articles, each article's
 * metadata, body and what was removed, then the problems. Article text is escaped so that no Markdown or HTML in
 * it takes effect when the file is rendered.
 */
public final class MarkdownReportRenderer implements Renderer {

    private static final int REMOVED_PREVIEW = 300;
    private static final java.util.regex.Pattern UNSAFE_IN_AUTOLINK =
            java.util.regex.Pattern.compile("[\\s\\p{Cntrl}<>\"\\u2028\\u2029]");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    @Override
    public void render(Report report, Writer out) throws IOException {
        Report.Summary s = report.summary();
        out.write("# crosscheck report\n\n");
        out.write(s.articles() + " articles from " + s.files() + " files in " + s.stories() + " stories; "
                + s.errors() + " errors, " + s.warnings() + " warnings.\n\n");
        Map<String, Article> byId = ReportViews.articlesById(report);
        for (Story story : report.stories()) {
            writeStory(story, report, byId, out);
        }
        if (!report.problems().isEmpty()) {
            out.write("## Problems\n\n");
            for (Problem p : report.problems()) {
                out.write("- **" + p.severity().name().toLowerCase(java.util.Locale.ROOT) + "** `" + code(p.code())
                        + "` " + escape(p.location()) + ": " + escape(p.message()) + "\n");
            }
            out.write("\n");
        }
    }

    private static void writeStory(Story story, Report report, Map<String, Article> byId, Writer out)
            throws IOException {
        out.write("## " + story.id() + ": " + escape(story.title()) + "\n\n");
        out.write("**Outlets:** " + escape(ReportViews.outletsLine(story, byId))
                + " · **Articles:** " + story.articles().size()
                + (story.duplicates().isEmpty() ? "" : " (" + story.distinctArticles().size() + " distinct)") + "\n\n");
        writeCitedList("Brief", CrossCheckView.brief(story, byId), true, out);
        if (!story.entities().isEmpty()) {
            out.write("**Who and what:** " + escape(ReportViews.entitiesLine(story)) + "\n\n");
        }
        String figures = ReportViews.figuresLine(story, report, byId);
        if (!figures.isEmpty()) {
            out.write("**Sums of money stated:** " + escape(figures) + "\n\n");
        }
        String sources = ReportViews.sourcesLine(story, report);
        if (!sources.isEmpty()) {
            out.write("**Sources cited:** " + escape(sources) + "\n\n");
        }
        writeCrossCheck(story, byId, out);
        Map<String, String> copies = ReportViews.copyOf(story);
        for (String id : story.articles()) {
            Article a = byId.get(id);
            if (a == null) {
                continue;
            }
            String original = copies.get(id);
            if (original == null) {
                writeArticle(a, report.annotationsOf(id).quotes(), out);
            } else {
                out.write("### " + escape(a.title() == null ? "(untitled)" : a.title()) + "\n\n");
                out.write("**" + escape(a.id()) + "** · " + escape(ReportViews.credit(a)) + " · near-duplicate copy of **"
                        + escape(original) + "**: text not repeated here.\n\n");
            }
        }
    }

    private static void writeCrossCheck(Story story, Map<String, Article> byId, Writer out) throws IOException {
        if (CrossCheckView.isEmpty(story)) {
            return;
        }
        List<CrossCheckView.ClaimRow> rows = CrossCheckView.claims(story, byId);
        long single = CrossCheckView.singleArticleClaims(story);
        if (!rows.isEmpty() || single > 0) {
            out.write("#### Claims\n\n");
        }
        if (!rows.isEmpty()) {
            boolean stances = CrossCheckView.hasStances(story);
            out.write("| claim | status | independent origins | outlets | missing from |"
                    + (stances ? " disputed by (stance model) |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n"));
            for (CrossCheckView.ClaimRow r : rows) {
                out.write("| " + escape(r.text()) + " | " + escape(r.status()) + " | " + escape(r.origins()) + " | "
                        + escape(r.outlets()) + " | " + escape(r.missing()) + " |"
                        + (stances ? " " + escape(r.disputed()) + " |\n" : "\n"));
            }
            out.write("\n");
        }
        if (single > 0) {
            out.write(single + (single == 1 ? " claim is" : " claims are") + " made by one article only (listed in "
                    + "`report.json`).\n\n");
        }
        writeCitedList("Conflicts", CrossCheckView.conflicts(story, byId), false, out);
        writeCitedList("Timeline", CrossCheckView.timeline(story, byId), false, out);
        writeCitedList("Who did what to whom", CrossCheckView.relations(story, byId), false, out);
    }

    private static void writeCitedList(String heading, List<CrossCheckView.Cited> items, boolean numbered,
                                       Writer out) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.write("#### " + heading + "\n\n");
        int n = 0;
        for (CrossCheckView.Cited c : items) {
            StringBuilder cites = new StringBuilder();
            for (CrossCheckView.Citation k : c.cites()) {
                cites.append(cites.length() == 0 ? "" : "; ").append(escape(k.label()));
            }
            out.write((numbered ? ++n + ". " : "- ") + escape(c.text()) + " \\[" + cites + "\\]\n");
        }
        out.write("\n");
    }

    private static void writeArticle(Article a, List<crosscheck.core.Quote> quotes, Writer out) throws IOException {
        out.write("### " + escape(a.title() == null ? "(untitled)" : a.title()) + "\n\n");
        out.write("**" + escape(a.id()) + "** · " + escape(ReportViews.credit(a)) + " · " + escape(a.source().toString())
                + (a.url() == null ? "" : " · " + link(a.url())) + "\n\n");
        for (String paragraph : a.paragraphs()) {
            out.write(escape(paragraph) + "\n\n");
        }
        if (!quotes.isEmpty()) {
            out.write("<details><summary>Quotes (" + quotes.size() + ")</summary>\n\n");
            for (crosscheck.core.Quote q : quotes) {
                out.write("- " + escape(ReportViews.quoteLine(q)) + "\n");
            }
            out.write("\n</details>\n\n");
        }
        if (!a.removed().isEmpty()) {
            out.write("<details><summary>Removed (" + a.removed().size() + ")</summary>\n\n");
            for (Removed r : a.removed()) {
                out.write("- *" + escape(r.reason()) + "*: " + escape(Texts.abbreviate(r.text(), REMOVED_PREVIEW))
                        + "\n");
            }
            out.write("\n</details>\n\n");
        }
    }

    /**
     * Escapes text for Markdown: HTML-significant characters become entities and Markdown punctuation is
     * backslash-escaped, so that the text shows as written and nothing in it renders as markup. Control characters
     * (a terminal acts on ESC when the file is shown with cat) become spaces and a lone surrogate U+FFFD.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> sb.append('\\').append(c);
                case '\n', '\r', '\u2028', '\u2029', '\u000B', '\f' -> sb.append(' ');
                default -> sb.append(Character.isISOControl(c) ? ' '
                        : Texts.isLoneSurrogate(text, i) ? '\uFFFD' : c);
            }
        }
        // A line that starts with a list or heading marker would change the structure.
        if (sb.length() > 0 && (sb.charAt(0) == '-' || sb.charAt(0) == '+' || sb.charAt(0) == '=')) {
            sb.insert(0, '\\');
        }
        String s = sb.toString();
        return s.matches("^\\d+[.)]\\s.*") ? s.replaceFirst("^(\\d+)([.)])", "$1\\\\$2") : s;
    }

    /** A web link as an autolink; anything else (javascript:, data:, …) as plain escaped text. */
    private static String link(String url) {
        return Urls.isWebUrl(url) && !UNSAFE_IN_AUTOLINK.matcher(url).find() ? "<" + url + ">" : escape(url);
    }

    /** Text inside a code span: backticks and line breaks cannot be escaped there, so they are replaced. */
    private static String code(String text) {
        return CONTROL.matcher(text.replace('`', '\'')).replaceAll(" ");
    }
}
