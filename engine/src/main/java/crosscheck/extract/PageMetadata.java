package crosscheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.internal.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param articleBody the article text that schema.org JSON-LD states, whitespace-normalised (not yet trusted)
 */
record PageMetadata(@Nullable String title, @Nullable String byline, @Nullable String published,
                    @Nullable String modified, @Nullable String outlet, @Nullable String url,
                    @Nullable String language, @Nullable String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the metadata of a parsed page; {@code knownUrl} is the URL it was fetched from, if known. */
    static PageMetadata read(Document doc, @Nullable String knownUrl) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<JsonNode> ld = new ArrayList<>();
        List<JsonNode> otherLd = new ArrayList<>();
        org.jsoup.select.Elements all = doc.getAllElements();
        scan(all, facts, ld, otherLd);
        String pageTitle = Texts.normalizeSpace(doc.title());
        String url = Texts.firstNonBlank(facts.get("link:canonical"), meta(facts, "og:url"), knownUrl);
        String outlet = Texts.firstNonBlank(meta(facts, "og:site_name"), ldText(ld, "publisher", "name"),
                meta(facts, "application-name"));
        String rawTitle = Texts.firstNonBlank(meta(facts, "og:title"), ldText(ld, "headline"),
                meta(facts, "twitter:title"), pageTitle);
        String title = rawTitle == null ? null : stripSiteSuffix(rawTitle, outlet);
        if (outlet == null) {
            outlet = siteSuffix(pageTitle);
        }
        if (outlet == null) {
            outlet = domain(url);
        }
        String byline = Texts.firstNonBlank(join(ldAuthors(ld)), meta(facts, "author"), meta(facts, "article:author"),
                meta(facts, "parsely-author"), meta(facts, "sailthru.author"), facts.get("rel:author"));
        String language = Texts.firstNonBlank(facts.get("html:lang"), meta(facts, "og:locale"));
        PublicationDates.Found dates = PublicationDates.find(doc, all, facts, ld, otherLd, url, title, language,
                PublicationDates.latestDefault());
        String published = dates.published();
        String modified = dates.modified();
        String articleBody = ldText(ld, "articleBody");
        return new PageMetadata(title, byline, published, modified, outlet, url, language, articleBody);
    }

    /**
     * One pass over the page: {@code <meta>} contents by property, name or itemprop (lower case, {@code meta:}
     * prefix), the canonical link, itemprop dates, {@code <time>} dates, the {@code rel=author} text, the page's
     * language, and the JSON-LD objects that describe an article. The first of each wins.
     */
    private static void scan(List<Element> all, Map<String, String> facts, List<JsonNode> ld, List<JsonNode> otherLd) {
        for (Element e : all) {
            switch (e.normalName()) {
                case "meta" -> {
                    String content = e.attr("content");
                    if (!content.isBlank()) {
                        for (String key : new String[] {"property", "name", "itemprop"}) {
                            String k = e.attr(key);
                            if (!k.isEmpty()) {
                                facts.putIfAbsent("meta:" + k.toLowerCase(Locale.ROOT), Texts.normalizeSpace(content));
                            }
                        }
                    }
                }
                case "link" -> {
                    if (e.attr("rel").equalsIgnoreCase("canonical") && !e.attr("href").isBlank()) {
                        facts.putIfAbsent("link:canonical", e.attr("href").strip());
                    }
                }
                case "time" -> {
                    String dt = e.attr("datetime");
                    if (!dt.isBlank()) {
                        facts.putIfAbsent(e.hasAttr("pubdate") ? "time:pubdate" : "time:first", dt.strip());
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        readJsonLd(e.data(), ld, otherLd);
                    }
                }
                case "html" -> {
                    if (!e.attr("lang").isBlank()) {
                        facts.putIfAbsent("html:lang", e.attr("lang").strip());
                    }
                }
                default -> {
                    // only the attributes below matter on other elements
                }
            }
            String itemprop = e.attr("itemprop");
            if (itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateModified")) {
                String v = Texts.firstNonBlank(e.attr("content"), e.attr("datetime"));
                if (v != null) {
                    facts.putIfAbsent("itemprop:" + itemprop.toLowerCase(Locale.ROOT), v.strip());
                } else if (e.childrenSize() == 0 && e.ownText().length() <= 60) {
                    facts.putIfAbsent("itemprop-text:" + itemprop.toLowerCase(Locale.ROOT), e.ownText().strip());
                }
            }
            if (e.attr("rel").equalsIgnoreCase("author") && !facts.containsKey("rel:author")) {
                String v = Texts.normalizeSpace(e.text());
                if (!v.isEmpty() && v.length() <= 100) {
                    facts.put("rel:author", v);
                }
            }
        }
    }

    private static void readJsonLd(String json, List<JsonNode> ld, List<JsonNode> otherLd) {
        try {
            collect(JSON.readTree(json), ld, otherLd, 0);
        } catch (java.io.IOException | RuntimeException e) {
            // Malformed JSON-LD is common on real pages; the page's other metadata still counts.
        }
    }

    private static @Nullable String meta(Map<String, String> facts, String name) {
        return facts.get("meta:" + name);
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out, List<JsonNode> other, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, other, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("posting") || type.contains("report")) {
            out.add(node);
        } else {
            other.add(node);
        }
        collect(node.get("@graph"), out, other, depth + 1);
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
        return names.isEmpty() ? null : Texts.andList(names);
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
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
