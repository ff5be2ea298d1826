package crosscheck.dedup;

import crosscheck.core.Article;
import crosscheck.core.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds near-duplicate and syndicated copies inside each story: articles whose MinHash-estimated shingle overlap
 * is at least the threshold are joined (transitively) into one group, listed in {@link Story#duplicates()} with the
 * earliest article of the group first. Copies are shown once and counted once by what reads the report.
 *
 * <p>Comparisons stay inside a story, so the cost is the sum of the squares of the story sizes. Deterministic;
 * thread-safe.
 */
public final class NearDuplicates {

    /** The default threshold: a republished copy with a changed headline and a cut sentence still clears it. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final MinHashFingerprinter fingerprinter;
    private final double threshold;

    /** The default fingerprinter and threshold. */
    public NearDuplicates() {
        this(new MinHashFingerprinter(), DEFAULT_THRESHOLD);
    }

    public NearDuplicates(MinHashFingerprinter fingerprinter, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.fingerprinter = fingerprinter;
        this.threshold = threshold;
    }

    /** The stories with their duplicate groups filled in. */
    public List<Story> apply(List<Story> stories, List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Story> out = new ArrayList<>();
        for (Story s : stories) {
            out.add(s.articles().size() < 2 ? s : s.withDuplicates(groups(s, byId)));
        }
        return out;
    }

    private List<List<String>> groups(Story story, Map<String, Article> byId) {
        List<String> ids = story.articles();
        List<MinHashFingerprinter.Fingerprint> prints = new ArrayList<>();
        for (String id : ids) {
            prints.add(fingerprinter.fingerprint(byId.get(id)));
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (prints.get(i).similarity(prints.get(j)) >= threshold) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Article>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(byId.get(ids.get(i)));
        }
        List<List<String>> result = new ArrayList<>();
        for (List<Article> g : groups.values()) {
            if (g.size() > 1) {
                result.add(earliestFirst(g));
            }
        }
        return result;
    }

    /**
     * The group's ids, the original first: sorted by publication day (unknown dates last), then story order; then,
     * among the articles of the earliest day, one whose outlet another credits ("This story was provided by Kestrel
     * Wire") moves to the front.
     */
    private static List<String> earliestFirst(List<Article> group) {
        List<Article> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> compareDays(a.published(), b.published()));
        for (int i = 0; i < sorted.size() && compareDays(sorted.get(i).published(), sorted.get(0).published()) == 0;
                i++) {
            Article candidate = sorted.get(i);
            boolean credited = sorted.stream().anyMatch(other -> other != candidate && credits(other, candidate));
            if (credited) {
                sorted.remove(i);
                sorted.add(0, candidate);
                break;
            }
        }
        return sorted.stream().map(Article::id).toList();
    }

    private static int compareDays(@Nullable String pa, @Nullable String pb) {
        if (pa == null || pb == null) {
            return pa == null ? (pb == null ? 0 : 1) : -1;
        }
        return pa.substring(0, Math.min(10, pa.length())).compareTo(pb.substring(0, Math.min(10, pb.length())));
    }

    /** True when {@code copy}'s text or what was removed from it names {@code original}'s outlet. */
    private static boolean credits(Article copy, Article original) {
        String outlet = original.outlet();
        if (outlet == null || outlet.equals(copy.outlet())) {
            return false;
        }
        return copy.body().contains(outlet) || copy.removed().stream().anyMatch(r -> r.text().contains(outlet));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
