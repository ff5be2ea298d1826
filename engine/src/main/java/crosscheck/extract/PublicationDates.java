package crosscheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.internal.Dates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds when a page was first published, and apart from that when it was last modified, from every signal the page
 * gives, strongest first: the article's schema.org {@code datePublished} and {@code article:published_time}, the
 * publication meta tags of common publishing systems, {@code itemprop="datePublished"}, a {@code <time pubdate>},
 * any other schema.org object's {@code datePublished}, the date in the URL's path, and last the dates written on the
 * page: in the dateline and byline area under the headline, in elements whose class or id names a date, and in
 * {@code <time>} elements. A date labelled as an update ("Updated", "Aktualisiert", "Mis à jour", ...) is a
 * modification, never the publication. Every date must be plausible: not before 1995 and not after the reference
 * day (the crawl's, else today). When a stated date-time and the date in the URL are a day apart, the URL's wins:
 * outlets write their URLs in their own time zone, while metadata is often converted to UTC.
 *
 * <p>Stateless; never recurses over the DOM.
 */
public final class PublicationDates {

    /** The published and modified dates found, each in ISO 8601 (a date, or a date-time as the page stated it). */
    record Found(@Nullable String published, @Nullable String modified) {
    }

    /** The farthest from UTC that a URL's local day is assumed to be, in hours. */
    private static final int MAX_ZONE_HOURS = 8;
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** Meta names and properties (lower case) that state the publication, strongest first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "datepublished", "article.published", "published_time", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date",
            "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date", "date",
            "date.available", "datecreated", "original-publish-date", "article_date_original", "displaydate",
            "release_date", "og:pubdate", "bt:pubdate", "pdate", "created");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "bt:moddate",
            "article:updated_time", "modified_time");
    /** Class or id words of elements that hold a page's date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|time|publish|posted|byline|dateline|meta|info|stamp|fecha|datum|data|дата",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?iu)updated|update:|last modified|modified"
            + "|aktualisiert|geändert|mis à jour|mise à jour|actualizad[oa]|actualización|aggiornat[oa]|atualizad[oa]"
            + "|обновлено|обновлен|更新|修改");
    /** Elements whose dates belong to other items of the page, not to the article. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "comment|related|sidebar|footer|popular|recommend|teaser|trending|most-read|more-",
            Pattern.CASE_INSENSITIVE);
    /** How much text under the headline counts as the dateline and byline area. */
    private static final int AREA_CHARS = 1200;
    private static final int AREA_ELEMENTS = 120;
    /** Longest text that is read as a dateline rather than as a sentence that happens to hold a date. */
    private static final int DATELINE_CHARS = 90;

    private PublicationDates() {
    }

    /**
     * The publication date of an HTML page alone, as {@link DensityExtractor} finds it (for measuring this step
     * by itself): ISO 8601, or null. {@code url} is where the page was fetched from, if known.
     */
    public static @Nullable String publishedOf(String html, @Nullable String url) {
        return PageMetadata.read(org.jsoup.Jsoup.parse(html, url == null ? "" : url), url).published();
    }

    /** The reference day for pages without a crawl date: tomorrow in UTC, so that every time zone's today passes. */
    static LocalDate latestDefault() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    /**
     * The dates of a page. {@code meta} holds the page's {@code <meta>} contents under {@code meta:NAME} and the
     * {@code itemprop} and {@code <time pubdate>} dates as {@link PageMetadata} collects them; {@code articleLd} the
     * JSON-LD objects that describe an article, {@code otherLd} all other JSON-LD objects; {@code all} the page's
     * elements in document order.
     */
    static Found find(Document doc, Elements all, Map<String, String> meta, List<JsonNode> articleLd,
                      List<JsonNode> otherLd,
                      @Nullable String url, @Nullable String title, @Nullable String language, LocalDate latest) {
        String modified = firstValid(latest, language, ld(articleLd, "dateModified"), metas(meta, MODIFIED_META, language, latest),
                meta.get("itemprop:datemodified"));
        String published = firstValid(latest, language, meta.get("meta:article:published_time"),
                ld(articleLd, "datePublished"));
        if (published == null) {
            published = firstValid(latest, language, metas(meta, PUBLISHED_META, language, latest), meta.get("itemprop:datepublished"), meta.get("itemprop-text:datepublished"),
                    meta.get("time:pubdate"), ld(otherLd, "datePublished"), ld(articleLd, "dateCreated"),
                    genericPublishedMeta(meta));
        }
        if (published == null) {
            published = firstValid(latest, language, rdfDate(doc));
        }
        if (published != null && utc(published)) {
            published = localDay(published, latest, language, meta.get("meta:article:published_time"),
                    ld(articleLd, "datePublished"), metas(meta, PUBLISHED_META, language, latest),
                    meta.get("itemprop:datepublished"), meta.get("itemprop-text:datepublished"),
                    meta.get("time:pubdate"), ld(otherLd, "datePublished"));
        }
        LocalDate fromUrl = urlDate(url, latest);
        if (published != null && fromUrl != null && convertedFromLocal(published, fromUrl)) {
            published = fromUrl.toString();
        }
        if (published == null && fromUrl != null) {
            published = fromUrl.toString();
        }
        if (published == null || modified == null) {
            String[] written = written(all, title, language, latest);
            published = published != null ? published : written[0];
            modified = modified != null ? modified : written[1];
        }
        if (published == null) {
            published = firstValid(latest, language, meta.get("time:first"));
        }
        return new Found(published, modified);
    }

    /** True for a date-time stated in UTC ({@code Z} or {@code +00:00}). */
    private static boolean utc(String iso) {
        return iso.length() >= 19 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
    }

    /**
     * The publication in the publisher's own day. A date-time in UTC names the instant, not the day the outlet's
     * readers saw: when another signal of the publication states the same instant with the outlet's offset, or a
     * bare date that is the UTC time's day in a zone within {@value #MAX_ZONE_HOURS} hours of UTC, that one wins.
     */
    private static String localDay(String stated, LocalDate latest, @Nullable String language,
                                   @Nullable String... others) {
        java.time.OffsetDateTime instant = offsetDateTime(stated);
        for (String other : others) {
            String v = valid(other, language, latest);
            if (v == null || v.equals(stated)) {
                continue;
            }
            if (v.length() == 10) {
                if (convertedFromLocal(stated, LocalDate.parse(v))) {
                    return v;
                }
                continue;
            }
            java.time.OffsetDateTime local = offsetDateTime(v);
            if (instant != null && local != null && local.getOffset().getTotalSeconds() != 0
                    && Math.abs(local.toEpochSecond() - instant.toEpochSecond()) <= 60) {
                return v;
            }
        }
        return stated;
    }

    private static java.time.@Nullable OffsetDateTime offsetDateTime(String iso) {
        try {
            return java.time.OffsetDateTime.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The {@code dc:date} of an RDF description kept in an HTML comment, as blog systems (Movable Type and its
     * descendants) write for trackback discovery; looked for only when no meta tag gave the publication.
     */
    private static @Nullable String rdfDate(Document doc) {
        String[] found = new String[1];
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Comment c) {
                    java.util.regex.Matcher m = RDF_DATE.matcher(c.getData());
                    if (c.getData().contains("rdf:Description") && m.find()) {
                        found[0] = m.group(1);
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return found[0];
    }

    private static final Pattern RDF_DATE = Pattern.compile("dc:date=\"([^\"]{8,40})\"");

    /**
     * True when a UTC date-time and the URL's date differ by one day in the direction a local time zone within
     * {@value #MAX_ZONE_HOURS} hours of UTC explains: the outlet wrote the URL on its local day, and its metadata
     * converted the time to UTC across midnight.
     */
    static boolean convertedFromLocal(String stated, LocalDate fromUrl) {
        if (!utc(stated)) {
            return false;
        }
        long days = LocalDate.parse(stated.substring(0, 10)).toEpochDay() - fromUrl.toEpochDay();
        int hour = Integer.parseInt(stated.substring(11, 13));
        return days == 1 && hour < MAX_ZONE_HOURS || days == -1 && hour >= 24 - MAX_ZONE_HOURS;
    }

    /** The first candidate that is a plausible date, normalised. */
    private static @Nullable String firstValid(LocalDate latest, @Nullable String language,
                                               @Nullable String... candidates) {
        for (String c : candidates) {
            String v = valid(c, language, latest);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A stated date as ISO 8601 when it is plausible: machine forms first, then written forms. */
    static @Nullable String valid(@Nullable String stated, @Nullable String language, LocalDate latest) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        String iso = Dates.normalize(extendedIso(stated));
        if (iso != null && iso.length() >= 10 && plausible(LocalDate.parse(iso.substring(0, 10)), latest)) {
            return iso;
        }
        LocalDate d = WrittenDates.read(stated, language, true);
        return d != null && plausible(d, latest) ? d.toString() : null;
    }

    /** {@code 20200316T08:00:00Z} (ISO 8601's basic form) as {@code 2020-03-16T08:00:00Z}; other text unchanged. */
    private static String extendedIso(String stated) {
        java.util.regex.Matcher m = BASIC_ISO.matcher(stated.strip());
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5)
                + ":" + (m.group(6) == null ? "00" : m.group(6)) + (m.group(7) == null ? "" : m.group(7)) : stated;
    }

    private static final Pattern BASIC_ISO = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2}):?(\\d{2}):?(\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?");

    private static boolean plausible(LocalDate d, LocalDate latest) {
        return !d.isBefore(EARLIEST) && !d.isAfter(latest);
    }

    /** The first of the named meta tags that states a plausible date, normalised. */
    private static @Nullable String metas(Map<String, String> meta, List<String> names, @Nullable String language,
                                          LocalDate latest) {
        for (String n : names) {
            String v = valid(meta.get("meta:" + n), language, latest);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A meta tag whose name speaks of publication, for systems not in {@link #PUBLISHED_META}. */
    private static @Nullable String genericPublishedMeta(Map<String, String> meta) {
        for (Map.Entry<String, String> e : meta.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("meta:") && (k.contains("publish") || k.contains("pubdate"))
                    && !k.contains("modif") && !k.contains("updat") && !k.contains("expir")
                    && !k.contains("publisher")) {
                return e.getValue();
            }
        }
        return null;
    }

    private static @Nullable String ld(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.path(field);
            if (v.isArray() && v.size() > 0) {
                v = v.get(0);
            }
            if (v.isTextual() && !v.textValue().isBlank()) {
                return v.textValue().strip();
            }
        }
        return null;
    }

    /** The date in the URL's path ({@code /2020/03/16/}, {@code /20200316/}, {@code -20200316}), if plausible. */
    static @Nullable LocalDate urlDate(@Nullable String url, LocalDate latest) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*", "");
        String slashed = Dates.fromUrl(path);
        LocalDate d = slashed != null ? LocalDate.parse(slashed) : null;
        if (d == null) {
            java.util.regex.Matcher m = URL_DAY.matcher(path);
            if (m.find()) {
                d = WrittenDates.read(m.group(1), null, true);
            }
        }
        return d != null && plausible(d, latest) ? d : null;
    }

    private static final Pattern URL_DAY = Pattern.compile(
            "[/_-]((?:19|20)\\d{2}-?[01]\\d-?[0-3]\\d)(?=[/_.-]|$)");

    /**
     * The dates written on the page: {@code [0]} the publication, {@code [1]} an update. First the area under the
     * headline (the first {@code <h1>} with a real headline): its {@code <time>} elements and its short texts; then
     * elsewhere, elements whose class or id names a date, outside comments, related links and sidebars.
     */
    private static String[] written(Elements all, @Nullable String title, @Nullable String language,
                                    LocalDate latest) {
        String[] found = new String[2];
        int h1 = headline(all, title);
        if (h1 >= 0) {
            int chars = 0;
            for (int i = h1 + 1; i < all.size() && i <= h1 + AREA_ELEMENTS && chars < AREA_CHARS; i++) {
                Element e = all.get(i);
                if (e.normalName().equals("h1") || e.normalName().equals("h2") && chars > 0) {
                    break;
                }
                String own = e.ownText();
                chars += own.length();
                if (consider(e, own, false, language, latest, found)) {
                    return found;
                }
            }
        }
        for (Element e : all) {
            if (consider(e, e.ownText(), true, language, latest, found)) {
                return found;
            }
        }
        return found;
    }

    /**
     * The index of the headline among the page's elements: the {@code <h1>} that shares most words with the title,
     * else the first {@code <h1>} long enough to be one; -1 when none.
     */
    private static int headline(Elements all, @Nullable String title) {
        java.util.Set<String> titleWords = words(title == null ? "" : title);
        int first = -1;
        int best = -1;
        int bestShared = 1;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (!e.normalName().equals("h1")) {
                continue;
            }
            String text = e.text();
            if (first < 0 && text.length() >= 12) {
                first = i;
            }
            int shared = 0;
            for (String w : words(text)) {
                shared += titleWords.contains(w) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best >= 0 ? best : first;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return words;
    }

    /** Reads one element's date into {@code found}; true once the publication is found. */
    private static boolean consider(Element e, String own, boolean needsClass, @Nullable String language,
                                    LocalDate latest, String[] found) {
        boolean time = e.normalName().equals("time");
        if (!time && !hasDigit(own) && (!needsClass || !e.hasAttr("title"))) {
            return false;
        }
        boolean dated = time || dateClass(e);
        if (needsClass && (!dated || elsewhere(e, true))) {
            return false;
        }
        String text = own.strip();
        if (text.isEmpty() && time) {
            text = e.text().strip();
        }
        String machine = time ? e.attr("datetime") : "";
        String value = valid(machine, language, latest);
        if (value == null && !text.isEmpty() && (text.length() <= DATELINE_CHARS || dated && text.length() <= 200)) {
            LocalDate d = WrittenDates.read(text, language, false);
            value = d != null && plausible(d, latest) ? d.toString() : null;
        }
        if (value == null && dated && !e.attr("title").isBlank()) {
            value = valid(e.attr("title"), language, latest);
        }
        if (value == null || !needsClass && elsewhere(e, false)) {
            return false;
        }
        String label = text.isEmpty() ? labelBefore(e) : text + " " + labelBefore(e);
        if (UPDATED_LABEL.matcher(label.toLowerCase(Locale.ROOT)).find()) {
            if (found[1] == null) {
                found[1] = value;
            }
            return false;
        }
        found[0] = value;
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the element or one of its two nearest ancestors has a class or id that names a date. */
    private static boolean dateClass(Element e) {
        Element a = e;
        for (int i = 0; i < 3 && a != null; i++, a = a.parent()) {
            if (DATE_CLASS.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label just before an element, where "Updated:" stands apart from its date: the previous sibling's and the
     * parent's own text, each only when short and holding no date of its own.
     */
    private static String labelBefore(Element e) {
        Element prev = e.previousElementSibling();
        Element parent = e.parent();
        return label(prev == null ? "" : prev.ownText()) + " " + label(parent == null ? "" : parent.ownText());
    }

    private static String label(String text) {
        return text.length() > 40 || hasDigit(text) ? "" : text;
    }

    /** True inside navigation, asides, footers, comments, related links (and links, when {@code links}). */
    private static boolean elsewhere(Element e, boolean links) {
        int depth = 0;
        for (Element a = e; a != null && depth < 12; a = a.parent(), depth++) {
            String n = a.normalName();
            if (n.equals("nav") || n.equals("aside") || n.equals("footer") || links && n.equals("a")
                    || ELSEWHERE.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
