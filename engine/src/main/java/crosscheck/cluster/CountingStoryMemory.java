package crosscheck.cluster;

import crosscheck.archive.StoredArticle;
import crosscheck.archive.StoryMemory;
import crosscheck.archive.StoryRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link StoryMemory} that counts what is read through it: key lookups, story references returned, samples
 * (one per candidate story a placer compares) and sampled articles. For benches and tests that check a placement's
 * reads stay bounded. Not thread-safe.
 */
public final class CountingStoryMemory implements StoryMemory {

    private final StoryMemory inner;
    private int lookups;
    private int refs;
    private int samples;
    private int sampled;

    /** Counts the reads of {@code inner}. */
    public CountingStoryMemory(StoryMemory inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    /** Sets every count back to 0. */
    public void reset() {
        lookups = 0;
        refs = 0;
        samples = 0;
        sampled = 0;
    }

    /** {@link #storiesWithKey} calls since the last reset (each key of {@link #storiesWithKeys} counts as one). */
    public int lookups() {
        return lookups;
    }

    /** Story references those calls returned. */
    public int refs() {
        return refs;
    }

    /** {@link #sample} calls (each story of {@link #samples} counts as one): the candidate stories compared. */
    public int samples() {
        return samples;
    }

    /** Articles those samples returned. */
    public int sampled() {
        return sampled;
    }

    @Override
    public long articles() {
        return inner.articles();
    }

    @Override
    public long articlesWithKey(String key) {
        return inner.articlesWithKey(key);
    }

    @Override
    public List<StoryRef> storiesWithKey(String key, int limit) {
        List<StoryRef> out = inner.storiesWithKey(key, limit);
        lookups++;
        refs += out.size();
        return out;
    }

    @Override
    public List<StoredArticle> sample(String storyId, int max) {
        List<StoredArticle> out = inner.sample(storyId, max);
        samples++;
        sampled += out.size();
        return out;
    }

    @Override
    public Map<String, Long> articlesWithKeys(Collection<String> keys) {
        return inner.articlesWithKeys(keys);
    }

    @Override
    public Map<String, List<StoryRef>> storiesWithKeys(Collection<String> keys, int limit) {
        Map<String, List<StoryRef>> out = inner.storiesWithKeys(keys, limit);
        out.values().forEach(refs -> {
            lookups++;
            this.refs += refs.size();
        });
        return out;
    }

    @Override
    public Map<String, StoredArticle> filed(Collection<String> articleIds) {
        return inner.filed(articleIds);
    }

    /** Counted as {@link #samples}: each story's sample as one, its articles as sampled. */
    @Override
    public Map<String, List<String>> sampleIds(Collection<String> storyIds, int max) {
        Map<String, List<String>> out = inner.sampleIds(storyIds, max);
        out.values().forEach(ids -> {
            samples++;
            sampled += ids.size();
        });
        return out;
    }

    @Override
    public Map<String, List<StoredArticle>> samples(Collection<String> storyIds, int max) {
        Map<String, List<StoredArticle>> out = inner.samples(storyIds, max);
        out.values().forEach(articles -> {
            samples++;
            sampled += articles.size();
        });
        return out;
    }
}
