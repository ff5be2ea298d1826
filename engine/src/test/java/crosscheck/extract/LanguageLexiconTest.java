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

    @Test
    void hungarianCaptionsTagsAndRelatedLinksAreDropped() {
        Article a = extract("""
                <html lang="hu"><body><article>
                <p>Borítókép: A Brask folyó feletti régi híd Halvergate mellett</p>
                <p>Halvergate képviselő-testülete kedden este úgy döntött, hogy még ebben az évben felújítja a Brask
                   folyó feletti régi hidat, miután a szakértők több helyen repedéseket találtak a szerkezetben.</p>
                <p>A munkálatok az önkormányzat szerint mintegy kétszázmillió forintba kerülnek, és ősszel
                   kezdődnek, amikor a forgalom az elkerülő úton már csökken.</p>
                <p>A helyiek évek óta panaszkodtak a híd állapota miatt, és azt kérték, hogy a teherautók ne
                   hajthassanak rá, amit a testület most a felújítás végéig el is rendelt.</p>
                <p>A híd a múlt héten. Fotó: Reyle Tamás</p>
                <p>Címkék</p>
                <h3>Kapcsolódó cikkek</h3><ul><li>Új jelzőlámpa Halvergate főutcáján</li>
                <li>Újra jár a braski komp</li></ul>
                </article></body></html>""");
        assertTrue(a.body().contains("repedéseket találtak"), a.body());
        assertTrue(a.body().contains("felújítás végéig"), a.body());
        assertFalse(a.body().contains("Borítókép"), a.body());
        assertFalse(a.body().contains("Fotó"), a.body());
        assertFalse(a.body().contains("Címkék"), a.body());
        assertFalse(a.body().contains("Kapcsolódó"), a.body());
        assertFalse(a.body().contains("komp"), a.body());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("caption")), a.removed().toString());
    }

    @Test
    void aKoreanPhotoCreditMarksItsBlockAsACaption() {
        Article a = extract("""
                <html lang="ko"><body><article>
                <p>▲ 할버게이트 시의회 의원들이 브라스크 강 다리를 살펴보고 있다. 사진=할버게이트시 제공</p>
                <p>할버게이트 시의회는 화요일 저녁 브라스크 강 위의 오래된 다리를 올해 안에 보수하기로 결정했다.
                   전문가들이 여러 곳에서 균열을 발견했기 때문이다.</p>
                <p>시에 따르면 공사비는 약 20억 원이 들 것으로 예상되며, 우회도로의 교통량이 줄어드는 가을에 공사가
                   시작될 예정이다.</p>
                <p>주민들은 수년 동안 다리 상태에 대해 불만을 제기해 왔으며, 시의회는 공사가 끝날 때까지 화물차 통행을
                   금지하기로 했다.</p>
                <p>관련기사</p>
                </article></body></html>""");
        assertTrue(a.body().contains("균열을 발견했기"), a.body());
        assertTrue(a.body().contains("화물차 통행을"), a.body());
        assertFalse(a.body().contains("사진="), a.body());
        assertFalse(a.body().contains("관련기사"), a.body());
    }

    @Test
    void polishTeasersAndCreditsAreDroppedButASentenceAboutAPhotoIsKept() {
        LanguageLexicon pl = LanguageLexicon.of("pl");
        assertEquals("boilerplate", pl.reasonForText("Czytaj także: Nowy most w Halvergate"));
        assertEquals("caption", pl.reasonForText("Radni z Halvergate oglądają most. Fot. Jan Brask/PAP"));
        assertEquals("related", pl.reasonForText("Najczęściej czytane"));
        assertNull(pl.reasonForText("Radni obejrzeli zdjęcie mostu, które w 1950 roku zrobił Jan Brask, i uznali,"
                + " że trzeba go odbudować."));
    }

    @Test
    void lexiconsCoverTheLanguagesOfWorldNews() {
        for (String language : new String[] {"ar", "bg", "cs", "da", "el", "fa", "fi", "he", "hi", "hr", "hu", "id",
            "ja", "ko", "nb", "nl", "no", "pl", "ro", "sk", "sr", "sv", "tr", "uk", "vi"}) {
            assertTrue(LanguageLexicon.of(language) != null, language);
        }
    }

    @Test
    void functionWordsAreCountedInEveryScript() {
        // Korean and Japanese by character: particles are joined to the words before them or written unspaced
        assertTrue(LanguageLexicon.of("ko").stopWordDensity("할버게이트 시의회는 다리를 올해 안에 보수하기로 결정했다.") > 0.15);
        assertTrue(LanguageLexicon.of("ja").stopWordDensity("ハルバーゲート市議会は、ブラスク川の古い橋を修理することを決めた。")
                > 0.15);
        assertEquals(0, LanguageLexicon.of("ja").stopWordDensity("ハルバーゲート ブラスク 天気 スポーツ"));
        // Hindi's vowel signs are combining marks, part of the word: "की" and "में" are function words
        assertTrue(LanguageLexicon.of("hi").stopWordDensity("हालवरगेट की नगर परिषद ने पुल की मरम्मत का फैसला किया है।")
                > 0.3);
        assertEquals(0, LanguageLexicon.of("hi").stopWordDensity("हालवरगेट ब्रास्क मौसम खेल"));
    }

    @Test
    void aDevanagariNuktaMatchesInBothSpellings() {
        LanguageLexicon hi = LanguageLexicon.of("hi");
        assertEquals("related", hi.reasonForText("ये भी \u092A\u0922\u093C\u0947\u0902"));
        assertEquals("related", hi.reasonForText("ये भी \u092A\u095D\u0947\u0902"));
    }
}
