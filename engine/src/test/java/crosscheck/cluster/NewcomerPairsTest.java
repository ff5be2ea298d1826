package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewcomerPairsTest {

    private static Article article(String id, String published, String title, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, title, null, published, body, List.of());
    }

    private static Entity entity(String name) {
        return new Entity(name, "LOC", List.of(), List.of(new Entity.Mention(name, 0, name.length())), List.of());
    }

    private static final List<Article> GROUP = List.of(
            article("a", "2031-04-02", "Halvergate dam breach floods Lorne County farms",
                    "The Halvergate dam breached early on Tuesday, flooding farms across Lorne County, sheriff Ada"
                            + " Brask said. About 340 residents were evacuated to the Reyle school gym in 2031."),
            article("b", "2031-04-03", "340 evacuated after Halvergate dam gives way",
                    "Sheriff Ada Brask said 340 people had left their homes after the dam gave way on April 2."),
            article("c", "2031-04-02", "Ferry Selkie runs aground off Dunmarrow with 212 aboard",
                    "The ferry Selkie ran aground off Dunmarrow on Tuesday with 212 passengers aboard, the coast"
                            + " guard said. Tugs from Port Quillan will try to refloat it, as in 2030."),
            article("d", null, "Tessmoor council approves Oakhill library budget",
                    "Tessmoor's council voted 7 to 2 to fund the new Oakhill library, which opens in 2033."),
            article("e", "2031-04-05", "Lorne County counts the cost of the Halvergate flood",
                    "A few days after the Halvergate dam breach, the 340 evacuated residents of Lorne County could"
                            + " not yet return, sheriff Ada Brask said. The Reyle gym is still a shelter."));

    @Test
    void newcomerFeaturesAreThoseOfTheWholeGroupsPairs() {
        Map<String, Annotations> annotations = new HashMap<>();
        annotations.put("a", new Annotations(List.of(entity("Halvergate"), entity("Ada Brask")), List.of(),
                List.of()));
        annotations.put("e", new Annotations(List.of(entity("Halvergate"), entity("Lorne County")), List.of(),
                List.of()));
        int padTo = 8;
        List<Article> padded = new ArrayList<>(GROUP);
        for (int k = padded.size(); k < padTo; k++) {
            padded.add(article("pad" + k, null, null, ""));
        }
        StoryPairFeatures.Pairs whole = new StoryPairFeatures.Pairs(padded, annotations);
        NewcomerPairs.Profiles profiles = new NewcomerPairs.Profiles(3);
        List<NewcomerPairs.Profile> members = GROUP.stream()
                .map(a -> profiles.get(a, annotations.get(a.id()), null)).toList();
        NewcomerPairs newcomer = new NewcomerPairs(members, padTo);
        int self = GROUP.size() - 1;
        assertEquals(self, newcomer.self());
        for (int j = 0; j < self; j++) {
            double[] expected = whole.features(self, j, new double[StoryPairFeatures.NAMES.size()]);
            double[] actual = newcomer.features(j, new double[StoryPairFeatures.NAMES.size()]);
            assertArrayEquals(expected, actual, 1e-5, "features of e against " + GROUP.get(j).id());
            for (int k = 0; k < GROUP.size(); k++) {
                if (k != j) {
                    assertEquals(whole.similarity(j, k), newcomer.similarity(j, k), 1e-6);
                }
            }
        }
    }

    @Test
    void profilesAreKeptForTheArticlesUsedLastAndRedoneWhenAnArticleChanges() {
        NewcomerPairs.Profiles profiles = new NewcomerPairs.Profiles(2);
        Article a = GROUP.get(0);
        NewcomerPairs.Profile first = profiles.get(a, Annotations.none(), null);
        assertSame(first, profiles.get(a, Annotations.none(), null));
        Article edited = article("a", "2031-04-02", a.title(), a.body() + " The water is falling.");
        NewcomerPairs.Profile changed = profiles.get(edited, Annotations.none(), null);
        assertEquals(first.length + 4, changed.length);
        profiles.get(GROUP.get(1), Annotations.none(), null);
        profiles.get(GROUP.get(2), Annotations.none(), null);
        assertNotSame(first, profiles.get(a, Annotations.none(), null), "the least recently used is dropped");
    }
}
