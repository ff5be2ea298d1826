/**
 * Stories: grouping articles that report the same event. {@link crosscheck.cluster.TfIdfClusterer} is the first,
 * plain method (TF-IDF over words and named-looking phrases, average-linkage clustering with a threshold).
 *
 * <p>Reads articles; every article ends up in exactly one story; story ids are {@code s1, s2, …} largest first.
 *
 * <pre>{@code
 * List<Story> stories = new TfIdfClusterer(0.2).cluster(articles);
 * stories.forEach(s -> System.out.println(s.id() + " " + s.title() + " " + s.articles()));
 * }</pre>
 */
@NullMarked
package crosscheck.cluster;

import org.jspecify.annotations.NullMarked;
