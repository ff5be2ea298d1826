package crosscheck.cluster;

import crosscheck.annotate.DateAnnotator;
import crosscheck.archive.Placement;
import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryMemory;
import crosscheck.archive.StoryRef;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StoryMemory} held in memory, for tests and benches: the same answers as the archive's store, from
 * postings kept in maps. {@link #add} files an article where a {@link crosscheck.archive.StoryPlacer} placed it, as
 * the store's {@code file} does: a new story gets the next id {@code s1, s2, …} in creation order.
 *
 * <p>Its costs are those of an indexed store: {@link #articlesWithKey} is one lookup; {@link #storiesWithKey} reads
 * the stories holding the key once, keeping the {@code limit} latest (a store reads them from an index ordered by the
 * story's latest article, and stops at {@code limit}; a placer asks only about keys that few articles hold); {@link #sample} reads at most {@code max}
 * articles. Nothing here reads every article. Thread-safe (one lock).
 */
public final class InMemoryStoryMemory implements StoryMemory {

    /** One story: its articles in filing order, when it was last extended, its latest publication day. */
    private static final class Filed {
        final String id;
        final List<StoredArticle> articles = new ArrayList<>();
        long lastSeq;
        @Nullable LocalDate latest;

        Filed(String id) {
            this.id = id;
        }

        StoryRef ref() {
            return new StoryRef(id, articles.size(), latest);
        }
    }

    private final Map<String, Filed> stories = new HashMap<>();
    private final Map<String, Long> articlesWithKey = new HashMap<>();
    private final Map<String, Set<Filed>> storiesWithKey = new HashMap<>();
    private long articles;
    private long seq;

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
        Set<Filed> holding = storiesWithKey.get(key);
        if (holding == null || limit <= 0) {
            return List.of();
        }
        Filed[] latest = new Filed[Math.min(limit, holding.size())];
        int n = 0;
        for (Filed f : holding) {
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
        if (n <= max) {
            return List.copyOf(f.articles);
        }
        List<StoredArticle> out = new ArrayList<>(max);
        out.add(f.articles.get(0));
        out.addAll(f.articles.subList(n - (max - 1), n));
        return out;
    }

    /**
     * Files the article where it was placed, under the placement's keys.
     *
     * @return the id of its story: the placement's, or a new {@code sN} when it starts one
     * @throws IllegalArgumentException when the placement names a story this memory does not hold
     */
    public synchronized String add(Article article, Annotations annotations, Placement placement) {
        Objects.requireNonNull(article, "article");
        String id = placement.story();
        Filed f;
        if (id == null) {
            id = "s" + (stories.size() + 1);
            f = new Filed(id);
            stories.put(id, f);
        } else {
            f = stories.get(id);
            if (f == null) {
                throw new IllegalArgumentException("placement names story '" + id + "', which is not filed");
            }
        }
        f.articles.add(new StoredArticle(article, annotations));
        f.lastSeq = ++seq;
        LocalDate day = DateAnnotator.publicationDay(article.published());
        if (day != null && (f.latest == null || day.isAfter(f.latest))) {
            f.latest = day;
        }
        for (String key : new LinkedHashSet<>(placement.keys())) {
            articlesWithKey.merge(key, 1L, Long::sum);
            storiesWithKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f);
        }
        articles++;
        return id;
    }

    /** How many stories are filed. */
    public synchronized int stories() {
        return stories.size();
    }
}
