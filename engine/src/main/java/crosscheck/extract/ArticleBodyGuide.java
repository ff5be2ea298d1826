package crosscheck.extract;

import crosscheck.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The article text a page states in its schema.org JSON-LD ({@code articleBody}), used to pick the page's own
 * paragraphs: a block belongs to the article when its words run through that text. The statement is trusted only
 * when the blocks it picks cover most of it; pages whose JSON-LD is truncated, stale or for another article fall
 * back to text density.
 */
final class ArticleBodyGuide {

    private static final int MIN_CHARS = 300;
    private static final int N = 4;
    private static final double BLOCK_MATCH = 0.8;
    private static final double MIN_COVERAGE = 0.7;

    private final String flat;
    private final Set<Long> grams;
    private final int gramCount;

    private ArticleBodyGuide(String flat, Set<Long> grams, int gramCount) {
        this.flat = flat;
        this.grams = grams;
        this.gramCount = gramCount;
    }

    /** A guide from a stated article body, or null when there is none worth following. */
    static @Nullable ArticleBodyGuide of(@Nullable String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_CHARS) {
            return null;
        }
        String[] words = words(articleBody);
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + N <= words.length; i++) {
            grams.add(gram(words, i));
        }
        return grams.isEmpty() ? null : new ArticleBodyGuide(" " + String.join(" ", words) + " ", grams, grams.size());
    }

    /** True when the block's text is part of the stated article. */
    boolean contains(String blockText) {
        String[] words = words(blockText);
        if (words.length == 0) {
            return false;
        }
        if (words.length < N) {
            return flat.contains(" " + String.join(" ", words) + " ");
        }
        int hits = 0;
        int total = words.length - N + 1;
        for (int i = 0; i < total; i++) {
            if (grams.contains(gram(words, i))) {
                hits++;
            }
        }
        return hits >= total * BLOCK_MATCH;
    }

    /** True for a text of fewer words than a shingle: found in a statement by its words alone, not their order. */
    static boolean isShort(String text) {
        return words(text).length < N;
    }

    /** True when the chosen blocks cover most of the stated text, so that the statement can be trusted. */
    boolean isCoveredBy(List<String> chosen) {
        Set<Long> seen = new HashSet<>();
        for (String text : chosen) {
            String[] words = words(text);
            for (int i = 0; i + N <= words.length; i++) {
                long g = gram(words, i);
                if (grams.contains(g)) {
                    seen.add(g);
                }
            }
        }
        return seen.size() >= gramCount * MIN_COVERAGE;
    }

    private static String[] words(String text) {
        return Texts.lowerWords(text);
    }

    private static long gram(String[] words, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + N; i++) {
            h = 31 * h + words[i].hashCode();
            h ^= h >>> 29;
        }
        return h;
    }
}
