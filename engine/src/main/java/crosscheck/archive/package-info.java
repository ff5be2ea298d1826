/**
 * The living archive: a persistent store of articles, their annotations, stories and cross-checks that grows as
 * news comes in, one article at a time and at a constant cost per article.
 *
 * <ul>
 *   <li>{@link crosscheck.archive.StoryMemory}: what placing a new article needs to know of the stories filed so far
 *       (candidate stories through an index of keys, a sample of each candidate's articles).</li>
 *   <li>{@link crosscheck.archive.StoryPlacer}: decides which story a new article joins, or that it starts one,
 *       from a {@link crosscheck.archive.StoryMemory} alone, never comparing it with every article.</li>
 *   <li>{@link crosscheck.archive.ArchiveStore}: the store itself (embedded SQLite in a folder by default, or
 *       PostgreSQL through JDBC), which is also the {@link crosscheck.archive.StoryMemory} of what it holds.</li>
 * </ul>
 */
@NullMarked
package crosscheck.archive;

import org.jspecify.annotations.NullMarked;
