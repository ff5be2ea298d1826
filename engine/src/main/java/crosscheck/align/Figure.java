package crosscheck.align;

import crosscheck.core.Quantity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A quantity an article of a story states, with where and when, and the interval of values its words allow:
 * "$44 million" is 43.5–44.5 million (it is rounded to the million), "more than $40 million" anything above 40
 * million, "nearly $45 million" 40.5–45 million, "about 300" 270–330, "dozens of" 24–99.
 *
 * @param article   the article's id
 * @param outlet    the article's outlet (or id)
 * @param published the article's publication date ({@code 2026-03-10}), or null
 * @param quantity  the quantity
 * @param sentence  the sentence it is in
 * @param source    who the sentence attributes it to, or null
 * @param low       the lowest value the words allow
 * @param high      the highest ({@link Double#POSITIVE_INFINITY} for a lower bound)
 */
record Figure(String article, String outlet, @Nullable String published, Quantity quantity, StorySentence sentence,
              @Nullable String source, double low, double high) {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern NEAR_BELOW = Pattern.compile("\\b(nearly|almost|just under|close to|approaching)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The figure for a quantity, with the interval its words allow. */
    static Figure of(String article, String outlet, @Nullable String published, Quantity q, StorySentence sentence,
                     @Nullable String source) {
        double v = q.value();
        String text = q.text().toLowerCase(Locale.ROOT);
        double[] range = vague(text, v);
        if (range == null) {
            double half = roundingUnit(q) / 2;
            range = switch (q.bound()) {
                case ">" -> new double[] {v + half * 0.01, Double.POSITIVE_INFINITY};
                case ">=" -> new double[] {v - half, Double.POSITIVE_INFINITY};
                case "<" -> NEAR_BELOW.matcher(text).find() ? new double[] {v * 0.9, v} : new double[] {0, v};
                case "<=" -> new double[] {0, v + half};
                case "~" -> new double[] {Math.min(v * 0.9, v - half), Math.max(v * 1.1, v + half)};
                case "range" -> new double[] {v - half, (q.max() == null ? v : q.max()) + half};
                default -> new double[] {v - half, v + half};
            };
        }
        return new Figure(article, outlet, published, q, sentence, source, range[0], range[1]);
    }

    /** "dozens of", "hundreds of", "thousands of": the span of values the word covers. */
    private static double @Nullable [] vague(String text, double v) {
        if (text.contains("dozens")) {
            return new double[] {24, 99};
        }
        if (text.contains("hundreds")) {
            return new double[] {200, 999};
        }
        if (text.contains("thousands")) {
            return new double[] {2000, 9999};
        }
        return null;
    }

    /**
     * The place of the last significant digit, in the quantity's units: "44 million" → 1 million, "40 million" → 10
     * million, "1,500" → 100, "2.5 billion" → 100 million, "21" → 1, "100" → 1 (a small count is exact).
     */
    static double roundingUnit(Quantity q) {
        Matcher m = NUMBER.matcher(q.text());
        if (!m.find()) {
            return Math.max(1, Math.abs(q.value()) * 0.01);
        }
        String digits = m.group().replace(",", "");
        double written;
        try {
            written = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return Math.max(1, Math.abs(q.value()) * 0.01);
        }
        double scale = written == 0 ? 1 : q.value() / written;
        double unit;
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            unit = Math.pow(10, -(digits.length() - dot - 1));
        } else if (scale > 1 || written >= 1000) {
            // "40 million", "1,500": trailing zeros of a large or scaled figure are rounding.
            int zeros = 0;
            for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
                zeros++;
            }
            unit = Math.pow(10, zeros);
        } else {
            unit = 1; // "10 killed", "100 homes": a small count is exact unless words say otherwise
        }
        return unit * scale;
    }

    /** True when the figure is a lower bound ("more than", "at least", "dozens of"). */
    boolean isLowerBound() {
        return high == Double.POSITIVE_INFINITY;
    }

    /** The publication day, or null. */
    @Nullable String day() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }
}
