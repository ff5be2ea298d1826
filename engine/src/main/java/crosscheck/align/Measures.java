package crosscheck.align;

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
 * The ages ("a 12-year-old girl", "Arvid Wren, 15,") and times of day ("around 7:30 p.m.", "just before
 * midnight") a sentence states: figures of their own kind, compared only with figures of the same kind, never with
 * counts. An age's {@link Quantity#counted()} is whom it is the age of: a name ("Arvid Wren") or, without one, the
 * noun ("girl"). Times are in hours after midnight (7:30 p.m. is 19.5). Stateless; thread-safe.
 */
final class Measures {

    /** The unit of an age in years. */
    static final String AGE = "age";
    /** The unit of a time of day, in hours after midnight. */
    static final String TIME = "time";
    /** The unit of a calendar day, in days since 1970-01-01. */
    static final String DATE = "date";
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
    private static final Map<String, Integer> WORDS = words();
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}.,-])(\\d{1,3}|" + SMALL
            + ")[- ]years?[- ]old(?![\\p{L}-])");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern APPOSITION = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?: +(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,3})"
            + ",\\s+(\\d{1,3})(?=\\s*(?:[,.;)]|$)|\\s+(?:and|was|is|who|had|has|died)\\b)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    private static final Pattern CLOCK = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}:.,$])(?:(about|around|approximately|"
            + "roughly|shortly after|just after|soon after|right after|after|shortly before|just before|right before|"
            + "before)\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s?([ap])\\.?\\s?m(?![\\p{L}])\\.?|(\\d{1,2}):(\\d{2})"
            + "(?![\\d:])|(midnight|noon)\\b)");
    private static final Pattern NIGHT = Pattern.compile("(?i)\\b(?:night|tonight|overnight)\\b");
    private static final Pattern EVENING = Pattern.compile("(?i)\\b(?:evening|afternoon)\\b");
    private static final Pattern MORNING = Pattern.compile("(?i)\\bmorning\\b");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "police", "officials", "authorities");
    private static final Set<String> FEMALE = Set.of("woman", "girl", "daughter", "stepdaughter", "sister",
            "half-sister", "stepsister", "mother", "stepmother", "wife", "granddaughter", "grandmother", "niece",
            "aunt", "girlfriend", "female", "lady", "mom");
    private static final Set<String> MALE = Set.of("man", "boy", "son", "stepson", "brother", "half-brother",
            "stepbrother", "father", "stepfather", "husband", "grandson", "grandfather", "nephew", "uncle",
            "boyfriend", "male", "gunman", "dad");
    private static final Set<String> PERSONS = Set.of("child", "kid", "baby", "toddler", "infant", "teen", "teenager",
            "youth", "juvenile", "student", "cousin", "friend", "suspect", "victim", "shooter", "driver", "officer",
            "resident", "person", "neighbor", "relative", "sibling", "stepchild", "grandchild", "passenger",
            "motorist", "pedestrian", "employee", "worker", "veteran");

    private Measures() {
    }

    /** The ages and times of day in the sentence, with offsets in the article's body. */
    static List<Quantity> read(StorySentence s) {
        List<Quantity> out = new ArrayList<>();
        // Every age and time holds a digit or a word the patterns need: most sentences are passed over at once.
        boolean digit = hasDigit(s.text());
        String lower = s.text().toLowerCase(Locale.ROOT);
        if (digit || lower.contains("year")) {
            ages(s.text(), s.start(), out);
        }
        if (digit || lower.contains("midnight") || lower.contains("noon")) {
            times(s.text(), s.start(), out);
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /** True when both sentences name a weekday and no weekday is in both: they speak of different days. */
    static boolean weekdaysDiffer(String a, String b) {
        Set<String> da = weekdays(a);
        Set<String> db = weekdays(b);
        return !da.isEmpty() && !db.isEmpty() && java.util.Collections.disjoint(da, db);
    }

    private static Set<String> weekdays(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The calendar days the sentence names ("Nov. 11, 2015", "Friday, June 3"), as days since 1970-01-01. A day
     * written without its year that the date reader put after the article's publication is the year before ("Nov.
     * 2" in a May report).
     */
    static List<Quantity> dates(List<crosscheck.core.DateMention> dates, StorySentence s,
                                @Nullable String published) {
        List<Quantity> out = new ArrayList<>();
        for (crosscheck.core.DateMention d : dates) {
            // A date that starts in the sentence is its own even where the sentence was cut after "Nov.".
            if (d.start() < s.start() || d.start() >= s.end() || !d.resolved() || d.value() == null
                    || d.value().length() < 10 || !(d.precision().equals("day") || d.precision().equals("minute"))
                    || !MONTH.matcher(d.text()).find()) {
                continue;
            }
            java.time.LocalDate day;
            try {
                day = java.time.LocalDate.parse(d.value().substring(0, 10));
                if (published != null && published.length() >= 10 && !YEAR.matcher(d.text()).find()
                        && day.isAfter(java.time.LocalDate.parse(published.substring(0, 10)))) {
                    day = day.minusYears(1);
                }
            } catch (java.time.format.DateTimeParseException e) {
                continue;
            }
            out.add(new Quantity(d.text(), day.toEpochDay(), null, DATE, "=", null, d.start(), d.end()));
        }
        return out;
    }

    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            + "dec)[a-z]*\\.?\\s+\\d");

    /** The noun's gender, "f" or "m", or null when it has none or is not a person. */
    static @Nullable String gender(@Nullable String noun) {
        return noun == null ? null : FEMALE.contains(noun) ? "f" : MALE.contains(noun) ? "m" : null;
    }

    /** True when the words name a person rather than describe one ("Arvid Wren", not "girl"). */
    static boolean isName(@Nullable String who) {
        return who != null && !who.isEmpty() && Character.isUpperCase(who.charAt(0));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void ages(String text, int offset, List<Quantity> out) {
        Matcher m = AGE_BEFORE.matcher(text);
        while (m.find()) {
            Integer v = value(m.group(1));
            if (v == null || v == 0 || v > 120) {
                continue;
            }
            String who = after(text.substring(m.end()));
            out.add(new Quantity(m.group(), v, null, AGE, "=", who, offset + m.start(), offset + m.end()));
        }
        Matcher a = APPOSITION.matcher(text);
        while (a.find()) {
            int v = Integer.parseInt(a.group(2));
            String name = a.group(1);
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (v == 0 || v > 110 || NOT_NAMES.contains(first)) {
                continue;
            }
            out.add(new Quantity(a.group(2), v, null, AGE, "=", name, offset + a.start(2), offset + a.end(2)));
        }
    }

    /**
     * Whom an age before a noun phrase is the age of: the name that follows ("15-year-old Arvid Wren"), else the
     * first person noun among the next words ("11-year-old stepdaughter", "17-year-old Halvergate male"), else null.
     */
    private static @Nullable String after(String rest) {
        Matcher t = TOKEN.matcher(rest);
        List<String> names = new ArrayList<>();
        int seen = 0;
        while (t.find() && seen < 4) {
            if (t.start() > 0 && rest.substring(0, t.start()).matches("(?s).*[,;:()\"“”\\n].*|(?s).*\\p{Ll}\\..*")) {
                break; // the noun phrase ends at punctuation
            }
            String w = t.group();
            seen++;
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
            if (FEMALE.contains(lw) || MALE.contains(lw) || PERSONS.contains(lw)) {
                return lw;
            }
            if (NAME.matcher(w).matches() && !NOT_NAMES.contains(lw)) {
                if (names.size() == seen - 1) {
                    names.add(w.replaceAll("[.,'’]+$", ""));
                }
            } else if (!names.isEmpty()) {
                break;
            }
        }
        return names.size() >= 2 ? String.join(" ", names) : null;
    }

    private static void times(String text, int offset, List<Quantity> out) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            double hours;
            if (m.group(7) != null) {
                boolean midnight = m.group(7).equalsIgnoreCase("midnight");
                hours = midnight ? (m.group(1) != null && m.group(1).toLowerCase(Locale.ROOT).endsWith("before") ? 24
                        : 0) : 12;
            } else if (m.group(2) != null) {
                int h = Integer.parseInt(m.group(2));
                int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (h < 1 || h > 12 || min > 59) {
                    continue;
                }
                boolean pm = m.group(4).equalsIgnoreCase("p");
                hours = (h % 12) + (pm ? 12 : 0) + min / 60.0;
            } else {
                int h = Integer.parseInt(m.group(5));
                int min = Integer.parseInt(m.group(6));
                if (h > 23 || min > 59) {
                    continue;
                }
                if (h >= 13 || h == 0) {
                    hours = h + min / 60.0;
                } else if (EVENING.matcher(text).find() || NIGHT.matcher(text).find() && h >= 6 && h < 12) {
                    hours = h % 12 + 12 + min / 60.0; // "last night around 10:30"
                } else if (MORNING.matcher(text).find() || NIGHT.matcher(text).find() && h < 6) {
                    hours = h % 12 + min / 60.0;
                } else {
                    continue; // "10:30" with nothing to say which half of the day
                }
            }
            String bound = bound(m.group(1));
            out.add(new Quantity(m.group().strip(), hours, null, TIME, bound, null, offset + m.start(),
                    offset + m.start() + m.group().strip().length()));
        }
    }

    private static String bound(@Nullable String words) {
        if (words == null) {
            return "=";
        }
        String w = words.toLowerCase(Locale.ROOT);
        return w.endsWith("after") ? ">" : w.endsWith("before") ? "<" : "~";
    }

    private static @Nullable Integer value(String number) {
        Integer w = WORDS.get(number.toLowerCase(Locale.ROOT));
        return w != null ? w : number.chars().allMatch(Character::isDigit) ? Integer.valueOf(number) : null;
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> out = new java.util.HashMap<>();
        String[] w = SMALL.split("\\|");
        for (int i = 0; i < w.length; i++) {
            out.put(w[i], i + 1);
        }
        return Map.copyOf(out);
    }
}
