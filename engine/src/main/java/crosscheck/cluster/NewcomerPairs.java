package crosscheck.cluster;

import crosscheck.annotate.DateAnnotator;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@link StoryPairFeatures} of one new article against each other article of a group, the same values as {@link
 * StoryPairFeatures.Pairs} gives for those pairs, computed from each article's {@link Profile} (made once per article,
 * so that a stored article is not read again for every placement that samples it): the blocks' TF-IDF weights over
 * the group through term hashes and sorted arrays, the new article's similarities to the others in each block, and
 * the combined similarity of every pair, which the features' {@code relative} and the placer's {@code toStory} need.
 *
 * <p>Up to rounding (sums in double rather than float, in another order), the features are those of {@link
 * StoryPairFeatures.Pairs} over the same articles padded with empty ones to the same size.
 */
final class NewcomerPairs {

    /** Block weights of the combined similarity (words, names, numbers), as {@link EventClusterer.Config#of}. */
    private static final double[] WEIGHTS = {1, 1, 0.5};
    /** As {@link EventClusterer}'s inverse document frequency floor. */
    private static final double IDF_FLOOR = 0.25;
    private static final int LEAD = 3;

    /**
     * What the features need of one article, apart from the group: each block's terms (64-bit hashes)
     * with their term weights ({@code 1 + ln tf}, or tf below 1), in the order words, names, numbers, lead words;
     * the years it names, its body's length, whether it has entities and its publication day.
     */
    static final class Profile {

        final long[][] terms;
        final float[][] tf;
        final Set<String> years;
        final int length;
        final boolean hasNames;
        /** Publication day as an epoch day, or {@link Long#MIN_VALUE} when undated. */
        final long day;

        private Profile(long[][] terms, float[][] tf, Set<String> years, int length, boolean hasNames, long day) {
            this.terms = terms;
            this.tf = tf;
            this.years = years;
            this.length = length;
            this.hasNames = hasNames;
            this.day = day;
        }

        /** The profile of an article with these {@link StoryPairFeatures#blocks}. */
        static Profile of(Article a, @Nullable Annotations an, List<Map<String, Double>> blocks) {
            long[][] terms = new long[blocks.size()][];
            float[][] tf = new float[blocks.size()][];
            for (int b = 0; b < blocks.size(); b++) {
                Map<String, Double> block = blocks.get(b);
                long[] keys = new long[block.size()];
                float[] values = new float[block.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : block.entrySet()) {
                    double t = e.getValue();
                    keys[k] = hash(e.getKey());
                    values[k] = (float) (t > 1 ? 1 + Math.log(t) : t);
                    k++;
                }
                terms[b] = keys;
                tf[b] = values;
            }
            LocalDate d = DateAnnotator.publicationDay(a.published());
            return new Profile(terms, tf, Set.copyOf(StoryPairFeatures.years(a)), StoryPairFeatures.length(a),
                    StoryPairFeatures.hasNames(an), d == null ? Long.MIN_VALUE : d.toEpochDay());
        }
    }

    /**
     * The profiles of the articles seen last, at most {@code capacity}, least recently used dropped first; an article
     * is known by its id, text, date and entities, so one that changed is profiled again. Thread-safe.
     */
    static final class Profiles {

        private final Map<Key, Profile> cache;
        /** Profiles of filed articles by id, of the memory {@link #filedOf} they were read from. */
        private final Map<String, Profile> filed;
        private java.lang.ref.@Nullable WeakReference<Object> filedOf;

        Profiles(int capacity) {
            cache = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Profile> eldest) {
                    return size() > capacity;
                }
            };
            filed = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
                    return size() > capacity;
                }
            };
        }

        /**
         * The profile kept ({@link #keepFiled}) of the article filed in {@code memory} under this id, or null: a
         * filed article never changes, so it need not be read again.
         */
        @Nullable Profile filed(Object memory, String id) {
            synchronized (cache) {
                return filedOf != null && filedOf.get() == memory ? filed.get(id) : null;
            }
        }

        /** Keeps the profile of an article filed in {@code memory}; those of another memory are forgotten. */
        void keepFiled(Object memory, String id, Profile p) {
            synchronized (cache) {
                if (filedOf == null || filedOf.get() != memory) {
                    filed.clear();
                    filedOf = new java.lang.ref.WeakReference<>(memory);
                }
                filed.put(id, p);
            }
        }

        /** The article's profile; {@code blocks} are its {@link StoryPairFeatures#blocks} when already counted. */
        Profile get(Article a, @Nullable Annotations an, @Nullable List<Map<String, Double>> blocks) {
            Key key = Key.of(a, an);
            synchronized (cache) {
                Profile p = cache.get(key);
                if (p != null) {
                    return p;
                }
            }
            Profile p = Profile.of(a, an, blocks == null ? StoryPairFeatures.blocks(a, an) : blocks);
            synchronized (cache) {
                cache.put(key, p);
            }
            return p;
        }

        private record Key(String id, int body, int title, int published, int entities) {

            static Key of(Article a, @Nullable Annotations an) {
                int entities = 0;
                if (an != null) {
                    for (crosscheck.core.Entity e : an.entities()) {
                        entities = entities * 31 + e.name().hashCode() * 7 + e.mentions().size();
                    }
                }
                return new Key(a.id(), sketch(a.body()), Objects.hashCode(a.title()), Objects.hashCode(a.published()),
                        entities);
            }

            /**
             * The text's length and a hash of every eighth character and of its last 64: tells an edited text from
             * its earlier version without reading the whole of each stored article sampled.
             */
            private static int sketch(String text) {
                int h = text.length();
                int n = text.length();
                for (int i = 0; i < n; i += 8) {
                    h = h * 31 + text.charAt(i);
                }
                for (int i = Math.max(0, n - 64); i < n; i++) {
                    h = h * 31 + text.charAt(i);
                }
                return h;
            }
        }
    }

    private final Profile[] members;
    private final int self;
    /** The new article's similarity to each other member, per block (words, names, numbers, lead), dates applied. */
    private final float[][] selfSims;
    /** The combined similarity of every pair, {@code all[i][j]} for {@code j < i}, dates applied. */
    private final float[][] all;
    private final double[] best;

    /**
     * @param members the group's articles, the new article last
     * @param size    the group's size for document frequencies (at least the number of members: the rest are
     *                empty padding)
     */
    NewcomerPairs(List<Profile> members, int size) {
        this.members = members.toArray(new Profile[0]);
        int m = this.members.length;
        self = m - 1;
        int n = Math.max(size, m);
        double[] idf = new double[m + 1];
        for (int df = 1; df <= m; df++) {
            idf[df] = Math.log((n + 1.0) / (df + 1.0)) + IDF_FLOOR;
        }
        selfSims = new float[LEAD + 1][];
        double[][] combined = new double[m][];
        for (int i = 0; i < m; i++) {
            combined[i] = new double[i];
        }
        double[] total = new double[m];
        for (int i = 0; i < m; i++) {
            for (int b = 0; b < WEIGHTS.length; b++) {
                total[i] += this.members[i].terms[b].length > 0 ? WEIGHTS[b] : 0;
            }
        }
        for (int b = 0; b <= LEAD; b++) {
            Block block = new Block(this.members, b, idf);
            double[] row = block.selfRow(self);
            selfSims[b] = dated(row);
            if (b < LEAD) {
                block.addAllPairs(combined, WEIGHTS[b]);
            }
        }
        all = new float[m][];
        best = new double[m];
        for (int i = 0; i < m; i++) {
            all[i] = new float[i];
            for (int j = 0; j < i; j++) {
                double t = Math.sqrt(total[i] * total[j]);
                float v = t > 0 ? (float) (combined[i][j] / t) : 0;
                all[i][j] = date(v, i, j);
                best[i] = Math.max(best[i], all[i][j]);
                best[j] = Math.max(best[j], all[i][j]);
            }
        }
    }

    /** The index of the new article. */
    int self() {
        return self;
    }

    /** The combined similarity of members {@code i} and {@code j} ({@code i != j}), dates applied. */
    double similarity(int i, int j) {
        return i > j ? all[i][j] : all[j][i];
    }

    /** The features of the new article against member {@code j < self}, as {@link StoryPairFeatures.Pairs#features}. */
    double[] features(int j, double[] into) {
        Profile a = members[self];
        Profile o = members[j];
        boolean share = !java.util.Collections.disjoint(a.years, o.years);
        boolean conflict = !share && !a.years.isEmpty() && !o.years.isEmpty();
        into[0] = 1;
        into[1] = selfSims[0][j];
        into[2] = selfSims[1][j];
        into[3] = selfSims[2][j];
        into[4] = selfSims[LEAD][j];
        into[5] = share ? 1 : 0;
        into[6] = conflict ? 1 : 0;
        into[7] = all[self][j] / Math.max(1e-6, Math.sqrt(best[self] * best[j]));
        into[8] = into[1] * into[2];
        into[9] = a.hasNames && o.hasNames ? 0 : 1;
        into[10] = 50.0 / (50 + Math.min(a.length, o.length));
        into[11] = into[10] * into[1];
        return into;
    }

    private float[] dated(double[] row) {
        float[] out = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = date((float) row[j], self, j);
        }
        return out;
    }

    /** The similarity of {@code i} and {@code j} shrunk by the days between them, as {@link EventClusterer} does. */
    private float date(float sim, int i, int j) {
        long di = members[i].day;
        long dj = members[j].day;
        if (di == Long.MIN_VALUE || dj == Long.MIN_VALUE) {
            return sim;
        }
        long apart = Math.abs(di - dj);
        return sim * (float) (1 / (1 + apart / StoryPairFeatures.DAYS));
    }

    /** One block's unit TF-IDF vectors over the group, terms numbered locally. */
    private static final class Block {

        private final int[][] ids;
        private final double[][] weights;
        private final int[] df;
        private final int vocabulary;

        Block(Profile[] members, int b, double[] idf) {
            int m = members.length;
            int size = 0;
            for (Profile p : members) {
                size += p.terms[b].length;
            }
            LongIds local = new LongIds(size);
            ids = new int[m][];
            for (int i = 0; i < m; i++) {
                long[] terms = members[i].terms[b];
                int[] row = new int[terms.length];
                for (int k = 0; k < terms.length; k++) {
                    row[k] = local.id(terms[k]);
                }
                ids[i] = row;
            }
            vocabulary = local.size();
            df = new int[vocabulary];
            for (int[] row : ids) {
                for (int t : row) {
                    df[t]++;
                }
            }
            weights = new double[m][];
            for (int i = 0; i < m; i++) {
                float[] tf = members[i].tf[b];
                double[] w = new double[tf.length];
                double norm = 0;
                for (int k = 0; k < tf.length; k++) {
                    w[k] = tf[k] * idf[df[ids[i][k]]];
                    norm += w[k] * w[k];
                }
                double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
                for (int k = 0; k < w.length; k++) {
                    w[k] *= scale;
                }
                weights[i] = w;
            }
        }

        /** The cosine of member {@code self} with each member before it. */
        double[] selfRow(int self) {
            double[] dense = new double[vocabulary];
            for (int k = 0; k < ids[self].length; k++) {
                dense[ids[self][k]] = weights[self][k];
            }
            double[] row = new double[self];
            for (int j = 0; j < self; j++) {
                double dot = 0;
                int[] id = ids[j];
                double[] w = weights[j];
                for (int k = 0; k < id.length; k++) {
                    dot += dense[id[k]] * w[k];
                }
                row[j] = dot;
            }
            return row;
        }

        /** Adds {@code weight} times the cosine of every pair to {@code sums[i][j]}, {@code j < i}. */
        void addAllPairs(double[][] sums, double weight) {
            int[] start = new int[vocabulary + 1];
            for (int t = 0; t < vocabulary; t++) {
                start[t + 1] = start[t] + df[t];
            }
            int[] fill = Arrays.copyOf(start, vocabulary);
            int[] member = new int[start[vocabulary]];
            double[] value = new double[start[vocabulary]];
            for (int i = 0; i < ids.length; i++) {
                for (int k = 0; k < ids[i].length; k++) {
                    int at = fill[ids[i][k]]++;
                    member[at] = i;
                    value[at] = weights[i][k];
                }
            }
            for (int t = 0; t < vocabulary; t++) {
                for (int x = start[t] + 1; x < start[t + 1]; x++) {
                    double[] row = sums[member[x]];
                    double v = weight * value[x];
                    for (int y = start[t]; y < x; y++) {
                        row[member[y]] += v * value[y];
                    }
                }
            }
        }
    }

    /** Numbers 64-bit terms (never 0: see {@link #hash}) 0, 1, 2, ... in order of first sight (open addressing). */
    private static final class LongIds {

        private final long[] keys;
        private final int[] values;
        private final int mask;
        private int size;

        LongIds(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 2)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            mask = capacity - 1;
        }

        int id(long key) {
            int at = (int) (key ^ (key >>> 32)) & mask;
            while (keys[at] != 0) {
                if (keys[at] == key) {
                    return values[at];
                }
                at = (at + 1) & mask;
            }
            keys[at] = key;
            values[at] = size;
            return size++;
        }

        int size() {
            return size;
        }
    }

    /** A 64-bit hash of a term (FNV-1a, then mixed), never 0. */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
