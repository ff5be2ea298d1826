package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    private static final String STORY = "<p>The Halvergate council voted on Tuesday to close the old Brask ferry"
            + " landing after a survey found the pier unsafe for the winter season.</p>";

    private static PageMetadata page(String head, String body, String url) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url),
                url);
    }

    private static String day(String iso) {
        return iso == null ? null : iso.substring(0, 10);
    }

    @Test
    void jsonLdPublishedIsKeptApartFromModified() {
        PageMetadata m = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Brask"
                + " ferry closes\",\"datePublished\":\"2019-03-14T09:30:00+01:00\",\"dateModified\":"
                + "\"2019-03-16T11:00:00+01:00\"}</script>", "<h1>Brask ferry landing closes</h1>" + STORY,
                "https://halvergate-news.example/story");
        assertEquals("2019-03-14T09:30:00+01:00", m.published());
        assertEquals("2019-03-16T11:00:00+01:00", m.modified());
    }

    @Test
    void anUnreadableFirstTagDoesNotHideTheNext() {
        PageMetadata m = page("<meta property=\"article:published_time\" content=\"soon\">"
                + "<meta name=\"date\" content=\"2019/03/14 08:15:00\">", "<h1>Brask ferry landing closes</h1>" + STORY,
                "https://halvergate-news.example/story");
        assertEquals("2019-03-14", day(m.published()));
    }

    @Test
    void commonCmsTagsAndAnySchemaObjectCount() {
        assertEquals("2019-03-14", day(page("<meta name=\"sailthru.date\" content=\"2019-03-14 10:00:00\">",
                STORY, "https://a.example/x").published()));
        assertEquals("2019-03-14", day(page("<meta name=\"parsely-pub-date\" content=\"2019-03-14T10:00:00Z\">",
                STORY, "https://a.example/x").published()));
        assertEquals("2019-03-14", day(page("<meta property=\"bt:pubDate\" content=\"20190314T10:00:00Z\">",
                STORY, "https://a.example/x").published()));
        assertEquals("2019-03-14", day(page("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2019-03-14\"}</script>", STORY, "https://a.example/x").published()));
    }

    @Test
    void urlPathGivesTheDateWhenNothingElseDoes() {
        assertEquals("2019-03-14", page("", STORY, "https://a.example/news/2019/03/14/brask-ferry").published());
        assertEquals("2019-03-14", page("", STORY, "https://a.example/news/20190314/brask-ferry").published());
        assertEquals("2019-03-14", page("", STORY, "https://a.example/news/brask-ferry-20190314").published());
        assertNull(page("", STORY, "https://a.example/news/brask-ferry-4417").published());
    }

    @Test
    void aUtcTimeJustPastMidnightYieldsToTheUrlsLocalDay() {
        PageMetadata m = page("<meta property=\"article:published_time\" content=\"2019-03-15T02:10:00Z\">", STORY,
                "https://a.example/news/2019/03/14/brask-ferry");
        assertEquals("2019-03-14", m.published());
        PageMetadata noon = page("<meta property=\"article:published_time\" content=\"2019-03-15T12:10:00Z\">", STORY,
                "https://a.example/news/2019/03/14/brask-ferry");
        assertEquals("2019-03-15", day(noon.published()));
    }

    @Test
    void timeElementUnderTheHeadline() {
        PageMetadata m = page("<title>Brask ferry landing closes | Halvergate Post</title>",
                "<h1>Halvergate Post</h1><article><h1>Brask ferry landing closes</h1>"
                        + "<div class=\"byline\">By Ada Reyle <time datetime=\"2019-03-14T07:00:00-05:00\">"
                        + "March 14</time></div>" + STORY + "</article>",
                "https://a.example/x");
        assertEquals("2019-03-14T07:00:00-05:00", m.published());
    }

    @Test
    void visibleDatelinesInSeveralLanguages() {
        String[][] cases = {
            {"en", "<p>March 14, 2019</p>"},
            {"de", "<p class=\"meta\">Veröffentlicht am 14. März 2019, 08:10 Uhr</p>"},
            {"fr", "<span>Publié le 14 mars 2019 à 08h10</span>"},
            {"es", "<span>14 de marzo de 2019</span>"},
            {"it", "<span>14 marzo 2019</span>"},
            {"pt", "<div class=\"data\">14/03/2019 - 08:10</div>"},
            {"ru", "<div>14 марта 2019, 08:10</div>"},
            {"zh", "<div>2019年3月14日 08:10</div>"},
        };
        for (String[] c : cases) {
            PageMetadata m = page("", "<h1>Brask ferry landing closes for winter</h1>" + c[1] + STORY,
                    "https://a.example/x");
            assertEquals("2019-03-14", m.published(), c[0]);
        }
    }

    @Test
    void anUpdateLabelMakesAModificationNotThePublication() {
        PageMetadata m = page("", "<h1>Brask ferry landing closes for winter</h1>"
                + "<div class=\"date\">Updated: March 16, 2019</div><div class=\"date\">Published: March 14, 2019</div>"
                + STORY, "https://a.example/x");
        assertEquals("2019-03-14", m.published());
        assertEquals("2019-03-16", m.modified());
        PageMetadata only = page("", "<h1>Brask ferry landing closes for winter</h1>"
                + "<p>Aktualisiert am 16.03.2019</p>" + STORY, "https://a.example/x");
        assertNull(only.published());
        assertEquals("2019-03-16", only.modified());
    }

    @Test
    void datesInRelatedListsAndCommentsAreNotThePagesDate() {
        PageMetadata m = page("", STORY + "<aside class=\"related\"><span class=\"date\">March 2, 2019</span></aside>"
                + "<div class=\"comments\"><span class=\"date\">March 20, 2019</span></div>", "https://a.example/x");
        assertNull(m.published());
    }

    @Test
    void implausibleDatesAreRejected() {
        String future = LocalDate.now().plusYears(2).toString();
        assertNull(page("<meta property=\"article:published_time\" content=\"" + future + "\">", STORY,
                "https://a.example/x").published());
        assertNull(page("<meta property=\"article:published_time\" content=\"1991-05-01\">", STORY,
                "https://a.example/x").published());
        assertEquals("2019-03-14", page("<meta property=\"article:published_time\" content=\"1399/12/23\">"
                + "<meta name=\"pubdate\" content=\"2019-03-14\">", STORY, "https://a.example/x").published());
        LocalDate crawl = LocalDate.of(2019, 3, 20);
        assertNull(PublicationDates.valid("2019-04-01", null, crawl));
        assertEquals("2019-03-14", PublicationDates.valid("2019-03-14", null, crawl));
    }

    @Test
    void monthNamesOfMoreLanguagesOfWorldNews() {
        assertEquals(LocalDate.of(2020, 10, 16), WrittenDates.read("Halvergate, 16 października 2020", "pl", false));
        assertEquals(LocalDate.of(2020, 3, 16), WrittenDates.read("2020. március 16. 08:15", "hu", false));
        assertEquals(LocalDate.of(2020, 8, 2), WrittenDates.read("2 augustus 2020", "nl", false));
        assertEquals(LocalDate.of(2020, 2, 29), WrittenDates.read("29 Şubat 2020 Cumartesi", "tr", false));
        assertEquals(LocalDate.of(2020, 5, 7), WrittenDates.read("7 ΜΑΪΟΥ 2020", "el", false));
        assertEquals(LocalDate.of(2020, 11, 3), WrittenDates.read("3. listopadu 2020", "cs", false));
        assertEquals(LocalDate.of(2020, 4, 1), WrittenDates.read("1 квітня 2020", "uk", false));
        // a year and a dot with a number after it is no Hungarian date
        assertNull(WrittenDates.read("In 2020. Brask 16 won", "en", false));
    }

    @Test
    void writtenDatesInEveryOrderAndScript() {
        assertEquals(LocalDate.of(2019, 3, 4), WrittenDates.read("03/04/2019", "en-US", false));
        assertEquals(LocalDate.of(2019, 4, 3), WrittenDates.read("03/04/2019", "en-GB", false));
        assertEquals(LocalDate.of(2019, 4, 3), WrittenDates.read("03/04/2019", "fr", false));
        assertEquals(LocalDate.of(2019, 3, 14), WrittenDates.read("03/14/2019", "de", false));
        assertEquals(LocalDate.of(2019, 3, 14), WrittenDates.read("Thu, 14 Mar 2019 09:00", null, false));
        assertEquals(LocalDate.of(2019, 12, 1), WrittenDates.read("1er décembre 2019", "fr", false));
        assertEquals(LocalDate.of(2019, 3, 14), WrittenDates.read("۲۰۱۹-۰۳-۱۴", null, false));
        // Levantine month names before the standard Arabic ones, the hamza written or not
        assertEquals(LocalDate.of(2020, 4, 24), WrittenDates.read("نشر الجمعة 24 نيسان / أبريل 2020 09:22", "ar", false));
        assertEquals(LocalDate.of(2021, 1, 3), WrittenDates.read("3 كانون الثاني / يناير 2021", "ar", false));
        assertEquals(LocalDate.of(2020, 4, 24), WrittenDates.read("24 نيسان/ابريل 2020", "ar", false));
        assertEquals(LocalDate.of(2019, 3, 14), WrittenDates.read("2019년 3월 14일", null, false));
        assertEquals(LocalDate.of(2019, 3, 14), WrittenDates.read("20190314", null, true));
        assertNull(WrittenDates.read("ticket 20190314", null, false));
        assertNull(WrittenDates.read("Brask 14 Halvergate 2019", null, false));
    }

    @Test
    void utcShiftNeedsAUtcTimeNearMidnight() {
        LocalDate url = LocalDate.of(2019, 3, 14);
        assertTrue(PublicationDates.convertedFromLocal("2019-03-15T03:00:00Z", url));
        assertFalse(PublicationDates.convertedFromLocal("2019-03-15T03:00:00+01:00", url));
        assertFalse(PublicationDates.convertedFromLocal("2019-03-15", url));
        assertTrue(PublicationDates.convertedFromLocal("2019-03-13T22:00:00+00:00", url));
    }

    @Test
    void aUtcTimeYieldsToTheSameInstantInTheOutletsOwnZone() {
        PageMetadata m = page("<meta property=\"article:published_time\" content=\"2019-03-14T23:40:00+00:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2019-03-15T01:40:00+02:00\"}</script>", STORY, "https://a.example/x");
        assertEquals("2019-03-15", day(m.published()));
        PageMetadata other = page("<meta property=\"article:published_time\" content=\"2019-03-14T23:40:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2019-03-16T01:40:00+02:00\"}</script>", STORY, "https://a.example/x");
        assertEquals("2019-03-14", day(other.published()), "a different instant is not the same publication");
    }

    @Test
    void aVisibleDatePublishedGivesTheLocalDayOfAUtcTimeNearMidnight() {
        String head = "<meta property=\"datePublished\" content=\"2019-03-14T23:15:0Z\">";
        assertEquals("2019-03-15", page(head, "<h1>Brask ferry landing closes</h1><p itemprop=\"datePublished\">15"
                + " marzo 2019</p>" + STORY, "https://a.example/x").published());
        assertEquals("2019-03-14", day(page(head, STORY, "https://a.example/x").published()),
                "a one-digit second is read");
        assertEquals("2019-03-14", day(page("<meta property=\"datePublished\" content=\"2019-03-14T13:15:00Z\">",
                "<p itemprop=\"datePublished\">15 marzo 2019</p>" + STORY, "https://a.example/x").published()),
                "no zone within eight hours turns 13:15 UTC into the next day");
    }

    @Test
    void aTrackbackRdfDateInACommentCountsWhenNoMetaTagDoes() {
        String rdf = "<!--\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<rdf:Description rdf:about=\"https://a.example/e/1\""
                + "\n dc:title=\"Brask ferry\" dc:date=\"2019-03-14T22:00:00+09:00\" />\n</rdf:RDF>\n-->";
        assertEquals("2019-03-14", day(page("", STORY + rdf, "https://a.example/e/1").published()));
        assertNull(page("", STORY + "<!-- dc:date=\"2019-03-14\" -->", "https://a.example/e/1").published(),
                "a date in any comment is not enough");
    }
}
