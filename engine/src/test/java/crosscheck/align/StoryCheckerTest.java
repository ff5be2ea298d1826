package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Report;
import crosscheck.core.Story;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-check of stories written for these tests (every name, outlet and figure is made up), run through the
 * whole pipeline as {@code crosscheck analyze} runs it.
 */
class StoryCheckerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Report analyse(List<Map<String, String>> articles) throws IOException {
        return analyse(articles, true);
    }

    private Report analyse(List<Map<String, String>> articles, boolean stances) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map<String, String> a : articles) {
            lines.append(JSON.writeValueAsString(a)).append('\n');
        }
        Files.writeString(dir.resolve("batch.jsonl"), lines, StandardCharsets.UTF_8);
        return BatchRunner.builder().threads(1).stances(stances).build().run(List.of(dir.toString()),
                BatchListener.NONE);
    }

    private static Map<String, String> article(String outlet, String published, String title, String text) {
        return Map.of("url", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + published,
                "outlet", outlet, "published", published, "title", title, "text", text);
    }

    private static Story largest(Report report) {
        return report.stories().get(0);
    }

    private static CrossCheck.Claim claimWith(Story story, String words) {
        return story.check().claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no claim with '" + words + "' in " + story.check().claims().stream()
                        .map(CrossCheck.Claim::text).toList()));
    }

    /** Four outlets repeat one outlet's report: one origin, however many outlets; a denial some of them drop. */
    private List<Map<String, String>> portStory() {
        return portStory("The port authority's spokesperson, Tomas Reyle, denied that Lindqvist had received any money "
                + "from Bellwether Lines.");
    }

    /** The port story with another sentence where the Bay Courier reports the denial. */
    private List<Map<String, String>> portStory(String denial) {
        String lead = "Shipping firm Bellwether Lines paid %s to a consultancy owned by port authority chief Mara "
                + "Lindqvist, the Harbor Sentinel reported on Monday.";
        String context = "The consultancy, Skarv Advisory, was registered in Tellmouth last year and lists no staff. "
                + "Bellwether Lines won the contract to run the new container terminal in March.";
        return List.of(
                article("The Harbor Sentinel", "2026-05-04T07:00:00+01:00",
                        "Port chief's consultancy took shipping firm's money, records show",
                        "Shipping firm Bellwether Lines paid $30 million to a consultancy owned by port authority "
                                + "chief Mara Lindqvist, according to bank records reviewed by the Harbor Sentinel.\n\n"
                                + context + "\n\nLindqvist did not respond to requests for comment."),
                article("Coastline Daily", "2026-05-04T15:00:00+01:00", "Report: shipping firm paid port chief",
                        lead.formatted("more than $28 million") + "\n\n" + context),
                article("Bay Courier", "2026-05-05T18:00:00+01:00", "Port authority denies report on its chief",
                        lead.formatted("$30 million") + "\n\n" + context + "\n\n" + denial),
                article("The Evening Lamp", "2026-05-06T09:00:00+01:00", "Port boss pocketed millions",
                        lead.formatted("$52 million") + "\n\n" + context));
    }

    @Test
    void checksTheSameStoriesInTheSameOrderOnTwoThreadsAsOnOne() throws IOException {
        Report report = analyse(portStory());
        List<Story> stories = new ArrayList<>(report.stories());
        // Each article is also a story of its own, so that the threads share several stories.
        for (Article a : report.articles()) {
            stories.add(new Story("x" + stories.size(), a.id(), List.of(a.id())));
        }
        List<Story> one = checker(1).check(stories, report.articles(), report.annotations());
        List<Story> two = checker(2).check(stories, report.articles(), report.annotations());
        assertFalse(one.get(0).check().claims().isEmpty());
        assertEquals(stories.stream().map(Story::id).toList(), two.stream().map(Story::id).toList());
        assertEquals(one, two);
        assertEquals(one, checker(3).check(stories, report.articles(), report.annotations()));
    }

    private static StoryChecker checker(int threads) {
        return new StoryChecker(EntityAnnotator.sentenceModel(), AttributionAnnotator.knownOutletNames(),
                StoryChecker.DEFAULT_THRESHOLD, threads);
    }

    @Test
    void theStanceModelLabelsNothingUnlessAskedFor() throws IOException {
        Story story = largest(analyse(portStory(), false));
        assertFalse(story.check().claims().isEmpty());
        assertTrue(story.check().claims().stream().allMatch(c -> c.stances().isEmpty()));
    }

    @Test
    void outletsRepeatingOneReportAreOneOrigin() throws IOException {
        Story story = largest(analyse(portStory()));
        assertEquals(4, story.articles().size(), "one story of four articles");
        CrossCheck.Claim paid = claimWith(story, "paid");
        assertEquals(4, paid.articles().size());
        assertEquals(List.of("The Harbor Sentinel"), paid.origins().stream().map(CrossCheck.Origin::name).toList());
        assertEquals(1, paid.independentOrigins());
        CrossCheck.Claim registered = claimWith(story, "registered in Tellmouth");
        assertEquals(4, registered.outlets().size());
        assertEquals(3, paid.stances().size(), "the stance of each article that is not a near-duplicate copy");
    }

    @Test
    void theFigureThatDoesNotFitIsNamed() throws IOException {
        Story story = largest(analyse(portStory()));
        CrossCheck.Conflict figures = story.check().conflicts().stream().filter(c -> c.kind().equals("numeric"))
                .findFirst().orElseThrow();
        assertEquals("conflict", figures.verdict(), story.check().conflicts().toString());
        assertTrue(figures.explanation().startsWith("The sum paid: The Evening Lamp reprints Coastline Daily's text "
                + "but gives $52 million where it has more than $28 million"), figures.explanation());
        assertEquals(4, figures.values().size());
        assertEquals("single-origin", claimWith(story, "registered in Tellmouth").status(),
                "a claim that states no figure is not contested by one");
    }

    @Test
    void anOutletThatPublishedAfterTheDenialWithoutItDroppedIt() throws IOException {
        Story story = largest(analyse(portStory()));
        CrossCheck.Conflict denial = story.check().conflicts().stream().filter(c -> c.kind().equals("denial"))
                .findFirst().orElseThrow(() -> new AssertionError(story.check().conflicts()));
        assertEquals(List.of("The Evening Lamp"), denial.missingFrom());
        assertTrue(denial.explanation().contains("Tomas Reyle"), denial.explanation());
        assertTrue(denial.explanation().contains("The Harbor Sentinel, Coastline Daily published before the denial"),
                denial.explanation());
        CrossCheck.Claim paid = claimWith(story, "paid");
        assertEquals("denied", paid.status());
        assertEquals("reports-denial", paid.mentions().stream().filter(m -> m.article().equals("batch#3"))
                .findFirst().orElseThrow().stance());
    }

    @Test
    void aQuoteThatCallsTheReportASham() throws IOException {
        Story story = largest(analyse(portStory("“This is a sham report about bogus payments to Lindqvist,” port "
                + "spokesperson Tomas Reyle said in a statement.")));
        List<CrossCheck.Side> denials = story.check().conflicts().stream().filter(c -> c.kind().equals("denial"))
                .flatMap(c -> c.values().stream()).filter(v -> v.side().equals("denial")).toList();
        assertEquals(List.of("Tomas Reyle"), denials.stream().map(CrossCheck.Side::source).toList(),
                story.check().conflicts().toString());
    }

    private List<String> deniers(Story story) {
        return story.check().conflicts().stream().filter(c -> c.kind().equals("denial"))
                .flatMap(c -> c.values().stream()).filter(v -> v.side().equals("denial"))
                .map(CrossCheck.Side::source).toList();
    }

    @Test
    void anOfficeThatRejectsAnInvestigationOnTuesdayIsTheDenier() throws IOException {
        Story story = largest(analyse(portStory("Lindqvist’s office on Tuesday rejected the newspaper investigation "
                + "alleging that she had received money from Bellwether Lines.")));
        assertEquals(List.of("Mara Lindqvist’s office"), deniers(story), story.check().conflicts().toString());
    }

    @Test
    void theSubjectOfTheDenyingVerbNotTheSourceOfTheSentence() throws IOException {
        Story story = largest(analyse(portStory("According to the Harbor Sentinel, Bellwether Lines paid the money "
                + "to her consultancy—claims the former port director has denied.")));
        assertEquals(List.of("the former port director"), deniers(story), story.check().conflicts().toString());
    }

    /** "He" after sentences that name no one: the denier is not known, so no denial is reported, not "unnamed". */
    @Test
    void aDenierNoOneCanResolveMakesNoDenial() throws IOException {
        Story story = largest(analyse(portStory("He denied that Lindqvist had received any money from "
                + "Bellwether Lines.")));
        assertTrue(story.check().conflicts().stream().noneMatch(c -> c.kind().equals("denial")),
                story.check().conflicts().toString());
        assertTrue(story.check().claims().stream().allMatch(c -> c.denials().isEmpty()));
    }

    @Test
    void aDeathTollThatRoseIsNoConflict() throws IOException {
        Story story = largest(analyse(List.of(
                article("Fjord Post", "2026-02-10T09:00:00+01:00", "Landslide buries houses in Orvik",
                        "A landslide in the mountain village of Orvik killed at least 8 people on Monday, the "
                                + "regional rescue service said.\n\nRescue teams searched the buried houses overnight."),
                article("Valley Herald", "2026-02-11T09:00:00+01:00", "Orvik landslide toll rises",
                        "The landslide in the mountain village of Orvik killed at least 15 people, the regional "
                                + "rescue service said on Tuesday.\n\nRescue teams searched the buried houses again."),
                article("North Wire", "2026-02-12T09:00:00+01:00", "Orvik mourns its dead",
                        "The landslide in the mountain village of Orvik killed 17 people, the regional rescue "
                                + "service said on Wednesday.\n\nThe search of the buried houses has ended."))));
        CrossCheck.Conflict toll = story.check().conflicts().stream().filter(c -> c.kind().equals("numeric"))
                .findFirst().orElseThrow(() -> new AssertionError(story.check().conflicts()));
        assertEquals("grew", toll.verdict(), toll.explanation());
        assertTrue(toll.explanation().startsWith("The death toll rose"), toll.explanation());
        assertFalse(story.check().brief().isEmpty());
        for (CrossCheck.BriefSentence b : story.check().brief()) {
            assertFalse(b.articles().isEmpty(), "every sentence of the brief cites its articles: " + b.text());
        }
        assertNotNull(story.check().timeline().stream().filter(t -> t.date().equals("2026-02-09")).findFirst()
                .orElse(null), "Monday before a Tuesday publication is on the timeline: " + story.check().timeline());
    }
}
