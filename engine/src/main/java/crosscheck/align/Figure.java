package crosscheck.align;

import crosscheck.core.Quantity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
    /** The outlet as prose names it: "unknown outlet (file ID)" when the article's outlet is unknown. */
    String label() {
        return outlet.equals(article) ? crosscheck.annotate.Outlets.unknown(article) : outlet;
    }

    static Figure of(String article, String outlet, @Nullable String published, Quantity q, StorySentence sentence,
                     @Nullable String source) {
        double v = q.value();
        String text = q.text().toLowerCase(Locale.ROOT);
        double[] range = q.unit().equals(Measures.TIME) ? clock(text, v, q.bound())
                : q.unit().equals(Measures.DATE) ? new double[] {v - 0.5, v + 0.5} : vague(text, v);
        if (range == null) {
            double half = roundingUnit(q) / 2;
            // An exact count is a whole number: "at least 48" is 48 or more, "almost 48" at most 47.
            boolean whole = q.unit().equals("count") && half == 0.5 && v == Math.rint(v);
            range = switch (q.bound()) {
                case ">" -> new double[] {whole ? v + 1 : v + half * 0.01, Double.POSITIVE_INFINITY};
                case ">=" -> new double[] {whole ? v : v - half, Double.POSITIVE_INFINITY};
                case "<" -> NEAR_BELOW.matcher(text).find() ? new double[] {v * 0.9, whole ? v - 1 : v}
                        : new double[] {0, whole ? v - 1 : v};
                case "<=" -> new double[] {0, v + half};
                case "~" -> new double[] {Math.min(v * 0.9, v - half), Math.max(v * 1.1, v + half)};
                case "range" -> new double[] {v - half, (q.max() == null ? v : q.max()) + half};
                default -> new double[] {v - half, v + half};
            };
        }
        return new Figure(article, outlet, published, q, sentence, source, range[0], range[1]);
    }

    /** Ten minutes either way of a time said "around" or on the hour, in hours. */
    static final double CLOCK_SLACK = 10 / 60.0;

    /**
     * The hours a time of day allows: "at 6:15 p.m." 6:14–6:16, "10 p.m." and "around 10:30" ten minutes either way,
     * "just before midnight" the half hour before it, "after 10 p.m." the three hours after.
     */
    private static double[] clock(String text, double v, String bound) {
        boolean onTheHour = v == Math.rint(v);
        double near = text.matches("(?s).*\\b(?:just|shortly|right|soon|moments?)\\b.*") ? 0.5 : 3;
        return switch (bound) {
            case "<" -> new double[] {v - near, v};
            case ">" -> new double[] {v, v + near};
            case "~" -> new double[] {v - CLOCK_SLACK, v + CLOCK_SLACK};
            default -> onTheHour ? new double[] {v - CLOCK_SLACK, v + CLOCK_SLACK} : new double[] {v - 1 / 60.0,
                    v + 1 / 60.0};
        };
    }

    /**
     * "dozens of", "hundreds of", "thousands of", "tens of thousands of", "hundreds of thousands of", "millions of":
     * the span of values the words cover.
     */
    private static double @Nullable [] vague(String text, double v) {
        for (Map.Entry<String, double[]> e : VAGUE.entrySet()) {
            if (text.contains(e.getKey())) {
                return e.getValue().clone();
            }
        }
        return null;
    }

    /** Vague amounts and their spans, the longer words first ("hundreds of thousands" before "hundreds"). */
    private static final Map<String, double[]> VAGUE = vagueAmounts();

    private static Map<String, double[]> vagueAmounts() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("tens of thousands", new double[] {20000, 99999});
        out.put("hundreds of thousands", new double[] {200000, 999999});
        out.put("millions of", new double[] {2e6, 9.99e6});
        out.put("dozens", new double[] {24, 99});
        out.put("hundreds", new double[] {200, 999});
        out.put("thousands", new double[] {2000, 9999});
        return java.util.Collections.unmodifiableMap(out);
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
