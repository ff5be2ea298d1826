/**
 * Writing reports: {@code report.json} ({@link crosscheck.report.JsonReportRenderer}, described by
 * {@code report.schema.json} in this package's resources), {@code report.md} and {@code report.html}, the
 * spreadsheet exports ({@link crosscheck.report.CsvRenderers}) and the TimelineJS timeline
 * ({@link crosscheck.report.TimelineRenderer}), chosen by {@link crosscheck.report.ReportWriter.Format}. Renderers
 * escape every piece of article text; {@link crosscheck.report.ReportWriter} renders the files into a new set folder
 * and {@link crosscheck.report.ReportFolder} switches to it in one rename, under a lock that keeps a second run out. {@link crosscheck.report.JsonReportReader} reads a {@code report.json} back (all but
 * the cross-check, which is computed again) so that articles can be added to an earlier analysis.
 *
 * <pre>{@code
 * List<Path> written = ReportWriter.standard().write(report, Path.of("out"));
 * Report earlier = JsonReportReader.read(Path.of("out", "report.json"));
 * }</pre>
 */
@NullMarked
package crosscheck.report;

import org.jspecify.annotations.NullMarked;
