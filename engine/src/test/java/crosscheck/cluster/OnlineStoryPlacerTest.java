package crosscheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.archive.Placement;
import crosscheck.archive.StoryRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnlineStoryPlacerTest {

    private static Article article(String id, String published, String title, String body) {
        return new Article(id, SourceRef.of(id + ".txt"), null, null, title, null, published, body, List.of());
    }

    /** Three invented events, three reports each, interleaved as they would arrive. */
    static final List<Article> EVENTS = List.of(
            article("dam1", "2031-04-02", "Halvergate dam breach floods Lorne County farms",
                    "The Halvergate dam breached early on Tuesday, flooding farms across Lorne County, the county"
                            + " sheriff Ada Brask said. About 340 residents of Halvergate were evacuated to the Reyle"
                            + " school gym. Engineers had warned in 2029 that the dam's spillway was cracked."),
            article("ferry1", "2031-04-02", "Ferry Selkie runs aground off Dunmarrow with 212 aboard",
                    "The ferry Selkie ran aground off Dunmarrow on Tuesday with 212 passengers aboard, the coast"
                            + " guard said. Captain Ilse Varga ordered the evacuation; no one was hurt. Tugs from"
                            + " Port Quillan will try to refloat the Selkie at high tide."),
            article("dam2", "2031-04-02", "340 evacuated after Halvergate dam gives way",
                    "Sheriff Ada Brask said 340 people had left their homes in Halvergate after the dam gave way."
                            + " Water covered farms across Lorne County by noon, and the Reyle school gym was opened"
                            + " as a shelter. The spillway had been reported cracked in 2029."),
            article("vote1", "2031-04-03", "Tessmoor council approves Oakhill library budget",
                    "Tessmoor's council voted 7 to 2 on Wednesday to fund the new Oakhill library, mayor Odile Fenn"
                            + " said. The library will cost 4.1 million and open in 2033, according to the council"
                            + " clerk Bram Holt."),
            article("ferry2", "2031-04-03", "All 212 Selkie passengers brought ashore at Dunmarrow",
                    "All 212 passengers of the Selkie, which ran aground off Dunmarrow, were brought ashore, the"
                            + " coast guard said. Captain Ilse Varga praised the crew. Tugs from Port Quillan are"
                            + " standing by to refloat the ferry."),
            article("vote2", "2031-04-03", "Oakhill library wins Tessmoor council vote, 7 to 2",
                    "Mayor Odile Fenn welcomed the 7 to 2 vote of the Tessmoor council for the Oakhill library."
                            + " Clerk Bram Holt said the building would cost 4.1 million and open in 2033."),
            article("dam3", "2031-04-03", "Lorne County counts the cost of the Halvergate flood",
                    "A day after the Halvergate dam breach, sheriff Ada Brask said the 340 evacuated residents"
                            + " could not yet return. Farms across Lorne County remain under water; the Reyle school"
                            + " gym is still a shelter. Engineers recalled the cracked spillway reported in 2029."),
            article("ferry3", "2031-04-04", "Inquiry opens into Selkie grounding off Dunmarrow",
                    "Investigators began examining the hull of the Selkie after Tuesday's grounding off Dunmarrow,"
                            + " in which 212 passengers were evacuated. Captain Ilse Varga will be interviewed; tugs"
                            + " from Port Quillan refloated the ferry overnight."),
            article("vote3", "2031-04-04", "Tessmoor to build Oakhill library after council vote",
                    "Tessmoor will build the Oakhill library after its council voted 7 to 2, mayor Odile Fenn said."
                            + " The 4.1 million building is due to open in 2033, clerk Bram Holt added."));

    private final OnlineStoryPlacer placer = new OnlineStoryPlacer();

    /** Places and files each article in turn; returns each article's story. */
    private Map<String, String> feed(InMemoryStoryMemory memory, List<Article> articles) {
        Map<String, String> storyOf = new HashMap<>();
        for (Article a : articles) {
            Placement p = placer.place(a, Annotations.none(), memory);
            assertFalse(p.keys().isEmpty(), "an article with words has keys");
            storyOf.put(a.id(), memory.add(a, Annotations.none(), p));
        }
        return storyOf;
    }

    @Test
    void reportsOfOneEventJoinOneStoryAndEachEventHasItsOwn() {
        Map<String, String> storyOf = feed(new InMemoryStoryMemory(), EVENTS);
        for (String event : List.of("dam", "ferry", "vote")) {
            assertEquals(storyOf.get(event + "1"), storyOf.get(event + "2"), event + ": " + storyOf);
            assertEquals(storyOf.get(event + "1"), storyOf.get(event + "3"), event + ": " + storyOf);
        }
        assertEquals(3, Set.copyOf(storyOf.values()).size(), storyOf.toString());
        assertEquals("s1", storyOf.get("dam1"));
        assertEquals("s2", storyOf.get("ferry1"));
        assertEquals("s3", storyOf.get("vote1"));
    }

    @Test
    void aNearDuplicateJoinsItsOriginalsStory() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        Map<String, String> storyOf = feed(memory, EVENTS);
        Article original = EVENTS.get(1);
        Article copy = article("ferry1-copy", "2031-04-05", original.title(),
                original.body().replace("on Tuesday", "on Tuesday morning") + " More to follow.");
        Placement p = placer.place(copy, Annotations.none(), memory);
        assertEquals(storyOf.get(original.id()), p.story());
        assertTrue(p.keys().stream().anyMatch(k -> k.startsWith("m:")), "band keys are filed: " + p.keys());
    }

    @Test
    void anUnrelatedArticleStartsAStory() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        feed(memory, EVENTS);
        Placement p = placer.place(article("quake", "2031-04-04", "Minor earthquake shakes Vellacourt",
                "A magnitude 3.2 earthquake shook Vellacourt before dawn on Thursday, seismologist Pim Oduya said;"
                        + " shelves fell in a bakery but nobody was injured."), Annotations.none(), memory);
        assertNull(p.story(), "joined " + p.story());
    }

    @Test
    void aFirstArticleStartsAStoryWithoutCandidates() {
        Placement p = placer.place(EVENTS.get(0), Annotations.none(), new InMemoryStoryMemory());
        assertNull(p.story());
        assertTrue(Double.isNaN(p.score()));
    }

    @Test
    void placementIsDeterministic() {
        assertEquals(feed(new InMemoryStoryMemory(), EVENTS), feed(new InMemoryStoryMemory(), EVENTS));
    }

    @Test
    void candidatesAreBoundedWhenManyStoriesShareAKey() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        // 300 stories of one article each, all naming Halvergate, each with a name and a number of its own.
        for (int i = 0; i < 300; i++) {
            Article a = article("h" + i, "2031-04-01", "Halvergate notice " + i,
                    "The Halvergate office of Warden" + wordOf(i) + " posted notice " + (1000 + i)
                            + " about the parish fair.");
            memory.add(a, Annotations.none(), new Placement(null, placer.place(a, Annotations.none(), memory)
                    .keys(), Double.NaN));
        }
        assertEquals(300, memory.stories());
        CountingStoryMemory counting = new CountingStoryMemory(memory);
        Placement p = placer.place(article("new", "2031-04-02", "Halvergate fair postponed",
                "The Halvergate parish fair was postponed by rain, the office said."), Annotations.none(), counting);
        assertTrue(p.keys().contains("e:halvergate"), p.keys().toString());
        OnlineStoryPlacer.Config config = placer.config();
        assertTrue(counting.samples() >= 1 && counting.samples() <= config.candidates(),
                "sampled " + counting.samples() + " stories");
        assertTrue(counting.sampled() <= config.candidates() * config.sample(), "read " + counting.sampled());
        assertTrue(counting.refs() <= counting.lookups() * config.storiesPerKey(),
                "read " + counting.refs() + " story refs in " + counting.lookups() + " lookups");
    }

    @Test
    void aKeyHeldByTooManyArticlesIsNotLookedUp() {
        OnlineStoryPlacer strict = new OnlineStoryPlacer(OnlineStoryPlacer.Model.standard(),
                withMaxKeyArticles(OnlineStoryPlacer.Config.standard(), 5));
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        for (int i = 0; i < 20; i++) {
            memory.add(article("c" + i, null, "Common", "x"), Annotations.none(),
                    new Placement(null, List.of("w:common"), Double.NaN));
        }
        CountingStoryMemory spy = new CountingStoryMemory(memory);
        Placement p = strict.place(article("n", null, "Common", "Common ground."), Annotations.none(), spy);
        assertTrue(p.keys().contains("w:common"), p.keys().toString());
        assertEquals(0, spy.lookups(), "the only key filed before is held by 20 articles, over the cap of 5");
        assertNull(p.story());
    }

    @Test
    void memorySamplesTheFirstAndTheLatestArticles() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        String story = null;
        for (int i = 0; i < 10; i++) {
            story = memory.add(article("a" + i, "2031-04-0" + (i % 9 + 1), "t", "b"), Annotations.none(),
                    new Placement(story, List.of("k"), 0));
        }
        List<String> ids = memory.sample(story, 4).stream().map(s -> s.article().id()).toList();
        assertEquals(List.of("a0", "a7", "a8", "a9"), ids);
        assertEquals(10, memory.articlesWithKey("k"));
        StoryRef ref = memory.storiesWithKey("k", 5).get(0);
        assertEquals(10, ref.size());
        assertEquals("2031-04-09", String.valueOf(ref.latest()));
        assertNotEquals(0, memory.articles());
    }

    @Test
    void storiesWithAKeyComeMostRecentlyExtendedFirst() {
        InMemoryStoryMemory memory = new InMemoryStoryMemory();
        String s1 = memory.add(article("a", null, "t", "b"), Annotations.none(), new Placement(null, List.of("k"), 0));
        String s2 = memory.add(article("b", null, "t", "b"), Annotations.none(), new Placement(null, List.of("k"), 0));
        memory.add(article("c", null, "t", "b"), Annotations.none(), new Placement(s1, List.of("other"), 0));
        assertEquals(List.of(s1, s2), memory.storiesWithKey("k", 5).stream().map(StoryRef::id).toList());
        assertEquals(List.of(s1), memory.storiesWithKey("k", 1).stream().map(StoryRef::id).toList());
    }

    private static OnlineStoryPlacer.Config withMaxKeyArticles(OnlineStoryPlacer.Config c, long max) {
        return new OnlineStoryPlacer.Config(c.wordKeys(), c.nameKeys(), max, c.storiesPerKey(), c.candidates(),
                c.sample(), c.windowDays(), c.bands(), c.duplicateBands(), c.threshold(), c.padTo(), c.top());
    }

    /** A distinct capitalised word for each number: Warden Abc, Warden Abd, ... */
    private static String wordOf(int i) {
        return " " + (char) ('A' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 7) + "son";
    }
}
