/**
 * Writing reports: {@code report.json} ({@link crosscheck.report.JsonReportRenderer}, described by
 * {@code report.schema.json} in this package's resources), {@code report.md} and {@code report.html}. Renderers
 * escape every piece of article text; {@link crosscheck.report.ReportWriter} writes each file to a temporary file
 * and moves it into place.
 *
 * <pre>{@code
 * List<Path> written = ReportWriter.standard().write(report, Path.of("out"));
 * }</pre>
 */
@NullMarked
package crosscheck.report;

import org.jspecify.annotations.NullMarked;
