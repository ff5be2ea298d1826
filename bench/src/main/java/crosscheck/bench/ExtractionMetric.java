package crosscheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction-benchmark measure (scrapinghub {@code evaluate.py}), re-implemented: tokens are the runs of
 * Python-{@code re} {@code \w} characters, texts become multisets of 4-token shingles, and a page's true positives,
 * false positives and false negatives are the multiset overlap and differences, normalised to sum to 1.
 *
 * <p>{@code \w} is matched as Python 3 does for {@code str} patterns: {@code _} or a code point whose general
 * category is a letter (Lu, Ll, Lt, Lm, Lo) or a number (Nd, Nl, No). Java's own {@code \w} with
 * {@code UNICODE_CHARACTER_CLASS} differs (it adds combining marks and all connector punctuation, drops No), so it is
 * not used. Tokens keep their case. A text of fewer than 4 tokens is one shorter shingle, as upstream.
 */
final class ExtractionMetric {

    /** Shingle length used upstream. */
    static final int NGRAM = 4;

    private ExtractionMetric() {
    }

    /**
     * One page's overlap, normalised so that {@code tp + fp + fn == 1} (all zero when both texts have no tokens).
     */
    record PageScore(double tp, double fp, double fn) {

        /** Upstream {@code precision_score}; NaN when the page does not count towards precision ({@code tp+fp==0}). */
        double precision() {
            if (tp + fp == 0) {
                return Double.NaN;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp);
        }

        /** Upstream {@code recall_score}; NaN when the page does not count towards recall ({@code tp+fn==0}). */
        double recall() {
            if (tp + fn == 0) {
                return Double.NaN;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn);
        }

        /** The page's own F1 (not part of the upstream measure; for ranking pages): 0 when either side is undefined. */
        double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
                return 0.0;
            }
            return 2 * p * r / (p + r);
        }
    }

    /**
     * The corpus measure: precision is the mean of the defined page precisions, recall likewise, and F1 is the
     * harmonic mean of those two means (upstream {@code metrics_from_tp_fp_fns}).
     */
    record Summary(double precision, double recall, double f1, int pages) {

        static Summary of(List<PageScore> scores) {
            double p = meanDefined(scores.stream().mapToDouble(PageScore::precision).toArray());
            double r = meanDefined(scores.stream().mapToDouble(PageScore::recall).toArray());
            double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
            return new Summary(p, r, f1, scores.size());
        }

        private static double meanDefined(double[] values) {
            double sum = 0;
            int n = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            return n == 0 ? 0.0 : sum / n;
        }
    }

    /** Upstream {@code string_shingle_matching(true, pred)}. */
    static PageScore score(String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /** The multiset of 4-token shingles, each joined with a space (never part of a token). */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokenize(text);
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - NGRAM + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + NGRAM)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }

    /** Upstream {@code _tokenize}: the maximal runs of word characters. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python 3 {@code \w} on str: {@code str.isalnum()} or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
