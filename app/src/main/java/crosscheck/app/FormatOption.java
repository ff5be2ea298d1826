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

    @Option(names = "--force", description = "Replace the report an earlier run left in --out (without it, a "
            + "folder that holds one is refused, and nothing is written).")
    boolean force;

    /**
     * Null when the run may write into {@code out}, else the line that says why not: the folder holds an earlier
     * report and neither --force nor (where the command has it) --add was given.
     */
    @org.jspecify.annotations.Nullable String refusal(java.nio.file.Path out, boolean add, boolean canAdd) {
        if (force || add) {
            return null;
        }
        return ReportWriter.earlierReport(out).map(p -> {
            String when;
            try {
                when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                        .format(java.nio.file.Files.getLastModifiedTime(p).toInstant()
                                .atZone(java.time.ZoneId.systemDefault()));
            } catch (java.io.IOException e) {
                when = "an earlier run";
            }
            return "crosscheck: " + out + " holds an earlier report (" + p.getFileName() + " of " + when
                    + "); give --force to replace it" + (canAdd ? ", or --add to add these inputs to it" : "")
                    + ", or choose another folder with --out";
        }).orElse(null);
    }

    /** The writer of the chosen formats; a usage error when one is unknown. */
    ReportWriter writer() {
        try {
            return ReportWriter.of(ReportWriter.Format.parse(formats));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--format: " + e.getMessage());
        }
    }
}
