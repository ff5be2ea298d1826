package crosscheck.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar date written in a short text, the way pages write them in datelines, bylines and meta tags:
 * numeric ({@code 2020-03-16}, {@code 2020/03/16}, {@code 20200316T08:00}, {@code 16.03.2020}, {@code 03/16/2020}),
 * with a month name in English, German, French, Spanish, Italian, Portuguese, Russian, Dutch, the Scandinavian
 * languages, Polish, Czech, Romanian, Turkish, Hungarian, Finnish, Indonesian, Ukrainian, Bulgarian or Greek
 * ({@code March 16, 2020}, {@code 16. März 2020}, {@code 16 de marzo de 2020}, {@code 16 марта 2020},
 * {@code 2020. március 16.}), or in Chinese, Japanese and Korean
 * form ({@code 2020年3月16日}); Arabic month names are read too, with the Levantine name before them
 * ({@code 24 نيسان / أبريل 2020}). Digits of any script count ({@code ۲۰۲۰}). The earliest date in the text wins.
 * Ambiguous day/month orders ({@code 03/04/2020}) are read month first only on English pages with a slash, as
 * American outlets write them, day first elsewhere.
 */
final class WrittenDates {

    private static final String ORD = "(?:st|nd|rd|th|er|º|°|\\.)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})" + ORD
            + "\\s*(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,11})\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Year, month name and day, as Hungarian writes dates: "2020. március 16.". */
    private static final Pattern YEAR_DOT_MONTH_DAY = Pattern.compile("(?<![\\d.])(\\d{4})\\.\\s*(\\p{L}{3,12})\\.?"
            + "\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?:T\\d{2}|(?!\\d))");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    /**
     * A day, the Levantine month name, a slash and the standard Arabic one, then the year, as outlets in Jordan, Syria,
     * Lebanon and Palestine write dates ("24 نيسان / أبريل 2020", "3 كانون الثاني / يناير 2021"): read by the second.
     */
    private static final Pattern LEVANTINE = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+\\p{L}{2,8}(?:\\s\\p{L}{4,7})?"
            + "\\s*/\\s*(\\p{L}{3,11})\\s+(\\d{4})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** A month and day in Chinese, Japanese or Korean form at the start of a text, the year optional. */
    private static final Pattern CJK_DAY_FIRST = Pattern.compile(
            "\\s*(?:\\d{4}\\s*[年년]\\s*)?\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]");
    private static final Map<String, Integer> MONTHS = months();

    private WrittenDates() {
    }

    /**
     * The first date written in {@code text}, or null. {@code language} is the page's language code, used only to
     * order an ambiguous numeric day and month; {@code compact} admits {@code 20200316} without separators (for
     * meta values, never for running text, where such digits are mostly identifiers).
     */
    static @Nullable LocalDate read(@Nullable String text, @Nullable String language, boolean compact) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = asciiDigits(text);
        Best best = new Best();
        Matcher m = YEAR_MONTH_DAY.matcher(s);
        if (m.find()) {
            best.offer(date(m.group(1), Integer.parseInt(m.group(3)), m.group(4)), m.start());
        }
        m = CJK.matcher(s);
        if (m.find()) {
            best.offer(date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), m.start());
        }
        named(DAY_MONTH_YEAR.matcher(s), 1, 2, best);
        named(LEVANTINE.matcher(s), 1, 2, best);
        named(MONTH_DAY_YEAR.matcher(s), 2, 1, best);
        yearFirst(YEAR_DOT_MONTH_DAY.matcher(s), best);
        m = DAY_FIRST.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean monthFirst = b > 12 || a <= 12 && m.group(2).equals("/") && language != null
                    && language.toLowerCase(Locale.ROOT).startsWith("en") && !isBritish(language);
            best.offer(monthFirst ? date(m.group(4), a, m.group(3)) : date(m.group(4), b, m.group(1)), m.start());
        }
        if (compact) {
            m = COMPACT.matcher(s);
            if (m.find()) {
                best.offer(date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), m.start());
            }
        }
        return best.date;
    }

    /**
     * Whether the text opens with a month and day in Chinese, Japanese or Korean form, with or without a year
     * ("2月15日（土）7時0分 …"): a date line under a headline, even where no year says which date it is.
     */
    static boolean opensWithCjkDay(String text) {
        return CJK_DAY_FIRST.matcher(text).lookingAt();
    }

    /** The earliest date offered so far. */
    private static final class Best {
        private @Nullable LocalDate date;
        private int at = Integer.MAX_VALUE;

        void offer(@Nullable LocalDate d, int start) {
            if (d != null && start < at) {
                date = d;
                at = start;
            }
        }
    }

    /** The first match of a pattern with a month name (group {@code month}, year in group 3) that is a date. */
    private static void named(Matcher m, int day, int month, Best best) {
        while (m.find() && m.start() < best.at) {
            LocalDate d = date(m.group(3), MONTHS.get(m.group(month).toLowerCase(Locale.ROOT)), m.group(day));
            if (d != null) {
                best.offer(d, m.start());
                return;
            }
        }
    }

    /** The first match of {@link #YEAR_DOT_MONTH_DAY} that is a date. */
    private static void yearFirst(Matcher m, Best best) {
        while (m.find() && m.start() < best.at) {
            LocalDate d = date(m.group(1), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(3));
            if (d != null) {
                best.offer(d, m.start());
                return;
            }
        }
    }

    private static boolean isBritish(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.length() > 2 && !l.endsWith("us");
    }

    /** The text with every decimal digit of any script replaced by its ASCII digit. */
    static String asciiDigits(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return b == null ? text : b.toString();
    }

    private static @Nullable LocalDate date(String year, @Nullable Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // en, de, fr, es, it, pt, ru (nominative and genitive), abbreviations
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
                "январь", "января", "янв"},
            {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fév", "febrero", "febbraio",
                "fevereiro", "fev", "февраль", "февраля", "фев"},
            {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "март", "марта"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "май", "мая"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июнь", "июня", "июн"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июль", "июля", "июл"},
            {"august", "aug", "août", "aout", "agosto", "ago", "август", "августа", "авг"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
                "сентябрь", "сентября", "сен", "сент"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "октябрь",
                "октября", "окт"},
            {"november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "декабрь", "декабря", "дек"},
        };
        // Dutch, Swedish, Danish and Norwegian, Polish and Czech (nominative and genitive), Romanian, Turkish,
        // Hungarian, Finnish, Indonesian, Ukrainian, Bulgarian, Greek (genitive, with and without accents).
        // Croatian is left out: its "listopada" is October, Polish's is November.
        String[][] more = {
            {"januari", "stycznia", "styczeń", "ledna", "leden", "ianuarie", "ocak", "január", "tammikuuta",
                "січня", "януари", "ιανουαρίου", "ιανουαριου"},
            {"februari", "lutego", "luty", "února", "únor", "februarie", "şubat", "subat", "február",
                "helmikuuta", "лютого", "февруари", "φεβρουαρίου", "φεβρουαριου"},
            {"maart", "marts", "marca", "marzec", "března", "březen", "martie", "mart", "március", "maret",
                "maaliskuuta", "березня", "μαρτίου", "μαρτιου"},
            {"kwietnia", "kwiecień", "dubna", "duben", "aprilie", "nisan", "április", "huhtikuuta", "квітня",
                "април", "απριλίου", "απριλιου"},
            {"mei", "maj", "maja", "května", "květen", "mayıs", "május", "toukokuuta", "травня", "μαΐου",
                "μαϊου", "μαιου", "mayis"},
            {"czerwca", "czerwiec", "června", "červen", "iunie", "haziran", "június", "kesäkuuta", "червня", "юни",
                "ιουνίου", "ιουνιου"},
            {"lipca", "lipiec", "července", "červenec", "iulie", "temmuz", "július", "heinäkuuta", "липня", "юли",
                "ιουλίου", "ιουλιου"},
            {"augustus", "augusti", "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustos", "augusztus",
                "agustus", "elokuuta", "серпня", "αυγούστου", "αυγουστου"},
            {"września", "wrzesień", "září", "septembrie", "eylül", "eylul", "szeptember", "syyskuuta", "вересня",
                "септември", "σεπτεμβρίου", "σεπτεμβριου"},
            {"października", "październik", "října", "říjen", "octombrie", "ekim", "október", "lokakuuta",
                "жовтня", "октомври", "οκτωβρίου", "οκτωβριου"},
            {"listopada", "listopad", "listopadu", "noiembrie", "kasım", "kasim", "marraskuuta", "листопада",
                "ноември", "νοεμβρίου", "νοεμβριου"},
            {"desember", "grudnia", "grudzień", "prosince", "prosinec", "decembrie", "aralık", "aralik",
                "joulukuuta", "грудня", "декември", "δεκεμβρίου", "δεκεμβριου"},
        };
        // Arabic, as Egyptian and Gulf outlets write the months
        String[] arabic = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"};
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
            map.put(arabic[i], i + 1);
            map.put(arabic[i].replace('أ', 'ا'), i + 1); // often written without the hamza
            for (String n : more[i]) {
                map.put(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
