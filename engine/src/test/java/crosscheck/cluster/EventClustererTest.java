package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import crosscheck.core.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventClustererTest {

    private static Article article(String id, String title, String body, String published) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, title, null, published, body, List.of());
    }

    private static Article article(String id, String title, String body) {
        return article(id, title, body, null);
    }

    /** Two earthquakes told in much the same words: the place, the magnitude, the toll and the date differ. */
    static final List<Article> QUAKES = List.of(
            article("north1", "Strong earthquake strikes Varnholm",
                    "A magnitude 6.1 earthquake struck Varnholm on Tuesday, May 14, killing 12 people and injuring "
                            + "40, officials said. Rescue teams searched collapsed buildings through the night."),
            article("south1", "Deadly quake hits Teskara",
                    "At least 310 people died when a 7.4 magnitude quake hit Teskara early on Tuesday, June 2. "
                            + "Hospitals in Teskara treated 900 injured as aftershocks shook the valley."),
            article("north2", "Varnholm earthquake kills 12",
                    "Rescuers in Varnholm pulled survivors from the rubble after the magnitude 6.1 earthquake of "
                            + "May 14, which killed 12 people. Officials said 40 were injured."),
            article("south2", "Teskara quake toll rises to 310",
                    "The toll of the 7.4 magnitude earthquake that hit Teskara on June 2 rose to 310 dead, with "
                            + "900 injured, officials said, as rescue teams searched collapsed buildings."),
            article("north3", "Aftershocks rattle Varnholm",
                    "Aftershocks shook Varnholm two days after the 6.1 magnitude earthquake of May 14 that killed "
                            + "12 people; rescue teams said the search for survivors was over."));

    private static Set<Set<String>> groups(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    @Test
    void separatesLookAlikeEventsByPlaceAndNumbers() {
        List<Story> stories = new EventClusterer().cluster(QUAKES);
        assertEquals(Set.of(Set.of("north1", "north2", "north3"), Set.of("south1", "south2")), groups(stories));
    }

    @Test
    void putsEveryArticleInExactlyOneStoryLargestFirst() {
        List<Article> articles = new ArrayList<>(QUAKES);
        articles.add(article("chess", "Chess champion retires", "The chess champion Ilya Marek announced his "
                + "retirement after a tournament in Vienna."));
        List<Story> stories = new EventClusterer().cluster(articles);
        List<String> all = new ArrayList<>();
        stories.forEach(s -> all.addAll(s.articles()));
        assertEquals(6, all.size());
        assertEquals(6, Set.copyOf(all).size());
        assertEquals(List.of("s1", "s2", "s3"), stories.stream().map(Story::id).toList());
        assertEquals(List.of("chess"), stories.get(2).articles());
    }

    @Test
    void isDeterministicAndHandlesEmptyInput() {
        assertEquals(new EventClusterer().cluster(QUAKES), new EventClusterer().cluster(QUAKES));
        assertEquals(List.of(), new EventClusterer().cluster(List.of()));
        assertEquals(1, new EventClusterer().cluster(List.of(QUAKES.get(0))).size());
    }

    @Test
    void publicationDatesFarApartKeepLikeArticlesApart() {
        String body = "The city council approved the new budget for the harbour district on Monday after a long "
                + "debate about ferry fares.";
        List<Article> sameWeek = List.of(article("a", "Council approves harbour budget", body, "2024-03-04"),
                article("b", "Harbour budget approved by council", body, "2024-03-05T09:00:00Z"));
        List<Article> yearApart = List.of(article("a", "Council approves harbour budget", body, "2024-03-04"),
                article("b", "Harbour budget approved by council", body, "2025-03-03"));
        assertEquals(1, new EventClusterer().cluster(sameWeek).size());
        assertEquals(2, new EventClusterer().cluster(yearApart).size());
        assertEquals(1, new EventClusterer(new EventClusterer.Config(EventClusterer.DEFAULT_THRESHOLD, 1, 1, 0.5, 2,
                50, 1.5, 0)).cluster(yearApart).size(), "days=0 ignores publication dates");
    }

    @Test
    void usesTheEntitiesItIsGiven() {
        // Lower-case names: no capitalised run to fall back on, so only the annotations can tell them apart.
        Article a = article("a", null, "the envoy met the minister to discuss the border crossing and the trade "
                + "corridor, officials said after the talks.");
        Article b = article("b", null, "the envoy met the minister to discuss the border crossing and the trade "
                + "corridor, officials said after the talks ended.");
        Map<String, Annotations> annotations = Map.of(
                "a", new Annotations(List.of(entity("Oren Vale", "PER"), entity("Kestria", "LOC")), List.of(), List.of()),
                "b", new Annotations(List.of(entity("Mira Solt", "PER"), entity("Duvany", "LOC")), List.of(), List.of()));
        EventClusterer clusterer = new EventClusterer(0.5);
        assertEquals(1, clusterer.cluster(List.of(a, b)).size());
        assertEquals(2, clusterer.cluster(List.of(a, b), annotations).size());
    }

    private static Entity entity(String name, String type) {
        return new Entity(name, type, List.of(), List.of(new Entity.Mention(name, 0, name.length())), List.of());
    }

    @Test
    void namesComeFromEntitiesAndTheTitleElseFromCapitalisedRuns() {
        Article a = article("a", "Floods hit Lower Brenn", "Heavy rain flooded Lower Brenn and Ostvik on Sunday.");
        assertEquals(Set.of("lower brenn", "ostvik"), EventClusterer.names(a, List.of()).keySet());
        Map<String, Double> names = EventClusterer.names(a, List.of(entity("Ostvik", "LOC")));
        assertEquals(Set.of("lower brenn", "ostvik"), names.keySet());
        assertEquals(1.0, names.get("ostvik"));
    }

    @Test
    void readsNumbersAndDaysOfTheMonth() {
        Map<String, Double> n = EventClusterer.numbers(article("a", "Quake of 7.4 on March 3",
                "The 3rd of March quake left 1,200 homeless in 2011; flight A320 landed at 10:30 on the 2008-09 "
                        + "schedule. The 81st rescue team arrived on Sept. 14."));
        assertTrue(n.keySet().containsAll(Set.of("7.4", "3", "mar 3", "1200", "2011", "81", "14", "sep 14")), n.toString());
        assertEquals(2.0, n.get("mar 3"));
        assertTrue(n.keySet().stream().noneMatch(k -> k.equals("320") || k.equals("10") || k.equals("30")
                || k.equals("09") || k.equals("2008")), n.toString());
    }

    @Test
    void rejectsBadConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new EventClusterer(0));
        assertThrows(IllegalArgumentException.class, () -> new EventClusterer(1.5));
        assertThrows(IllegalArgumentException.class, () -> new EventClusterer.Config(0.2, 0, 0, 0, 2, 50, 1.5, 7));
        assertThrows(IllegalArgumentException.class, () -> new EventClusterer.Config(0.2, 1, 1, 1, 2, 50, 1.5, -1));
        assertNotEquals("", new EventClusterer().toString());
    }
}
