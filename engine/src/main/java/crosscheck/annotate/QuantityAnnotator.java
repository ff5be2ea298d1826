package crosscheck.annotate;

import crosscheck.core.Article;
import crosscheck.core.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quantities an article states — sums of money, percentages and counts — with their value, unit and
 * bound ("more than $130 million" → more than 1.3e8 USD; "nearly 45 per cent"; "between 12 and 15 people"), and,
 * for counts, what is counted when the words after the number say it ("3,000 of the agency's portable
 * pumps" → portable pumps). Years, dates, times and ordinals are not quantities. Stateless; thread-safe.
 */
public final class QuantityAnnotator {

    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
            + "tens of thousands of|hundreds of thousands of|dozens of|hundreds of|thousands of|millions of|"
            + "(?:" + SMALL + "|half a)\\s+dozen\\b|a dozen|(?:" + SMALL + ")\\b)";
    private static final String SCALE = "(?:\\s*(trillion|billion|million|thousand|bn|m|k)\\b)?";
    private static final String BOUND = "(?:(more than|over|above|upwards of|in excess of|at least|no fewer than|"
            + "no less than|nearly|almost|just under|fewer than|less than|under|up to|as many as|about|around|"
            + "roughly|some|approximately|an estimated|close to)\\s+)?";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{Nd}.,])" + BOUND + "(?:(between)\\s+)?(US\\$|\\$|€|£)?" + NUMBER + SCALE
                    + "(?:\\s*(?:-|–|to|and)\\s*(?:US\\$|\\$|€|£)?" + NUMBER + SCALE + ")?"
                    + "(?:\\s*(%|percent\\b|per cent\\b|dollars\\b|euros\\b|pounds\\b))?");
    private static final Pattern COUNTED = Pattern.compile(
            "^\\s+(?:(?:of\\s+)?(?:(?:his|her|its|their|the|our)\\s+)?(?:[\\p{L}.]+(?:’s|'s)\\s+)?)?"
                    + "((?:[\\p{L}][\\p{L}-]*\\s+){0,2}[\\p{L}][\\p{L}-]*)");
    private static final Set<String> NOT_COUNTED = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "and", "or",
            "per", "percent", "cent", "years", "year", "times", "o'clock", "a.m", "p.m", "am", "pm", "days", "day",
            "weeks", "week", "months", "month", "hours", "hour", "minutes", "minute", "seconds", "decades", "ago");
    private static final Set<String> STOP_WORDS = Set.of("in", "on", "at", "to", "for", "from", "by", "with", "that",
            "through", "into", "over", "under", "across", "since", "after", "before", "during", "via", "per",
            "and", "or", "as", "than", "of", "who", "which", "were", "was", "are", "is", "have", "had", "has");
    private static final Pattern MONEY_COUNTED = Pattern.compile(
            "^\\s+(?:in|worth\\s+of)\\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|total|all)\\b)"
                    + "(\\p{L}+)");
    /** What a count counts is said within the next few words. */
    private static final int COUNTED_WINDOW = 120;
    private static final Pattern PHONE = Pattern.compile("\\b\\d{3}-\\d{4}\\b");
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)" + MONTHS
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTHS + "\\.?\\s+$");
    private static final Pattern MONTH_AFTER = Pattern.compile("\\s+" + MONTHS + "\\b");
    private static final Set<String> VERBS = Set.of("remain", "remains", "say", "says", "said", "will", "would",
            "could", "may", "might", "can", "must", "die", "dies", "live", "lives", "work", "works", "need", "needs",
            "face", "faces", "still", "also", "now");
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("a dozen", 12.0),
            Map.entry("dozens of", 24.0), Map.entry("hundreds of", 200.0), Map.entry("thousands of", 2000.0),
            Map.entry("tens of thousands of", 20000.0), Map.entry("hundreds of thousands of", 200000.0),
            Map.entry("millions of", 2e6), Map.entry("half a", 0.5));
    private static final Pattern DOZEN = Pattern.compile("(?i)(.+?)\\s+dozen");
    /** "6 p.m.", "10 am": a number before these is a time of day. */
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)\\s*(?:a|p)\\.?\\s?m\\b");

    /** The article's quantities, in order. */
    public List<Quantity> annotate(Article article) {
        String body = article.body();
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(body);
        while (m.find()) {
            Quantity q = quantity(body, m);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private static @Nullable Quantity quantity(String body, Matcher m) {
        String currency = m.group(3);
        String number = m.group(4);
        String unitWord = m.group(8) == null ? null : m.group(8).toLowerCase(Locale.ROOT);
        String unit = unit(currency, unitWord);
        String lowScale = m.group(5);
        String highScale = m.group(7);
        if (currency == null && !"dollars".equals(unitWord) && !"euros".equals(unitWord) && !"pounds".equals(unitWord)) {
            // "100m sprint", "5K race": the short scales are for money only
            lowScale = longScale(lowScale);
            highScale = longScale(highScale);
        }
        // "$5-7 million": the low end takes the high end's scale when it has none
        double value = number(number) * scale(lowScale != null ? lowScale : highScale);
        Double max = m.group(6) == null ? null : number(m.group(6)) * scale(highScale != null ? highScale : lowScale);
        if (!Double.isFinite(value) || max != null && !Double.isFinite(max)) {
            return null;
        }
        boolean between = m.group(2) != null;
        boolean joinedByAnd = m.group().matches("(?is).*\\d\\s*(?:[a-z]+\\s+)?and\\s.*");
        if (max != null && (max <= value || joinedByAnd && !between || PHONE.matcher(m.group()).find())) {
            return null; // "3-1 victory", "555-1234", "$5 million and 3 aides": not a range
        }
        boolean isWordNumber = Character.isLetter(number.charAt(0));
        if (unit.equals("count") && (isYearOrTime(body, m, number) || isWordNumber && m.group(1) == null
                && !number.endsWith(" of") && !number.toLowerCase(Locale.ROOT).endsWith("dozen"))) {
            return null;
        }
        String bound = max != null ? "range" : bound(m.group(1));
        String rest = body.substring(m.end(), Math.min(body.length(), m.end() + COUNTED_WINDOW));
        String counted = unit.equals("count") ? counted(rest) : isCurrency(unit) ? moneyCounted(rest) : null;
        if (unit.equals("count") && counted == null && m.group(5) == null) {
            return null; // a bare number with nothing counted: a score, a page number, an id
        }
        int end = m.end();
        return new Quantity(body.substring(m.start(), end).strip(), value, max, unit, bound, counted, m.start(), end);
    }

    private static String unit(@Nullable String currency, @Nullable String word) {
        if (word != null && (word.equals("%") || word.startsWith("per"))) {
            return "percent";
        }
        if ("€".equals(currency) || "euros".equals(word)) {
            return "EUR";
        }
        if ("£".equals(currency) || "pounds".equals(word)) {
            return "GBP";
        }
        if (currency != null || "dollars".equals(word)) {
            return "USD";
        }
        return "count";
    }

    /** The number the words give, or NaN when they give none (the quantity is then dropped). */
    static double number(String s) {
        Double w = WORDS.get(s.toLowerCase(Locale.ROOT));
        if (w != null) {
            return w;
        }
        Matcher dozen = DOZEN.matcher(s);
        if (dozen.matches()) {
            return 12 * number(dozen.group(1)); // "four dozen" = 48, "half a dozen" = 6
        }
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static @Nullable String longScale(@Nullable String s) {
        return s == null || s.length() > 2 ? s : null;
    }

    private static double scale(@Nullable String s) {
        if (s == null) {
            return 1;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1e12;
            case "billion", "bn" -> 1e9;
            case "million", "m" -> 1e6;
            case "thousand", "k" -> 1e3;
            default -> 1;
        };
    }

    private static String bound(@Nullable String words) {
        if (words == null) {
            return "=";
        }
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "above", "upwards of", "in excess of" -> ">";
            case "at least", "no fewer than", "no less than" -> ">=";
            case "nearly", "almost", "just under", "fewer than", "less than", "under" -> "<";
            case "up to", "as many as" -> "<=";
            default -> "~";
        };
    }

    /**
     * A four-digit year, a time ("10:15", "6 p.m."), a date's day ("March 10"), or an ordinal ("2nd"): not a count.
     */
    private static boolean isYearOrTime(String body, Matcher m, String number) {
        if (number.matches("(1[89]|20)\\d\\d") && m.group(5) == null) {
            return true;
        }
        int after = m.end(4);
        if (after < body.length() && (body.charAt(after) == ':' || body.startsWith("th", after)
                || body.startsWith("st", after) || body.startsWith("nd", after) || body.startsWith("rd", after))) {
            return true;
        }
        String before = body.substring(Math.max(0, m.start(4) - 12), m.start(4)).toLowerCase(Locale.ROOT);
        String after4 = body.substring(after, Math.min(body.length(), after + 12)).toLowerCase(Locale.ROOT);
        if (CLOCK_AFTER.matcher(after4).lookingAt()) {
            return true; // "around 6 p.m.": a clock time is never a count
        }
        return MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after4).lookingAt() || before.endsWith(":");
    }

    /** The noun phrase after a count, up to three words, stopping at a preposition or verb-like word. */
    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }

    /**
     * What a sum is made of, where the words after it say so with "in" or "worth of" and no article: "$2 million in
     * private donations", "$40 million worth of grain". "$5 million in the first quarter", "$5 million in March" and
     * "$5 million to the fund" say when or where it went, not what it is.
     */
    private static @Nullable String moneyCounted(String rest) {
        Matcher c = MONEY_COUNTED.matcher(rest);
        if (!c.find() || MONTH_OR_DAY.matcher(c.group(1)).matches()) {
            return null;
        }
        return counted(rest.substring(c.start(1) - 1));
    }

    private static @Nullable String counted(String rest) {
        Matcher c = COUNTED.matcher(rest);
        if (!c.find()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : c.group(1).split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            // After the first word, a past tense or a common verb ends the noun phrase: "19 people died".
            if (STOP_WORDS.contains(lw) || !words.isEmpty() && (lw.endsWith("ed") || VERBS.contains(lw))) {
                break;
            }
            words.add(w);
        }
        if (words.isEmpty() || NOT_COUNTED.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return String.join(" ", words);
    }
}
