package crosscheck.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void ourGroupWinsOverTheStarGroup() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: Crosscheck
                Disallow: /private
                """, "crosscheck");
        assertTrue(r.allowed("/news/halvergate"));
        assertFalse(r.allowed("/private/brask"));
    }

    @Test
    void theStarGroupAppliesWhenNoneNamesUs() {
        RobotsTxt r = RobotsTxt.parse("User-agent: othercrawler\nDisallow: /\n\nUser-agent: *\nDisallow: /drafts\n",
                "crosscheck");
        assertTrue(r.allowed("/"));
        assertFalse(r.allowed("/drafts/reyle.html"));
    }

    @Test
    void consecutiveUserAgentLinesShareTheirRules() {
        RobotsTxt r = RobotsTxt.parse("User-agent: a\nUser-agent: crosscheck/2.0\nDisallow: /x # comment\n",
                "crosscheck");
        assertFalse(r.allowed("/x/1"));
        assertTrue(r.allowed("/y"));
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /news\nAllow: /news/lorne\nDisallow: /a\nAllow: /a\n",
                "crosscheck");
        assertFalse(r.allowed("/news/brask"));
        assertTrue(r.allowed("/news/lorne-county"));
        assertTrue(r.allowed("/a/b"));
    }

    @Test
    void wildcardsAndTheEndAnchor() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print\n", "crosscheck");
        assertFalse(r.allowed("/files/report.pdf"));
        assertTrue(r.allowed("/files/report.pdf?page=2"));
        assertFalse(r.allowed("/story/print/3"));
        assertTrue(r.allowed("/story/3"));
    }

    @Test
    void anEmptyDisallowAllowsEverythingAndNoFileAllowsEverything() {
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", "crosscheck").allowed("/anything"));
        assertTrue(RobotsTxt.parse("", "crosscheck").allowed("/anything"));
        assertTrue(RobotsTxt.allowAll().allowed("/"));
        assertFalse(RobotsTxt.disallowAll().allowed("/"));
    }

    @Test
    void percentEscapesCompareIgnoringCase() {
        assertFalse(RobotsTxt.parse("User-agent: *\nDisallow: /a%2fb\n", "crosscheck").allowed("/a%2Fb/c"));
    }

    @Test
    void manyStarsDoNotTakeExponentialTime() {
        String pattern = "/" + "*a".repeat(40) + "b";
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: " + pattern + "\n", "crosscheck");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTrue(r.allowed("/" + "a".repeat(5000))));
    }
}
