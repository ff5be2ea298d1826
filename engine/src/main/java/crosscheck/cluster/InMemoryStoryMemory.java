package crosscheck.cluster;

import crosscheck.annotate.DateAnnotator;
import crosscheck.archive.Placement;
import crosscheck.archive.RevisableStoryMemory;
import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RevisableStoryMemory} held in memory, for tests and benches: the same answers as the archive's store, from
 * postings kept in maps. {@link #add} files an article where a {@link crosscheck.archive.StoryPlacer} placed it, as
 * the store's {@code file} does: a new story gets the next id {@code s1, s2, …} in creation order; {@link #regroup}
 * moves articles as the store's does (a story left without articles is forgotten; its id is not given again).
 *
 * <p>Its costs are those of an indexed store: {@link #articlesWithKey} is one lookup; {@link #storiesWithKey} reads
 * the stories holding the key once, keeping the {@code limit} latest (a store reads them from an index ordered by the
 * story's latest article, and stops at {@code limit}; a placer asks only about keys that few articles hold); {@link
 * #sample} reads at most {@code max} articles. Nothing here reads every article. Thread-safe (one lock).
 */
public final class InMemoryStoryMemory implements RevisableStoryMemory {

    /** One filed article: its filing number, the article and its keys. */
    private record Entry(long seq, StoredArticle stored, List<String> keys) {
    }

    /** One story: its articles in filing order, when it was last extended, its latest publication day. */
    private static final class Filed {
        final String id;
        final List<Entry> articles = new ArrayList<>();
        long lastSeq;
        @Nullable LocalDate latest;

        Filed(String id) {
            this.id = id;
        }

        StoryRef ref() {
            return new StoryRef(id, articles.size(), latest);
        }

        /** Counts an article in the latest filing and day. */
        void count(Entry e) {
            lastSeq = Math.max(lastSeq, e.seq());
            LocalDate day = DateAnnotator.publicationDay(e.stored().article().published());
            if (day != null && (latest == null || day.isAfter(latest))) {
                latest = day;
            }
        }

        /** Recounts the latest filing and day from the articles (after one left). */
        void recount() {
            lastSeq = 0;
            latest = null;
            articles.forEach(this::count);
        }
    }

    private final Map<String, Filed> stories = new HashMap<>();
    private final Map<String, Long> articlesWithKey = new HashMap<>();
    /** For each key, the stories whose articles carry it, with how many of their articles do. */
    private final Map<String, Map<Filed, Integer>> storiesWithKey = new HashMap<>();
    private final Map<String, Filed> storyOf = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private long articles;
    private long seq;
    private long lastStory;

    @Override
    public synchronized long articles() {
        return articles;
    }

    @Override
    public synchronized long articlesWithKey(String key) {
        return articlesWithKey.getOrDefault(key, 0L);
    }

    @Override
    public synchronized List<StoryRef> storiesWithKey(String key, int limit) {
        Map<Filed, Integer> holding = storiesWithKey.get(key);
        if (holding == null || limit <= 0) {
            return List.of();
        }
        Filed[] latest = new Filed[Math.min(limit, holding.size())];
        int n = 0;
        for (Filed f : holding.keySet()) {
            if (n == latest.length && f.lastSeq < latest[n - 1].lastSeq) {
                continue;
            }
            int at = n == latest.length ? n - 1 : n++;
            while (at > 0 && latest[at - 1].lastSeq < f.lastSeq) {
                latest[at] = latest[at - 1];
                at--;
            }
            latest[at] = f;
        }
        List<StoryRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(latest[i].ref());
        }
        return out;
    }

    @Override
    public synchronized List<StoredArticle> sample(String storyId, int max) {
        Filed f = stories.get(storyId);
        if (f == null || max <= 0) {
            return List.of();
        }
        int n = f.articles.size();
        List<StoredArticle> out = new ArrayList<>(Math.min(n, max));
        if (n <= max) {
            f.articles.forEach(e -> out.add(e.stored()));
            return out;
        }
        out.add(f.articles.get(0).stored());
        f.articles.subList(n - (max - 1), n).forEach(e -> out.add(e.stored()));
        return out;
    }

    @Override
    public synchronized Map<String, StoredArticle> filed(Collection<String> articleIds) {
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        for (String id : articleIds) {
            Entry e = entries.get(id);
            if (e != null) {
                out.putIfAbsent(id, e.stored());
            }
        }
        return out;
    }

    /**
     * Files the article where it was placed, under the placement's keys.
     *
     * @return the id of its story: the placement's, or a new {@code sN} when it starts one
     * @throws IllegalArgumentException when the placement names a story this memory does not hold, or the article's
     *                                  id is filed already
     */
    public synchronized String add(Article article, Annotations annotations, Placement placement) {
        Objects.requireNonNull(article, "article");
        if (entries.containsKey(article.id())) {
            throw new IllegalArgumentException("article '" + article.id() + "' is filed already");
        }
        String id = placement.story();
        Filed f;
        if (id == null) {
            f = newStory();
        } else {
            f = stories.get(id);
            if (f == null) {
                throw new IllegalArgumentException("placement names story '" + id + "', which is not filed");
            }
        }
        Entry e = new Entry(++seq, new StoredArticle(article, annotations),
                List.copyOf(new LinkedHashSet<>(placement.keys())));
        entries.put(article.id(), e);
        for (String key : e.keys()) {
            articlesWithKey.merge(key, 1L, Long::sum);
        }
        join(e, f);
        articles++;
        return f.id;
    }

    private Filed newStory() {
        Filed f = new Filed("s" + ++lastStory);
        stories.put(f.id, f);
        return f;
    }

    /** Puts a filed article into a story, in filing order, under its keys. */
    private void join(Entry e, Filed f) {
        int at = f.articles.size();
        while (at > 0 && f.articles.get(at - 1).seq() > e.seq()) {
            at--;
        }
        f.articles.add(at, e);
        f.count(e);
        storyOf.put(e.stored().article().id(), f);
        for (String key : e.keys()) {
            storiesWithKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(f, 1, Integer::sum);
        }
    }

    /** Takes a filed article out of its story and its story's keys. */
    private void leave(Entry e, Filed f) {
        f.articles.remove(e);
        f.recount();
        for (String key : e.keys()) {
            Map<Filed, Integer> holding = storiesWithKey.get(key);
            if (holding != null && holding.merge(f, -1, Integer::sum) <= 0) {
                holding.remove(f);
            }
        }
    }

    @Override
    public synchronized List<String> regroup(List<Regroup> groups, String reason) {
        Set<String> seen = new HashSet<>();
        for (Regroup g : groups) {
            if (g.story() != null && !stories.containsKey(g.story())) {
                throw new IllegalArgumentException("no story '" + g.story() + "'");
            }
            for (String a : g.articles()) {
                if (!entries.containsKey(a)) {
                    throw new IllegalArgumentException("no article '" + a + "'");
                }
                if (!seen.add(a)) {
                    throw new IllegalArgumentException("article '" + a + "' is in two groups");
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<Filed> left = new LinkedHashSet<>();
        for (Regroup g : groups) {
            if (g.articles().isEmpty()) {
                out.add(g.story() == null ? "" : g.story());
                continue;
            }
            Filed to = g.story() == null ? newStory() : stories.get(g.story());
            for (String a : g.articles()) {
                Filed from = storyOf.get(a);
                if (from != to) {
                    Entry e = entries.get(a);
                    leave(e, from);
                    join(e, to);
                    left.add(from);
                }
            }
            out.add(to.id);
        }
        for (Filed f : left) {
            if (f.articles.isEmpty()) {
                stories.remove(f.id);
            }
        }
        return out;
    }

    /** How many stories hold articles. */
    public synchronized int stories() {
        return stories.size();
    }

    /** The id of the story that holds this article now, or null when it is not filed. */
    public synchronized @Nullable String storyOf(String articleId) {
        Filed f = storyOf.get(articleId);
        return f == null ? null : f.id;
    }

    /** The ids of the stories that hold articles, oldest first. */
    public synchronized List<String> storyIds() {
        List<String> ids = new ArrayList<>(stories.keySet());
        ids.sort(Comparator.comparingLong(id -> Long.parseLong(id.substring(1))));
        return ids;
    }
}
