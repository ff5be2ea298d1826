package crosscheck.core;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An input format: recognises its files and opens a {@link Source} on them. Formats are plug-ins found with
 * {@link java.util.ServiceLoader}; each has a unique {@link #name()}.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface SourceFormat {

    /** The format's unique name, as given to {@code --format}: {@code text}, {@code html}, {@code warc}, … */
    String name();

    /**
     * How sure this format is that it reads a file, judged from the file's name and first bytes (already
     * decompressed when the file is gzip): 0 for no, higher for surer. The format with the highest score reads the
     * file. Content should weigh more than the extension: a feed named {@code .txt} is still a feed.
     *
     * @param fileName the file's name
     * @param head     up to the first 8 KiB of content
     */
    int sniff(String fileName, byte[] head);

    /**
     * Opens a source on a file.
     *
     * @param file     the file
     * @param options  limits that apply to each document
     * @param problems receives problems with single records; the source goes on after each
     * @throws IOException when the file cannot be opened at all
     */
    Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) throws IOException;
}
