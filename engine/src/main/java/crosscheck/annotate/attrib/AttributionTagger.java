package crosscheck.annotate.attrib;

import crosscheck.annotate.learn.BeamSearch;
import crosscheck.annotate.learn.FeatureHashes;
import crosscheck.annotate.learn.FeatureWeights;
import crosscheck.annotate.learn.HistoryScores;
import crosscheck.annotate.learn.WeightsIO;
import crosscheck.annotate.pos.PosTagger;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Tags the tokens of a paragraph with the three roles of an attribution: {@code SRC} (who: "a former
 * Russian intelligence officer", "The Post"), {@code CUE} (how: "said", "told", "according to", ":") and {@code CON}
 * (what: the statement attributed), or {@code O}. Sources and cues are tagged BIO ({@code B-SRC}, {@code I-SRC},
 * {@code B-CUE}, {@code I-CUE}); contents IO ({@code CON}). An averaged perceptron decoded left to right with a small
 * beam. Thread-safe once built.
 */
public final class AttributionTagger {

    /** The model that ships with crosscheck. */
    public static final String MODEL_RESOURCE = "/crosscheck/annotate/attrib/polnear-en.model.gz";
    /** The roles, as the tags name them. */
    public static final String SOURCE = "SRC";
    public static final String CUE = "CUE";
    public static final String CONTENT = "CON";

    private static final int FORMAT = 2;

    private final String[] labels;
    private final Map<String, float[]> weights;
    /** {@link #weights} as looked up while tagging. */
    private final FeatureWeights table;
    private final HistoryScores historyScores;
    private final Set<String> cueWords;
    private final boolean[][] transitions;
    /** The words' own features and those they give their neighbours, found once per word and thread. */
    private final AttributionWords words;

    AttributionTagger(String[] labels, Map<String, float[]> weights, Set<String> cueWords) {
        this.labels = labels.clone();
        this.weights = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(weights));
        this.table = FeatureWeights.of(weights, this.labels.length);
        this.historyScores = new HistoryScores(table, this.labels, AttributionFeatures::labelHistory);
        this.cueWords = Set.copyOf(cueWords);
        this.transitions = BeamSearch.bioTransitions(this.labels);
        this.words = new AttributionWords(table, this.labels, PosTagger.standard().tags());
    }

    /** Loads the model that ships in the jar. */
    public static AttributionTagger standard() {
        try (InputStream in = AttributionTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the attribution model is missing from the jar: " + MODEL_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model " + MODEL_RESOURCE, e);
        }
    }

    /** True when the training data used {@code lowerCaseWord} mostly as (part of) a cue: "said", "according". */
    public boolean isCueWord(String lowerCaseWord) {
        return cueWords.contains(lowerCaseWord);
    }

    /** One tagged span: a role and its character offsets. */
    public record Span(String role, int start, int end) {
    }

    /**
     * The tag of each token. A single {@code O} between two tokens of one role tagged IO (contents) takes that role:
     * a tagger that hesitates on one word of a long content should not split it in two. BIO-tagged roles (sources,
     * cues) are left as they are: there "B-CUE O B-CUE" is two cues, not one.
     */
    public List<String> tag(List<Token> tokens) {
        List<String> tags = decode(new AttributionFeatures.Context(tokens, cueWords, PosTagger.standard()));
        for (int i = 1; i + 1 < tags.size(); i++) {
            String before = tags.get(i - 1);
            if (tags.get(i).equals("O") && !before.equals("O") && !before.startsWith("B-") && !before.startsWith("I-")
                    && before.equals(tags.get(i + 1))) {
                tags.set(i, tags.get(i - 1));
            }
        }
        sourceEdges(tokens, tags);
        return tags;
    }

    /**
     * A source's edges as PolNeAR's annotators mark them: a source with an appositive ("Ada Brask, the harbor chief,")
     * takes the comma that closes it (nine times in ten in the training data), a source without one ("Ada Brask") does
     * not (all but 3 of 857); "Ada Brask, who" is two sources, the name and the relative pronoun.
     */
    static void sourceEdges(List<Token> tokens, List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).equals("B-" + SOURCE)) {
                continue;
            }
            int j = i;
            while (j + 1 < tags.size() && tags.get(j + 1).equals("I-" + SOURCE)) {
                j++;
            }
            boolean inner = hasComma(tokens, i + 1, j);
            String lastWord = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
            if (j >= i + 2 && (lastWord.equals("who") || lastWord.equals("which"))
                    && tokens.get(j - 1).text().equals(",")) {
                // "Ada Brask, who …": PolNeAR marks the relative pronoun as the source of its clause (597 times in
                // the training data; the name with it, never).
                tags.set(j - 1, "O");
                tags.set(j, "B-" + SOURCE);
                j -= 2;
                inner = hasComma(tokens, i + 1, j);
            }
            boolean endsWithComma = j > i && tokens.get(j).text().equals(",");
            if (inner && !endsWithComma && j + 1 < tags.size() && tokens.get(j + 1).text().equals(",")
                    && tags.get(j + 1).equals("O")) {
                tags.set(j + 1, "I-" + SOURCE);
                j++;
            } else if (!inner && endsWithComma) {
                tags.set(j, "O");
                j--;
            }
            i = j;
        }
    }

    /** Whether a comma is among the tokens from {@code from} up to (not including) {@code to}. */
    private static boolean hasComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The role a tag marks: {@code SRC} for "B-SRC", "I-SRC" or "SRC"; "O" for none. */
    public static String role(String tag) {
        return tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
    }

    /** Whether a token tagged {@code tag} continues a span of {@code role} (BIO "I-", or the role itself in IO). */
    public static boolean continues(String tag, String role) {
        return tag.equals(role) || tag.length() == role.length() + 2 && tag.startsWith("I-") && tag.endsWith(role);
    }

    /** The spans of the paragraph {@code text[from, to)}. */
    public List<Span> spans(String text, int from, int to) {
        List<Token> tokens = Token.tokenize(text, from, to);
        return spans(tokens, tag(tokens));
    }

    /**
     * The spans that the tags mark on the tokens: BIO tags ("B-SRC", "I-SRC"), as the shipped model gives sources and
     * cues, or the role itself (IO, as it gives contents: a run of tokens with one role is one span). With the beam
     * and structured training BIO scored better for sources and cues; for contents it lost those that open their
     * sentence far from the cue.
     */
    public static List<Span> spans(List<Token> tokens, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        String role = null;
        int start = -1;
        int end = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tags.get(i) : "O";
            boolean begins = tag.startsWith("B-");
            String r = tag.equals("O") ? null : tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
            if (role != null && (begins || !role.equals(r))) {
                spans.add(new Span(role, start, end));
                role = null;
            }
            if (r != null && role == null) {
                role = r;
                start = tokens.get(i).start();
            }
            if (role != null) {
                end = tokens.get(i).end();
            }
        }
        return spans;
    }

    /** Tokens the beam keeps at each step, in tagging and in training. */
    static final int BEAM = 4;

    /** The best tags the beam finds for the paragraph. */
    private List<String> decode(AttributionFeatures.Context c) {
        FeatureHashes hashes = new FeatureHashes();
        AttributionWords.Paragraph paragraph = words.paragraph(c);
        HistoryScores.Sequence history = paragraph.known()
                ? historyScores.sequence((i, previous) -> words.history(paragraph, i, previous))
                : historyScores.sequence((i, previous, sink) -> AttributionFeatures.tokenHistory(c, i, previous, sink));
        int[] best = BeamSearch.best(c.size(), labels.length, BEAM, new BeamSearch.Scores() {
            @Override
            public float[] base(int i) {
                return words.score(paragraph, i, hashes);
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
        List<String> out = new ArrayList<>(best.length);
        for (int k : best) {
            out.add(labels[k]);
        }
        return out;
    }

    /**
     * The base scores of each token of the paragraph, found word by word ({@link AttributionWords}, as tagging does)
     * or feature by feature ({@link AttributionFeatures#base}): the two must be the same floats.
     */
    float[][] baseScores(List<Token> tokens, boolean byWord) {
        AttributionFeatures.Context c = new AttributionFeatures.Context(tokens, cueWords, PosTagger.standard());
        FeatureHashes hashes = new FeatureHashes();
        AttributionWords.Paragraph paragraph = words.paragraph(c);
        float[][] out = new float[c.size()][];
        for (int i = 0; i < out.length; i++) {
            if (byWord) {
                out[i] = words.score(paragraph, i, hashes);
            } else {
                hashes.clear();
                AttributionFeatures.base(c, i, hashes);
                out[i] = new float[labels.length];
                table.addTo(hashes, out[i]);
            }
        }
        return out;
    }

    /**
     * The slots of each token's history features after each previous label ({@code [token][previous + 1]}), found
     * word by word and from tables ({@link AttributionWords#history}, as tagging does) or feature by feature
     * ({@link AttributionFeatures#tokenHistory}): the two must be the same.
     */
    int[][][] historySlots(List<Token> tokens, boolean byWord) {
        AttributionFeatures.Context c = new AttributionFeatures.Context(tokens, cueWords, PosTagger.standard());
        FeatureHashes hashes = new FeatureHashes();
        AttributionWords.Paragraph paragraph = words.paragraph(c);
        int[][][] out = new int[c.size()][labels.length + 1][];
        for (int i = 0; i < out.length; i++) {
            for (int previous = -1; previous < labels.length; previous++) {
                if (byWord) {
                    out[i][previous + 1] = words.history(paragraph, i, previous);
                } else {
                    hashes.clear();
                    AttributionFeatures.tokenHistory(c, i, BeamSearch.label(labels, previous), hashes);
                    out[i][previous + 1] = table.slots(hashes);
                }
            }
        }
        return out;
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(FORMAT);
            WeightsIO.writeStrings(d, List.of(labels));
            List<String> cues = new ArrayList<>(cueWords);
            cues.sort(null);
            WeightsIO.writeStrings(d, cues);
            WeightsIO.writeWeights(d, weights);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AttributionTagger read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in, 65536))) {
            WeightsIO.checkFormat(d, FORMAT, "attribution");
            String[] labels = WeightsIO.readStrings(d).toArray(String[]::new);
            Set<String> cueWords = new HashSet<>(WeightsIO.readStrings(d));
            return new AttributionTagger(labels, WeightsIO.readWeights(d, labels.length), cueWords);
        }
    }
}
