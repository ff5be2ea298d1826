package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.archive.Placement;
import crosscheck.archive.RevisableStoryMemory.Regroup;
import crosscheck.archive.StoryRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class StoryReviserTest {

    private final OnlineStoryPlacer placer = new OnlineStoryPlacer();

    /**
     * The default reviser, but for neighbourhoods of any size: the nine reports here are fewer than the default
     * leaves alone.
     */
    private static StoryReviser reviser() {
        StoryReviser.Config d = StoryReviser.Config.standard();
        return new StoryReviser(new StoryClusterer(), new StoryReviser.Config(d.sample(), d.maxArticles(),
                d.minLink(), 0));
    }

    /**
     * Files each of the invented events' reports where {@code where} says (given the placer's own placement), and
     * gathers the links a revision follows.
     */
    private StoryReviser.Links file(InMemoryStoryMemory memory,
                                    BiFunction<Article, Placement, Placement> where) {
        StoryReviser.Links links = new StoryReviser.Links();
        for (Article a : OnlineStoryPlacerTest.EVENTS) {
            Placement p = where.apply(a, placer.place(a, Annotations.none(), memory));
            links.placed(memory.add(a, Annotations.none(), p), p, memory.articles());
        }
        return links;
    }

    private static void assertEventsApart(InMemoryStoryMemory memory) {
        Set<String> stories = new HashSet<>();
        for (String event : List.of("dam", "ferry", "vote")) {
            String story = memory.storyOf(event + "1");
            assertEquals(story, memory.storyOf(event + "2"), event);
            assertEquals(story, memory.storyOf(event + "3"), event);
            stories.add(story);
        }
        assertEquals(3, stories.size(), "one story per event");
        assertEquals(3, memory.stories());
    }

    @Test
    void reportsPlacedApartAreMergedIntoTheirEventsStory() throws IOException {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        // every report starts a story of its own, as if each came before the reports that tie it to the others
        StoryReviser.Links links = file(memory, (a, p) -> new Placement(null, p.keys(), p.score(), p.compared()));
        assertEquals(9, memory.stories());

        StoryReviser.Revision r = reviser().revise(links, memory);

        assertEventsApart(memory);
        assertEquals(6, r.moved(), r.toString());
        assertTrue(links.isEmpty(), "a revision uses up the links");
        assertEquals("s1", memory.storyOf("dam1"), "the merged story keeps the oldest id");
    }

    @Test
    void aReportPlacedInTheWrongStoryMovesToItsEvent() throws IOException {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        StoryReviser.Links links = file(memory, (a, p) -> a.id().equals("ferry2")
                ? new Placement(memory.storyOf("dam1"), p.keys(), p.score(), p.compared()) : p);
        assertEquals(memory.storyOf("dam1"), memory.storyOf("ferry2"));

        reviser().revise(links, memory);

        assertEventsApart(memory);
    }

    @Test
    void aRevisionOfRightStoriesChangesNothing() throws IOException {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        StoryReviser.Links links = file(memory, (a, p) -> p);
        List<String> before = memory.storyIds();

        StoryReviser.Revision r = reviser().revise(links, memory);

        assertEquals(0, r.moved());
        assertEquals(before, memory.storyIds());
        assertEventsApart(memory);
    }

    @Test
    void theDefaultLeavesNeighbourhoodsSmallerThanTheStoryModelSplitsAlone() throws IOException {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        StoryReviser.Links links = file(memory, (a, p) -> new Placement(null, p.keys(), p.score(), p.compared()));

        StoryReviser.Revision r = new StoryReviser().revise(links, memory);

        assertEquals(0, r.moved());
        assertEquals(9, memory.stories());
        assertTrue(links.isEmpty(), "nothing placed since the revision");
        assertFalse(links.held().isEmpty(), "the links wait for the neighbourhood to grow");

        reviser().revise(links, memory); // a reviser that takes them as they are now
        assertEventsApart(memory);
    }

    @Test
    void neighbourhoodsClusteredOnSeveralThreadsGiveTheSameRevision() throws IOException {
        // neighbourhoods of at most four articles: the nine reports make several, clustered at once on three threads
        StoryReviser.Config small = new StoryReviser.Config(30, 4, 0, 0);
        List<String> ids = OnlineStoryPlacerTest.EVENTS.stream().map(Article::id).toList();
        List<List<String>> stories = new java.util.ArrayList<>();
        List<StoryReviser.Revision> revisions = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            InMemoryStoryMemory memory = new InMemoryStoryMemory();
            StoryReviser.Links links = file(memory, (a, p) -> new Placement(null, p.keys(), p.score(),
                    p.compared()));
            revisions.add(new StoryReviser(new StoryClusterer(), small).withThreads(threads).revise(links, memory));
            stories.add(ids.stream().map(memory::storyOf).toList());
        }
        assertTrue(revisions.get(0).neighbourhoods() > 1, revisions.get(0).toString());
        assertTrue(revisions.get(0).moved() > 0, revisions.get(0).toString());
        assertEquals(revisions.get(0), revisions.get(1));
        assertEquals(stories.get(0), stories.get(1));
        assertThrows(IllegalArgumentException.class, () -> new StoryReviser().withThreads(0));
    }

    @Test
    void heldLinksExpire() throws IOException {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        StoryReviser.Links links = file(memory, (a, p) -> new Placement(null, p.keys(), p.score(), p.compared()));
        List<StoryReviser.Link> old = links.held().stream()
                .map(l -> new StoryReviser.Link(l.a(), l.b(), l.score(), l.stamp() - StoryReviser.KEPT_FOR - 10))
                .toList();
        links.clear();
        links.hold(old);

        assertEquals(0, reviser().revise(links, memory).moved(), "links older than KEPT_FOR articles are dropped");
        assertTrue(links.held().isEmpty());
        assertEquals(9, memory.stories());
    }

    @Test
    void regroupMovesArticlesWithTheirKeysAndForgetsEmptiedStories() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        List<Article> events = OnlineStoryPlacerTest.EVENTS;
        String a = memory.add(events.get(0), Annotations.none(), new Placement(null, List.of("k:a", "k:both"), 0));
        String b = memory.add(events.get(1), Annotations.none(), new Placement(null, List.of("k:b", "k:both"), 0));
        memory.add(events.get(2), Annotations.none(), new Placement(b, List.of("k:b"), 0));

        // refused as a whole: nothing moves
        assertThrows(IllegalArgumentException.class, () -> memory.regroup(List.of(
                new Regroup(a, List.of("ferry1")), new Regroup(null, List.of("ferry1"))), "test"));
        assertThrows(IllegalArgumentException.class, () -> memory.regroup(List.of(
                new Regroup(a, List.of("nosuch"))), "test"));
        assertEquals(b, memory.storyOf("ferry1"));

        assertEquals(List.of(a), memory.regroup(List.of(new Regroup(a, List.of("ferry1", "dam2"))), "test"));
        assertEquals(1, memory.stories(), "the emptied story is gone");
        assertEquals(List.of(a), memory.storiesWithKey("k:b", 5).stream().map(StoryRef::id).toList());
        assertEquals(3, memory.storiesWithKey("k:both", 5).get(0).size());
        assertEquals(List.of("dam1", "ferry1", "dam2"),
                memory.sample(a, 10).stream().map(s -> s.article().id()).toList(), "filing order kept");
        assertTrue(memory.sample(b, 10).isEmpty());

        List<String> made = memory.regroup(List.of(new Regroup(null, List.of("ferry1"))), "test");
        assertNotEquals(b, made.get(0), "an emptied story's id is not given again");
        assertEquals(made.get(0), memory.storyOf("ferry1"));
        assertEquals(List.of(a, made.get(0)), memory.storiesWithKey("k:both", 5).stream().map(StoryRef::id).toList(),
                "the most recently extended first: dam2 was filed after ferry1");
        assertNull(memory.storyOf("nosuch"));
    }
}
