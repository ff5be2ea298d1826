package crosscheck.core;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Renderers never let article text act as markup or code in what they write:
 * every piece of it is escaped for the output format.
 */
@FunctionalInterface
public interface Renderer {

    /** Writes the report. The writer is not closed. */
    void render(Report report, Writer out) throws IOException;
}
