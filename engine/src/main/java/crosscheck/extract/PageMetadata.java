package crosscheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.internal.Dates;
import crosscheck.internal.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The metadata a page states about itself: OpenGraph and other {@code <meta>} tags, schema.org JSON-LD,
 * {@code <time>} elements, the canonical link, the {@code <title>} and the URL. The published date is kept apart
 * from the modified date.
 *
 * @param title     the headline
 * @param byline    the authors, joined with " and "
 * @param published the publication date in ISO 8601
 * @param modified  the last-modified date in ISO 8601
 * @param outlet    the site's name
 * @param url       the canonical URL
 * @param language  the page's language code
 */
record PageMetadata(@Nullable String title, @Nullable String byline, @Nullable String published,
                    @Nullable String modified, @Nullable String outlet, @Nullable String url,
                    @Nullable String language) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the metadata of a parsed page; {@code knownUrl} is the URL it was fetched from, if known. */
    static PageMetadata read(Document doc, @Nullable String knownUrl) {
        List<JsonNode> ld = jsonLdArticles(doc);
        String url = Texts.firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), knownUrl);
        String outlet = Texts.firstNonBlank(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"), meta(doc, "application-name"));
        String rawTitle = Texts.firstNonBlank(meta(doc, "og:title"), ldText(ld, "headline"), meta(doc, "twitter:title"),
                Texts.normalizeSpace(doc.title()));
        String title = rawTitle == null ? null : stripSiteSuffix(rawTitle, outlet);
        if (outlet == null) {
            outlet = siteSuffix(Texts.normalizeSpace(doc.title()));
        }
        if (outlet == null) {
            outlet = domain(url);
        }
        String byline = Texts.firstNonBlank(join(ldAuthors(ld)), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"), textOf(doc, "[rel=author]"));
        String published = Dates.normalize(Texts.firstNonBlank(meta(doc, "article:published_time"), ldText(ld, "datePublished"),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), attr(doc, "article time[datetime]", "datetime"),
                attr(doc, "time[pubdate]", "datetime")));
        if (published == null) {
            published = Dates.fromUrl(url);
        }
        String modified = Dates.normalize(Texts.firstNonBlank(meta(doc, "article:modified_time"), ldText(ld, "dateModified"),
                meta(doc, "og:updated_time"), attr(doc, "[itemprop=dateModified]", "content")));
        String language = Texts.firstNonBlank(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"));
        return new PageMetadata(title, byline, published, modified, outlet, url, language);
    }

    private static @Nullable String meta(Document doc, String name) {
        for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
            String c = Texts.normalizeSpace(m.attr("content"));
            if (!c.isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static @Nullable String attr(Document doc, String query, String attr) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = Texts.normalizeSpace(e.attr(attr));
        return v.isEmpty() ? null : v;
    }

    private static @Nullable String textOf(Document doc, String query) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = Texts.normalizeSpace(e.text());
        return v.isEmpty() || v.length() > 100 ? null : v;
    }

    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // Malformed JSON-LD is common on real pages; the page's other metadata still counts.
            }
        }
        return found;
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("posting") || type.contains("report")) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
    }

    private static @Nullable String ldText(List<JsonNode> ld, String... path) {
        for (JsonNode n : ld) {
            JsonNode v = n;
            for (String p : path) {
                v = v.isArray() && v.size() > 0 ? v.get(0).path(p) : v.path(p);
            }
            if (v.isTextual() && !v.textValue().isBlank()) {
                return Texts.normalizeSpace(v.textValue());
            }
        }
        return null;
    }

    private static List<String> ldAuthors(List<JsonNode> ld) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : ld) {
            JsonNode a = n.path("author");
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                String name = one.isTextual() ? one.textValue() : one.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(Texts.normalizeSpace(name));
                }
            }
        }
        return List.copyOf(names);
    }

    private static @Nullable String join(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "Headline | Outlet" → "Headline" when the suffix is the outlet or looks like a site name. */
    static String stripSiteSuffix(String title, @Nullable String outlet) {
        String[] seps = {" | ", " - ", " – ", " — ", " :: ", " · "};
        for (String sep : seps) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String suffix = title.substring(i + sep.length()).strip();
                boolean isOutlet = outlet != null && suffix.equalsIgnoreCase(outlet);
                if (isOutlet || Texts.wordCount(suffix) <= 4 && i > suffix.length()) {
                    return title.substring(0, i).strip();
                }
            }
        }
        return title;
    }

    private static @Nullable String siteSuffix(String title) {
        String stripped = stripSiteSuffix(title, null);
        if (stripped.length() == title.length()) {
            return null;
        }
        String rest = title.substring(stripped.length()).replaceFirst("^\\s*[|\\-–—:·]+\\s*", "").strip();
        return rest.isEmpty() ? null : rest;
    }

    /** The host of a URL without {@code www.}. */
    static @Nullable String domain(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
