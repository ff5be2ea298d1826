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
}
