package crosscheck.annotate.ner;

import crosscheck.annotate.learn.AveragedPerceptron;
import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.EarlyUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link PerceptronNer}: a structured averaged perceptron (Collins 2002) that decodes with the tagger's
 * own beam and updates early, where the gold tags leave the beam (Collins and Roark 2004); in two stages, the second
 * reading the first stage's tags over each document. Deterministic for a given seed. Not thread-safe.
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
        return trainDocuments(data.stream().map(List::of).toList(), unlabeled, nameLists, progress);
    }

    /**
     * Trains as above on sentences grouped into their documents, so that the model learns from what the rest of a
     * document says about a word ({@link DocumentContext}), as {@link PerceptronNer#tagDocument} will give it.
     */
    public PerceptronNer trainDocuments(List<List<Sentence>> documents, List<String> unlabeled,
                                        Map<String, ? extends java.util.Collection<String>> nameLists,
                                        java.util.function.BiConsumer<Integer, Double> progress) {
        documents = documents.stream().filter(d -> !d.isEmpty()).toList();
        List<Sentence> data = documents.stream().flatMap(List::stream).toList();
        Map<Sentence, DocumentContext> docOf = new java.util.IdentityHashMap<>();
        for (List<Sentence> d : documents) {
            DocumentContext c = DocumentContext.of(d.stream().map(s -> s.tokens().toArray(String[]::new)).toList());
            d.forEach(s -> docOf.put(s, c));
        }
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
        NerFeatures.Lexicons shipped = new NerFeatures.Lexicons(caps, TypeLexicon.count(data), clusters, gazetteer);
        Map<Sentence, String[][]> none = new java.util.IdentityHashMap<>();
        Map<String, float[]> first1 = learn(data, labels, lexiconOf, docOf, none, progress);
        // The second stage reads what the first predicted elsewhere in the document. On the training documents those
        // predictions come from first-stage models that did not see them (two halves, each tagging the other).
        int half = documents.size() / 2;
        List<List<Sentence>> docsA = documents.subList(0, half);
        List<List<Sentence>> docsB = documents.subList(half, documents.size());
        Map<Sentence, String[][]> predictedFeatures = new java.util.IdentityHashMap<>();
        for (int part = 0; part < 2; part++) {
            List<List<Sentence>> trainOn = part == 0 ? docsA : docsB;
            List<List<Sentence>> tagWith = part == 0 ? docsB : docsA;
            List<Sentence> sentences = trainOn.stream().flatMap(List::stream).toList();
            Map<String, float[]> w = learn(sentences, labels, lexiconOf, docOf, none, (e, a) -> { });
            PerceptronNer firstOnly = new PerceptronNer(labels, w, Map.of(), shipped);
            for (List<Sentence> d : tagWith) {
                List<List<String>> words = d.stream().map(Sentence::tokens).toList();
                DocumentContext c = docOf.get(d.get(0));
                List<List<String>> tags = new ArrayList<>();
                for (Sentence s : d) {
                    // Tagged with the lexicons this sentence's half was given, as in training.
                    tags.add(firstOnly.tagFirstStage(s.tokens(), c, lexiconOf.get(s)));
                }
                List<String[][]> f = PredictionContext.features(words, tags);
                for (int k = 0; k < d.size(); k++) {
                    predictedFeatures.put(d.get(k), f.get(k));
                }
            }
        }
        Map<String, float[]> stage2 = learn(data, labels, lexiconOf, docOf, predictedFeatures, progress);
        return new PerceptronNer(labels, first1, stage2, shipped);
    }

    /** One structured-perceptron training run over the sentences, decoding with the tagger's beam. */
    private Map<String, float[]> learn(List<Sentence> data, String[] labels,
                                       Map<Sentence, NerFeatures.Lexicons> lexiconOf,
                                       Map<Sentence, DocumentContext> docOf, Map<Sentence, String[][]> extra,
                                       java.util.function.BiConsumer<Integer, Double> progress) {
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        Map<String, Integer> counts = featureCounts(data, lexiconOf, docOf, extra);
        AveragedPerceptron perceptron = new AveragedPerceptron(labels.length);
        boolean[][] transitions = BeamSearch.bioTransitions(labels);
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
                String[][] more = extra.get(s);
                List<List<String>> base = new ArrayList<>(words.length);
                NerFeatures.Looked looked = NerFeatures.Looked.of(lower, lexiconOf.get(s));
                for (int i = 0; i < words.length; i++) {
                    List<String> b = NerFeatures.base(words, lower, shapes, i, lexiconOf.get(s), looked, shouting,
                            docOf.get(s));
                    if (more != null) {
                        b.addAll(List.of(more[i]));
                    }
                    base.add(b);
                }
                int[] gold = new int[words.length];
                for (int i = 0; i < words.length; i++) {
                    gold[i] = labelIndex.get(s.tags().get(i));
                }
                int[] step = EarlyUpdate.step(perceptron, base,
                        (i, prev, prev2) -> NerFeatures.history(lower, shapes, i, prev, prev2), labels, transitions,
                        PerceptronNer.BEAM, gold, f -> counts.getOrDefault(f, 0) >= minCount);
                correct += step[0];
                seen += step[1];
            }
            progress.accept(epoch, (double) correct / seen);
        }
        return perceptron.averaged();
    }

    private static Map<String, Integer> featureCounts(List<Sentence> data,
                                                      Map<Sentence, NerFeatures.Lexicons> lexiconOf,
                                                      Map<Sentence, DocumentContext> docOf,
                                                      Map<Sentence, String[][]> extra) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : data) {
            String[] words = s.tokens().toArray(String[]::new);
            String[] lower = NerFeatures.lower(words);
            String[] shapes = NerFeatures.shapes(words);
            boolean shouting = NerFeatures.isShouting(words);
            for (int i = 0; i < words.length; i++) {
                String prev = i > 0 ? s.tags().get(i - 1) : "<s>";
                String prev2 = i > 1 ? s.tags().get(i - 2) : "<s>";
                for (String f : NerFeatures.of(words, lower, shapes, i, prev, prev2, lexiconOf.get(s), shouting,
                        docOf.get(s))) {
                    counts.merge(f, 1, Integer::sum);
                }
                if (extra.containsKey(s)) {
                    for (String f : extra.get(s)[i]) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
