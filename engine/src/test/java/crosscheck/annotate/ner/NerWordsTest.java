package crosscheck.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerWordsTest {

    private static final List<List<String>> DOCUMENT = List.of(
            List.of("HALVERGATE", "MAYOR", "QUITS", "AFTER", "BRASK", "PROBE"),
            List.of("Ada", "Brask", ",", "the", "Halvergate", "harbour", "chief", ",", "said", "on", "Monday",
                    "that", "the", "Lorne", "County", "council", "would", "meet", "again", "."),
            List.of("The", "Reyle-Brask", "agreement", "was", "signed", "in", "Westmarch", "by", "Brask", "and",
                    "Tom", "Reyle", "of", "the", "Greyling", "Trading", "Company", "."),
            List.of("Brask"),
            List.of("", "-", "x-ray", "3-2", "U.S.", "1,300", "Reyle", "’s", "Ambervale", "—", "Brask", "."),
            List.of("\"", "We", "will", "not", "leave", ",", "\"", "Reyle", "told", "the", "Halvergate", "Gazette",
                    "in", "New", "Lorne", "."));

    /** The word-by-word scores are, bit for bit, those of adding each feature's weights in turn, cold and warm. */
    @Test
    void scoresFoundWordByWordAreThoseFoundFeatureByFeature() {
        PerceptronNer ner = PerceptronNer.standard();
        DocumentContext doc = DocumentContext.of(DOCUMENT.stream().map(s -> s.toArray(String[]::new)).toList());
        for (int pass = 0; pass < 2; pass++) {
            for (List<String> sentence : DOCUMENT) {
                float[][] byWord = ner.baseScores(sentence, doc, true);
                float[][] byFeature = ner.baseScores(sentence, doc, false);
                for (int stage = 0; stage < 2; stage++) {
                    assertArrayEquals(bits(byFeature[stage]), bits(byWord[stage]), "stage " + (stage + 1)
                            + " of " + sentence);
                }
            }
        }
    }

    /**
     * The first stage's tags found word by word (the tagger's own lexicons) are those found feature by feature (the
     * same lexicons under another name), the history features included.
     */
    @Test
    void tagsFoundWordByWordAreThoseFoundFeatureByFeature() {
        PerceptronNer ner = PerceptronNer.standard();
        NerFeatures.Lexicons own = ner.lexicons();
        NerFeatures.Lexicons same = new NerFeatures.Lexicons(own.caps(), own.types(), own.clusters(), own.gazetteer());
        DocumentContext doc = DocumentContext.of(DOCUMENT.stream().map(s -> s.toArray(String[]::new)).toList());
        for (int pass = 0; pass < 2; pass++) {
            for (List<String> sentence : DOCUMENT) {
                assertEquals(ner.tagFirstStage(sentence, doc, same), ner.tagFirstStage(sentence, doc, own));
            }
        }
    }

    /** A tagger that has seen the words before (in other places) tags as a fresh one does. */
    @Test
    void taggingWithKnownWordsGivesTheTagsOfAFreshTagger() {
        PerceptronNer warm = PerceptronNer.standard();
        List<List<String>> reversed = new ArrayList<>();
        for (List<String> s : DOCUMENT) {
            List<String> r = new ArrayList<>(s);
            java.util.Collections.reverse(r);
            reversed.add(r);
        }
        warm.tagDocument(reversed);
        List<List<String>> expected = PerceptronNer.standard().tagDocument(DOCUMENT);
        assertEquals(expected, warm.tagDocument(DOCUMENT));
        assertEquals(expected, warm.tagDocument(DOCUMENT));
    }

    /** Threads tagging with one tagger, sharing its words as they meet them, tag as one fresh tagger alone does. */
    @Test
    void threadsSharingTheWordsTagAsOneThreadAlone() throws Exception {
        List<List<String>> expected = PerceptronNer.standard().tagDocument(DOCUMENT);
        PerceptronNer shared = PerceptronNer.standard();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<String>>>> runs = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                runs.add(pool.submit(() -> shared.tagDocument(DOCUMENT)));
            }
            for (java.util.concurrent.Future<List<List<String>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int[] bits(float[] scores) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = Float.floatToRawIntBits(scores[i]);
        }
        return out;
    }
}
