package crosscheck.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the publication dates that pages and feeds state, in their many forms, into ISO 8601: a date-time with
 * its offset when one is given ({@code 2026-03-10T08:30:00+01:00}), a local date-time when no offset is given,
 * or a date ({@code 2026-03-10}).
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{1,2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_ANYWHERE = Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The date in ISO 8601, or null when none is found. */
    public static @Nullable String normalize(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        String iso = fromIso(s);
        if (iso != null) {
            return iso;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // not RFC 1123; try the written forms
        }
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
        }
        return null;
    }

    /** True when the text holds a date anywhere: ISO ({@code 2019-11-20}) or written ({@code Nov. 20, 2019}). */
    public static boolean containsDate(String text) {
        return ISO_ANYWHERE.matcher(text).find() || MONTH_DAY_YEAR.matcher(text).find()
                || DAY_MONTH_YEAR.matcher(text).find();
    }

    /** A date written in a URL path ({@code /2026/03/10/}), or null. */
    public static @Nullable String fromUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    private static @Nullable String fromIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            if (m.group(4) == null) {
                return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).toString();
            }
            String seconds = m.group(6) == null ? "00" : m.group(6).length() == 1 ? "0" + m.group(6) : m.group(6);
            String time = m.group(4) + ":" + m.group(5) + ":" + seconds;
            String base = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + time;
            String zone = m.group(7);
            if (zone == null) {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(base));
            }
            if (!zone.equals("Z") && zone.indexOf(':') < 0) {
                zone = zone.substring(0, 3) + ":" + zone.substring(3);
            }
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(base + zone));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String date(String year, @Nullable Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
