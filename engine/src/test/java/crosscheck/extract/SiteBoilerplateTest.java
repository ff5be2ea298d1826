package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteBoilerplateTest {

    static final String PROMO = "The Quayside Post is a nonprofit newsroom. Support our reporting today.";

    static Article page(String id, String host, String... paragraphs) {
        return new Article(id, SourceRef.of(id + ".html"), "https://" + host + "/news/" + id, "Post", id, null, null,
                String.join("\n\n", paragraphs), List.of());
    }

    static List<Article> site() {
        List<Article> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pages.add(page("p" + i, "www.quayside.example", "Story " + i + " opens with its own lead paragraph.",
                    "Story " + i + " goes on with a second paragraph of its own.", PROMO));
        }
        return pages;
    }

    @Test
    void movesAParagraphRepeatedAcrossTheSitesArticlesOutOfTheBodies() {
        List<Article> out = new SiteBoilerplate().apply(site());
        for (Article a : out) {
            assertFalse(a.body().contains(PROMO), a.id());
            assertEquals(2, a.paragraphs().size());
            assertEquals("site-boilerplate", a.removed().get(a.removed().size() - 1).reason());
        }
    }

    @Test
    void anAddedArticleLosesWhatTheEarlierAnalysisMovedOutOfTheSitesArticles() {
        List<Article> known = new SiteBoilerplate().apply(site());
        Article added = page("p9", "www.quayside.example", "A later story's lead.", "Its second paragraph.", PROMO);
        List<Article> out = new SiteBoilerplate().applyToAdded(known, List.of(added));
        assertEquals(1, out.size());
        assertEquals(List.of("A later story's lead.", "Its second paragraph."), out.get(0).paragraphs());
        assertEquals("site-boilerplate", out.get(0).removed().get(0).reason());
        Article elsewhere = page("x", "other.example", "Another site's lead.", "Another paragraph.", PROMO);
        assertSame(elsewhere, new SiteBoilerplate().applyToAdded(known, List.of(elsewhere)).get(0));
    }

    @Test
    void leavesOtherSitesAndSmallSitesAlone() {
        List<Article> pages = new ArrayList<>(site().subList(0, 2));
        pages.add(page("x", "other.example", "Another site's lead.", "Another paragraph.", PROMO));
        List<Article> out = new SiteBoilerplate().apply(pages);
        for (int i = 0; i < pages.size(); i++) {
            assertSame(pages.get(i), out.get(i));
        }
    }

    @Test
    void copiesOfOneStoryDoNotMakeItsTextBoilerplate() {
        List<Article> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(page("w" + i, "wire.example", "The wire story's lead is the same in every copy.",
                    "Its second paragraph is the same too.", "Only this line differs: copy " + i + "."));
        }
        List<Article> out = new SiteBoilerplate().apply(pages);
        for (int i = 0; i < pages.size(); i++) {
            assertSame(pages.get(i), out.get(i));
        }
    }

    @Test
    void neverTakesMoreThanHalfAnArticle() {
        List<Article> pages = new ArrayList<>(site());
        pages.add(page("short", "www.quayside.example", PROMO));
        Article shortOne = new SiteBoilerplate().apply(pages).get(4);
        assertTrue(shortOne.body().contains(PROMO));
    }
}
