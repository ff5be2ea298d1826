package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.CrossCheck;
import crosscheck.core.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ages and times of day read from sentences, and the ages of one person compared across articles. */
class MeasuresTest {

    private static StorySentence sentence(String article, String text) {
        return new StorySentence(article, 0, 0, text.length(), text, List.of(), false);
    }

    private static List<Quantity> read(String text) {
        return Measures.read(sentence("a", text));
    }

    @Test
    void readsAgesWithWhomTheyAreOf() {
        List<Quantity> q = read("Police said 15-year-old Jonah Vell and his 11-year old stepdaughter were shot, "
                + "and Mara Lint, 47, of Dunmore was arrested.");
        assertEquals(List.of(15.0, 11.0, 47.0), q.stream().map(Quantity::value).toList(), q.toString());
        assertEquals(List.of("Jonah Vell", "stepdaughter", "Mara Lint"), q.stream().map(Quantity::counted).toList());
        assertTrue(q.stream().allMatch(x -> x.unit().equals(Measures.AGE)));
        assertEquals("girl", read("A 17-year-old Halvergate girl was hurt.").get(0).counted());
        assertTrue(read("He was a 19-year veteran of the department.").isEmpty(), "a length of service is no age");
    }

    @Test
    void readsTimesOfDayInHours() {
        List<Quantity> q = read("The shooting happened around 7:30 p.m., and police arrived just before 8 pm.");
        assertEquals(List.of(19.5, 20.0), q.stream().map(Quantity::value).toList(), q.toString());
        assertEquals(List.of("~", "<"), q.stream().map(Quantity::bound).toList());
        assertEquals(22.5, read("That shooting happened last night around 10:30.").get(0).value());
        assertTrue(read("The score was 10:30 at the break.").isEmpty(), "no half of the day, no time");
        assertEquals(24.0, read("It happened just before midnight.").get(0).value());
    }

    @Test
    void readsCalendarDaysOfTheSentence() {
        StorySentence s = sentence("a", "A boy shot himself in the hand Nov.");
        List<crosscheck.core.DateMention> dates = List.of(
                new crosscheck.core.DateMention("Nov. 2", "2016-11-02", "day", null, true, 31, 37),
                new crosscheck.core.DateMention("last week", "2016-W20", "week", null, true, 0, 9));
        List<Quantity> q = Measures.dates(dates, s, "2016-05-25");
        assertEquals(1, q.size(), "a day, even one the sentence was cut inside; not a week: " + q);
        assertEquals(java.time.LocalDate.of(2015, 11, 2).toEpochDay(), q.get(0).value(),
                "a day without its year is not after the report");
        Figure nov2 = Figure.of("a", "a", null, q.get(0), s, null);
        Quantity eleventh = new Quantity("Nov. 11, 2015", java.time.LocalDate.of(2015, 11, 11).toEpochDay(), null,
                Measures.DATE, "=", null, 0, 13);
        assertTrue(!NumericConflicts.consistent(List.of(nov2, Figure.of("b", "b", null, eleventh, s, null))));
    }

    private static Figure age(String article, String text) {
        StorySentence s = sentence(article, text);
        Quantity q = Measures.read(s).get(0);
        return Figure.of(article, article, null, q, s, null);
    }

    private static List<List<Figure>> groups(Figure... ages) {
        return Ages.groups(List.of(ages));
    }

    @Test
    void agesOfOnePersonConflict() {
        List<List<Figure>> g = groups(age("a", "Wren, 14, was inside his home."),
                age("b", "Police say a dispute led to the shooting of 15-year-old Arvid Wren."),
                age("c", "Avrid Wren, 15, died at the scene."));
        assertEquals(1, g.size(), g.toString());
        CrossCheck.Conflict c = new NumericConflicts(TermWeights.of(List.of())).judge(g.get(0), s -> null, Map.of());
        assertEquals("conflict", c.verdict(), c.explanation());
        assertTrue(c.explanation().startsWith("The age of Arvid Wren"), c.explanation());
        assertEquals("Avrid Wren, 15, died at the scene.", c.values().get(2).text(), "the sentence is the evidence");
    }

    @Test
    void oneArticlesDescriptionsOfOneAgeAreOnePerson() {
        List<List<Figure>> g = groups(age("a", "A man killed a 12-year old girl."),
                age("b", "He shot his 11-year old stepdaughter."),
                age("c", "A man shot his 11-year-old stepdaughter."), age("c", "An 11-year-old girl was found."));
        assertEquals(1, g.size(), g.toString());
        assertEquals(4, g.get(0).size());
    }

    @Test
    void differentPeopleAreNotCompared() {
        assertTrue(groups(age("a", "Mark Mata, 54, was found."), age("b", "Hank Mata, 6, was found.")).isEmpty(),
                "two first names: two people");
        assertTrue(groups(age("a", "Mata, 54, was found."), age("b", "Mark Mata, 54, was found."),
                age("b", "Hank Mata, 6, was found.")).stream().noneMatch(g -> g.size() == 3),
                "a surname alone is not compared where two people carry it");
        List<Figure> boys = new ArrayList<>(List.of(age("a", "A 16-year-old girl was shot."),
                age("a", "A 14-year-old girl saw it."), age("b", "A 14-year-old girl saw it.")));
        assertTrue(groups(boys.toArray(Figure[]::new)).isEmpty(), "one article's two girls: which one is which?");
        assertTrue(groups(age("a", "An 18-year-old man shot his friend."), age("a", "Colin Rade, 20, died."),
                age("b", "He shot and killed a 20-year-old man.")).isEmpty(),
                "the other article's 20-year-old man may be the man aged 20 this one names");
        assertNull(Measures.gender("victim"));
    }
}
