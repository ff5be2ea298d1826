package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.DateMention;
import crosscheck.core.SourceRef;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DateAnnotatorTest {

    static List<DateMention> of(String text, @Nullable String published) {
        return new DateAnnotator().annotate(new Article("x", SourceRef.of("x"), null, null, null, null, published,
                text, List.of()));
    }

    static DateMention first(String text, @Nullable String published) {
        List<DateMention> all = of(text, published);
        assertFalse(all.isEmpty(), "no date in: " + text);
        return all.get(0);
    }

    // Thursday 2026-03-12 is the publication day in these tests.
    static final String PUBLISHED = "2026-03-12T18:20:00+01:00";

    @Test
    void weekdaysAreTheLastSuchDayOnOrBeforePublication() {
        assertEquals("2026-03-10", first("The dam failed on Tuesday.", PUBLISHED).value());
        assertEquals("2026-03-12", first("Officials said on Thursday that it would open.", PUBLISHED).value());
        assertEquals("2026-03-16", first("The vote is due next Monday.", PUBLISHED).value());
    }

    @Test
    void thePartOfADayAndEarlyOrLateAreKeptAsTheQualifier() {
        DateMention late = first("The levee gave way late Tuesday night, the agency said.", PUBLISHED);
        assertEquals("late Tuesday night", late.text());
        assertEquals("2026-03-10", late.value());
        assertEquals("late night", late.qualifier());
        DateMention morning = first("Crews reached the village on Wednesday morning.", PUBLISHED);
        assertEquals("Wednesday morning", morning.text());
        assertEquals("2026-03-11", morning.value());
        assertEquals("morning", morning.qualifier());
        DateMention lastNight = first("Two more bridges closed last night.", PUBLISHED);
        assertEquals("2026-03-11", lastNight.value(), "last night is the evening before the publication day");
        assertEquals("night", lastNight.qualifier());
        DateMention thisMorning = first("The mayor spoke this morning.", PUBLISHED);
        assertEquals("2026-03-12", thisMorning.value());
        assertEquals("morning", thisMorning.qualifier());
        DateMention yesterday = first("The board met early yesterday afternoon.", PUBLISHED);
        assertEquals("early yesterday afternoon", yesterday.text());
        assertEquals("2026-03-11", yesterday.value());
        assertEquals("early afternoon", yesterday.qualifier());
        DateMention undated = first("The board met this morning.", null);
        assertFalse(undated.resolved(), "no anchor: unresolved");
        assertNull(undated.value());
        assertTrue(of("Shops opened early for Black Friday sales.", PUBLISHED).isEmpty());
    }

    @Test
    void aClockTimeJoinsTheDayBeforeItOrStandsAloneUnresolved() {
        DateMention stamped = first("Updated March 11, 2026, 4:59 PM EDT. The dam failed.", PUBLISHED);
        assertEquals("March 11, 2026, 4:59 PM EDT", stamped.text());
        assertEquals("2026-03-11T16:59", stamped.value());
        assertEquals("minute", stamped.precision());
        DateMention friday = first("The siren sounded on Tuesday at 3:33 a.m. in the valley.", PUBLISHED);
        assertEquals("Tuesday at 3:33 a.m.", friday.text());
        assertEquals("2026-03-10T03:33", friday.value());
        DateMention alone = first("The first call came in at 11:45 p.m., the agency said.", PUBLISHED);
        assertEquals("at 11:45 p.m.", alone.text());
        assertEquals("T23:45", alone.value());
        assertFalse(alone.resolved(), "a time alone names no day");
        assertTrue(of("The home side won 3:1 and the shares rose 2.50 to close at 41.50.", PUBLISHED).isEmpty(),
                "a score or a price is not a time");
        assertEquals("2013-05-09", first("The vote was set at 9 May 2013 by the board.", PUBLISHED).value(),
                "a day number after 'at' stays part of its date");
    }

    @Test
    void aSeasonOrAWeekendIsResolvedFromThePublicationDay() {
        // Thursday 2026-03-12: the winter from December 2025 to February 2026 has just ended, and summer 2025.
        DateMention summer = first("The ferry ran at night last summer.", PUBLISHED);
        assertEquals("2025", summer.value());
        assertEquals("season", summer.precision());
        assertEquals("summer", summer.qualifier());
        assertEquals("2025", first("The pier froze last winter.", PUBLISHED).value());
        assertEquals("2026", first("Works start next autumn.", PUBLISHED).value());
        DateMention weekend = first("The quay closed last weekend.", PUBLISHED);
        assertEquals("2026-W10", weekend.value(), "Saturday 2026-03-07");
        assertEquals("weekend", weekend.qualifier());
        assertEquals("2026-W11", first("The quay reopens this weekend.", PUBLISHED).value());
        assertFalse(first("The quay reopens this weekend.", null).resolved());
    }

    @Test
    void aDecadeIsADate() {
        DateMention d = first("The dam was built in the 1950s.", PUBLISHED);
        assertEquals("the 1950s", d.text());
        assertEquals("1950s", d.value());
        assertEquals("decade", d.precision());
        assertEquals("1940s", first("Ferries like it ran in the 1940's.", PUBLISHED).value());
    }

    @Test
    void aDatelineInCapitalsIsADate() {
        DateMention d = first("THURSDAY, JUNE 30, 2005, 11:34PM. The dam held.", PUBLISHED);
        assertEquals("2005-06-30T23:34", d.value());
        assertEquals("2008-12-16", first("Posted DECEMBER 16, 2008 by the desk.", PUBLISHED).value());
    }

    @Test
    void aWeekdayInAClauseAboutWhatIsToComeIsTheNextSuchDay() {
        assertEquals("2026-03-15", first("A memorial will be held on Sunday in the square.", PUBLISHED).value());
        assertEquals("2026-03-13", first("The board is expected to approve it at a meeting on Friday.", PUBLISHED)
                .value());
        assertEquals("2026-03-16", first("The council said it would vote on Monday.", PUBLISHED).value());
        assertEquals("2026-03-09", first("The council voted on Monday. It will meet again.", PUBLISHED).value(),
                "a future form after the weekday does not make it future");
    }

    @Test
    void relativeExpressionsResolveAgainstThePublicationDayNotToday() {
        assertEquals("2026-02", first("The complaint arrived last month.", PUBLISHED).value());
        assertEquals("2026-03-11", first("He spoke yesterday.", PUBLISHED).value());
        assertEquals("2022", first("They met four years ago.", PUBLISHED).value());
        DateMention earlier = first("Reports earlier this week said so.", PUBLISHED);
        assertEquals("2026-W11", earlier.value());
        assertEquals("earlier", earlier.qualifier());
    }

    @Test
    void absoluteDatesAndQualifiedPeriods() {
        assertEquals("2024-10-05", first("Saturday, Oct. 5, 2024, in Butler", null).value());
        DateMention late = first("The contacts began in late 2022.", null);
        assertEquals("2022", late.value());
        assertEquals("late", late.qualifier());
        DateMention fall = first("when he was buying it in the fall of 2022", null);
        assertEquals("season", fall.precision());
        assertEquals("fall", fall.qualifier());
        assertEquals("2022-02", first("invaded in February 2022", null).value());
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayUnresolved() {
        DateMention d = first("The dam failed on Tuesday.", null);
        assertFalse(d.resolved());
        assertNull(d.value());
        assertTrue(first("It began in 2021.", null).resolved());
    }

    @Test
    void sentenceInitialKeywordsAndNamedDays() {
        assertEquals("2026-02", first("Last month, the council voted.", PUBLISHED).value());
        assertEquals("2026-03-13", first("Next Friday the vote is held.", PUBLISHED).value());
        assertEquals("2026-03-10", first("On Tuesday, the dam failed.", PUBLISHED).value());
        assertEquals("2021", first("In 2021, sales rose.", PUBLISHED).value());
        assertTrue(of("Shoppers queued for Black Friday deals.", PUBLISHED).isEmpty());
        List<DateMention> both = of("It opened Tuesday, March 3, to crowds.", PUBLISHED);
        assertEquals(1, both.size(), both.toString());
        assertEquals("2026-03-03", both.get(0).value());
    }

    @Test
    void monthDayWithoutYearTakesTheNearestYear() {
        assertEquals("2025-12-28", first("The last inspection was on Dec. 28.", PUBLISHED).value());
        assertEquals("2026-05-01", first("The service starts May 1.", PUBLISHED).value());
    }

    @Test
    void theCandidateScanFindsWhatFindFinds() {
        String text = "On Monday, Oct. 5, 2024 at 9:30 a.m. EST, Brask said that 12 May 2013 and 2013-05-12 and "
                + "early 2020, the summer of 1998 and May 2013; last week, next spring, late Friday night, this "
                + "morning, in March, since 2019, the 1990s, the '80s, 3 days ago, an hour ago, two years ago. "
                + "x2024 _2024 2024_ \u00e92024 a\u03012024 \ud835\udc002024 \u4e002024 5th May 2013 May 5th "
                + "MONDAY, JUNE 30, 2005 at 3:50 GMT yesterday afternoon tonight 7pm 7 pm 07.45 PM around 9 am ";
        for (int cut = 0; cut < text.length(); cut += 7) {
            String body = text.substring(cut) + text.substring(0, cut);
            java.util.regex.Matcher find = DateAnnotator.DATE.matcher(body);
            java.util.regex.Matcher scan = DateAnnotator.DATE.matcher(body).useTransparentBounds(true);
            int from = 0;
            while (find.find()) {
                from = DateAnnotator.next(scan, body, from);
                assertEquals(find.start() + "-" + find.end() + " " + find.group(),
                        scan.start() + "-" + scan.end() + " " + scan.group(), body);
                for (int g = 1; g <= find.groupCount(); g++) {
                    assertEquals(find.group(g), scan.group(g), "group " + g);
                }
                from = scan.end();
            }
            assertEquals(-1, DateAnnotator.next(scan, body, from), body);
        }
    }
}
