package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values a figure's words allow, and when figures agree, rose or conflict. */
class FigureTest {

    private static final StorySentence SENTENCE = new StorySentence("a", 0, 0, 10, "0123456789", List.of(), false);

    private static Figure figure(String text, double value, String bound, String day) {
        Quantity q = new Quantity(text, value, null, "USD", bound, null, 0, text.length());
        return Figure.of("a-" + day + text, "Outlet", day, q, SENTENCE, null);
    }

    @Test
    void roundedFiguresCoverHalfTheirLastDigit() {
        Figure f = figure("$44 million", 44e6, "=", null);
        assertEquals(43.5e6, f.low(), 1);
        assertEquals(44.5e6, f.high(), 1);
        assertEquals(100, Figure.roundingUnit(new Quantity("1,500", 1500, null, "count", "=", null, 0, 5)), 1e-9);
    }

    @Test
    void boundsAreOpenOnOneSide() {
        assertTrue(figure("more than $40 million", 40e6, ">", null).isLowerBound());
        Figure nearly = figure("nearly $45 million", 45e6, "<", null);
        assertEquals(40.5e6, nearly.low(), 1);
        assertEquals(45e6, nearly.high(), 1);
    }

    @Test
    void figuresAgreeWhenOneValueFitsThemAll() {
        List<Figure> agree = List.of(figure("$44 million", 44e6, "=", null),
                figure("more than $40 million", 40e6, ">", null), figure("nearly $45 million", 45e6, "<", null));
        assertTrue(NumericConflicts.consistent(agree));
        List<Figure> odd = List.of(agree.get(0), agree.get(1), figure("$61 million", 61e6, "=", null));
        assertFalse(NumericConflicts.consistent(odd));
    }

    private static Figure count(String text, double value, String bound) {
        Quantity q = new Quantity(text, value, null, "count", bound, "questions", 0, text.length());
        return Figure.of("a-" + text, "Outlet", null, q, SENTENCE, null);
    }

    @Test
    void wholeCountsOnEitherSideOfABoundConflict() {
        assertFalse(NumericConflicts.consistent(List.of(count("at least four dozen", 48, ">="),
                count("almost four dozen", 48, "<"))), "48 or more, and 47 or fewer");
        assertFalse(NumericConflicts.consistent(List.of(count("11", 11, "="), count("12", 12, "="))),
                "11 and 12 share no value");
        assertTrue(NumericConflicts.consistent(List.of(count("more than 40", 40, ">"), count("44", 44, "="))));
        Figure vague = count("hundreds of thousands of", 200000, "=");
        assertEquals(999999, vague.high(), 1);
    }

    private static Figure share(String article, double value) {
        Quantity q = new Quantity(value + " percent", value, null, "percent", "=", null, 0, 10);
        return Figure.of(article, article, null, q, SENTENCE, null);
    }

    @Test
    void aValueTheOddArticleAlsoGivesLeavesNoVerdict() {
        Figure steel = share("a", 25);
        Figure aluminum = share("b", 10);
        Figure steelToo = share("b", 25);
        assertTrue(NumericConflicts.givenElsewhere(List.of(steel, aluminum), List.of(steel, aluminum, steelToo)),
                "b gives 25 percent too: its 10 percent may be another rate");
        assertFalse(NumericConflicts.givenElsewhere(List.of(steel, aluminum), List.of(steel, aluminum)));
    }

    @Test
    void aFigureThatNeverFallsFromOneDayToTheNextRose() {
        List<Figure> toll = List.of(figure("at least 12", 12, ">=", "2026-03-10"),
                figure("at least 19", 19, ">=", "2026-03-11"), figure("21", 21, "=", "2026-03-13"));
        assertTrue(NumericConflicts.rising(toll));
        List<Figure> back = List.of(toll.get(0), toll.get(2), figure("about 12", 12, "~", "2026-03-14"));
        assertFalse(NumericConflicts.rising(back));
        List<Figure> undated = List.of(figure("12", 12, "=", null), figure("19", 19, "=", null));
        assertFalse(NumericConflicts.rising(undated), "without dates nothing is known to have risen");
    }

    @Test
    void aSumThatRisesFromDayToDayIsAConflictNotGrowth() {
        List<Figure> sums = List.of(figure("$12 million", 12e6, "=", "2026-03-10"),
                figure("$30 million", 30e6, "=", "2026-03-11"));
        crosscheck.core.CrossCheck.Conflict c = new NumericConflicts(TermWeights.of(List.of()))
                .judge(sums, s -> null, java.util.Map.of());
        assertEquals("conflict", c.verdict(), c.explanation());
    }
}
