package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest {

    static final EntityAnnotator ANNOTATOR = EntityAnnotator.standard();

    static Article article(String id, String body) {
        return new Article(id, SourceRef.of(id), null, null, null, null, null, body, List.of());
    }

    @Test
    void aHyphenWithNoSpaceAroundItJoinsItsWordsIntoOneToken() {
        String sentence = "Adrian Volkov-Reyes met Brask - briefly - in 2024-25.";
        opennlp.tools.util.Span[] split = {new opennlp.tools.util.Span(0, 6), new opennlp.tools.util.Span(7, 13),
            new opennlp.tools.util.Span(13, 14), new opennlp.tools.util.Span(14, 19),
            new opennlp.tools.util.Span(20, 23), new opennlp.tools.util.Span(24, 29),
            new opennlp.tools.util.Span(30, 31), new opennlp.tools.util.Span(32, 39),
            new opennlp.tools.util.Span(40, 41), new opennlp.tools.util.Span(42, 44),
            new opennlp.tools.util.Span(45, 49), new opennlp.tools.util.Span(49, 52),
            new opennlp.tools.util.Span(52, 53)};
        List<String> tokens = java.util.Arrays.stream(EntityAnnotator.splitTokens(sentence, split))
                .map(t -> sentence.substring(t.getStart(), t.getEnd())).toList();
        assertEquals(List.of("Adrian", "Volkov-Reyes", "met", "Brask", "-", "briefly", "-", "in", "2024-25", "."),
                tokens);
    }

    @Test
    void groupsAShortFormWithTheFullNameAndGivesOffsetsIntoTheBody() {
        Article a = article("a", "Governor Teodor Brask met reporters in Halvergate on Monday.\n\n"
                + "Brask said the inquiry was welcome. “Brask’s office will cooperate,” his spokeswoman said.");
        List<Entity> entities = ANNOTATOR.annotate(a);
        Entity brask = entities.stream().filter(e -> e.name().equals("Teodor Brask")).findFirst().orElseThrow();
        assertEquals(List.of("Brask"), brask.aliases());
        assertTrue(brask.mentions().size() >= 2, brask.mentions().toString());
        for (Entity.Mention m : brask.mentions()) {
            assertEquals(m.text(), a.body().substring(m.start(), m.end()));
            assertFalse(m.text().startsWith("“") || m.text().endsWith("’s"), m.text());
        }
    }

    @Test
    void mergesSpellingsAcrossArticlesOfAStory() {
        Map<String, List<Entity>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(new Entity("Volodymyr Zelensky", "PER", List.of("Zelensky"), List.of(), List.of())));
        byArticle.put("b", List.of(new Entity("Volodymyr Zelenskyy", "PER", List.of("Zelenskyy"), List.of(), List.of()),
                new Entity("Russia", "LOC", List.of(), List.of(), List.of()),
                new Entity("Russian", "MISC", List.of(), List.of(), List.of())));
        List<Entity> merged = EntityAnnotator.merge(byArticle);
        Entity z = merged.get(0);
        assertEquals(List.of("a", "b"), z.articles());
        assertTrue(z.aliases().containsAll(List.of("Zelensky", "Zelenskyy")), z.aliases().toString());
        assertEquals(3, merged.size(), "a country and a nationality one letter apart stay apart: " + merged);
    }

    @Test
    void aSurnameOrAFamilyNameAloneIsThePersonNamedInFullWhateverItsTag() {
        List<Entity.Mention> mentions = List.of(new Entity.Mention("Teodor Brask", 0, 12),
                new Entity.Mention("Brask", 20, 25), new Entity.Mention("Brask", 30, 35),
                new Entity.Mention("Wen Lianhua", 40, 51), new Entity.Mention("Wen", 60, 63),
                new Entity.Mention("Halvergate", 70, 80));
        List<String[]> types = List.of(new String[] {"PER"}, new String[] {"LOC"}, new String[] {"ORG"},
                new String[] {"PER"}, new String[] {"PER"}, new String[] {"LOC"});
        List<Entity> entities = EntityAnnotator.group(mentions, types);
        assertEquals(3, entities.size(), entities.toString());
        assertEquals("Teodor Brask", entities.get(0).name());
        assertEquals("PER", entities.get(0).type(), "a full name tagged as a person decides the type");
        assertEquals(3, entities.get(0).mentions().size());
        assertEquals(List.of("Wen"), entities.get(1).aliases());
        assertEquals("LOC", entities.get(2).type());
    }

    @Test
    void anAcronymIsTheOrganisationWhoseInitialsItSpells() {
        Map<String, List<Entity>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(new Entity("The Meridian Commercial Bank", "ORG", List.of(), List.of(), List.of())));
        byArticle.put("b", List.of(new Entity("MCB", "ORG", List.of(), List.of(), List.of()),
                new Entity("Mcb", "PER", List.of(), List.of(), List.of())));
        List<Entity> merged = EntityAnnotator.merge(byArticle);
        assertEquals("The Meridian Commercial Bank", merged.get(0).name());
        assertEquals(List.of("MCB"), merged.get(0).aliases());
        assertEquals(List.of("a", "b"), merged.get(0).articles());
        assertEquals(2, merged.size(), "a capitalised word is not an acronym: " + merged);
        assertEquals("MCB", EntityAnnotator.initials("The Meridian Commercial Bank"));
        assertEquals("", EntityAnnotator.initials("Meridian"));
    }

    @Test
    void outletsOfTheBatchAreOrganisations() {
        List<Entity> typed = EntityAnnotator.outletsAsOrganisations(
                List.of(new Entity("Meridian Courier", "PER", List.of(), List.of(), List.of()),
                        new Entity("Courier", "PER", List.of(), List.of(), List.of())),
                EntityAnnotator.outletNames(List.of(new Article("x", SourceRef.of("x"), null, "The Meridian Courier",
                        null, null, null, "Body.", List.of()))));
        assertEquals("ORG", typed.get(0).type());
        assertEquals("PER", typed.get(1).type(), "a single word is not enough to call it the outlet");
    }

    @Test
    void aMiddleNameATitleOrALegalFormDoesNotMakeAnotherName() {
        Map<String, List<Entity>> byArticle = new LinkedHashMap<>();
        byArticle.put("a", List.of(new Entity("Teodor Brask", "PER", List.of(), List.of(), List.of()),
                new Entity("Halvergate Shipping Corp.", "ORG", List.of(), List.of(), List.of()),
                new Entity("Ada Reyle", "PER", List.of(), List.of(), List.of())));
        byArticle.put("b", List.of(new Entity("Teodor M. Brask", "PER", List.of(), List.of(), List.of()),
                new Entity("Halvergate Shipping", "ORG", List.of(), List.of(), List.of()),
                new Entity("Mrs. Reyle", "PER", List.of(), List.of(), List.of())));
        byArticle.put("c", List.of(new Entity("Teodor Markus Brask", "PER", List.of(), List.of(), List.of()),
                new Entity("Teodor Brask", "PER", List.of(), List.of(), List.of()),
                new Entity("Lidia Brask", "PER", List.of(), List.of(), List.of())));
        List<Entity> merged = EntityAnnotator.merge(byArticle);
        assertEquals(4, merged.size(), merged.toString());
        Entity brask = merged.get(0);
        assertEquals("Teodor Markus Brask", brask.name(), "the longest name names the group");
        assertEquals(List.of("a", "b", "c"), brask.articles(), "'Teodor Brask' still matches once renamed");
        assertEquals(List.of("a", "b"), merged.get(1).articles(), merged.get(1).toString());
        assertEquals(List.of("a", "b"), merged.get(2).articles(), merged.get(2).toString());
        assertEquals("Lidia Brask", merged.get(3).name(), "another first name is another person");
        assertTrue(EntityAnnotator.middleNameVariant("w mark felt", "mark felt"));
        assertTrue(EntityAnnotator.middleNameVariant("frederick c larue", "frederick cheney larue"));
        assertFalse(EntityAnnotator.middleNameVariant("mark felt", "mark jay heller"));
        assertFalse(EntityAnnotator.middleNameVariant("brask", "teodor brask"), "a surname alone is another rule");
    }

    @Test
    void aSurnameDoesNotJoinABuildingNamedAfterItsPerson() {
        List<Entity.Mention> mentions = List.of(new Entity.Mention("Brask", 0, 5), new Entity.Mention("Brask Tower", 20, 31),
                new Entity.Mention("Brask", 40, 45));
        List<String[]> types = List.of(new String[] {"PER"}, new String[] {"PER"}, new String[] {"PER"});
        List<Entity> entities = EntityAnnotator.group(mentions, types);
        assertEquals(2, entities.size(), entities.toString());
        assertEquals(2, entities.stream().filter(e -> e.name().equals("Brask")).findFirst().orElseThrow()
                .mentions().size());
    }

    @Test
    void aSonWithASuffixIsNotHisFather() {
        assertFalse(EntityAnnotator.middleNameVariant("teodor brask", "teodor brask jr"));
        assertFalse(EntityAnnotator.middleNameVariant("teodor m brask", "teodor brask jr"));
        assertTrue(EntityAnnotator.middleNameVariant("teodor m brask jr", "teodor brask jr"));
        List<Entity> merged = EntityAnnotator.merge(Map.of(
                "a", List.of(new Entity("Teodor Brask", "PER", List.of(), List.of(), List.of())),
                "b", List.of(new Entity("Teodor Brask Jr.", "PER", List.of(), List.of(), List.of()))));
        assertEquals(2, merged.size(), merged.toString());
    }

    @Test
    void anInitialTaggedApartJoinsTheNameAfterIt() {
        Article a = article("a", "Investigators questioned W. Teodor Brask on Monday in Halvergate.");
        List<String> names = ANNOTATOR.annotate(a).stream().map(Entity::name).toList();
        assertFalse(names.contains("W."), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Teodor Brask")), names.toString());
    }

    @Test
    void aTitlesGenderKeepsASurnameFromThePersonOfTheOtherGender() {
        Article a = article("a", "Ada Brask and her husband, Teodor Brask, opened the new quay in Halvergate on "
                + "Monday.\n\n\"We waited ten years for this,\" Mrs. Brask said.\n\n"
                + "Mr. Brask said the ferry would run all night.");
        List<Entity> entities = ANNOTATOR.annotate(a);
        int mrs = a.body().indexOf("Mrs. Brask") + 5;
        int mr = a.body().indexOf("Mr. Brask") + 4;
        Entity ada = entities.stream().filter(e -> e.name().equals("Ada Brask")).findFirst().orElseThrow();
        Entity teodor = entities.stream().filter(e -> e.name().equals("Teodor Brask")).findFirst().orElseThrow();
        assertTrue(ada.mentions().stream().anyMatch(m -> m.start() == mrs), ada.mentions().toString());
        assertTrue(teodor.mentions().stream().anyMatch(m -> m.start() == mr), teodor.mentions().toString());
    }

    @Test
    void oneEditApartMeansOneInsertionDeletionOrChange() {
        assertTrue(EntityAnnotator.oneEditApart("zelensky", "zelenskyy"));
        assertTrue(EntityAnnotator.oneEditApart("dovhan", "dovgan"));
        assertFalse(EntityAnnotator.oneEditApart("dovhan", "dovganov"));
        assertTrue(EntityAnnotator.endsWithWords("Elon Musk", "Musk"));
        assertFalse(EntityAnnotator.endsWithWords("Elon Musk", "Elon"));
        assertTrue(EntityAnnotator.endsWithWords("Håkon Ilves", "Hakon Ilves"), "accents do not make another name");
    }

    @Test
    void aRunOfThousandsOfCharactersStaysOneTokenAndTheRestIsTokenizedAsBefore() {
        String run = "w".repeat(5_000); // what a page of 5,000 <span>w</span> flattens into
        String sentence = "Brask said, " + run + " in Halvergate.";
        opennlp.tools.util.Span[] spans = EntityAnnotator.tokenSpans(ANNOTATOR.newTokenizer(), sentence);
        List<String> words = java.util.Arrays.stream(spans).map(t -> sentence.substring(t.getStart(), t.getEnd()))
                .toList();
        assertEquals(List.of("Brask", "said", ",", run, "in", "Halvergate", "."), words);
        String plain = "Brask said, in Halvergate.";
        assertEquals(List.of("Brask", "said", ",", "in", "Halvergate", "."),
                java.util.Arrays.stream(EntityAnnotator.tokenSpans(ANNOTATOR.newTokenizer(), plain))
                        .map(t -> plain.substring(t.getStart(), t.getEnd())).toList());
    }

    @Test
    void aSentenceOfThousandsOfTokensIsTaggedInPieces() {
        opennlp.tools.util.Span[] tokens = new opennlp.tools.util.Span[1_200];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = new opennlp.tools.util.Span(2 * i, 2 * i + 1);
        }
        List<opennlp.tools.util.Span[]> pieces = EntityAnnotator.pieces(tokens);
        assertEquals(List.of(500, 500, 200), pieces.stream().map(p -> p.length).toList());
        assertEquals(tokens[1_199], pieces.get(2)[199]);
        opennlp.tools.util.Span[] real = java.util.Arrays.copyOf(tokens, 40);
        assertEquals(1, EntityAnnotator.pieces(real).size());
        // A name in a one-sentence page of 3,000 words is still found.
        String words = "the dam held after the storm and the water rose over the road ".repeat(230);
        Article a = article("long", "Officials said " + words + "until Mara Brask closed the Halvergate bridge.");
        List<String> names = ANNOTATOR.annotate(a).stream().map(Entity::name).toList();
        assertTrue(names.contains("Mara Brask"), names.toString());
    }
}
