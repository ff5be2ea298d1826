package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which origin a sentence traces back to when it carries several attributions (text written for this test). */
class OriginsTest {

    private static final String BODY = "Spokeswoman Lidia Moravec dismissed the report, saying no money changed hands,"
            + " the Courier reported.";

    private static Attribution attribution(String source, String kind, String cue, List<String> chain) {
        int sourceStart = BODY.indexOf(source);
        int cueStart = BODY.indexOf(cue);
        return new Attribution("no money changed hands", BODY.indexOf("no money"), BODY.indexOf(", the Courier"),
                source, source, sourceStart, sourceStart + source.length(), kind, cue, cueStart,
                cueStart + cue.length(), chain);
    }

    private static Origins.Traced trace(List<Attribution> attributions) {
        Origins origins = new Origins(Set.of("The Ridgeline Times"), Set.of("meridian courier"),
                Map.of("courier", "Meridian Courier", "lidia moravec", "Lidia Moravec"), Descriptions.none());
        Article a = new Article("a", SourceRef.of("a.txt"), null, "The Ridgeline Times", null, null, null, BODY,
                List.of());
        Annotations an = new Annotations(List.of(), List.of(), List.of(), List.of(), attributions);
        StorySentence s = new StorySentence("a", 0, 0, BODY.length(), BODY, List.of("money", "chang", "hand"), true);
        Origins.Traced own = new Origins.Traced("The Ridgeline Times", "own-reporting", "the ridgeline times", null,
                List.of());
        return origins.trace(a, an, s, own);
    }

    @Test
    void aSpeakersWordsThatAnOutletPassesOnTraceToTheSpeaker() {
        Attribution speaker = attribution("Lidia Moravec", "person", "dismissed", List.of("Lidia Moravec", "Courier"));
        Attribution outlet = attribution("the Courier", "outlet", "reported", List.of("Courier"));
        assertEquals("Lidia Moravec", trace(List.of(speaker, outlet)).name());
        assertEquals("Lidia Moravec", trace(List.of(outlet, speaker)).name());
    }

    @Test
    void anOutletStillWinsOverASpeakerItDoesNotPassOn() {
        Attribution speaker = attribution("Lidia Moravec", "person", "dismissed", List.of("Lidia Moravec"));
        Attribution outlet = attribution("the Courier", "outlet", "reported", List.of("Courier"));
        assertEquals("outlet", trace(List.of(speaker, outlet)).kind());
    }
}
