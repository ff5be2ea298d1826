package crosscheck.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file given to the analysis.
 *
 * @param path   the file
 * @param name   the name printed in messages and stored in {@link SourceRef#file()}: the path as the user gave it
 *               or as found under a folder they gave
 * @param idBase the base for article ids: the file name without its extension(s), e.g. {@code crawl} for
 *               {@code crawl.warc.gz}
 */
public record InputFile(Path path, String name, String idBase) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idBase, "idBase");
    }
}
