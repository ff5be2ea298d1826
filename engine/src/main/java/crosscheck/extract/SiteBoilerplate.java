package crosscheck.extract;

import crosscheck.core.Article;
import crosscheck.core.Removed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Repetition across pages of one site: a paragraph that the extractor kept in the bodies of several different
 * articles from the same site (a standing promo, a newsroom blurb, a disclaimer) is the site's furniture, not
 * article text. Such paragraphs move from the body to {@link Article#removed()} with the reason
 * {@code site-boilerplate}.
 *
 * <p>A paragraph counts as repeated when it stands in at least {@value #MIN_ARTICLES} articles of the site that are
 * otherwise different (copies of one story, which share most paragraphs, count once), and in at least half of the
 * site's articles. An article never loses more than half its paragraphs this way. Sites are told apart by the URL's
 * host, or by the outlet when there is no URL. Stateless and thread-safe; deterministic.
 */
public final class SiteBoilerplate {

    static final int MIN_ARTICLES = 3;
    /** The reason given for each paragraph moved out. */
    public static final String REASON = "site-boilerplate";
    private static final double COPY_OVERLAP = 0.5;

    /** The articles, in the same order, with each site's repeated paragraphs moved out of their bodies. */
    public List<Article> apply(List<Article> articles) {
        Map<String, List<Integer>> bySite = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String site = site(articles.get(i));
            if (site != null) {
                bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(i);
            }
        }
        List<Article> out = new ArrayList<>(articles);
        for (List<Integer> members : bySite.values()) {
            if (members.size() < MIN_ARTICLES) {
                continue;
            }
            Set<String> repeated = repeatedParagraphs(articles, members);
            if (!repeated.isEmpty()) {
                for (int i : members) {
                    out.set(i, without(articles.get(i), repeated));
                }
            }
        }
        return out;
    }

    /**
     * The added articles, in the same order, with each site's repeated paragraphs moved out, counting the known
     * articles of an earlier analysis too: a paragraph that the earlier analysis already moved out of a known
     * article as site boilerplate counts as standing in that article. The known articles are not changed (their
     * annotations rest on their bodies).
     */
    public List<Article> applyToAdded(List<Article> known, List<Article> added) {
        List<Article> all = new ArrayList<>(known.size() + added.size());
        for (Article a : known) {
            List<String> paragraphs = new ArrayList<>(a.paragraphs());
            a.removed().stream().filter(r -> r.reason().equals(REASON)).forEach(r -> paragraphs.add(r.text()));
            all.add(new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                    String.join("\n\n", paragraphs), List.of(), a.modified(), a.language(), a.detectedLanguage()));
        }
        all.addAll(added);
        return List.copyOf(apply(all).subList(known.size(), all.size()));
    }

    private static Set<String> repeatedParagraphs(List<Article> articles, List<Integer> members) {
        List<Integer> distinct = distinctStories(articles, members);
        if (distinct.size() < MIN_ARTICLES) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i : distinct) {
            for (String p : new HashSet<>(articles.get(i).paragraphs())) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_ARTICLES && e.getValue() * 2 >= distinct.size()) {
                repeated.add(e.getKey());
            }
        }
        return repeated;
    }

    /**
     * One article per story: an article that shares most of its paragraphs with one already chosen is a copy.
     * Shared paragraphs are counted through an index from paragraph to chosen articles, so the cost grows with
     * the number of paragraphs, not with the square of the number of articles.
     */
    private static List<Integer> distinctStories(List<Article> articles, List<Integer> members) {
        List<Integer> chosen = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i : members) {
            Set<String> mine = new HashSet<>(articles.get(i).paragraphs());
            Map<Integer, Integer> shared = new HashMap<>();
            for (String p : mine) {
                for (int j : index.getOrDefault(p, List.of())) {
                    shared.merge(j, 1, Integer::sum);
                }
            }
            boolean copy = false;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int smaller = Math.min(mine.size(), sizes.get(e.getKey()));
                if (smaller > 0 && e.getValue() > smaller * COPY_OVERLAP) {
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                chosen.add(i);
                sizes.put(i, mine.size());
                for (String p : mine) {
                    index.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return chosen;
    }

    private static Article without(Article a, Set<String> repeated) {
        List<String> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(a.removed());
        for (String p : a.paragraphs()) {
            if (repeated.contains(p)) {
                removed.add(new Removed(p, REASON));
            } else {
                kept.add(p);
            }
        }
        if (kept.size() == a.paragraphs().size() || kept.size() * 2 < a.paragraphs().size()) {
            return a;
        }
        return new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                String.join("\n\n", kept), removed, a.modified(), a.language(), a.detectedLanguage());
    }

    private static @Nullable String site(Article a) {
        String host = PageMetadata.domain(a.url());
        if (host != null) {
            return host;
        }
        return a.outlet() == null ? null : "outlet:" + a.outlet().toLowerCase(Locale.ROOT);
    }
}
