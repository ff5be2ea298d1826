package crosscheck.app;

import crosscheck.report.ReportWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that write report files ({@code analyze}, {@code report}), as a
 * picocli mixin: which files to write. An unknown format is one usage line (exit code 2), not the help.
 */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "json,md,html,gexf",
            description = {"The report files to write, comma-separated (default: ${DEFAULT-VALUE}): json "
                    + "(report.json), md (report.md), html (report.html), csv (claims.csv, conflicts.csv, "
                    + "articles.csv, entities.csv: UTF-8 with a BOM, for spreadsheets), timeline (timeline.json, "
                    + "TimelineJS3), gexf (actors.gexf). Report files of formats not chosen that an earlier run left "
                    + "in --out are removed, so the folder holds one run's report."})
    String formats;

    /** The writer of the chosen formats; a usage error when one is unknown. */
    ReportWriter writer() {
        try {
            return ReportWriter.of(ReportWriter.Format.parse(formats));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--format: " + e.getMessage());
        }
    }
}
