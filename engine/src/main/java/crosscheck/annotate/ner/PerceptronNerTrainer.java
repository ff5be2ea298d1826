package crosscheck.annotate.ner;

import crosscheck.annotate.learn.AveragedPerceptron;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link PerceptronNer}: the averaged perceptron (Collins 2002) with the tagger's own left-to-right
 * decoding, so that training sees the same tag history as tagging. Deterministic for a given seed. Not thread-safe.
 */
public final class PerceptronNerTrainer {

    /**
     * One training sentence.
     *
     * @param tokens the words
     * @param tags   their BIO tags
     */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException("tokens=" + tokens.size() + ", tags=" + tags.size());
            }
        }
    }

    private static final int CLUSTER_MIN_COUNT = 3;
    private static final int CLUSTER_CONTEXT = 200;
    private static final int CLUSTERS = 80;

    private final int epochs;
    private final long seed;
    private final int minCount;

    /**
     * @param epochs   passes over the data
     * @param seed     shuffling seed
     * @param minCount features seen fewer times than this are dropped from the model
     */
    public PerceptronNerTrainer(int epochs, long seed, int minCount) {
        this.epochs = epochs;
        this.seed = seed;
        this.minCount = minCount;
    }

    /**
     * Trains on the sentences; {@code unlabeled} is running text (any news) from which the capitalisation lexicon is
     * counted, together with the sentences' own words; {@code progress} hears each epoch with its token accuracy.
     */
    public PerceptronNer train(List<Sentence> data, List<String> unlabeled,
                               java.util.function.BiConsumer<Integer, Double> progress) {
        return train(data, unlabeled, Map.of(), progress);
    }

    /**
     * Trains as {@link #train(List, List, java.util.function.BiConsumer)} does, with lists of names by kind
     * ({@code "surname"} → surnames, {@code "country"} → countries, …) that the model consults and keeps.
     */
    public PerceptronNer train(List<Sentence> data, List<String> unlabeled,
                               Map<String, ? extends java.util.Collection<String>> nameLists,
                               java.util.function.BiConsumer<Integer, Double> progress) {
        Gazetteer gazetteer = Gazetteer.of(nameLists);
        List<String> texts = new ArrayList<>(unlabeled);
        data.forEach(s -> texts.add(String.join(" ", s.tokens())));
        CapitalisationLexicon caps = CapitalisationLexicon.count(texts);
        WordClusters clusters = WordClusters.build(texts, CLUSTER_MIN_COUNT, CLUSTER_CONTEXT, CLUSTERS, 10, seed);
        // Each half of the data sees a type lexicon counted on the other half, as unseen text will.
        List<Sentence> first = data.subList(0, data.size() / 2);
        List<Sentence> second = data.subList(data.size() / 2, data.size());
        TypeLexicon fromSecond = TypeLexicon.count(second);
        TypeLexicon fromFirst = TypeLexicon.count(first);
        Map<Sentence, NerFeatures.Lexicons> lexiconOf = new java.util.IdentityHashMap<>();
        NerFeatures.Lexicons forFirst = new NerFeatures.Lexicons(caps, fromSecond, clusters, gazetteer);
        NerFeatures.Lexicons forSecond = new NerFeatures.Lexicons(caps, fromFirst, clusters, gazetteer);
        first.forEach(s -> lexiconOf.put(s, forFirst));
        second.forEach(s -> lexiconOf.put(s, forSecond));
        Set<String> labelSet = new LinkedHashSet<>();
        data.forEach(s -> labelSet.addAll(s.tags()));
        String[] labels = labelSet.stream().sorted().toArray(String[]::new);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        Map<String, Integer> counts = featureCounts(data, lexiconOf);
        AveragedPerceptron perceptron = new AveragedPerceptron(labels.length);
        List<Sentence> order = new ArrayList<>(data);
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int correct = 0;
            int seen = 0;
            for (Sentence s : order) {
                String[] words = s.tokens().toArray(String[]::new);
                String[] lower = NerFeatures.lower(words);
                String[] shapes = NerFeatures.shapes(words);
                boolean shouting = NerFeatures.isShouting(words);
                String prev = "<s>";
                String prev2 = "<s>";
                for (int i = 0; i < words.length; i++) {
                    perceptron.tick();
                    List<String> feats = NerFeatures.of(words, lower, shapes, i, prev, prev2, lexiconOf.get(s),
                            shouting);
                    int guess = AveragedPerceptron.argmax(perceptron.scores(feats));
                    int gold = labelIndex.get(s.tags().get(i));
                    if (guess != gold) {
                        for (String f : feats) {
                            if (counts.getOrDefault(f, 0) >= minCount) {
                                perceptron.update(f, gold, 1f);
                                perceptron.update(f, guess, -1f);
                            }
                        }
                    } else {
                        correct++;
                    }
                    seen++;
                    prev2 = prev;
                    prev = labels[guess];
                }
            }
            progress.accept(epoch, (double) correct / seen);
        }
        return new PerceptronNer(labels, perceptron.averaged(),
                new NerFeatures.Lexicons(caps, TypeLexicon.count(data), clusters, gazetteer));
    }

    private static Map<String, Integer> featureCounts(List<Sentence> data,
                                                      Map<Sentence, NerFeatures.Lexicons> lexiconOf) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : data) {
            String[] words = s.tokens().toArray(String[]::new);
            String[] lower = NerFeatures.lower(words);
            String[] shapes = NerFeatures.shapes(words);
            boolean shouting = NerFeatures.isShouting(words);
            for (int i = 0; i < words.length; i++) {
                String prev = i > 0 ? s.tags().get(i - 1) : "<s>";
                String prev2 = i > 1 ? s.tags().get(i - 2) : "<s>";
                for (String f : NerFeatures.of(words, lower, shapes, i, prev, prev2, lexiconOf.get(s), shouting)) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
