package crosscheck.align.stance;

import crosscheck.annotate.learn.AveragedPerceptron;
import crosscheck.annotate.learn.WeightsIO;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stance of an article body toward a claim (FNC-1's agree, disagree, discuss, unrelated), in two stages: an
 * averaged perceptron decides related or unrelated from how the claim's words fall in the body, a second one decides
 * agree, disagree or discuss on related pairs. Immutable and thread-safe; load the shipped model once with
 * {@link #standard()}. An empty claim or body is unrelated.
 */
public final class StanceClassifier {

    /** The model that ships with crosscheck. */
    public static final String MODEL_RESOURCE = "/crosscheck/align/stance/fnc-en.model.gz";
    /** The stances the second stage chooses from, in the order of its weights. */
    static final List<Stance> RELATED = List.of(Stance.AGREE, Stance.DISAGREE, Stance.DISCUSS);

    private static final int FORMAT = 1;

    private final StanceFeatures features;
    private final Map<String, float[]> relatedWeights;
    private final Map<String, float[]> stanceWeights;
    private final double relatedScale;
    private final double stanceScale;

    /**
     * @param relatedWeights weights of the first stage: class 0 related, class 1 unrelated
     * @param stanceWeights  weights of the second stage, classes in the order of {@link #RELATED}
     * @param relatedScale   divides the first stage's margin before the logistic function (confidence only)
     * @param stanceScale    divides the second stage's scores before the softmax (confidence only)
     */
    StanceClassifier(StanceFeatures features, Map<String, float[]> relatedWeights, Map<String, float[]> stanceWeights,
            double relatedScale, double stanceScale) {
        this.features = Objects.requireNonNull(features, "features");
        this.relatedWeights = Map.copyOf(relatedWeights);
        this.stanceWeights = Map.copyOf(stanceWeights);
        this.relatedScale = relatedScale;
        this.stanceScale = stanceScale;
    }

    /**
     * A stance and how sure the model is of it.
     *
     * @param stance     the stance of the body toward the claim
     * @param confidence a probability-like number in (0, 1): the logistic of the first stage's margin, times (for a
     *                   related stance) the softmax of the second stage's scores; calibrated on the training data
     */
    public record Result(Stance stance, double confidence) {
        public Result {
            Objects.requireNonNull(stance, "stance");
        }

        /** The stance's lower-case name. */
        public String label() {
            return stance.label();
        }
    }

    /** Loads the model that ships in the jar. */
    public static StanceClassifier standard() {
        try (InputStream in = StanceClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the stance model is missing from the jar: " + MODEL_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stance model " + MODEL_RESOURCE, e);
        }
    }

    /** The body (or claim) made ready for {@link #classify(String, StanceText)}; build it once per body. */
    public StanceText prepare(String text) {
        return StanceText.of(text);
    }

    /** The stance of {@code body} toward {@code claim}. */
    public Result classify(String claim, String body) {
        return classify(StanceText.of(claim), StanceText.of(body));
    }

    /** The stance of a prepared body toward {@code claim}: the fast way to check many claims against one body. */
    public Result classify(String claim, StanceText body) {
        return classify(StanceText.of(claim), body);
    }

    /** The stance of a body given as tokenized sentences toward {@code claim}. */
    public Result classify(String claim, List<List<String>> bodySentences) {
        return classify(StanceText.of(claim), StanceText.ofSentences(bodySentences));
    }

    /** The stance of {@code body} toward {@code claim}, both prepared. */
    public Result classify(StanceText claim, StanceText body) {
        if (claim.size() == 0 || body.size() == 0) {
            return new Result(Stance.UNRELATED, 1.0);
        }
        StanceFeatures.Overlap o = features.overlap(claim, body);
        float[] r = AveragedPerceptron.scores(relatedWeights, features.related(o), 2);
        double pRelated = 1 / (1 + Math.exp(-(r[0] - r[1]) / relatedScale));
        if (r[0] <= r[1]) {
            return new Result(Stance.UNRELATED, 1 - pRelated);
        }
        float[] s = AveragedPerceptron.scores(stanceWeights, features.stance(o), RELATED.size());
        int best = AveragedPerceptron.argmax(s);
        double z = 0;
        for (float v : s) {
            z += Math.exp((v - s[best]) / stanceScale);
        }
        return new Result(RELATED.get(best), pRelated / z);
    }

    StanceFeatures features() {
        return features;
    }

    /** The number of feature weights in the model, both stages. */
    public int size() {
        return relatedWeights.size() + stanceWeights.size();
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(FORMAT);
            d.writeDouble(relatedScale);
            d.writeDouble(stanceScale);
            d.writeFloat(features.unseenIdf());
            Map<String, float[]> idf = new HashMap<>();
            features.idf().forEach((k, v) -> idf.put(k, new float[] {v}));
            WeightsIO.writeWeights(d, idf);
            WeightsIO.writeWeights(d, relatedWeights);
            WeightsIO.writeWeights(d, stanceWeights);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static StanceClassifier read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in, 65536))) {
            WeightsIO.checkFormat(d, FORMAT, "stance");
            double relatedScale = d.readDouble();
            double stanceScale = d.readDouble();
            float unseen = d.readFloat();
            Map<String, Float> idf = new HashMap<>();
            WeightsIO.readWeights(d, 1).forEach((k, v) -> idf.put(k, v[0]));
            Map<String, float[]> related = WeightsIO.readWeights(d, 2);
            Map<String, float[]> stance = WeightsIO.readWeights(d, RELATED.size());
            return new StanceClassifier(new StanceFeatures(idf, unseen), related, stance, relatedScale, stanceScale);
        }
    }
}
