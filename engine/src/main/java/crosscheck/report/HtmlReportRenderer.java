package crosscheck.report;

import crosscheck.core.Article;
import crosscheck.core.Problem;
import crosscheck.core.Removed;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes {@code report.html}: one self-contained page (inline styles, no scripts, no external requests) that reads
 * well on a phone. The page is built as a DOM with jsoup, so every piece of article text is set as text and
 * escaped on output; a Content-Security-Policy that forbids all scripts guards it a second time.
 */
public final class HtmlReportRenderer implements Renderer {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String STYLE = """
            :root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--mute:#5f6368;--line:#d9d9de;--accent:#0b57d0}
            @media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--bg:#151517;--mute:#a0a4aa;--line:#3a3a40;--accent:#8ab4f8}}
            *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);
            font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:46rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}
            h2{font-size:1.25rem;margin:2rem 0 .25rem;border-top:2px solid var(--line);padding-top:1rem}
            h3{font-size:1.05rem;margin:0}.meta,.summary{color:var(--mute);font-size:.9rem}
            article{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:.75rem 0}
            details summary{cursor:pointer;color:var(--accent)}.removed li{color:var(--mute);font-size:.9rem}
            .reason{font-style:italic}.problems li{font-size:.9rem;overflow-wrap:anywhere}
            .error{color:#c5221f}.warning{color:#b06000}a{color:var(--accent);overflow-wrap:anywhere}
            nav ul{padding-left:1.2rem}h4{font-size:1rem;margin:1.25rem 0 .25rem}
            .scroll{overflow-x:auto}table.claims{border-collapse:collapse;font-size:.85rem;width:100%}
            table.claims th,table.claims td{border:1px solid var(--line);padding:.3rem;vertical-align:top;text-align:left}
            .cited li{margin:.25rem 0}.cites{color:var(--mute);font-size:.85rem}
            .status-corroborated{color:#137333}.status-denied,.status-contested{color:#c5221f}
            """;

    @Override
    public void render(Report report, Writer out) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("title").text("crosscheck report");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text("crosscheck report");
        Report.Summary s = report.summary();
        main.appendElement("p").addClass("summary").text(s.articles() + " articles from " + s.files() + " files in "
                + s.stories() + " stories; " + s.errors() + " errors, " + s.warnings() + " warnings.");
        Map<String, Article> byId = ReportViews.articlesById(report);
        Element toc = main.appendElement("nav").appendElement("ul");
        for (Story story : report.stories()) {
            toc.appendElement("li").appendElement("a").attr("href", "#" + story.id())
                    .text(story.title() + " (" + story.articles().size() + ")");
        }
        for (Story story : report.stories()) {
            writeStory(main, story, report, byId);
        }
        writeProblems(main, report.problems());
        out.write("<!DOCTYPE html>\n");
        out.write(doc.html());
        out.write('\n');
    }

    private static void writeStory(Element main, Story story, Report report, Map<String, Article> byId) {
        Element section = main.appendElement("section").attr("id", story.id());
        section.appendElement("h2").text(story.title());
        section.appendElement("p").addClass("meta").text(story.articles().size() + " articles"
                + (story.duplicates().isEmpty() ? "" : " (" + story.distinctArticles().size() + " distinct)") + " · "
                + ReportViews.outletsLine(story, byId));
        writeCitedList(section, "Brief", CrossCheckView.brief(story, byId), "ol");
        if (!story.entities().isEmpty()) {
            Element who = section.appendElement("p").addClass("meta");
            who.appendElement("strong").text("Who and what: ");
            who.appendText(ReportViews.entitiesLine(story));
        }
        String figures = ReportViews.figuresLine(story, report, byId);
        if (!figures.isEmpty()) {
            Element money = section.appendElement("p").addClass("meta");
            money.appendElement("strong").text("Sums of money stated: ");
            money.appendText(figures);
        }
        String sources = ReportViews.sourcesLine(story, report);
        if (!sources.isEmpty()) {
            Element cited = section.appendElement("p").addClass("meta");
            cited.appendElement("strong").text("Sources cited: ");
            cited.appendText(sources);
        }
        writeCrossCheck(section, story, byId);
        Map<String, String> copies = ReportViews.copyOf(story);
        for (String id : story.articles()) {
            Article a = byId.get(id);
            if (a == null) {
                continue;
            }
            String original = copies.get(id);
            if (original == null) {
                writeArticle(section, a, report.annotationsOf(id).quotes());
            } else {
                Element art = section.appendElement("article").attr("id", "a-" + a.id()).addClass("copy");
                art.appendElement("h3").text(a.title() == null ? "(untitled)" : a.title());
                Element meta = art.appendElement("p").addClass("meta");
                meta.appendText(ReportViews.credit(a) + " · " + a.id() + " · near-duplicate copy of ");
                meta.appendElement("a").attr("href", "#a-" + original).text(original);
                meta.appendText(": text not repeated here.");
            }
        }
    }

    private static void writeCrossCheck(Element section, Story story, Map<String, Article> byId) {
        if (CrossCheckView.isEmpty(story)) {
            return;
        }
        List<CrossCheckView.ClaimRow> rows = CrossCheckView.claims(story, byId);
        long single = CrossCheckView.singleArticleClaims(story);
        if (!rows.isEmpty() || single > 0) {
            section.appendElement("h4").text("Claims");
        }
        if (!rows.isEmpty()) {
            Element table = section.appendElement("div").addClass("scroll").appendElement("table").addClass("claims");
            Element head = table.appendElement("thead").appendElement("tr");
            boolean stances = CrossCheckView.hasStances(story);
            for (String h : new String[] {"claim", "status", "independent origins", "outlets", "missing from",
                "disputed by (stance model)"}) {
                if (stances || !h.startsWith("disputed")) {
                    head.appendElement("th").text(h);
                }
            }
            Element body = table.appendElement("tbody");
            for (CrossCheckView.ClaimRow r : rows) {
                Element tr = body.appendElement("tr").attr("id", r.id());
                tr.appendElement("td").text(r.text());
                tr.appendElement("td").addClass("status-" + r.status()).text(r.status());
                tr.appendElement("td").text(r.origins());
                tr.appendElement("td").text(r.outlets());
                tr.appendElement("td").text(r.missing());
                if (stances) {
                    tr.appendElement("td").text(r.disputed());
                }
            }
        }
        if (single > 0) {
            section.appendElement("p").addClass("meta").text(single + (single == 1 ? " claim is" : " claims are")
                    + " made by one article only (listed in report.json).");
        }
        writeCitedList(section, "Conflicts", CrossCheckView.conflicts(story, byId), "ul");
        writeCitedList(section, "Timeline", CrossCheckView.timeline(story, byId), "ul");
        writeCitedList(section, "Who did what to whom", CrossCheckView.relations(story, byId), "ul");
    }

    private static void writeCitedList(Element section, String heading, List<CrossCheckView.Cited> items,
                                       String listTag) {
        if (items.isEmpty()) {
            return;
        }
        section.appendElement("h4").text(heading);
        Element list = section.appendElement(listTag).addClass("cited");
        for (CrossCheckView.Cited c : items) {
            Element li = list.appendElement("li");
            li.appendText(c.text() + " ");
            Element cites = li.appendElement("span").addClass("cites");
            cites.appendText("[");
            for (int i = 0; i < c.cites().size(); i++) {
                CrossCheckView.Citation k = c.cites().get(i);
                if (i > 0) {
                    cites.appendText("; ");
                }
                cites.appendElement("a").attr("href", "#a-" + k.id()).text(k.label());
            }
            cites.appendText("]");
        }
    }

    private static void writeArticle(Element section, Article a, List<crosscheck.core.Quote> quotes) {
        Element art = section.appendElement("article").attr("id", "a-" + a.id());
        art.appendElement("h3").text(a.title() == null ? "(untitled)" : a.title());
        Element meta = art.appendElement("p").addClass("meta");
        meta.appendText(ReportViews.credit(a) + " · " + a.id() + " · " + a.source());
        if (a.url() != null) {
            meta.appendText(" · ");
            if (Urls.isWebUrl(a.url())) {
                meta.appendElement("a").attr("href", a.url()).attr("rel", "noopener noreferrer nofollow").text(a.url());
            } else {
                meta.appendText(a.url());
            }
        }
        List<String> paragraphs = a.paragraphs();
        if (!paragraphs.isEmpty()) {
            art.appendElement("p").addClass("lede").text(paragraphs.get(0));
        }
        if (paragraphs.size() > 1) {
            Element text = art.appendElement("details");
            text.appendElement("summary").text("Full text (" + paragraphs.size() + " paragraphs)");
            for (String p : paragraphs.subList(1, paragraphs.size())) {
                text.appendElement("p").text(p);
            }
        }
        if (!quotes.isEmpty()) {
            Element said = art.appendElement("details").addClass("quotes");
            said.appendElement("summary").text("Quotes (" + quotes.size() + ")");
            Element list = said.appendElement("ul");
            for (crosscheck.core.Quote q : quotes) {
                list.appendElement("li").text(ReportViews.quoteLine(q));
            }
        }
        if (!a.removed().isEmpty()) {
            Element removed = art.appendElement("details").addClass("removed");
            removed.appendElement("summary").text("Removed (" + a.removed().size() + ")");
            Element list = removed.appendElement("ul");
            for (Removed r : a.removed()) {
                Element li = list.appendElement("li");
                li.appendElement("span").addClass("reason").text(r.reason());
                li.appendText(": " + r.text());
            }
        }
    }

    private static void writeProblems(Element main, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Problems (" + problems.size() + ")");
        Element list = main.appendElement("ul").addClass("problems");
        for (Problem p : problems) {
            Element li = list.appendElement("li");
            String severity = p.severity().name().toLowerCase(Locale.ROOT);
            li.appendElement("span").addClass(severity).text(severity);
            li.appendText(" " + p.location() + ": " + p.message() + " [" + p.code() + "]");
        }
    }
}
