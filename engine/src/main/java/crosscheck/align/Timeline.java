package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.CrossCheck;
import crosscheck.core.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story's dated events: each resolved date an article gives, with the sentence that gives it. The same date in
 * sentences of one claim is one entry citing every article that gives it. Earliest first; a year comes before the
 * months and days inside it.
 */
final class Timeline {

    private Timeline() {
    }

    static List<CrossCheck.TimelineEntry> build(Map<String, List<StorySentence>> sentences,
                                                Map<String, Annotations> annotations,
                                                Map<StorySentence, String> claimOf) {
        record Key(String date, String event) {
        }
        Map<Key, CrossCheck.TimelineEntry> first = new LinkedHashMap<>();
        Map<Key, Set<String>> articles = new LinkedHashMap<>();
        for (Map.Entry<String, List<StorySentence>> e : sentences.entrySet()) {
            for (DateMention d : annotations.getOrDefault(e.getKey(), Annotations.none()).dates()) {
                if (!d.resolved() || d.value() == null) {
                    continue;
                }
                StorySentence s = sentenceOf(e.getValue(), d);
                if (s == null) {
                    continue;
                }
                String claim = claimOf.get(s);
                String date = d.qualifier() == null ? d.value() : d.value() + " (" + d.qualifier() + ")";
                Key k = new Key(date, claim != null ? claim : s.article() + "#" + s.index());
                first.putIfAbsent(k, new CrossCheck.TimelineEntry(d.value(), d.precision(), d.qualifier(), s.text(),
                        List.of(), claim));
                articles.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.article());
            }
        }
        List<CrossCheck.TimelineEntry> out = new ArrayList<>();
        first.forEach((k, t) -> out.add(new CrossCheck.TimelineEntry(t.date(), t.precision(), t.qualifier(),
                t.text(), List.copyOf(articles.get(k)), t.claim())));
        out.sort(Comparator.comparing((CrossCheck.TimelineEntry t) -> sortKey(t.date())));
        return out;
    }

    /**
     * A key that orders dates by when they start: "2026-W10" as the Monday of that week ("2026-03-02"), "2025" and
     * "2025-11" as themselves ("2025" before "2025-01-01").
     */
    static String sortKey(String date) {
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(date);
        if (w.matches()) {
            try {
                return java.time.LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                        .with(java.time.DayOfWeek.MONDAY).toString();
            } catch (java.time.DateTimeException e) {
                return date;
            }
        }
        return date;
    }

    private static StorySentence sentenceOf(List<StorySentence> sentences, DateMention d) {
        for (StorySentence s : sentences) {
            if (d.start() >= s.start() && d.start() < s.end()) {
                return s;
            }
        }
        return null;
    }
}
