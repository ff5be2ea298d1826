package crosscheck.annotate.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PosTaggerTest {

    @Test
    void tagsASentenceWithUniversalDependenciesTags() {
        String[] tags = PosTagger.standard().tag(new String[] {"The", "harbor", "board", "said", "it", "would",
                "close", "the", "quay", "."});
        assertEquals(10, tags.length);
        assertEquals("DET", tags[0]);
        assertEquals("NOUN", tags[2]);
        assertEquals("VERB", tags[3]);
        assertEquals("PRON", tags[4]);
        assertEquals("PUNCT", tags[9]);
    }

    @Test
    void tagsEachSentenceOfARunOnItsOwn() {
        List<String> run = List.of("Brask", "spoke", ".", "Ferries", "run", ".");
        boolean[] starts = {true, false, false, true, false, false};
        String[] together = PosTagger.standard().tag(run, starts);
        assertArrayEquals(PosTagger.standard().tag(new String[] {"Ferries", "run", "."}),
                java.util.Arrays.copyOfRange(together, 3, 6));
        assertEquals(0, PosTagger.standard().tag(new String[0]).length);
    }

    @Test
    void tagsAnOverlongSentenceInPiecesOfTheCap() {
        // A page with no full stop: 1,250 tokens, tagged as pieces of at most MAX_SENTENCE_TOKENS (linear, where one
        // beam search over the whole run costs its square).
        String[] words = {"Brask", "said", "the", "Halvergate", "dam", "was", "safe", "and"};
        String[] page = new String[1_250];
        for (int i = 0; i < page.length; i++) {
            page[i] = words[i % words.length];
        }
        String[] tags = PosTagger.standard().tag(page);
        int cap = crosscheck.internal.Bounds.MAX_SENTENCE_TOKENS;
        for (int start = 0; start < page.length; start += cap) {
            String[] piece = java.util.Arrays.copyOfRange(page, start, Math.min(page.length, start + cap));
            assertArrayEquals(PosTagger.standard().tag(piece),
                    java.util.Arrays.copyOfRange(tags, start, start + piece.length), "piece at " + start);
        }
    }

    @Test
    void givesOpenNlpsGreedyTagsOnInventedSentences() throws IOException {
        POSTaggerME openNlp = new POSTaggerME(PosTagger.greedy(shippedModel()));
        String text = "Brask said the Halvergate dam 's 12 gates held 3,400 cubic metres at 4.5 % . "
                + "The UN envoy , Ms. Reyle , told A. Lorne County officials on 12-4 that 1/2 of x7 was \u00c4\u00d6\u00dc ! "
                + "Ferries run . Run ! \" Quay closed , \" the harbor board said in 1998 ( Tuesday ) . "
                + "RESCUERS SEARCHED 40 HOMES ; 2 were empty ... and @brask_news posted https://example.org/x?id=7 .";
        for (String sentence : text.split("(?<= [.!]) ")) {
            String[] tokens = sentence.split(" ");
            assertArrayEquals(openNlp.tag(tokens), PosTagger.standard().tag(tokens), sentence);
        }
    }

    @Test
    void givesOpenNlpsGreedyTagsOnEveryConllTrainingSentence() throws IOException {
        // ../shared beside the repository; the tests run in the module's folder
        Path train = Path.of("..", "..", "shared", "data", "conll2003", "eng.train");
        Assumptions.assumeTrue(Files.isReadable(train), "CoNLL-2003 is not in ../shared: comparison skipped");
        POSTaggerME openNlp = new POSTaggerME(PosTagger.greedy(shippedModel()));
        List<String> sentence = new ArrayList<>();
        int sentences = 0;
        for (String line : Files.readAllLines(train, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    String[] tokens = sentence.toArray(String[]::new);
                    assertArrayEquals(openNlp.tag(tokens), PosTagger.standard().tag(tokens), String.join(" ", tokens));
                    sentences++;
                    sentence.clear();
                }
            } else {
                sentence.add(line.substring(0, line.indexOf(' ')));
            }
        }
        assertEquals(true, sentences > 10_000, "sentences compared: " + sentences);
    }

    private static POSModel shippedModel() throws IOException {
        try (InputStream in = PosTagger.class.getResourceAsStream(PosTagger.MODEL_RESOURCE)) {
            return new POSModel(in);
        }
    }
}
