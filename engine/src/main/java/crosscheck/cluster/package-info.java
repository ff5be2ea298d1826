/**
 * Stories: grouping articles that report the same event. {@link crosscheck.cluster.StoryClusterer}, the pipeline's
 * default, groups a batch loosely by topic with {@link crosscheck.cluster.EventClusterer} and splits each group into
 * events with a logistic model over pair features computed within the group ({@link
 * crosscheck.cluster.StoryPairFeatures}, trained by {@link crosscheck.cluster.StoryModelTrainer} through the bench's
 * {@code clustering-train}); groups smaller than those it was trained on are left to
 * {@link crosscheck.cluster.TfIdfClusterer}, the first, plain method (TF-IDF over words and named-looking phrases,
 * average-linkage clustering with a threshold), which also adds articles to an earlier analysis
 * ({@link crosscheck.cluster.IncrementalClusterer}). {@link crosscheck.cluster.EventClusterer} weighs apart what
 * tells look-alike events apart: words, names (the article's entities when annotation found them) and numbers and
 * dates, with publication dates apart lowering the similarity.
 *
 * <p>The archive places one article at a time instead: {@link crosscheck.cluster.OnlineStoryPlacer} finds candidate
 * stories through a key index (names, rare words and numbers, MinHash bands, a time window) and compares the article
 * with a bounded sample of each, with a placement model over the same pair features; {@link
 * crosscheck.cluster.InMemoryStoryMemory} is the index and samples held in memory, for tests and benches.
 *
 * <p>Reads articles (and, through {@link crosscheck.core.Clusterer#cluster(java.util.List, java.util.Map)}, their
 * annotations); every article ends up in exactly one story; story ids are {@code s1, s2, …} largest first.
 *
 * <pre>{@code
 * Map<String, Annotations> annotations = ...; // article id -> entities, as BatchRunner finds them
 * List<Story> stories = new StoryClusterer().cluster(articles, annotations);
 * stories.forEach(s -> System.out.println(s.id() + " " + s.title() + " " + s.articles()));
 * }</pre>
 */
@NullMarked
package crosscheck.cluster;

import org.jspecify.annotations.NullMarked;
