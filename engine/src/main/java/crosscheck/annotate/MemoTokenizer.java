package crosscheck.annotate;

import crosscheck.internal.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's learned tokenizer, remembering how it splits each word. {@link TokenizerME#tokenizePos} cuts the text at
 * whitespace ({@link StringUtil#isWhitespace}), then decides each cut inside a word of two or more characters from
 * that word alone (its characters, the model, the model's abbreviations): one maxent evaluation, over a dozen freshly
 * built context strings, per character. A word's cuts are therefore the same wherever it stands, and are looked up
 * here after its first time, which gives the same spans as the tokenizer at the cost of one map lookup for the
 * common words of news text. A word longer than {@link Bounds#MAX_TOKEN_CHARS} stays one token: the tokenizer's work
 * on one word grows with the square of its length. One instance per thread: not thread-safe; the instances of one
 * model may share what they remember ({@link #memory}).
 */
final class MemoTokenizer {

    /** Distinct words remembered before the memory starts over. */
    private static final int WORDS = 50_000;
    /** Longer words are split afresh each time rather than remembered. */
    private static final int LONGEST = 40;

    private final TokenizerME tokenizer;
    /** Per word: the start and end of each of its tokens, relative to the word. */
    private final Map<String, int[]> cuts;

    /** A tokenizer of its own memory. */
    MemoTokenizer(TokenizerModel model) {
        this(model, memory());
    }

    /** A tokenizer remembering into {@code cuts} ({@link #memory}), which tokenizers of the same model may share. */
    MemoTokenizer(TokenizerModel model, Map<String, int[]> cuts) {
        this.tokenizer = new TokenizerME(model);
        this.cuts = cuts;
    }

    /** A memory of words' cuts that the tokenizers of one model, one per thread, may share. */
    static Map<String, int[]> memory() {
        return new ConcurrentHashMap<>(WORDS);
    }

    /**
     * The tokens of {@code text}, as {@link TokenizerME#tokenizePos} finds them, except that a word of more than
     * {@link Bounds#MAX_TOKEN_CHARS} characters is one token.
     */
    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i - start == 1 || i - start > Bounds.MAX_TOKEN_CHARS) {
                out.add(new Span(start, i));
            } else if (i > start) {
                int[] word = cutsOf(text.substring(start, i));
                for (int k = 0; k < word.length; k += 2) {
                    out.add(new Span(start + word[k], start + word[k + 1]));
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    private int[] cutsOf(String word) {
        int[] known = cuts.get(word);
        if (known != null) {
            return known;
        }
        Span[] spans = tokenizer.tokenizePos(word);
        int[] found = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            found[2 * k] = spans[k].getStart();
            found[2 * k + 1] = spans[k].getEnd();
        }
        if (word.length() <= LONGEST) {
            if (cuts.size() >= WORDS) {
                cuts.clear();
            }
            cuts.putIfAbsent(word, found);
        }
        return found;
    }
}
