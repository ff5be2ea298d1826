package crosscheck.annotate.attrib;

import crosscheck.annotate.learn.AveragedPerceptron;
import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.EarlyUpdate;
import crosscheck.annotate.pos.PosTagger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Trains an {@link AttributionTagger}: a structured averaged perceptron that decodes with the tagger's own beam and
 * updates early, where the gold tags leave the beam (Collins and Roark 2004). The cue words are counted on the training data first. Deterministic
 * for a given seed. Not thread-safe.
 */
public final class AttributionTaggerTrainer {

    /**
     * One training paragraph.
     *
     * @param tokens its tokens
     * @param tags   their tags: B-SRC, I-SRC, B-CUE, I-CUE, CON or O (plain SRC and CUE, IO, are accepted too)
     */
    public record Paragraph(List<Token> tokens, List<String> tags) {
        public Paragraph {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException("tokens=" + tokens.size() + ", tags=" + tags.size());
            }
        }
    }

    /** Times a word must be (part of) a cue to be a cue word. */
    private static final int CUE_MIN_COUNT = 5;
    /** Share of a word's occurrences that must be cues for it to be a cue word. */
    private static final double CUE_MIN_SHARE = 0.3;

    private final int epochs;
    private final long seed;

    public AttributionTaggerTrainer(int epochs, long seed) {
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Trains on the paragraphs; {@code progress} hears each epoch with its token accuracy. */
    public AttributionTagger train(List<Paragraph> data, BiConsumer<Integer, Double> progress) {
        Set<String> cueWords = cueWords(data);
        Set<String> labelSet = new LinkedHashSet<>();
        data.forEach(p -> labelSet.addAll(p.tags()));
        labelSet.add("O");
        String[] labels = labelSet.stream().sorted().toArray(String[]::new);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        AveragedPerceptron perceptron = new AveragedPerceptron(labels.length);
        boolean[][] transitions = BeamSearch.bioTransitions(labels);
        // The contexts (with their part-of-speech tags) do not change between epochs: computed once.
        Map<Paragraph, AttributionFeatures.Context> contexts = new java.util.IdentityHashMap<>();
        for (Paragraph p : data) {
            contexts.put(p, new AttributionFeatures.Context(p.tokens(), cueWords, PosTagger.standard()));
        }
        List<Paragraph> order = new ArrayList<>(data);
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long correct = 0;
            long seen = 0;
            for (Paragraph p : order) {
                AttributionFeatures.Context c = contexts.get(p);
                List<List<String>> base = new ArrayList<>(c.size());
                int[] gold = new int[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    base.add(AttributionFeatures.base(c, i));
                    gold[i] = labelIndex.get(p.tags().get(i));
                }
                int[] step = EarlyUpdate.step(perceptron, base,
                        (i, prev, prev2) -> AttributionFeatures.history(c, i, prev, prev2), labels, transitions,
                        AttributionTagger.BEAM, gold, f -> true);
                correct += step[0];
                seen += step[1];
            }
            progress.accept(epoch, (double) correct / Math.max(seen, 1));
        }
        return new AttributionTagger(labels, perceptron.averaged(), cueWords);
    }

    /** Words that are (part of) a cue at least {@value #CUE_MIN_COUNT} times and in three tenths of their uses. */
    static Set<String> cueWords(List<Paragraph> data) {
        Map<String, int[]> counts = new HashMap<>();
        for (Paragraph p : data) {
            for (int i = 0; i < p.tokens().size(); i++) {
                int[] c = counts.computeIfAbsent(p.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT),
                        k -> new int[2]);
                c[0]++;
                if (p.tags().get(i).endsWith(AttributionTagger.CUE)) {
                    c[1]++;
                }
            }
        }
        Set<String> words = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[1] >= CUE_MIN_COUNT && c[1] >= CUE_MIN_SHARE * c[0]) {
                words.add(w);
            }
        });
        return words;
    }
}
