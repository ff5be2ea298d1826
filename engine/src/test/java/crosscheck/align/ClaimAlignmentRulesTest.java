package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.annotate.EntityAnnotator;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Which sentences can state one claim (texts written for this test). */
class ClaimAlignmentRulesTest {

    private static List<String> sentences(String paragraph) {
        SentenceDetectorME detector = new SentenceDetectorME(EntityAnnotator.sentenceModel());
        return SentenceTerms.joinAbbreviations(paragraph, detector.sentPosDetect(paragraph)).stream()
                .map(s -> paragraph.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void titlesInitialsAndAcronymsEndNoSentence() {
        assertEquals(List.of("Reyle, the former F.B.I. director, wrote memos.", "He said so."),
                sentences("Reyle, the former F.B.I. director, wrote memos. He said so."));
        assertEquals(List.of("Gen. Ann Reyle said it.", "Then she left."), sentences("Gen. Ann Reyle said it. Then she left."));
        assertEquals(List.of("The mayor met Teodor V. Brask in Halvergate.", "They talked."),
                sentences("The mayor met Teodor V. Brask in Halvergate. They talked."));
        assertEquals(List.of("It rained.", "The port closed."), sentences("It rained. The port closed."));
    }

    @Test
    void sentencesAboutDifferentPeopleStateDifferentFacts() {
        TermWeights weights = TermWeights.of(List.of());
        ClaimAligner aligner = new ClaimAligner(weights, 0.3, Set.of("e:teodor brask", "e:ada reyle"));
        StorySentence brask = new StorySentence("a", 0, 0, 10, "Brask has pleaded guilty to lying to investigators.",
                List.of("e:teodor brask", "plead", "guilti", "lie", "investig"), false);
        StorySentence reyle = new StorySentence("b", 0, 0, 10, "Reyle has pleaded guilty to lying to investigators.",
                List.of("e:ada reyle", "plead", "guilti", "lie", "investig"), false);
        StorySentence quoted = new StorySentence("c", 0, 0, 10,
                "Brask pleaded guilty to lying to investigators, Reyle said.",
                List.of("e:teodor brask", "plead", "guilti", "lie", "investig", "e:ada reyle"), false);
        assertEquals(0, aligner.similarity(brask, reyle));
        assertTrue(aligner.similarity(brask, quoted) > 0.3, "the person quoted is not what the sentence is about");
        assertTrue(ClaimAligner.speaks("the boy was shot, said sgt. ann reyle.", "reyle"));
        assertFalse(ClaimAligner.speaks("reyle was shot on tuesday.", "reyle"));
    }
}
