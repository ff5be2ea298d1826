/**
 * The {@code crosscheck} command: parses arguments with picocli, runs the pipeline, shows progress on stderr and
 * writes the report files.
 */
@NullMarked
package crosscheck.app;

import org.jspecify.annotations.NullMarked;
