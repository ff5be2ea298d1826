package crosscheck.annotate.pos;

import crosscheck.internal.Bounds;
import crosscheck.internal.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code PUNCT}, …) from
 * OpenNLP's English model ({@code opennlp-models-pos-en}, trained on the English Web Treebank). The model is read
 * once per JVM and decoded greedily by {@link GreedyPosModel}, which gives OpenNLP's {@code POSTaggerME}'s tags at a
 * fraction of its cost; one instance serves every thread.
 */
public final class PosTagger {

    /** The model inside {@code opennlp-models-pos-en}. */
    public static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile PosTagger standard;

    private final GreedyPosModel decoder;

    /**
     * The tagger of a model, decoded greedily whatever beam its manifest asks for.
     *
     * @throws IllegalArgumentException when the model is not one {@link GreedyPosModel} decodes
     */
    public PosTagger(POSModel model) {
        this.decoder = GreedyPosModel.of(model);
    }

    /** The shipped model, read on first use. */
    public static PosTagger standard() {
        PosTagger s = standard;
        if (s == null) {
            synchronized (PosTagger.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "OpenNLP's English part-of-speech model is missing from the class path: "
                                            + MODEL_RESOURCE);
                        }
                        s = new PosTagger(new POSModel(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read OpenNLP's English part-of-speech model", e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /** Every tag the model gives ({@link #tag} returns these very strings). */
    public List<String> tags() {
        return decoder.tags();
    }

    /**
     * The same model decoding greedily (a beam of one) instead of with the beam of three its manifest asks for, as
     * OpenNLP's {@code POSTaggerME} runs it: what {@link GreedyPosModel} reproduces. On the 203,621 tokens of
     * CoNLL-2003's training sentences both beams give the same tag to every token, and greedy runs twice as fast.
     */
    static POSModel greedy(POSModel model) {
        MaxentModel classifier = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), classifier, 1, Map.of(), model.getFactory());
    }

    /**
     * The tag of each token of one sentence. A "sentence" longer than {@link Bounds#MAX_SENTENCE_TOKENS} (a page with
     * no full stop) is tagged in pieces of that many tokens: OpenNLP's beam search copies the sequence at each token,
     * so one piece costs the square of its length, and a page of 100,000 tokens would take minutes.
     */
    public String[] tag(String[] sentence) {
        if (sentence.length <= Bounds.MAX_SENTENCE_TOKENS) {
            return sentence.length == 0 ? sentence : decoder.tag(sentence);
        }
        String[] tags = new String[sentence.length];
        for (int start = 0; start < sentence.length; start += Bounds.MAX_SENTENCE_TOKENS) {
            Deadline.check();
            String[] piece = java.util.Arrays.copyOfRange(sentence, start,
                    Math.min(sentence.length, start + Bounds.MAX_SENTENCE_TOKENS));
            System.arraycopy(decoder.tag(piece), 0, tags, start, piece.length);
        }
        return tags;
    }

    /**
     * The tag of each token of a run of sentences: the run is cut before every token that {@code sentenceStart}
     * marks, and each piece is tagged as a sentence.
     */
    public String[] tag(List<String> tokens, boolean[] sentenceStart) {
        String[] tags = new String[tokens.size()];
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || sentenceStart[i]) {
                String[] sentence = tokens.subList(start, i).toArray(String[]::new);
                System.arraycopy(tag(sentence), 0, tags, start, sentence.length);
                start = i;
            }
        }
        return tags;
    }
}
