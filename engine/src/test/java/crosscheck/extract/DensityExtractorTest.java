package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.RawDocument;
import crosscheck.core.Removed;
import crosscheck.core.SourceRef;
import org.junit.jupiter.api.Test;

class DensityExtractorTest {

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head>
            <title>Bridge reopens after repairs | The Lakeside Record</title>
            <meta property="og:site_name" content="The Lakeside Record">
            <meta property="article:published_time" content="2026-05-04T07:30:00+02:00">
            <meta property="article:modified_time" content="2026-05-05T09:00:00+02:00">
            <meta name="author" content="Mara Quell">
            <link rel="canonical" href="https://lakeside.example/2026/05/04/bridge-reopens">
            <script>var tracking = "should never appear";</script>
            </head><body>
            <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
              <li><a href="/sport">Sport</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <article class="story">
              <h1>Bridge reopens after repairs</h1>
              <p class="byline">By Mara Quell</p>
              <p>The Old Mill bridge reopened to traffic on Monday, three months after cracks were found in its
                 main span, the city's transport department said.</p>
              <div class="ad-slot">ADVERTISEMENT</div>
              <h2>Repairs cost more than planned</h2>
              <p>The repairs cost 4.2 million euros, nearly a million more than the council had budgeted, according
                 to figures released by the department, which blamed the price of steel.</p>
              <figure><img src="bridge.jpg"><figcaption>The bridge on Monday morning. Photo: Ilse Maar</figcaption></figure>
              <p>Commuters welcomed the reopening, although some said the detours had added an hour to their
                 daily journeys, and shopkeepers near the bridge reported a drop in trade.</p>
              <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share by email</a></div>
            </article>
            <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Council budget vote delayed</a></li>
              <li><a href="/b">Steel prices climb again</a></li></ul></aside>
            <footer>© 2026 The Lakeside Record. All rights reserved.</footer>
            </body></html>
            """;

    private static Article extract(String html) {
        return new DensityExtractor().extract(new RawDocument("p", SourceRef.of("p.html"), DocumentFormat.HTML,
                html, DocumentHints.none())).article();
    }

    @Test
    void aHeadingThatTheTitleHoldsBesideTheSiteNameIsTheHeadline() {
        assertTrue(DensityExtractor.isTitlePart("Ferry runs aground off Dunmarrow",
                "Halvergate News - Ferry runs aground off Dunmarrow"));
        assertTrue(DensityExtractor.isTitlePart("Ferry runs aground off Dunmarrow",
                "Ferry runs aground off Dunmarrow（2026年5月4日）｜Halvergate"));
        assertTrue(DensityExtractor.isTitlePart("ferry runs aground off dunmarrow",
                "Ferry runs aground off Dunmarrow | Halvergate"));
        // A colon joins a headline's parts: the subheading "Dunmarrow grounding" stays.
        assertFalse(DensityExtractor.isTitlePart("Dunmarrow grounding", "Dunmarrow grounding: all passengers safe"));
        assertFalse(DensityExtractor.isTitlePart("Ferry runs aground", "Ferry runs aground off Dunmarrow"));
        assertFalse(DensityExtractor.isTitlePart("Sport", "Sport | Halvergate"), "too short to tell");
        Article a = extract("<html><head><title>Halvergate Courier - Brask wins the Lorne County vote</title></head>"
                + "<body><article><h1>Brask wins the Lorne County vote</h1><p>Teodor Brask won the Lorne County vote "
                + "on Sunday with 58 percent, the county's election office said on Monday morning.</p><p>His rival, "
                + "Ilse Reyle, conceded in a short statement and congratulated him on a clean campaign.</p>"
                + "</article></body></html>");
        assertFalse(a.body().contains("Brask wins"), a.body());
        assertTrue(a.body().startsWith("Teodor Brask won"), a.body());
    }

    @Test
    void aStandfirstInItsOwnElementAboveTheArticleIsKept() {
        String article = "<article><p>The council of Lorne County met on Monday evening in the old grain hall, where "
                + "more than two hundred residents had gathered to hear the plans for the new bridge.</p><p>Teodor "
                + "Brask, who chairs the council, said the work would begin in the spring and take two years, and that "
                + "the county would pay for it from its own reserves.</p><p>Several residents asked about the noise, and "
                + "Brask promised that no work would be done at night or on Sundays.</p></article>";
        Article a = extract("<html><body><div class=\"intro-box\"><p>Halvergate's long wait for a second bridge over "
                + "the Reyle is over: the county has approved the plans and found the money for them.</p></div>"
                + article + "</body></html>");
        assertTrue(a.body().startsWith("Halvergate's long wait"), a.body());
        // A linked teaser of another story in the same place is not prose of this one.
        Article b = extract("<html><body><div class=\"intro-box\"><p><a href=\"/other\">Halvergate's long wait for a "
                + "second bridge over the Reyle is over: the county has approved the plans and found the money for "
                + "them.</a></p></div>" + article + "</body></html>");
        assertTrue(b.body().startsWith("The council of Lorne County"), b.body());
    }

    @Test
    void aChineseDateAndSourceLineIsADateline() {
        Article a = extract("<html lang=\"zh\"><head><title>洛恩县新桥获批</title></head><body><article>"
                + "<h1>洛恩县新桥获批</h1><p>3月16日 08:00 来源：哈尔弗盖特日报</p>"
                + "<p>洛恩县议会周一批准了新桥的建设计划，工程将于明年春天开始，预计耗时两年，费用由县财政承担。</p>"
                + "<p>议会主席布拉斯克表示，施工期间夜间和周日不会进行作业，居民对此表示欢迎。</p></article></body></html>");
        assertFalse(a.body().contains("来源"), a.body());
        assertTrue(a.body().startsWith("洛恩县议会"), a.body());
    }

    @Test
    void aBreadcrumbTrailIsNavigationInAnyOfTheLexiconsLanguages() {
        assertEquals("navigation", Boilerplate.reasonForText("You are here: Home / Lorne County / Bridge vote"));
        assertEquals("navigation", Boilerplate.reasonForText("Sie sind hier: Startseite > Lorne County"));
        assertEquals("navigation", Boilerplate.reasonForText("当前位置：首页 > 新闻 > 洛恩县"));
        assertEquals(null, Boilerplate.reasonForText("You are here because the council asked you to come, Brask "
                + "told the residents."));
    }

    @Test
    void readsPageMetadata() {
        Article a = extract(PAGE);
        assertEquals("Bridge reopens after repairs", a.title());
        assertEquals("The Lakeside Record", a.outlet());
        assertEquals("Mara Quell", a.byline());
        assertEquals("2026-05-04T07:30:00+02:00", a.published());
        assertEquals("2026-05-05T09:00:00+02:00", a.modified(), "the modified date is kept apart");
        assertEquals("en", a.language());
        assertEquals("https://lakeside.example/2026/05/04/bridge-reopens", a.url());
    }

    @Test
    void keepsArticleParagraphsAndHeadingsInOrder() {
        Article a = extract(PAGE);
        assertEquals(4, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("The Old Mill bridge reopened"));
        assertEquals("Repairs cost more than planned", a.paragraphs().get(1));
        assertTrue(a.paragraphs().get(3).startsWith("Commuters welcomed"));
    }

    @Test
    void dropsAndRecordsPageFurniture() {
        Article a = extract(PAGE);
        for (String junk : new String[] {"Home", "cookies", "ADVERTISEMENT", "Photo: Ilse Maar", "Share on X",
                "Steel prices", "All rights reserved", "tracking", "By Mara Quell"}) {
            assertFalse(a.body().contains(junk), junk);
        }
        var reasons = a.removed().stream().map(Removed::reason).toList();
        for (String r : new String[] {"navigation", "cookie-notice", "title", "byline", "advertisement", "caption",
                "share-bar", "related", "footer"}) {
            assertTrue(reasons.contains(r), r + " in " + reasons);
        }
        assertTrue(a.removed().stream().anyMatch(r -> r.text().contains("Steel prices climb again")));
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        String deep = "<div>".repeat(50_000) + "<p>Text deep inside many divs, long enough to be an article paragraph.</p>"
                + "</div>".repeat(50_000);
        Article a = extract("<html><body>" + deep + "</body></html>");
        assertEquals("Text deep inside many divs, long enough to be an article paragraph.", a.body());
    }

    @Test
    void articleTextThatLooksLikeMarkupStaysText() {
        Article a = extract("<html><body><article><p>Attackers injected &lt;script&gt;alert(1)&lt;/script&gt; into the "
                + "council's website on Friday, officials said in a statement.</p></article></body></html>");
        assertTrue(a.body().contains("<script>alert(1)</script>"), a.body());
    }

    private static final String[] STORY = {
        "The Halvergate ferry resumed its crossings on Friday after the harbour board approved the repaired ramp,"
                + " ending a closure that had lasted since the storms of early March.",
        "Passengers from Brask had been driving forty minutes around the estuary, the board said, and the owners"
                + " of the cafes on the quay had reported their worst spring in a decade.",
        "The repairs cost 310,000 euros, paid from the board's reserve, and a second ramp will be inspected in"
                + " the autumn, according to the board's chair, Ilse Reyle.",
    };

    private static String paragraphs(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("<p>").append(t).append("</p>\n");
        }
        return sb.toString();
    }

    @Test
    void aPostsTagClassesDoNotMakeItATagList() {
        assertEquals(null, Boilerplate.reasonForClass("post-7 post type-post status-publish hentry news_tags-ferries"));
        assertEquals(null, Boilerplate.reasonForClass("h-entry tag-brask"));
        assertEquals("tags", Boilerplate.reasonForClass("post-tags"));
        assertEquals("tags", Boilerplate.reasonForClass("news_tags-ferries"));
    }

    @Test
    void teaserCardsAndAPostsMetaLineAreNotTheArticle() {
        assertEquals("related", Boilerplate.reasonForClass("teaser teaser__layout--regular"));
        assertEquals("related", Boilerplate.reasonForClass("widget--articlelist-a"));
        assertEquals("byline", Boilerplate.reasonForClass("mh-meta entry-meta"));
        assertEquals(null, Boilerplate.reasonForClass("steaser-note"), "a word that only holds 'teaser'");
        assertEquals(null, Boilerplate.reasonForClass("grid-container-no-nav"), "a layout without navigation");
        assertEquals("navigation", Boilerplate.reasonForClass("grid-nav"));
    }

    @Test
    void aSummaryThatTheFirstParagraphRepeatsIsDroppedAndMainIsNeverJunk() {
        Article a = extract("<html><head><title>Ferry back on the water</title></head><body>"
                + "<main class=\"grid-no-nav sidebar-layout\"><h1>Ferry back on the water</h1><div class=\"summary\">"
                + STORY[0] + "</div>" + paragraphs(STORY[0] + " " + STORY[1], STORY[2]) + "</main></body></html>");
        assertEquals(2, a.body().split("\n\n").length, a.body());
        assertTrue(a.body().startsWith(STORY[0] + " " + STORY[1]), a.body());
    }

    @Test
    void aCarouselOfOtherItemsIsNotTheArticleEvenWhenLonger() {
        StringBuilder slides = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            slides.append("<div class=\"swiper-slide\"><p>Notice ").append(i).append(": the Lorne County library,"
                    + " the pool, the museum, the archive and the town hall will keep their winter hours, with late"
                    + " openings on Thursdays, until the end of the month, the county said.</p></div>");
        }
        Article a = extract("<html><head><title>Ferry back on the water</title></head><body><div id=\"left\"><article><h1>Ferry back on the water</h1>"
                + paragraphs(STORY) + "</article></div><div id=\"right\"><div class=\"swiper-container\">"
                + "<div class=\"swiper-wrapper\">" + slides + "</div></div></div></body></html>");
        assertTrue(a.body().startsWith("The Halvergate ferry"), a.body());
        assertFalse(a.body().contains("winter hours"), a.body());
    }

    @Test
    void anArticleGivenTwiceIsGivenOnceButRecurringLinesStay() {
        Article twice = extract("<html><head><title>Ferry back on the water</title></head><body><article><h1>Ferry back on the water</h1><div class=\"text\">"
                + paragraphs(STORY) + "</div><div class=\"text print-copy\">" + paragraphs(STORY)
                + "</div></article></body></html>");
        assertEquals(3, twice.body().split("\n\n").length, twice.body());
        assertTrue(twice.removed().stream().anyMatch(r -> r.reason().equals("repeated")));
        String question = "What brought you to the Halvergate ferry, and what keeps you working on it?";
        Article interview = extract("<html><head><title>Three crew members</title></head><body><article><h1>Three crew members</h1>"
                + paragraphs(question, STORY[0], question, STORY[1], question, STORY[2]) + "</article></body></html>");
        assertEquals(6, interview.body().split("\n\n").length, interview.body());
    }

    @Test
    void aNumericDateStampAndALeadRepeatedWithOtherSpacingAreNotText() {
        String opening = STORY[0] + " " + STORY[1];
        String lead = opening.replace("Friday, after", "Friday,after");
        Article a = extract("<html><head><title>Ferry back on the water</title></head><body><article>"
                + "<h1>Ferry back on the water</h1><div class=\"stamp\">30.11.2026 18:14 | Zuletzt: 30.11.2026 18:14</div>"
                + "<p>" + lead + "</p>" + paragraphs(opening, STORY[2]) + "</article></body></html>");
        assertFalse(a.body().contains("18:14"), a.body());
        assertEquals(2, a.body().split("\n\n").length, a.body());
    }

    @Test
    void aStandfirstRepeatedAfterADatelineOrTwoBlocksLaterIsDropped() {
        String summary = STORY[0].substring(0, STORY[0].length() - 1);
        Article dateline = extract("<html><head><title>Ferry back on the water</title></head><body><article>"
                + "<h1>Ferry back on the water</h1><h2>" + summary + "</h2>"
                + paragraphs("HALVERGATE (Reyle News, 4 May 2026) " + STORY[0], STORY[1], STORY[2])
                + "</article></body></html>");
        assertEquals(3, dateline.body().split("\n\n").length, dateline.body());
        assertTrue(dateline.body().startsWith("HALVERGATE (Reyle News"), dateline.body());
        Article later = extract("<html><head><title>Ferry back on the water</title></head><body><article>"
                + "<h1>Ferry back on the water</h1><h2>" + STORY[1] + "</h2>"
                + paragraphs(STORY[0], STORY[1], STORY[2]) + "</article></body></html>");
        assertEquals(3, later.body().split("\n\n").length, later.body());
        assertTrue(later.body().startsWith(STORY[0]), later.body());
    }

    @Test
    void aHeadingThatTheTitleHoldsAfterATopicIsTheHeadline() {
        assertTrue(DensityExtractor.isInTitle("Lorne County reports its first flood death: ferryman, 72, dies",
                "Floods in Lorne County: Lorne County reports its first flood death;ferryman, 72, dies | Halvergate"));
        assertFalse(DensityExtractor.isInTitle("Ferry runs aground", "Ferry runs aground off Dunmarrow: all "
                + "passengers safe, crew questioned | Halvergate News"), "less than half the title");
        assertFalse(DensityExtractor.isInTitle("Flood toll", "Flood toll"), "too short to tell");
        Article a = extract("<html><head><title>Floods in Lorne County: Brask wins the vote; turnout at 58% | "
                + "Halvergate Courier</title></head><body><article><h1>Brask wins the vote: turnout at 58%</h1>"
                + paragraphs(STORY) + "</article></body></html>");
        assertTrue(a.body().startsWith("The Halvergate ferry"), a.body());
    }

    @Test
    void aTeaserForAnotherStoryAndAFilePhotoCaptionAreNotText() {
        assertEquals("related", Boilerplate.reasonForText("ALSO READ | Brask gives his boat to the Halvergate museum"));
        assertEquals("related", Boilerplate.reasonForText("SEE ALSO: Can the Lorne County ferry survive the winter?"));
        assertEquals("related", Boilerplate.reasonForText("Read more: Who is Ilse Reyle?"));
        assertEquals(null, Boilerplate.reasonForText("More than two hundred residents came to the hall."));
        assertEquals(null, Boilerplate.reasonForText("Read the board's full report on its website."));
        assertEquals("share-bar", Boilerplate.reasonForText("Read or Share this story: https://halvergate.example/"
                + "news/2026/05/04/ferry-back/"));
        assertEquals("caption", Boilerplate.reasonForText("FILE PHOTO: Teodor Brask speaks to reporters in "
                + "Halvergate, March 3, 2026."));
    }

    @Test
    void theStatedArticleBodyBringsBackNoTopicTagsNorATeaserItCarries() {
        String teaser = "SEE ALSO: Can the Lorne County ferry survive another winter?";
        String stated = STORY[0] + " " + STORY[1] + " " + teaser + " " + STORY[2];
        Article a = extract("<html><head><title>Ferry back on the water</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + stated
                + "\"}</script></head><body><article><h1>Ferry back on the water</h1>"
                + paragraphs(STORY[0], STORY[1], teaser, STORY[2])
                + "<ul class=\"topic-tags\"><li>Halvergate</li><li>Ilse Reyle</li><li>ferry</li></ul>"
                + "</article></body></html>");
        assertEquals(3, a.body().split("\n\n").length, a.body());
        assertFalse(a.body().contains("SEE ALSO"), a.body());
    }

    @Test
    void aSubtitleAndSummaryBulletsAboveTheBylineAreTheHeaderNotTheText() {
        Article a = extract("<html><head><title>Ferry back on the water</title></head><body><article>"
                + "<h1>Ferry back on the water</h1><h2>The Halvergate ferry is back: the board approved the ramp, "
                + "and the quay cafes hope for a better summer</h2><ul><li>Crossings resume on Friday</li>"
                + "<li>Repairs cost 310,000 euros</li></ul><p>By Ilse Reyle</p>" + paragraphs(STORY)
                + "</article></body></html>");
        assertTrue(a.body().startsWith(STORY[0]), a.body());
        assertEquals(3, a.body().split("\n\n").length, a.body());
        Article lede = extract("<html><head><title>Ferry back on the water</title></head><body><article>"
                + "<h1>Ferry back on the water</h1>" + paragraphs(STORY[0]) + "<p>By Ilse Reyle</p>"
                + paragraphs(STORY[1], STORY[2]) + "</article></body></html>");
        assertTrue(lede.body().startsWith(STORY[0]), "a third of the text above the byline is text: " + lede.body());
    }

    @Test
    void anEmbeddedPostKeepsItsTextButLosesItsButton() {
        Article a = extract("""
                <html><body><article>
                <p>The Halvergate ferry ran aground on a sandbank in the Brask estuary on Sunday morning, and its
                   forty passengers were taken ashore by lifeboat crews from Reyle, the coastguard said.</p>
                <blockquote class="instagram-media"><a href="https://www.instagram.com/p/abc/">View this post on
                   Instagram</a><p>Stuck on the sandbank with forty new friends, waiting for the lifeboat.</p>
                   <a href="https://www.instagram.com/p/abc/">pic.instagram.com/abc</a></blockquote>
                <p>The ferry's operator said the vessel would be towed off at high tide on Monday and inspected in
                   the Reyle shipyard before it returns to service later this month.</p>
                <p>Representative image.</p>
                </article></body></html>""");
        assertTrue(a.body().contains("Stuck on the sandbank"), a.body());
        assertTrue(a.body().contains("pic.instagram.com/abc"), a.body());
        assertFalse(a.body().contains("View this post"), a.body());
        assertFalse(a.body().contains("Representative image"), a.body());
        assertTrue(a.body().contains("Reyle shipyard"), a.body());
    }
}
