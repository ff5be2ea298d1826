package crosscheck.report;

import crosscheck.core.Renderer;
import crosscheck.core.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes a report's files into a folder, those of the {@link Format formats} chosen: by default {@code report.json},
 * {@code report.md}, {@code report.html} and the actor graph {@code actors.gexf}. The files are rendered into a new set folder and replace the earlier ones as one set
 * (see {@link ReportFolder}), so a reader never sees a half-written report, nor files of two runs side by side, and
 * a renderer that fails leaves the previous report whole.
 */
public final class ReportWriter {

    /** The formats a report can be written in, each one or more files. */
    public enum Format {
        /** {@code report.json}. */
        json(List.of("report.json")),
        /** {@code report.md}. */
        md(List.of("report.md")),
        /** {@code report.html}. */
        html(List.of("report.html")),
        /** {@code claims.csv}, {@code conflicts.csv}, {@code articles.csv}, {@code entities.csv}. */
        csv(CsvRenderers.FILES),
        /** {@code timeline.json} (TimelineJS3). */
        timeline(List.of(TimelineRenderer.FILE)),
        /** {@code actors.gexf}. */
        gexf(List.of("actors.gexf"));

        /** What is written when no format is chosen: the files written before formats could be chosen. */
        public static final Set<Format> DEFAULT = Collections.unmodifiableSet(EnumSet.of(json, md, html, gexf));

        private final List<String> files;

        Format(List<String> files) {
            this.files = files;
        }

        /** The files this format writes. */
        public List<String> files() {
            return files;
        }

        /**
         * The formats a comma-separated list names ({@code "csv,timeline,json"}), in this enum's order.
         *
         * @throws IllegalArgumentException naming the unknown format and those known, in one line
         */
        public static Set<Format> parse(String list) {
            Set<Format> formats = EnumSet.noneOf(Format.class);
            for (String part : list.split(",", -1)) {
                String name = part.strip().toLowerCase(java.util.Locale.ROOT);
                Format f = java.util.Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown format '" + part.strip()
                                + "'; the formats are " + String.join(",", java.util.Arrays.stream(values())
                                .map(Enum::name).toList())));
                formats.add(f);
            }
            return formats;
        }

        /** Every file name any format writes: the report files a folder may hold. */
        static Set<String> allFiles() {
            Set<String> all = new TreeSet<>();
            for (Format f : values()) {
                all.addAll(f.files);
            }
            return all;
        }
    }

    /**
     * The report file of an earlier run that the folder holds (the first by name), if any: a file any format writes,
     * or the folder's report sets.
     */
    public static java.util.Optional<Path> earlierReport(Path folder) {
        List<String> names = new java.util.ArrayList<>(Format.allFiles());
        names.remove("report.json");
        names.add(0, "report.json");
        for (String name : names) {
            Path p = folder.resolve(name);
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    private final Map<String, Renderer> renderers;

    /** Writes the given files, named by their keys. */
    public ReportWriter(Map<String, Renderer> renderers) {
        this.renderers = Map.copyOf(renderers);
        if (renderers.isEmpty()) {
            throw new IllegalArgumentException("renderers must not be empty");
        }
    }

    /** The renderers, by the name of the file each writes. */
    public Map<String, Renderer> renderers() {
        return renderers;
    }

    /** JSON, Markdown, HTML and the GEXF actor graph: {@link Format#DEFAULT}. */
    public static ReportWriter standard() {
        return of(Format.DEFAULT);
    }

    /** The files of the given formats; at least one. */
    public static ReportWriter of(Set<Format> formats) {
        Map<String, Renderer> r = new LinkedHashMap<>();
        for (Format f : EnumSet.copyOf(formats)) {
            switch (f) {
                case json -> r.put("report.json", new JsonReportRenderer());
                case md -> r.put("report.md", new MarkdownReportRenderer());
                case html -> r.put("report.html", new HtmlReportRenderer());
                case csv -> r.putAll(CsvRenderers.all());
                case timeline -> r.put(TimelineRenderer.FILE, new TimelineRenderer());
                case gexf -> r.put("actors.gexf", new GexfRenderer());
            }
        }
        return new ReportWriter(r);
    }

    /**
     * Opens a report folder for this writer's files and, when the folder exists, takes its lock at once (so that a
     * run can hold it from reading the earlier report to writing the new one); close it to release the lock. The
     * report files of other formats an earlier run left there are removed when this writer's set replaces them, so
     * that the folder holds one run's report and nothing of an earlier one.
     *
     * @param wait how long to wait for another run that holds the folder
     * @param onWait told once, in words, when this run has to wait
     * @throws ReportFolder.BusyException when another run still holds the folder after the wait
     */
    public ReportFolder open(Path folder, Duration wait, Consumer<String> onWait) throws IOException {
        ReportFolder f = new ReportFolder(folder, renderers.keySet(), Format.allFiles(), wait, onWait, true);
        f.lockIfPresent();
        return f;
    }

    /**
     * Writes the files, creating the folder when needed; waits up to {@link ReportFolder#DEFAULT_WAIT} for another
     * run writing the same folder.
     *
     * @return the paths written, in a stable order
     */
    public List<Path> write(Report report, Path folder) throws IOException {
        try (ReportFolder f = open(folder, ReportFolder.DEFAULT_WAIT, message -> { })) {
            return write(report, f);
        }
    }

    /**
     * Writes the files into a folder opened with {@link #open}, creating it when needed.
     *
     * @return the paths written, in a stable order
     */
    public List<Path> write(Report report, ReportFolder folder) throws IOException {
        return write(report, folder, name -> { });
    }

    /**
     * {@link #write(Report, ReportFolder)}, telling {@code rendered} the name of each file once it is rendered (the
     * set is put in place after the last).
     */
    public List<Path> write(Report report, ReportFolder folder, Consumer<String> rendered) throws IOException {
        if (!folder.names().equals(renderers.keySet())) {
            throw new IllegalArgumentException("the folder was opened for " + folder.names() + ", not for "
                    + new TreeSet<>(renderers.keySet()));
        }
        Path set = folder.newSet();
        try {
            for (String name : new TreeSet<>(renderers.keySet())) {
                render(report, name, set.resolve(name));
                rendered.accept(name);
            }
        } catch (IOException | RuntimeException e) {
            folder.discard(set);
            throw e;
        }
        return folder.commit(set);
    }

    /** Renders one file. */
    private void render(Report report, String name, Path file) throws IOException {
        // Encoded with REPLACE: a character a renderer let through that UTF-8 cannot hold never fails the write.
        try (Writer w = RenderIsolation.utf8(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            renderers.get(name).render(report, w);
        }
    }
}
