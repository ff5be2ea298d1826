/**
 * Stories: grouping articles that report the same event. {@link crosscheck.cluster.TfIdfClusterer} is the first,
 * plain method (TF-IDF over words and named-looking phrases, average-linkage clustering with a threshold) and still
 * the pipeline's default. {@link crosscheck.cluster.EventClusterer} weighs apart what tells look-alike events apart:
 * words, names (the article's entities when annotation found them) and numbers and dates, with publication dates
 * apart lowering the similarity; it is better on the ECB+ and UCI benchmarks but splits the five seed reports' call
 * story, so it is not the default yet.
 *
 * <p>Reads articles (and, through {@link crosscheck.core.Clusterer#cluster(java.util.List, java.util.Map)}, their
 * annotations); every article ends up in exactly one story; story ids are {@code s1, s2, …} largest first.
 *
 * <pre>{@code
 * Map<String, Annotations> annotations = ...; // article id -> entities, as BatchRunner finds them
 * List<Story> stories = new EventClusterer(0.175).cluster(articles, annotations);
 * stories.forEach(s -> System.out.println(s.id() + " " + s.title() + " " + s.articles()));
 * }</pre>
 */
@NullMarked
package crosscheck.cluster;

import org.jspecify.annotations.NullMarked;
