/**
 * Watching feeds and sitemaps ({@code crosscheck watch}): {@link crosscheck.watch.Watcher} polls them with
 * conditional GETs, fetches each new item's page once and files it into the archive, and tells what changed.
 */
@NullMarked
package crosscheck.watch;

import org.jspecify.annotations.NullMarked;
