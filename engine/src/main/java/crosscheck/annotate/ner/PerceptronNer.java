package crosscheck.annotate.ner;

import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.FeatureHashes;
import crosscheck.annotate.learn.FeatureWeights;
import crosscheck.annotate.learn.HistoryScores;
import crosscheck.annotate.learn.WeightsIO;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A named-entity tagger: an averaged perceptron over {@link NerFeatures}, decoding left to right, with BIO tags for
 * PER, LOC, ORG and MISC. Trained by our own code on CoNLL-2003 ({@code bench} command {@code ner-train}); the trained
 * weights ship in this jar.
 *
 * <p>Immutable once built and thread-safe: {@link #tag} keeps no state between calls.
 */
public final class PerceptronNer {

    /** The most words of a name that {@link #tagDocument} tags again wherever else it occurs untagged. */
    static final int MAX_PROPAGATED = 12;

    /** The model that ships with crosscheck. */
    public static final String MODEL_RESOURCE = "/crosscheck/annotate/ner/conll-en.model.gz";

    private static final int FORMAT = 5;
    static final int BEAM = 4;

    private final String[] labels;
    private final Map<String, float[]> weights;
    private final Map<String, float[]> second;
    /** {@link #weights} and {@link #second} as looked up while tagging. */
    private final FeatureWeights firstTable;
    private final FeatureWeights secondTable;
    private final HistoryScores firstHistory;
    private final HistoryScores secondHistory;
    private final NerFeatures.Lexicons lexicons;
    private final boolean[][] transitions;
    /** The words' own features, found once per word and thread. */
    private final NerWords words;

    /**
     * @param weights the first stage's weights
     * @param second  the second stage's (reads the first stage's tags over the document); empty for one stage
     */
    PerceptronNer(String[] labels, Map<String, float[]> weights, Map<String, float[]> second,
                  NerFeatures.Lexicons lexicons) {
        this.labels = labels.clone();
        this.weights = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(weights));
        this.second = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(second));
        // One set of keys: a token's base features are found once and weighed by both stages.
        List<FeatureWeights> tables = FeatureWeights.sharing(List.of(weights, second), labels.length);
        this.firstTable = tables.get(0);
        this.secondTable = tables.get(1);
        this.firstHistory = new HistoryScores(firstTable, this.labels, NerFeatures::labelHistory);
        this.secondHistory = new HistoryScores(secondTable, this.labels, NerFeatures::labelHistory);
        this.lexicons = lexicons;
        this.transitions = BeamSearch.bioTransitions(this.labels);
        this.words = new NerWords(this.labels, firstTable, secondTable, lexicons);
    }

    /** Loads the model that ships in the jar. */
    public static PerceptronNer standard() {
        try (InputStream in = PerceptronNer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the NER model is missing from the jar: " + MODEL_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + MODEL_RESOURCE, e);
        }
    }

    /** The BIO tag of each token, one per token: the sentence tagged as a document of its own. */
    public List<String> tag(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return tokens.isEmpty() ? List.of() : List.copyOf(tagDocument(List.of(tokens)).get(0));
    }

    /**
     * A sentence's words and, per token, the scores of each label from its features that do not depend on earlier
     * tags, for each stage: token i's are {@code first[i * labels, (i + 1) * labels)} (and {@code second}'s). The
     * features are found once in the stages' shared keys and both stages' weights added then, from the same records.
     */
    private record Prepared(String[] lower, String[] shapes, float[] first, float[] second,
                            NerWords.Word @Nullable [] words) {
    }

    private Prepared prepare(List<String> tokens, DocumentContext doc, NerFeatures.Lexicons lexicons,
                             FeatureHashes hashes) {
        return lexicons == words.lexicons() ? prepareByWord(tokens, doc, hashes)
                : prepareByFeature(tokens, doc, lexicons, hashes);
    }

    /** {@link #prepare} with the tagger's own lexicons: the words' own features found once per word ({@link NerWords}). */
    private Prepared prepareByWord(List<String> tokens, DocumentContext doc, FeatureHashes hashes) {
        Objects.requireNonNull(tokens, "tokens");
        String[] words = tokens.toArray(String[]::new);
        int n = words.length;
        String[] lower = new String[n];
        String[] shapes = new String[n];
        float[] first = new float[n * labels.length];
        float[] second = new float[n * labels.length];
        NerWords.Word[] found = this.words.score(words, doc, hashes, lower, shapes, first, second);
        return new Prepared(lower, shapes, first, second, found);
    }

    /** {@link #prepare} feature by feature, as {@link NerFeatures#base} gives them. */
    private Prepared prepareByFeature(List<String> tokens, DocumentContext doc, NerFeatures.Lexicons lexicons,
                                      FeatureHashes hashes) {
        Objects.requireNonNull(tokens, "tokens");
        String[] words = tokens.toArray(String[]::new);
        String[] lower = NerFeatures.lower(words);
        String[] shapes = NerFeatures.shapes(words);
        boolean shouting = NerFeatures.isShouting(words);
        NerFeatures.Looked looked = NerFeatures.Looked.of(lower, lexicons);
        int classes = labels.length;
        float[] first = new float[words.length * classes];
        float[] second = new float[words.length * classes];
        for (int i = 0; i < words.length; i++) {
            hashes.clear();
            NerFeatures.base(words, lower, shapes, i, lexicons, looked, shouting, doc, hashes);
            int[] found = firstTable.slotsInAny(hashes);
            firstTable.addSlots(found, 0, found.length, first, i * classes);
            secondTable.addSlots(found, 0, found.length, second, i * classes);
        }
        return new Prepared(lower, shapes, first, second, null);
    }

    /**
     * The base scores of one sentence's tokens, first stage then second, found word by word ({@link NerWords}) or
     * feature by feature: the two must be the same floats.
     */
    float[][] baseScores(List<String> tokens, DocumentContext doc, boolean byWord) {
        FeatureHashes hashes = new FeatureHashes();
        Prepared p = byWord ? prepareByWord(tokens, doc, hashes) : prepareByFeature(tokens, doc, lexicons, hashes);
        return new float[][] {p.first, p.second};
    }

    /**
     * Tags with the given lexicons and the first stage's weights, without the second stage: the trainer's view of
     * what a first-stage model predicts.
     */
    List<String> tagFirstStage(List<String> tokens, DocumentContext doc, NerFeatures.Lexicons lexicons) {
        FeatureHashes hashes = new FeatureHashes();
        Prepared p = prepare(tokens, doc, lexicons, hashes);
        return decode(p, p.first, firstTable, firstHistory, null, hashes);
    }

    /** The best tags under the weights; {@code extra} adds features per token (or null). */
    private List<String> decode(Prepared p, float[] baseScores, FeatureWeights weights, HistoryScores historyScores,
                                String @org.jspecify.annotations.Nullable [][] extra, FeatureHashes hashes) {
        NerWords.Word[] found = p.words;
        HistoryScores.Sequence history = found != null
                ? historyScores.sequence((i, previous) -> words.history(found[i], previous, hashes))
                : historyScores.sequence(
                        (i, previous, sink) -> NerFeatures.tokenHistory(p.lower, p.shapes, i, previous, sink));
        int[] best = BeamSearch.best(p.lower.length, labels.length, BEAM, new BeamSearch.Scores() {
            @Override
            public float[] base(int i) {
                float[] base = java.util.Arrays.copyOfRange(baseScores, i * labels.length, (i + 1) * labels.length);
                if (extra != null) {
                    hashes.clear();
                    for (String f : extra[i]) {
                        hashes.add(f);
                    }
                    weights.addTo(hashes, base);
                }
                return base;
            }

            @Override
            public float[] history(int i, int previous, int beforePrevious) {
                return history.scores(i, previous, beforePrevious);
            }

            @Override
            public boolean allowed(int label, int previous) {
                return transitions[label][previous + 1];
            }
        });
        String[] out = new String[best.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[best[i]];
        }
        return List.of(out);
    }


    /** True when the sentence is written in capitals, as a headline often is. */
    public static boolean isShouting(List<String> tokens) {
        return NerFeatures.isShouting(tokens.toArray(String[]::new));
    }

    /**
     * Tags the sentences of one document in two stages (the second reads the first's tags over the whole document,
     * {@link PredictionContext}), each using what the rest of the document says about a capitalised word
     * ({@link DocumentContext}); then tags a name that the tagger found somewhere in the document wherever
     * else it occurs untagged (a name of two or more words, or one capitalised word not opening its sentence), with
     * the type most of its tagged occurrences have: a name is usually one thing throughout a news article, and its
     * clearest occurrence decides for the others. (Also retyping tagged names to the majority type lowered CoNLL
     * dev F1 from 0.911 to 0.900, so tagged names keep their own type.)
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> tags = new ArrayList<>();
        Map<String, Map<String, Integer>> votes = new java.util.HashMap<>();
        DocumentContext doc = DocumentContext.of(sentences.stream().map(s -> s.toArray(String[]::new)).toList());
        List<Prepared> prepared = new ArrayList<>(sentences.size());
        FeatureHashes hashes = new FeatureHashes();
        for (List<String> s : sentences) {
            crosscheck.internal.Deadline.check();
            Prepared p = prepare(s, doc, lexicons, hashes);
            prepared.add(p);
            tags.add(new ArrayList<>(decode(p, p.first, firstTable, firstHistory, null, hashes)));
        }
        if (secondTable.size() > 0) {
            List<String[][]> extra = PredictionContext.features(sentences, tags);
            for (int si = 0; si < sentences.size(); si++) {
                tags.set(si, new ArrayList<>(decode(prepared.get(si),
                        prepared.get(si).second, secondTable, secondHistory, extra.get(si), hashes)));
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            List<String> s = sentences.get(si);
            List<String> t = tags.get(si);
            for (int[] e : entities(t)) {
                votes.computeIfAbsent(String.join(" ", s.subList(e[0], e[1])), k -> new java.util.HashMap<>())
                        .merge(t.get(e[0]).substring(2), 1, Integer::sum);
            }
        }
        Map<String, String> majority = new java.util.HashMap<>();
        votes.forEach((name, v) -> majority.put(name, v.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        // Names longer than MAX_PROPAGATED words are not looked for elsewhere: each token tries every length.
        int longest = Math.min(MAX_PROPAGATED,
                majority.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0));
        // A name's beginnings up to each of its spaces: a token that is none of them opens no name.
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (String name : majority.keySet()) {
            for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                heads.add(name.substring(0, at));
            }
            heads.add(name);
        }
        for (int si = 0; si < sentences.size(); si++) {
            crosscheck.internal.Deadline.check();
            List<String> s = sentences.get(si);
            List<String> t = tags.get(si);
            for (int i = 0; i < s.size(); i++) {
                if (!heads.contains(s.get(i))) {
                    continue;
                }
                for (int len = Math.min(longest, s.size() - i); len >= 1; len--) {
                    String type = majority.get(String.join(" ", s.subList(i, i + len)));
                    if (type == null || !untagged(t, i, len) || len == 1 && (i == 0
                            || s.get(i).length() < 2 || !Character.isUpperCase(s.get(i).charAt(0)))) {
                        continue;
                    }
                    for (int k = i; k < i + len; k++) {
                        t.set(k, (k == i ? "B-" : "I-") + type);
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        return tags;
    }

    private static boolean untagged(List<String> tags, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (!tags.get(i).equals("O")) {
                return false;
            }
        }
        return (from + len >= tags.size() || !tags.get(from + len).startsWith("I-"));
    }

    /** [start, end) of each entity in a sentence's B-/I- tags. */
    private static List<int[]> entities(List<String> tags) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).startsWith("B-") || tags.get(i).startsWith("I-")
                    && (i == 0 || !tags.get(i - 1).substring(Math.min(2, tags.get(i - 1).length()))
                    .equals(tags.get(i).substring(2)))) {
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + tags.get(i).substring(2))) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j - 1;
            }
        }
        return out;
    }

    /** The word lists the features consult. */
    NerFeatures.Lexicons lexicons() {
        return lexicons;
    }

    /** The labels the model can give. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(FORMAT);
            WeightsIO.writeStrings(d, List.of(labels));
            WeightsIO.writeMap(d, lexicons.caps().entries());
            WeightsIO.writeMap(d, lexicons.types().entries());
            WeightsIO.writeMap(d, lexicons.clusters().entries());
            WeightsIO.writeMap(d, lexicons.gazetteer().entries());
            WeightsIO.writeWeights(d, weights);
            WeightsIO.writeWeights(d, second);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static PerceptronNer read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in, 65536))) {
            WeightsIO.checkFormat(d, FORMAT, "NER");
            String[] labels = WeightsIO.readStrings(d).toArray(String[]::new);
            Map<String, String> buckets = WeightsIO.readMap(d);
            Map<String, String> kinds = WeightsIO.readMap(d);
            Map<String, String> classes = WeightsIO.readMap(d);
            Map<String, String> listed = WeightsIO.readMap(d);
            Map<String, float[]> weights = WeightsIO.readWeights(d, labels.length);
            Map<String, float[]> second = WeightsIO.readWeights(d, labels.length);
            return new PerceptronNer(labels, weights, second, new NerFeatures.Lexicons(new CapitalisationLexicon(buckets),
                    new TypeLexicon(kinds), new WordClusters(classes), new Gazetteer(listed)));
        }
    }
}
