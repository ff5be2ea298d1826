package crosscheck.report;

import crosscheck.core.Renderer;
import crosscheck.core.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes a report's files into a folder: {@code report.json}, {@code report.md}, {@code report.html} and the actor
 * graph {@code actors.gexf}. The files are rendered into a new set folder and replace the earlier ones as one set
 * (see {@link ReportFolder}), so a reader never sees a half-written report, nor files of two runs side by side, and
 * a renderer that fails leaves the previous report whole.
 */
public final class ReportWriter {

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

    /** JSON, Markdown, HTML and the GEXF actor graph. */
    public static ReportWriter standard() {
        Map<String, Renderer> r = new LinkedHashMap<>();
        r.put("report.json", new JsonReportRenderer());
        r.put("report.md", new MarkdownReportRenderer());
        r.put("report.html", new HtmlReportRenderer());
        r.put("actors.gexf", new GexfRenderer());
        return new ReportWriter(r);
    }

    /**
     * Opens a report folder for this writer's files and, when the folder exists, takes its lock at once (so that a
     * run can hold it from reading the earlier report to writing the new one); close it to release the lock.
     *
     * @param wait how long to wait for another run that holds the folder
     * @param onWait told once, in words, when this run has to wait
     * @throws ReportFolder.BusyException when another run still holds the folder after the wait
     */
    public ReportFolder open(Path folder, Duration wait, Consumer<String> onWait) throws IOException {
        ReportFolder f = new ReportFolder(folder, renderers.keySet(), wait, onWait, true);
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
        if (!folder.names().equals(renderers.keySet())) {
            throw new IllegalArgumentException("the folder was opened for " + folder.names() + ", not for "
                    + new TreeSet<>(renderers.keySet()));
        }
        Path set = folder.newSet();
        try {
            for (String name : new TreeSet<>(renderers.keySet())) {
                render(report, name, set.resolve(name));
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
