/**
 * Near-duplicates: MinHash signatures over word shingles ({@link crosscheck.dedup.MinHashFingerprinter}) and the
 * grouping of syndicated or republished copies inside each story ({@link crosscheck.dedup.NearDuplicates}).
 *
 * <pre>{@code
 * List<Story> stories = new NearDuplicates().apply(clusterer.cluster(articles), articles);
 * stories.forEach(s -> System.out.println(s.id() + " copies: " + s.duplicates()));
 * }</pre>
 */
@NullMarked
package crosscheck.dedup;

import org.jspecify.annotations.NullMarked;
