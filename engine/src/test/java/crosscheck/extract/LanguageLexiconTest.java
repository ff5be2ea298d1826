package crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.RawDocument;
import crosscheck.core.SourceRef;
import org.junit.jupiter.api.Test;

class LanguageLexiconTest {

    private static final String GERMAN_BODY = """
            <p>Der Gemeinderat von Halvergate hat am Dienstagabend beschlossen, die alte Brücke über die Brask
               noch in diesem Jahr zu sanieren, nachdem Gutachter an mehreren Stellen Risse gefunden hatten.</p>
            <p>Die Arbeiten sollen nach Angaben der Verwaltung rund zwei Millionen Euro kosten und im Herbst
               beginnen, wenn der Verkehr auf der Umgehungsstraße wieder abgenommen hat.</p>
            <p>Anwohner hatten sich seit Jahren über den Zustand der Brücke beklagt und eine Sperrung für
               Lastwagen gefordert, die der Rat nun bis zum Ende der Bauzeit anordnete.</p>
            """;

    private static Article extract(String html) {
        return new DensityExtractor().extract(new RawDocument("p", SourceRef.of("p.html"), DocumentFormat.HTML,
                html, DocumentHints.none())).article();
    }

    @Test
    void germanBoilerplateIsDroppedAndTheArticleKept() {
        Article a = extract("<html lang=\"de\"><body><article>" + GERMAN_BODY
                + "<p>Lesen Sie auch</p><ul><li>Neue Ampel an der Halvergater Hauptstraße</li>"
                + "<li>Brask-Fähre fährt wieder</li></ul>"
                + "<p>Folgen Sie uns auf Facebook und Instagram</p><p>Weiterlesen</p></article></body></html>");
        assertTrue(a.body().contains("Risse gefunden"), a.body());
        assertTrue(a.body().contains("bis zum Ende der Bauzeit"), a.body());
        assertFalse(a.body().contains("Lesen Sie auch"), a.body());
        assertFalse(a.body().contains("Brask-Fähre"), a.body());
        assertFalse(a.body().contains("Folgen Sie uns"), a.body());
        assertFalse(a.body().contains("Weiterlesen"), a.body());
        assertEquals("de", a.language());
        assertEquals("de", a.detectedLanguage());
    }

    @Test
    void frenchBoilerplateIsDroppedByTheDetectedLanguageWhenThePageDeclaresNone() {
        Article a = extract("""
                <html><body><div class="texte">
                <p>Le conseil municipal de Halvergate a voté mardi soir la rénovation du vieux pont sur la Brask,
                   après que des experts ont découvert plusieurs fissures dans sa travée principale.</p>
                <p>À lire aussi : Le marché de Halvergate rouvre ses portes</p>
                <p>Les travaux devraient coûter environ deux millions d'euros selon la mairie, et commenceront à
                   l'automne, lorsque la circulation sur la rocade aura diminué.</p>
                <p>Suivez-nous sur Facebook et Twitter</p>
                <p>Les riverains se plaignaient depuis des années de l'état du pont et réclamaient son interdiction
                   aux camions, que le conseil a décidée jusqu'à la fin du chantier.</p>
                <p>Partager</p>
                </div></body></html>""");
        assertTrue(a.body().contains("fissures"), a.body());
        assertTrue(a.body().contains("fin du chantier"), a.body());
        assertFalse(a.body().contains("À lire aussi"), a.body());
        assertFalse(a.body().contains("Suivez-nous"), a.body());
        assertFalse(a.body().contains("Partager"), a.body());
        assertNull(a.language());
        assertEquals("fr", a.detectedLanguage());
    }

    @Test
    void detectorAnswersOnlyForEnoughText() {
        assertNull(Languages.detect("Halvergate"));
        assertEquals("de", Languages.detect("Die Brücke über die Brask wird im Herbst saniert, sagte der Rat."));
        assertEquals("en", Languages.primary("en-GB"));
        assertEquals("pt", Languages.primary("pt_BR"));
        assertNull(Languages.primary("x"));
    }

    @Test
    void functionWordDensityTellsProseFromLists() {
        LanguageLexicon de = LanguageLexicon.of("de");
        assertTrue(de.stopWordDensity("Der Rat hat die Sanierung der Brücke in Halvergate beschlossen.") > 0.3);
        assertEquals(0, de.stopWordDensity("Halvergate Brask Reyle Lorne Wetter Sport Kultur"));
        assertNull(LanguageLexicon.of("en"));
    }
}
