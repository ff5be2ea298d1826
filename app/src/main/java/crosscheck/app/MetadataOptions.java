package crosscheck.app;

import crosscheck.ingest.StatedMetadata;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * What the user states about the input files of one call ({@code analyze}, {@code ingest}, {@code extract}): the
 * outlet and date of every file, and a CSV file mapping files to their outlet, date and URL, as a picocli mixin.
 * Sidecars ({@code NAME.meta.json}) are read without options.
 */
final class MetadataOptions {

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet of every input file of this call "
            + "whose own metadata (JSONL or feed fields, a sidecar, a --meta row) names none; it takes precedence "
            + "over what is read from a page or text (HTML meta tags, masthead lines, the URL's domain).")
    @Nullable String outlet;

    @Option(names = "--published", paramLabel = "DATE", description = "The publication date (ISO 8601: 2026-03-10 "
            + "or 2026-03-10T08:30:00Z) of every input file of this call, with the same precedence as --outlet.")
    @Nullable String published;

    @Option(names = "--meta", paramLabel = "FILE.csv", description = "A CSV file mapping input files to their "
            + "metadata: a header row with 'file' and any of outlet, published, url, title, byline; paths relative "
            + "to the CSV file's folder or absolute. A sidecar NAME.meta.json beside a file takes precedence.")
    @Nullable Path meta;

    /** The statements; a bad date or an unreadable CSV file is a usage error (exit code 2). */
    StatedMetadata stated() {
        if (meta != null && !java.nio.file.Files.isRegularFile(meta)) {
            throw new Main.UsageException("--meta " + meta + ": no such file");
        }
        try {
            return StatedMetadata.of(outlet, published, meta);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }
}
