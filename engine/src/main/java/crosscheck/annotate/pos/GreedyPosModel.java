package crosscheck.annotate.pos;

import crosscheck.internal.Bounds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.jspecify.annotations.Nullable;

/**
 * OpenNLP's part-of-speech model decoded greedily, as {@code POSTaggerME} with a beam of one decodes it, giving the
 * same tags, without building each token's feature strings and looking each up in the model's map at every token.
 *
 * <p>What each token costs in {@code POSTaggerME}: its ~20 context strings ({@code "suf=ing"}, {@code "p1w=the"},
 * {@code "t2=DET,ADJ"}, … from the model's feature generator descriptor), a map lookup of each, the sum of their
 * weights per tag, and a copy of the whole tag sequence so far. Here the parameters ({@link Context}s) of a word's
 * own features and of the features it gives its neighbours are found once per distinct word (a cache the threads share), and
 * those of the previous tags once per model. The sum is then OpenNLP's ({@code ArrayMath.sumFeatures} over the
 * contexts in the generator's order, starting from the uniform prior, then {@code StrictMath.exp} and the
 * normalisation of {@code GISModel.eval}), so the probabilities are the same doubles, and the tag chosen is the one
 * OpenNLP's beam search keeps: of the tags with the highest probability, the first in the model's order (each is
 * queued in that order and a priority queue of equal scores gives its first back first).
 *
 * <p>The generator this follows is the descriptor of the shipped model: the outcome prior ({@code def}), the suffixes
 * and prefixes up to four characters, the lower-cased token in a window of two either side, the sentence start in the
 * same window, the token class alone and with the lower-cased token, and the two previous tags. {@link #of} checks that the model's own context generator
 * gives exactly these contexts, in this order, on a probe sentence, and refuses a model whose do not.
 */
final class GreedyPosModel {

    private static final String SENTENCE_BEGIN = "S=begin";
    private static final int MAX_AFFIX = 4;
    /** How far apart two tags' sums must be for {@link #clearlyBest} to tell them apart without exponentials. */
    private static final double CLEAR_MARGIN = 1e-6;
    /** The range of sums within which {@link #clearlyBest} answers: far from exp's overflow and underflow. */
    private static final double SAFE_SUM = 600;
    /** Distinct words remembered before the cache starts over. */
    private static final int WORD_CACHE = 50_000;

    /** Words of a probe sentence whose contexts must match the model's own generator's (one of each token class). */
    private static final String[] PROBE = {"Brask", "said", "the", "Halvergate", "dam", "'s", "12", "gates", "of",
        "1998", "held", "3,400", "cubic", "metres", "at", "4.5", "%", "-", "UN", "A.", "B", "x7", "12-4", "1/2", "…",
        "ÄÖÜ", "Lorne", "County", "."};

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final double uniform;
    private final @Nullable Context outcomePrior;
    private final @Nullable Context[] sentenceBegin = new Context[3];
    /** {@code t=TAG} by tag index. */
    private final @Nullable Context[] previousTag;
    /** {@code t2=TAG2,TAG1} by {@code tag2 * outcomes + tag1}. */
    private final @Nullable Context[] previousTags;
    /** The words met, shared by the threads tagging with this model. */
    private final Map<String, Word> words = new ConcurrentHashMap<>(WORD_CACHE);

    /**
     * The parameters of one distinct word's features: its own, and those it gives the tokens around it; and the sum
     * that opens each of its tokens' sums: the uniform prior, the outcome prior and its own features' parameters,
     * added in that order (as {@link #probabilities} adds them).
     */
    private record Word(Context[] own, Context[] wordClass, @Nullable Context[] asNeighbour, double[] opening) {
    }

    private GreedyPosModel(Map<String, Context> parameters, String[] outcomes) {
        this.parameters = parameters;
        this.outcomes = outcomes;
        this.uniform = StrictMath.log(1.0 / outcomes.length);
        this.outcomePrior = parameters.get("def");
        sentenceBegin[0] = parameters.get(SENTENCE_BEGIN);
        sentenceBegin[1] = parameters.get("p1" + SENTENCE_BEGIN);
        sentenceBegin[2] = parameters.get("p2" + SENTENCE_BEGIN);
        int n = outcomes.length;
        previousTag = new Context[n];
        previousTags = new Context[n * n];
        for (int t1 = 0; t1 < n; t1++) {
            previousTag[t1] = parameters.get("t=" + outcomes[t1]);
            for (int t2 = 0; t2 < n; t2++) {
                previousTags[t2 * n + t1] = parameters.get("t2=" + outcomes[t2] + "," + outcomes[t1]);
            }
        }
    }

    /**
     * The greedy decoder of a part-of-speech model.
     *
     * @throws IllegalArgumentException when the model is not one this decoder gives the same tags for: not a maxent
     *                                  (GIS) model, a tag dictionary, tags that OpenNLP would convert, or a feature
     *                                  generator whose contexts differ from the shipped model's
     */
    @SuppressWarnings("unchecked")
    static GreedyPosModel of(POSModel model) {
        MaxentModel classifier = model.getArtifact("pos.model");
        if (!(classifier instanceof GISModel gis)
                || model.getFactory().getTagDictionary() != null
                || POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
            throw new IllegalArgumentException("the part-of-speech model is not a maxent model of Universal "
                    + "Dependencies tags without a tag dictionary, which the greedy decoder needs");
        }
        Object[] data = gis.getDataStructures();
        GreedyPosModel decoder = new GreedyPosModel((Map<String, Context>) data[1], (String[]) data[2]);
        decoder.check(model.getFactory().getPOSContextGenerator(), gis);
        return decoder;
    }

    /** The model's tags, in its order. */
    List<String> tags() {
        return List.of(outcomes);
    }

    /** Refuses a model whose context generator differs from this decoder's on the probe sentence. */
    private void check(POSContextGenerator generator, GISModel model) {
        int[] tags = new int[PROBE.length];
        String[] tagNames = new String[PROBE.length];
        for (int i = 0; i < PROBE.length; i++) {
            tags[i] = (i * 7) % outcomes.length;
            tagNames[i] = outcomes[tags[i]];
        }
        for (int i = 0; i < PROBE.length; i++) {
            List<Context> theirs = new ArrayList<>();
            String[] context = generator.getContext(i, PROBE, tagNames, null);
            for (String c : context) {
                Context p = parameters.get(c);
                if (p != null) {
                    theirs.add(p);
                }
            }
            List<Context> ours = new ArrayList<>();
            Word[] words = new Word[PROBE.length];
            contexts(PROBE, i, tags, words, new Context[0], ours, true);
            double[] mine = probabilities(ours.toArray(Context[]::new), ours.size(), new double[outcomes.length]);
            List<Context> rest = new ArrayList<>();
            contexts(PROBE, i, tags, words, new Context[0], rest, false);
            double[] opened = probabilities(words[i].opening(), rest.toArray(Context[]::new), rest.size(),
                    new double[outcomes.length]);
            double[] eval = model.eval(context);
            if (!sameIdentities(theirs, ours) || !Arrays.equals(mine, eval) || !Arrays.equals(opened, eval)) {
                throw new IllegalArgumentException("the part-of-speech model's feature generator is not the one the "
                        + "greedy decoder follows (contexts differ at '" + PROBE[i] + "')");
            }
        }
    }

    private static boolean sameIdentities(List<Context> a, List<Context> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tags of one sentence of at most {@link Bounds#MAX_SENTENCE_TOKENS} tokens. The cap also keeps OpenNLP's
     * floor on a sequence's log probability (-100,000) out of reach: the best tag's probability is at least one over
     * the number of tags, so a capped sentence's score is above {@code 500 × log(1/17)}.
     */
    String[] tag(String[] sentence) {
        int n = sentence.length;
        Word[] found = new Word[n];
        if (words.size() > WORD_CACHE) {
            words.clear();
        }
        for (int i = 0; i < n; i++) {
            Word w = words.get(sentence[i]);
            if (w == null) {
                w = word(sentence[i]);
                words.putIfAbsent(sentence[i], w);
            }
            found[i] = w;
        }
        int[] tags = new int[n];
        String[] out = new String[n];
        Context[] contexts = new Context[32];
        double[] probabilities = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            int size = contexts(sentence, i, tags, found, contexts, null, false);
            if (size > contexts.length) {
                contexts = new Context[size];
                size = contexts(sentence, i, tags, found, contexts, null, false);
            }
            System.arraycopy(found[i].opening(), 0, probabilities, 0, probabilities.length);
            for (int ci = 0; ci < size; ci++) {
                add(contexts[ci], probabilities);
            }
            int best = clearlyBest(probabilities);
            if (best < 0) {
                finish(contexts, 0, probabilities);
                best = 0;
                for (int t = 1; t < probabilities.length; t++) {
                    if (probabilities[t] > probabilities[best]) {
                        best = t;
                    }
                }
            }
            tags[i] = best;
            out[i] = outcomes[best];
        }
        return out;
    }

    /**
     * The parameters of token {@code i}'s contexts that the model knows, in the order of the model's generator, into
     * {@code into} (and onto {@code list} when given); the number there is, which may exceed {@code into}'s length
     * (then only the first fit). {@code found} holds each token's {@link Word}, filled here where missing. Without
     * {@code opening}, leaves out the outcome prior and the word's own features, which {@link Word#opening} sums.
     */
    private int contexts(String[] tokens, int i, int[] tags, @Nullable Word[] found, Context[] into,
            @Nullable List<Context> list, boolean opening) {
        Adder add = new Adder(into, list);
        Word self = word(tokens, i, found);
        if (opening) {
            add.add(outcomePrior);
            for (Context c : self.own()) {
                add.add(c);
            }
        }
        for (int d = 1; d <= 2; d++) {
            if (i - d >= 0) {
                add.add(word(tokens, i - d, found).asNeighbour()[d - 1]);
            }
        }
        for (int d = 1; d <= 2; d++) {
            if (i + d < tokens.length) {
                add.add(word(tokens, i + d, found).asNeighbour()[1 + d]);
            }
        }
        if (i <= 2) {
            add.add(sentenceBegin[i]);
        }
        for (Context c : self.wordClass()) {
            add.add(c);
        }
        if (i >= 1) {
            add.add(previousTag[tags[i - 1]]);
            if (i >= 2) {
                add.add(previousTags[tags[i - 2] * outcomes.length + tags[i - 1]]);
            }
        }
        return add.size;
    }

    /** Collects contexts, skipping those the model does not know (OpenNLP's sum skips them too). */
    private static final class Adder {
        private final Context[] into;
        private final @Nullable List<Context> list;
        int size;

        Adder(Context[] into, @Nullable List<Context> list) {
            this.into = into;
            this.list = list;
        }

        void add(@Nullable Context c) {
            if (c == null) {
                return;
            }
            if (size < into.length) {
                into[size] = c;
            }
            size++;
            if (list != null) {
                list.add(c);
            }
        }
    }

    private Word word(String[] tokens, int i, @Nullable Word[] found) {
        Word w = found[i];
        if (w == null) {
            w = word(tokens[i]);
            found[i] = w;
        }
        return w;
    }

    /** The parameters of a word's features, as OpenNLP's generators spell them. */
    private Word word(String token) {
        List<Context> own = new ArrayList<>();
        int affixes = Math.min(MAX_AFFIX, token.length());
        for (int k = 0; k < affixes; k++) {
            addKnown(own, "suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
        }
        for (int k = 0; k < affixes; k++) {
            addKnown(own, "pre=" + token.substring(0, Math.min(k + 1, token.length())));
        }
        String lower = StringUtil.toLowerCase(token);
        String word = "w=" + lower;
        addKnown(own, word);
        Context[] asNeighbour = {parameters.get("p1" + word), parameters.get("p2" + word),
            parameters.get("n1" + word), parameters.get("n2" + word)};
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        List<Context> wordClass = new ArrayList<>(2);
        addKnown(wordClass, "wc=" + tokenClass);
        addKnown(wordClass, "w&c=" + lower + "," + tokenClass);
        double[] opening = new double[outcomes.length];
        Arrays.fill(opening, uniform);
        if (outcomePrior != null) {
            add(outcomePrior, opening);
        }
        for (Context c : own) {
            add(c, opening);
        }
        return new Word(own.toArray(Context[]::new), wordClass.toArray(Context[]::new), asNeighbour, opening);
    }

    private void addKnown(List<Context> into, String feature) {
        Context c = parameters.get(feature);
        if (c != null) {
            into.add(c);
        }
    }

    /** {@code GISModel.eval} of the contexts: uniform prior, summed parameters, exponentiated and normalised. */
    private double[] probabilities(Context[] contexts, int size, double[] prior) {
        Arrays.fill(prior, uniform);
        return finish(contexts, size, prior);
    }

    /** {@link #probabilities} of a token whose sum {@code opening} opens ({@link Word#opening}). */
    private double[] probabilities(double[] opening, Context[] contexts, int size, double[] prior) {
        System.arraycopy(opening, 0, prior, 0, prior.length);
        return finish(contexts, size, prior);
    }

    /** Adds the contexts' parameters to the sum begun in {@code prior}, then exponentiates and normalises. */
    private static double[] finish(Context[] contexts, int size, double[] prior) {
        for (int ci = 0; ci < size; ci++) {
            add(contexts[ci], prior);
        }
        double normal = 0.0;
        for (int o = 0; o < prior.length; o++) {
            prior[o] = StrictMath.exp(prior[o]);
            normal += prior[o];
        }
        for (int o = 0; o < prior.length; o++) {
            prior[o] /= normal;
        }
        return prior;
    }

    /**
     * The tag whose sum ({@link #probabilities} before exponentiating) exceeds every other's by more than
     * {@link #CLEAR_MARGIN}, all sums within ±{@link #SAFE_SUM}; else -1. That tag alone has the highest probability:
     * {@code StrictMath.exp} errs by less than an ulp, so sums that far apart give exponentials in the same order, and
     * dividing both by the same normal (neither overflows nor becomes zero in this range) keeps them apart, so the
     * exponentials and the division, whose only use is the choice of the first most probable tag, need not be done.
     */
    private static int clearlyBest(double[] sums) {
        int best = 0;
        for (int t = 0; t < sums.length; t++) {
            if (!(sums[t] > -SAFE_SUM && sums[t] < SAFE_SUM)) {
                return -1;
            }
            if (sums[t] > sums[best]) {
                best = t;
            }
        }
        for (int t = 0; t < sums.length; t++) {
            if (t != best && sums[t] >= sums[best] - CLEAR_MARGIN) {
                return -1;
            }
        }
        return best;
    }

    /** Adds a context's parameters to the sums of its outcomes. */
    private static void add(Context c, double[] prior) {
        int[] active = c.getOutcomes();
        double[] weights = c.getParameters();
        for (int ai = 0; ai < active.length; ai++) {
            prior[active[ai]] += weights[ai];
        }
    }
}
