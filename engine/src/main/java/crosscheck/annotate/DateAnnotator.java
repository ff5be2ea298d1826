package crosscheck.annotate;

import crosscheck.core.Article;
import crosscheck.core.DateMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds date expressions and resolves them against the article's publication date: absolute dates ("March 10,
 * 2026", "October 2022", "2021"), weekdays ("on Wednesday": the last such day on or before publication, or the first
 * on or after it in a clause that speaks of what is to come, "will be held on Sunday", as news writes them), "yesterday", "last month", "earlier this week", "four years ago", and qualified periods ("late
 * 2022", "the fall of 2022"). Relative expressions in an article with no known date are kept but marked unresolved,
 * never resolved against today. Stateless; thread-safe.
 */
public final class DateAnnotator {

    /** A month as news writes it, title case or, in datelines and time stamps, capitals ("JUNE 6, 2013"). */
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|"
            + "APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** A weekday written before a full date belongs to it: "Saturday, Oct. 5, 2024", "THURSDAY, JUNE 30, 2005". */
    private static final String DAY_PREFIX = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|"
            + "TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\\s+)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** The part of a day said after it: "Thursday morning", "yesterday afternoon", "late Friday night". */
    private static final String DAY_PART = "(?i:morning|afternoon|evening|night)";
    private static final String COUNT = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)";
    static final Pattern DATE = Pattern.compile(String.join("|",
            "(?<mdy>\\b" + DAY_PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b)",
            "(?<dmy>\\b" + DAY_PREFIX + "(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "\\b)",
            "(?<iso>\\b" + YEAR + "-(\\d\\d)-(\\d\\d)\\b)",
            "(?<qualified>\\b(?i:(early|mid|late)[- ]|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+)" + YEAR + "\\b)",
            "(?<my>\\b" + MONTH + ",?\\s+" + YEAR + "\\b)",
            "(?<md>\\b" + DAY_PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d))",
            "(?<ago>\\b(?i:" + COUNT + "\\s+(day|week|month|year)s?\\s+ago)\\b)",
            "(?<rel>\\b(?i:(?:(earlier|later)\\s+)?(last|next|this)\\s+(week|month|year))\\b)",
            "(?<relseason>\\b(?<swhich>(?i:last|next|this))\\s+(?<sname>(?i:spring|summer|fall|autumn|winter|"
                    + "weekend))\\b)",
            "(?<weekday>\\b(?:(?<wkedge>(?i:early|late))\\s+)?(?:(?<wkwhich>(?i:last|next|this))\\s+)?(?<wkname>"
                    + WEEKDAY + ")(?:\\s+(?<wkpart>" + DAY_PART + "))?\\b)",
            "(?<day>\\b(?:(?<dayedge>(?i:early|late))\\s+)?(?:(?<dayword>(?i:yesterday|today|tomorrow|tonight))"
                    + "(?:\\s+(?<daypart>" + DAY_PART + "))?|(?<partwhich>(?i:this))\\s+(?<partname>(?i:morning|afternoon|"
                    + "evening))|(?<lastwhich>(?i:last))\\s+(?<lastname>(?i:night|evening)))\\b)",
            "(?<inmonth>\\b(?i:in)\\s+(?<inmonthname>" + MONTH + ")\\b(?!\\s*\\d))",
            "(?<year>\\b(?i:in|since|by|until|from|during)\\s+(?<yearnum>" + YEAR + ")\\b)",
            "(?<decade>\\b(?i:the\\s+)?(?<decadenum>(?:19|20)\\d)0['’]?s\\b)",
            // A clock time needs a.m./p.m., a time zone or "at" before it: "3:50" alone may be a score or a ratio.
            // The lookahead keeps a bare number ("at 9 May 2013", "12 people") from being taken for a time.
            "(?<time>\\b(?:(?<at>(?i:at|around|about|by|until|shortly\\s+(?:after|before)))\\s+)?(?<hh>\\d{1,2})"
                    + "(?=:\\d\\d|(?:\\.\\d\\d)?\\s*(?i:a\\.\\s?m|p\\.\\s?m|am\\b|pm\\b))"
                    + "(?:(?<sep>[:.])(?<mm>\\d\\d))?\\s*(?<ampm>(?i:a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b))?"
                    + "(?:\\s+(?<tz>local\\s+time|[ECMP][SD]?T\\b|GMT\\b|UTC\\b|BST\\b|CET\\b|CEST\\b))?)"));
    /** What may stand between a day and the clock time that belongs to it: "May 2, 2013, 1:12 PM", "Friday at 9". */
    private static final Pattern DAY_TIME_GAP = Pattern.compile("\\s*(?:,|\\||(?i:at))?\\s*");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(.*?\\S)?\\s*\\b(\\p{L}+)\\s+$");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("on", "by", "since", "until", "before",
            "after", "from", "through", "and", "but", "or", "last", "next", "this", "early", "late");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    /**
     * The start of the next match of {@link #DATE} at or after {@code from}, the matcher holding it; -1 when there is
     * none. The match {@code find()} would give: every alternative of {@code DATE} opens with {@code \\b} and then an
     * ASCII letter or digit ({@code \\d}, {@code \\s} and {@code (?i:)} are ASCII-only there), so no match starts at
     * a character that is not one, nor right after a word character ({@code \\b} fails between two); only the
     * other positions are tried, each as {@code find()} tries it (transparent bounds: {@code \\b} and lookaheads see
     * past the region). {@code find()} tries all sixteen alternatives at every character of the article.
     */
    static int next(Matcher m, String body, int from) {
        int n = body.length();
        for (int k = from; k < n; k++) {
            char c = body.charAt(k);
            boolean asciiWord = c < 128 && Character.isLetterOrDigit(c);
            if (!asciiWord) {
                continue;
            }
            if (k > 0) {
                char before = body.charAt(k - 1);
                if (!Character.isSurrogate(before) && (before == '_' || Character.isLetterOrDigit(before))) {
                    continue;
                }
            }
            m.region(k, n);
            if (m.lookingAt()) {
                return k;
            }
        }
        return -1;
    }

    /** The article's date expressions, in order. */
    public List<DateMention> annotate(Article article) {
        LocalDate anchor = publicationDay(article.published());
        String body = article.body();
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(body).useTransparentBounds(true);
        for (int from = 0; (from = next(m, body, from)) >= 0; from = m.end()) {
            DateMention d = m.group("time") != null ? time(m) : mention(m, anchor, body);
            if (d == null) {
                continue;
            }
            DateMention before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (m.group("time") != null && before != null && before.precision().equals("day")
                    && DAY_TIME_GAP.matcher(body.substring(before.end(), d.start())).matches()) {
                // The time of the day just named: one mention, precise to the minute.
                out.set(out.size() - 1, new DateMention(body.substring(before.start(), d.end()),
                        before.value() == null ? null : before.value() + d.value(), d.precision(), before.qualifier(),
                        before.resolved(), before.start(), d.end()));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * A clock time ("at 3:33 a.m.", "4pm", "12:50 PM EDT") as {@code T03:33}: ISO 8601's time of day. Alone it names
     * no day, so it stays unresolved; after a day it joins that day's mention. Null for what only looks like a time
     * (no a.m./p.m., no time zone and no "at"; "3.50" without a.m./p.m.; an hour past 23).
     */
    private static @Nullable DateMention time(Matcher m) {
        String ampm = m.group("ampm") == null ? null : m.group("ampm").toLowerCase(Locale.ROOT);
        if (ampm == null && (m.group("tz") == null && m.group("at") == null || ".".equals(m.group("sep")))) {
            return null; // "3:50" alone may be a score, "at 3.50" a price
        }
        int hour = Integer.parseInt(m.group("hh"));
        int minute = m.group("mm") == null ? 0 : Integer.parseInt(m.group("mm"));
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (ampm.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        String text = m.group().strip();
        return new DateMention(text, String.format(Locale.ROOT, "T%02d:%02d", hour, minute),
                m.group("mm") == null ? "hour" : "minute", null, false, m.start(), m.start() + text.length());
    }

    /** The day of an ISO 8601 date or date-time ({@code 2026-03-10}, {@code 2026-03-10T08:30:00Z}), or null. */
    public static @Nullable LocalDate publicationDay(@Nullable String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable DateMention mention(Matcher m, @Nullable LocalDate anchor, String body) {
        String text = m.group();
        int start = m.start();
        int end = m.end();
        try {
            if (m.group("mdy") != null) {
                return day(text, LocalDate.of(Integer.parseInt(m.group(4)), month(m.group(2)), Integer.parseInt(m.group(3))),
                        start, end);
            }
            if (m.group("dmy") != null) {
                return day(text, LocalDate.of(Integer.parseInt(m.group(8)), month(m.group(7)), Integer.parseInt(m.group(6))),
                        start, end);
            }
            if (m.group("iso") != null) {
                return day(text, LocalDate.of(Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)),
                        Integer.parseInt(m.group(12))), start, end);
            }
            if (m.group("qualified") != null) {
                String qualifier = m.group(14) != null ? m.group(14).toLowerCase(Locale.ROOT)
                        : m.group(15).toLowerCase(Locale.ROOT).replace("autumn", "fall");
                return new DateMention(text, m.group(16), m.group(14) != null ? "year" : "season", qualifier, true,
                        start, end);
            }
            if (m.group("my") != null) {
                return new DateMention(text, YearMonth.of(Integer.parseInt(m.group(19)), month(m.group(18))).toString(),
                        "month", null, true, start, end);
            }
            if (m.group("md") != null) {
                if (anchor == null) {
                    return new DateMention(text, null, "day", null, false, start, end);
                }
                LocalDate d = LocalDate.of(anchor.getYear(), month(m.group(21)), Integer.parseInt(m.group(22)));
                // Without a year, news means the nearest such date: within half a year of publication.
                if (d.isAfter(anchor.plusMonths(6))) {
                    d = d.minusYears(1);
                } else if (d.isBefore(anchor.minusMonths(6))) {
                    d = d.plusYears(1);
                }
                return day(text, d, start, end);
            }
            if (m.group("ago") != null) {
                int n = count(m.group(24));
                String unit = m.group(25).toLowerCase(Locale.ROOT);
                return relative(text, anchor, unit, a -> switch (unit) {
                    case "day" -> a.minusDays(n);
                    case "week" -> a.minusWeeks(n);
                    case "month" -> a.minusMonths(n);
                    default -> a.minusYears(n);
                }, start, end);
            }
            if (m.group("rel") != null) {
                String which = m.group(28).toLowerCase(Locale.ROOT);
                String unit = m.group(29).toLowerCase(Locale.ROOT);
                int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                String qualifier = m.group(27) == null ? null : m.group(27).toLowerCase(Locale.ROOT);
                DateMention d = relative(text, anchor, unit, a -> switch (unit) {
                    case "week" -> a.plusWeeks(shift);
                    case "month" -> a.plusMonths(shift);
                    default -> a.plusYears(shift);
                }, start, end);
                return new DateMention(d.text(), d.value(), d.precision(), qualifier, d.resolved(), start, end);
            }
            if (m.group("relseason") != null) {
                return relativeSeason(text, m.group("swhich").toLowerCase(Locale.ROOT),
                        m.group("sname").toLowerCase(Locale.ROOT).replace("autumn", "fall"), anchor, start, end);
            }
            if (m.group("weekday") != null) {
                String which = m.group("wkwhich");
                if (which == null && m.group("wkedge") == null && isNamePart(body, start)) {
                    return null; // "Black Friday", "Good Friday": a name, not a day of this week
                }
                which = which == null && isFuture(body, start) ? "coming" : which;
                return qualified(weekday(text, which, m.group("wkname"), anchor, start, end), m.group("wkedge"),
                        m.group("wkpart"));
            }
            if (m.group("day") != null) {
                String w = m.group("dayword") != null ? m.group("dayword").toLowerCase(Locale.ROOT)
                        : m.group("lastwhich") != null ? "yesterday" : "today";
                int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
                String part = m.group("daypart") != null ? m.group("daypart") : m.group("partname") != null
                        ? m.group("partname") : m.group("lastname") != null ? m.group("lastname")
                        : w.equals("tonight") ? "night" : null;
                return qualified(relative(text, anchor, "day", a -> a.plusDays(shift), start, end), m.group("dayedge"),
                        part);
            }
            if (m.group("inmonth") != null) {
                if (anchor == null) {
                    return new DateMention(text, null, "month", null, false, start, end);
                }
                YearMonth ym = YearMonth.of(anchor.getYear(), month(m.group("inmonthname")));
                if (ym.isAfter(YearMonth.from(anchor))) {
                    ym = ym.minusYears(1);
                }
                return new DateMention(text, ym.toString(), "month", null, true, start, end);
            }
            if (m.group("decade") != null) {
                return new DateMention(text, m.group("decadenum") + "0s", "decade", null, true, start, end);
            }
            if (m.group("year") != null) {
                return new DateMention(text, m.group("yearnum"), "year", null, true, start, end);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "February 30": not a date
        }
        return null;
    }

    /** True when the word before {@code start} is a capitalised word that is not a sentence's first word. */
    private static boolean isNamePart(String body, int start) {
        Matcher w = PREVIOUS_WORD.matcher(body.substring(Math.max(0, start - 30), start));
        if (!w.find()) {
            return false;
        }
        String word = w.group(2);
        boolean sentenceStart = w.group(1) == null || w.group(1).matches(".*[.!?\"“”]\\s*$");
        return Character.isUpperCase(word.charAt(0)) && !sentenceStart && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The mention with its qualifier: "early" or "late" before the day, the part of the day after it ("late night",
     * "morning"); lower case, one space between the two.
     */
    private static DateMention qualified(DateMention d, @Nullable String edge, @Nullable String part) {
        if (edge == null && part == null) {
            return d;
        }
        String q = ((edge == null ? "" : edge + " ") + (part == null ? "" : part)).strip().toLowerCase(Locale.ROOT);
        return new DateMention(d.text(), d.value(), d.precision(), q, d.resolved(), d.start(), d.end());
    }

    private static DateMention day(String text, LocalDate d, int start, int end) {
        return new DateMention(text, d.toString(), "day", null, true, start, end);
    }

    private static DateMention relative(String text, @Nullable LocalDate anchor, String unit,
                                        java.util.function.UnaryOperator<LocalDate> shift, int start, int end) {
        if (anchor == null) {
            return new DateMention(text, null, unit, null, false, start, end);
        }
        LocalDate d = shift.apply(anchor);
        String value = switch (unit) {
            case "day" -> d.toString();
            case "week" -> d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d",
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> YearMonth.from(d).toString();
            default -> Integer.toString(d.getYear());
        };
        return new DateMention(text, value, unit, null, true, start, end);
    }

    /**
     * "last summer", "this winter", "next weekend". A season is the year it starts in (spring in March, summer in
     * June, fall in September, winter in December), with the season as qualifier, as "the summer of 2022" is; "last"
     * is the latest one that has ended by publication, "next" the first to start after it. A weekend is the ISO week
     * of its Saturday, qualified "weekend".
     */
    private static DateMention relativeSeason(String text, String which, String name, @Nullable LocalDate anchor,
                                              int start, int end) {
        boolean weekend = name.equals("weekend");
        if (anchor == null) {
            return new DateMention(text, null, weekend ? "week" : "season", name, false, start, end);
        }
        if (weekend) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate saturday = monday.plusDays(switch (which) {
                case "last" -> -2;
                case "next" -> 12;
                default -> 5;
            });
            DateMention w = relative(text, saturday, "week", d -> d, start, end);
            return new DateMention(text, w.value(), "week", "weekend", true, start, end);
        }
        int startMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall" -> 9;
            default -> 12;
        };
        int year = anchor.getYear();
        if (startMonth == 12 && anchor.getMonthValue() <= 2) {
            year--; // January's winter began the December before
        }
        LocalDate seasonStart = LocalDate.of(year, startMonth, 1);
        if (which.equals("last") && seasonStart.plusMonths(3).isAfter(anchor)) {
            year--;
        } else if (which.equals("next") && !seasonStart.isAfter(anchor)) {
            year++;
        }
        return new DateMention(text, Integer.toString(year), "season", name, true, start, end);
    }

    private static final Pattern FUTURE = Pattern.compile("\\b(will|would|['’]ll|(is|are|was|were) (expected|due|set|"
            + "scheduled|planned|going) to|plans? to|planning to|to be held|is to|are to)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * True when the clause before a weekday speaks of what is to come ("will be held on Sunday", "said it would
     * table a motion on Wednesday", "is expected to approve it at a meeting on Friday"): the sentence, back to its
     * start or 120 characters, holds a future form.
     */
    static boolean isFuture(String body, int start) {
        int from = Math.max(0, start - 120);
        String before = body.substring(from, start);
        int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('\n'), before.lastIndexOf("; ")));
        return FUTURE.matcher(before.substring(stop + 1)).find();
    }

    /**
     * A weekday in news is the last such day on or before publication, or the first on or after it when the clause
     * speaks of what is to come; "next Monday" the first after it, "last Monday" the last before it.
     */
    private static DateMention weekday(String text, @Nullable String which, String name, @Nullable LocalDate anchor,
                                       int start, int end) {
        if (anchor == null) {
            return new DateMention(text, null, "day", null, false, start, end);
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String w = which == null ? "" : which.toLowerCase(Locale.ROOT);
        LocalDate d = switch (w) {
            case "next" -> anchor.with(TemporalAdjusters.next(day));
            case "coming" -> anchor.with(TemporalAdjusters.nextOrSame(day));
            case "last" -> anchor.with(TemporalAdjusters.previous(day));
            default -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
        return day(text, d, start, end);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new NumberFormatException("not a month: " + name);
    }

    private static int count(String s) {
        Integer n = NUMBERS.get(s.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(s);
    }
}
