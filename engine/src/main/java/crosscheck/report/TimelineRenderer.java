package crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code timeline.json}: every story's timeline in the TimelineJS3 JSON format
 * (timeline.knightlab.com/docs/json-format.html), ready for {@code new TL.Timeline(id, "timeline.json")}. The
 * {@code title} slide names the report; each event is one dated entry of a story's {@code timeline}:
 * {@code start_date} ({@code year}, and {@code month}, {@code day}, {@code hour}, {@code minute} as far as the date
 * is precise, as numbers; {@code display_date} where the date is a week, a decade, or has a qualifier such as
 * "late"), {@code text} ({@code headline}: the dating sentence, cut to about 90 characters; {@code text}: the
 * whole sentence and the outlets of its articles), {@code group} (the story: TimelineJS shows each story on rows of its own) and
 * {@code unique_id} ({@code s1-t1}). An entry whose date TimelineJS cannot hold is left out.
 *
 * <p>TimelineJS renders the text fields (and group labels) as HTML, so every piece of article text is HTML-escaped
 * ({@code & < > " '}) and {@code autolink} is off: nothing from an article becomes markup, a script or a link.
 */
public final class TimelineRenderer implements Renderer {

    /** The file it writes. */
    public static final String FILE = "timeline.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final Pattern DATE = Pattern.compile(
            "(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2})"
                    + "(?:T(?<hour>[0-9]{2})(?::(?<minute>[0-9]{2}))?)?)?)?");
    private static final Pattern WEEK = Pattern.compile("(?<year>[0-9]{4})-W(?<week>[0-9]{2})");
    private static final Pattern DECADE = Pattern.compile("(?<year>[0-9]{3}0)s");

    @Override
    public void render(Report report, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(report));
        out.write('\n');
    }

    /** The timeline as a JSON tree. */
    public static ObjectNode toTree(Report report) {
        Map<String, Article> byId = ReportViews.articlesById(report);
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode events = MAPPER.createArrayNode();
        int stories = 0;
        for (Story s : report.stories()) {
            int n = 0;
            boolean any = false;
            for (CrossCheck.TimelineEntry t : s.check().timeline()) {
                n++;
                ObjectNode date = date(t);
                if (date == null) {
                    continue;
                }
                any = true;
                ObjectNode e = events.addObject();
                e.set("start_date", date);
                ObjectNode text = e.putObject("text");
                text.put("headline", html(shortened(t.text())));
                text.put("text", "<p>" + html(t.text()) + "</p><p>" + html(sources(t.articles(), byId)) + "</p>");
                e.put("group", html(s.id() + ": " + s.title()));
                e.put("unique_id", s.id() + "-t" + n);
                e.put("autolink", false);
            }
            stories += any ? 1 : 0;
        }
        ObjectNode title = root.putObject("title");
        ObjectNode text = title.putObject("text");
        text.put("headline", "crosscheck timeline");
        text.put("text", html(events.size() + " dated " + (events.size() == 1 ? "event" : "events") + " of "
                + stories + (stories == 1 ? " story" : " stories") + ", written by crosscheck " + report.version()));
        title.put("autolink", false);
        root.set("events", events);
        return root;
    }

    /** Characters a headline holds at most before it is cut (at a word, with "…"). */
    static final int HEADLINE_CHARS = 90;

    /** The sentence as a slide's headline: whole when short, else cut at a word within {@value #HEADLINE_CHARS}. */
    static String shortened(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= HEADLINE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', HEADLINE_CHARS);
        return s.substring(0, cut > HEADLINE_CHARS / 2 ? cut : HEADLINE_CHARS).replaceFirst("[,;:]$", "") + "…";
    }

    /** The TimelineJS date object of an entry, or null when its date is none TimelineJS can hold. */
    static @Nullable ObjectNode date(CrossCheck.TimelineEntry t) {
        ObjectNode d = MAPPER.createObjectNode();
        String display = null;
        Matcher m;
        if ((m = DATE.matcher(t.date())).matches()) {
            d.put("year", Integer.parseInt(m.group("year")));
            for (String part : List.of("month", "day", "hour", "minute")) {
                if (m.group(part) != null) {
                    d.put(part, Integer.parseInt(m.group(part)));
                }
            }
            if (!valid(d)) {
                return null;
            }
        } else if ((m = WEEK.matcher(t.date())).matches()) {
            int year = Integer.parseInt(m.group("year"));
            int week = Integer.parseInt(m.group("week"));
            LocalDate first = LocalDate.of(year, 1, 4);
            if (week < 1 || week > first.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            LocalDate monday = first.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            d.put("year", monday.getYear()).put("month", monday.getMonthValue()).put("day", monday.getDayOfMonth());
            display = "week " + week + " of " + year;
        } else if ((m = DECADE.matcher(t.date())).matches()) {
            d.put("year", Integer.parseInt(m.group("year")));
            display = t.date();
        } else {
            return null;
        }
        if (t.qualifier() != null) {
            display = t.qualifier() + " " + (display == null ? t.date() : display);
        }
        if (display != null) {
            d.put("display_date", html(display));
        }
        return d;
    }

    private static boolean valid(ObjectNode d) {
        int month = d.path("month").asInt(1);
        int day = d.path("day").asInt(1);
        if (month < 1 || month > 12 || d.path("hour").asInt(0) > 23 || d.path("minute").asInt(0) > 59) {
            return false;
        }
        return day >= 1 && day <= LocalDate.of(d.get("year").asInt(), month, 1).lengthOfMonth();
    }

    /** "Ridgeline Times, Brask Courier" for an entry's articles ("unknown outlet (file ID)" where one is unknown). */
    private static String sources(List<String> articles, Map<String, Article> byId) {
        Set<String> outlets = new LinkedHashSet<>();
        for (String id : articles) {
            Article a = byId.get(id);
            outlets.add(a == null ? id : crosscheck.annotate.Outlets.labelOf(a));
        }
        return String.join(", ", new ArrayList<>(outlets));
    }

    /** Text as HTML that shows it and nothing else: {@code & < > " '} escaped. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
