package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.RawDocument;
import crosscheck.core.Removed;
import crosscheck.core.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineExtractorTest {

    private static Article extract(String text) {
        return new LineExtractor().extract(new RawDocument("t", SourceRef.of("t.txt"), DocumentFormat.TEXT, text,
                DocumentHints.none())).article();
    }

    private static List<String> reasons(Article a) {
        return a.removed().stream().map(Removed::reason).toList();
    }

    static final String PAGE = """
            Harbor crane collapse injures four dock workers
            By Ines Marlow and Teo Brandt | The Quayside Post
            April 2, 2026

            ADVERTISEMENT

            A container crane collapsed at the Quayside terminal on Tuesday, injuring four workers, the port authority said.

            The authority said the crane had passed an inspection last month and that an investigation had begun.

            The wrecked crane lies across berth 7.
            The wrecked crane lies across berth 7.
            Photo: Lena Ruiz / Harbor Images

            Support independent journalism. Your contribution keeps our reporting free for everyone.

            “We are grateful no one was killed,” the terminal’s operator said in a statement on Wednesday.

            Sign up for The Quayside Post’s morning newsletter to get the news in your inbox.

            Union officials said they had warned about the crane’s brakes in a letter sent two weeks ago.

            Ines Marlow is a staff reporter covering the port and maritime trade.
            - Tanker traffic rises in the north channel
            - Ferry timetable changes for the summer
            """;

    @Test
    void findsTitleBylineOutletAndDate() {
        Article a = extract(PAGE);
        assertEquals("Harbor crane collapse injures four dock workers", a.title());
        assertEquals("Ines Marlow and Teo Brandt", a.byline());
        assertEquals("The Quayside Post", a.outlet());
        assertEquals("2026-04-02", a.published());
    }

    @Test
    void aCopyrightLineNamesTheOutletWithoutItsSentence() {
        String text = """
                Brask ferry halted at Halvergate
                April 2, 2026

                The Halvergate ferry was halted on Tuesday after an engine fire, its operator said.

                No one was hurt, the operator said, and inspectors will examine the engine this week.

                Copyright 2026 KHLV. All rights reserved.
                """;
        assertEquals("KHLV", extract(text).outlet());
        assertEquals("Halvergate Ledger", extract(text.replace("KHLV.", "Halvergate Ledger."))
                .outlet());
    }

    @Test
    void keepsTheBodyAndDropsThePageJunk() {
        Article a = extract(PAGE);
        assertEquals(4, a.paragraphs().size(), a.body());
        assertTrue(a.body().startsWith("A container crane collapsed"));
        assertTrue(a.body().contains("“We are grateful no one was killed,”"));
        assertFalse(a.body().contains("ADVERTISEMENT"));
        assertFalse(a.body().contains("berth 7"));
        assertFalse(a.body().contains("newsletter"));
        assertFalse(a.body().contains("staff reporter"));
        assertFalse(a.body().contains("Tanker"));
        assertEquals(List.of("byline", "dateline", "advertisement", "caption", "credit", "appeal", "newsletter",
                "bio", "related"), reasons(a));
    }

    @Test
    void textWithoutHeadlineHasNoTitle() {
        Article a = extract("""
                The council approved the budget on Monday after a long debate about school funding.

                Opponents said the plan would cut library hours across the district.
                """);
        assertNull(a.title());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void keepsAShortTextThatHasNoRunningProse() {
        assertEquals("Ferry service resumes today.", extract("Ferry service resumes today.").body());
    }

    @Test
    void joinsHardWrappedLines() {
        String wrapped = """
                Council approves budget

                The council approved the budget on Monday after a long
                debate about school funding that lasted into the night
                and ended with a narrow vote.

                Opponents said the plan would cut library hours across
                the district and promised to campaign against it.
                """;
        Article a = extract(wrapped);
        assertEquals(2, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).contains("long debate about"));
    }

    @Test
    void normalisesNonBreakingSpaces() {
        Article a = extract("Title here now\n\nThe\u00a0mayor   said\u00a0so on Friday, officials confirmed to reporters.\n");
        assertEquals("The mayor said so on Friday, officials confirmed to reporters.", a.body());
    }

    private static final String ARTICLE = """
            Pier lights to be replaced before winter

            The harbour board voted on Monday to replace all 140 lamps on the north pier before the first storms.

            The old lamps had failed repeatedly since the spring, and fishermen had complained about the dark walkway.

            Work is expected to take three weeks and will close the pier to visitors at night.
            """;

    @Test
    void teaserListingAfterTheArticleIsDropped() {
        StringBuilder text = new StringBuilder(ARTICLE).append("\nMore from the Post\n");
        for (int i = 1; i <= 5; i++) {
            text.append("\nCouncil weighs new parking rules for district ").append(i).append('\n')
                    .append("\nMara Quill\n")
                    .append("\nMarch ").append(i).append(", 2026\n")
                    .append("\nThe council will hear residents before it decides on the plan for district ")
                    .append(i).append(" next month.\n");
        }
        Article a = extract(text.toString());
        assertTrue(a.body().contains("Work is expected to take three weeks"), a.body());
        assertFalse(a.body().contains("The council will hear residents"), a.body());
    }

    @Test
    void listicleItemsFollowedByMoreArticleAreKept() {
        StringBuilder text = new StringBuilder(ARTICLE);
        for (int i = 1; i <= 5; i++) {
            text.append("\nLamp model ").append(i).append('\n')
                    .append("\nSee it now: Harbor Supply\n")
                    .append("\nPrice list\n")
                    .append("\nLamp number ").append(i)
                    .append(" burns for a long time and its housing resists the salt spray of the coast.\n");
        }
        text.append("""

                The board said the lamps would be bought from the supplier that offered the lowest price per year of \
                use, and that the old ones would be recycled.

                Residents can comment on the plan at the harbour office until the end of the month, the board said.
                """);
        Article a = extract(text.toString());
        assertTrue(a.body().contains("resists the salt spray"), a.body());
    }

    @Test
    void commentThreadAfterAMarkerIsLeftOut() {
        StringBuilder text = new StringBuilder(ARTICLE).append("\n12 comments\n");
        for (int i = 0; i < 8; i++) {
            text.append("\nReader ").append(i).append(" on March 3, 2026 at 4:47 pm said:\n")
                    .append("\nI walk on that pier every evening and I have been asking the board to fix the lights ")
                    .append("for years, so this is very welcome news for all of us who live nearby.\n");
        }
        Article a = extract(text.toString());
        assertTrue(a.body().contains("The harbour board voted"), a.body());
        assertFalse(a.body().contains("I walk on that pier"), a.body());
    }

    @Test
    void structuredListAfterTheArticleIsKept() {
        String text = ARTICLE + """

                Closing dates

                June 9 – North pier, Fairhaven @ Harbour Gate
                June 10 – South pier, Fairhaven @ Fish Market
                June 14 – Ferry pier, Lowmoor @ Ferry Terminal
                June 17 – East quay, Lowmoor @ Boat Yard

                Facebook

                Twitter
                """;
        Article a = extract(text);
        assertTrue(a.body().contains("June 14 – Ferry pier, Lowmoor @ Ferry Terminal"), a.body());
        assertFalse(a.body().contains("Twitter"), a.body());
    }

    @Test
    void structuredListWithDigitsInSomeRowsIsKeptButShareButtonsAreNot() {
        String text = ARTICLE + """

                Boats that finished

                Gull (Class A): 4th finish
                Tern (Class A): Second finish
                Heron (Class B): Third finish
                Cormorant (Class C): 12th finish
                Puffin (Class B): First finish
                Petrel (Class C): Fifth finish

                Share this:

                Click to share on Facebook (Opens in new window)
                Click to share on Twitter (Opens in new window)
                Click to email a friend (Opens in new window)
                Click to print (Opens in new window)
                """;
        Article a = extract(text);
        assertTrue(a.body().contains("Heron (Class B): Third finish"), a.body());
        assertFalse(a.body().contains("Opens in new window"), a.body());
    }

    @Test
    void siteDisclaimersAreLeftOut() {
        String text = ARTICLE + """

                *These statements have not been evaluated by the Food and Drug Administration. These products are \
                not intended to diagnose, treat, cure, or prevent any disease.

                Results vary depending on starting point, goals and effort. Exercise and proper diet are necessary \
                to achieve and maintain weight loss.
                """;
        Article a = extract(text);
        assertFalse(a.body().contains("Food and Drug Administration"), a.body());
        assertFalse(a.body().contains("Results vary"), a.body());
        assertTrue(reasons(a).contains("disclaimer"), reasons(a).toString());
    }

    @Test
    void commentModerationNoticeOpensTheThread() {
        String text = ARTICLE + """

                As you comment, please be respectful of other commenters and keep the discussion on topic.

                I walk on that pier every night and it has been pitch dark since April, which is a disgrace for a town like ours.

                The board should have done this last year, when the first lamps failed and everyone could see it coming.

                Three weeks is optimistic; the last repair on the south pier took two months and went over budget too.
                """;
        Article a = extract(text);
        assertTrue(a.body().contains("140 lamps"), a.body());
        assertFalse(a.body().contains("pitch dark"), a.body());
        assertTrue(reasons(a).contains("comment-policy"), reasons(a).toString());
    }

    @Test
    void subscriptionOffersAndNewsletterBoxesAreLeftOut() {
        String text = ARTICLE + """

                Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99.

                Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.

                Subscribe to our newsletter.
                Stay up to date with the harbour.
                Subscribe No thanks
                """;
        Article a = extract(text);
        assertFalse(a.body().contains("letterbox"), a.body());
        assertFalse(a.body().contains("weekday mornings"), a.body());
        assertFalse(a.body().contains("Stay up to date"), a.body());
        assertTrue(a.body().contains("three weeks"), a.body());
    }

    @Test
    void itemsOfAListTheArticleIntroducesAreKept() {
        String text = ARTICLE.replace("Work is expected", """
                The new lamps bring three changes for visitors:

                brighter light along the whole walkway at night

                a lower running cost for the harbour board

                less glare for the boats coming into the harbour

                Work is expected""");
        Article a = extract(text);
        assertTrue(a.body().contains("a lower running cost for the harbour board"), a.body());
    }

    @Test
    void longSentenceWithoutFullStopIsProse() {
        String text = ARTICLE.replace("The old lamps had failed repeatedly since the spring, and fishermen had complained"
                + " about the dark walkway.", "the old lamps had failed again and again since the spring and fishermen had"
                + " complained to the board about the dark walkway and the broken boards near the end of the pier");
        Article a = extract(text);
        assertTrue(a.body().contains("the broken boards near the end of the pier"), a.body());
    }

    @Test
    void creditWithItsOwnCaptionLeavesTheLinesAboveAlone() {
        String text = ARTICLE.replace("Work is expected", """
                The board also approved money for new railings along the same stretch of the pier.

                Workers test a new lamp on the north pier (Photo: Lena Ruiz)

                Work is expected""");
        Article a = extract(text);
        assertTrue(a.body().contains("new railings along the same stretch"), a.body());
        assertFalse(a.body().contains("Lena Ruiz"), a.body());
    }

    @Test
    void postsEmbeddedAtTheEndAreArticleText() {
        String text = ARTICLE + """

                Night closures from October 1 🚧

                — Harbour Board (@harbourboard) March 3, 2026

                New lamps for the north pier before winter, as promised

                — Harbour Board (@harbourboard) March 3, 2026

                Share this:

                Facebook
                """;
        Article a = extract(text);
        assertTrue(a.body().contains("Night closures from October 1"), a.body());
        assertTrue(a.body().endsWith("— Harbour Board (@harbourboard) March 3, 2026"), a.body());
    }

    @Test
    void embeddedPostSignatureIsArticleText() {
        String text = ARTICLE.replace("Work is expected", """
                The mayor welcomed the vote on social media.

                Good news for everyone who walks the pier after dark.

                — Mayor Ada Fenn (@adafenn) March 3, 2026

                Work is expected""");
        Article a = extract(text);
        assertTrue(a.body().contains("— Mayor Ada Fenn (@adafenn) March 3, 2026"), a.body());
    }
}
