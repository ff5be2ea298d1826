package crosscheck.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.annotate.ner.PerceptronNerTrainer.Sentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronNerTest {

    static List<Sentence> toyData() {
        List<Sentence> data = new ArrayList<>();
        String[] people = {"Ana Ruiz", "Tom Poe", "Ines Marlow", "Jo Lee"};
        String[] places = {"Halvergate", "Ambervale", "Greyling", "Westmarch"};
        for (int round = 0; round < 5; round++) {
            for (String p : people) {
                for (String l : places) {
                    List<String> tokens = new ArrayList<>(List.of(p.split(" ")));
                    List<String> tags = new ArrayList<>(List.of("B-PER", "I-PER"));
                    tokens.addAll(List.of("visited", l, "on", "Monday", "."));
                    tags.addAll(List.of("O", "B-LOC", "O", "O", "O"));
                    data.add(new Sentence(tokens, tags));
                }
            }
        }
        return data;
    }

    @Test
    void learnsFromExamplesAndGivesValidBioSequences() {
        PerceptronNer ner = new PerceptronNerTrainer(5, 1, 1).train(toyData(), List.of(), (e, a) -> { });
        assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"),
                ner.tag(List.of("Ana", "Ruiz", "visited", "Greyling", "on", "Monday", ".")));
        List<String> tags = ner.tag(List.of("visited", "Ruiz", "."));
        assertTrue(!tags.get(1).startsWith("I-") || tags.get(0).startsWith("B-"), "I- only continues an entity");
    }

    @Test
    void modelsSurviveWritingAndReading() throws IOException {
        PerceptronNer ner = new PerceptronNerTrainer(3, 1, 1).train(toyData(), List.of(), (e, a) -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ner.write(out);
        PerceptronNer back = PerceptronNer.read(new ByteArrayInputStream(out.toByteArray()));
        List<String> sentence = List.of("Tom", "Poe", "visited", "Westmarch", ".");
        assertEquals(ner.tag(sentence), back.tag(sentence));
        assertEquals(ner.labels(), back.labels());
    }

    @Test
    void anEmptyTokenOrAnEmptyDocumentIsTaggedWithoutFailing() {
        PerceptronNer ner = PerceptronNer.standard();
        assertEquals(3, ner.tag(List.of("Hello", "", "World")).size());
        assertEquals(2, ner.tag(List.of("", "Paris")).size());
        assertEquals(List.of(), ner.tagDocument(List.of()));
        assertEquals(List.of(List.of()), ner.tagDocument(List.of(List.of())));
    }

    @Test
    void theShippedModelLoadsAndTagsEveryToken() {
        PerceptronNer ner = PerceptronNer.standard();
        List<String> tokens = List.of("The", "governor", "of", "Westmarch", ",", "Teodor", "Brask", ",", "denied", "it", ".");
        List<String> tags = ner.tag(tokens);
        assertEquals(tokens.size(), tags.size());
        assertTrue(ner.labels().containsAll(tags));
        // Quality is measured by the bench evaluation; here: the two-word name is found as one entity.
        assertTrue(tags.get(5).startsWith("B-") && tags.get(6).equals("I-" + tags.get(5).substring(2)), tags.toString());
        assertTrue(tags.get(3).startsWith("B-"), tags.toString());
        assertEquals(List.of(), ner.tag(List.of()));
    }
}
