package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TfIdfClustererTest {

    static Article article(String id, String title, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, title, null, null, body, List.of());
    }

    static final List<Article> ARTICLES = List.of(
            article("fire1", "Warehouse fire in Dunmore", "A fire destroyed a warehouse in Dunmore on Sunday, "
                    + "firefighters said. The Dunmore fire brigade sent twelve engines to the blaze."),
            article("vote1", "Senate passes water bill", "The Senate passed the Clearwater water bill on Monday. "
                    + "Senator Ruth Obi said the bill would fund new pipes in rural districts."),
            article("fire2", "Dunmore warehouse blaze", "Firefighters fought a blaze at a Dunmore warehouse for "
                    + "hours. The fire brigade said no one was hurt in the warehouse fire."),
            article("vote2", "Water bill clears Senate", "Senator Ruth Obi welcomed the vote as the Clearwater "
                    + "water bill passed the Senate, sending money for pipes to rural districts."),
            article("other", "Chess champion retires", "The chess champion Ilya Marek announced his retirement "
                    + "after a tournament in Vienna."));

    private static Set<Set<String>> groups(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    @Test
    void groupsArticlesAboutTheSameEvent() {
        List<Story> stories = new TfIdfClusterer().cluster(ARTICLES);
        assertEquals(Set.of(Set.of("fire1", "fire2"), Set.of("vote1", "vote2"), Set.of("other")), groups(stories));
    }

    @Test
    void putsEveryArticleInExactlyOneStoryLargestFirst() {
        List<Story> stories = new TfIdfClusterer().cluster(ARTICLES);
        List<String> all = new ArrayList<>();
        stories.forEach(s -> all.addAll(s.articles()));
        assertEquals(5, all.size());
        assertEquals(5, Set.copyOf(all).size());
        assertEquals(List.of("s1", "s2", "s3"), stories.stream().map(Story::id).toList());
        assertEquals(List.of("fire1", "fire2"), stories.get(0).articles());
        assertEquals("other", stories.get(2).articles().get(0));
    }

    @Test
    void isDeterministic() {
        assertEquals(new TfIdfClusterer().cluster(ARTICLES), new TfIdfClusterer().cluster(ARTICLES));
    }

    @Test
    void thresholdOfOneKeepsDifferentArticlesApart() {
        assertEquals(5, new TfIdfClusterer(1.0).cluster(ARTICLES).size());
    }

    @Test
    void rejectsThresholdOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new TfIdfClusterer(0));
        assertThrows(IllegalArgumentException.class, () -> new TfIdfClusterer(1.5));
    }

    @Test
    void storyTitleFallsBackToFirstParagraph() {
        Article untitled = article("u", null, "Officials confirmed the closure of the northern bridge on Friday "
                + "after engineers found cracks in two of its supporting piers during an inspection.");
        List<Story> stories = new TfIdfClusterer().cluster(List.of(untitled));
        assertEquals("Officials confirmed the closure of the northern bridge on Friday after engineers found cracks in…",
                stories.get(0).title());
    }
}
