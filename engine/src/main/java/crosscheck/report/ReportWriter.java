package crosscheck.report;

import crosscheck.core.Renderer;
import crosscheck.core.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's files into a folder: {@code report.json}, {@code report.md}, {@code report.html} and the actor
 * graph {@code actors.gexf}. Every file is
 * first rendered to a temporary file beside it; only when all are rendered are they moved into place, so a reader
 * never sees a half-written report and a renderer that fails leaves the previous report whole.
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
     * Writes the files, creating the folder when needed.
     *
     * @return the paths written, in a stable order
     */
    public List<Path> write(Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> names = renderers.keySet().stream().sorted().toList();
        Map<String, Path> rendered = new LinkedHashMap<>();
        try {
            for (String name : names) {
                // Not Files.createTempFile: its files are private (rw-------); a report gets the usual permissions.
                Path tmp = folder.resolve("." + name + "." + Long.toHexString(System.nanoTime()) + ".tmp");
                rendered.put(name, tmp);
                try (Writer w = RenderIsolation.utf8(Files.newOutputStream(tmp,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
                    renderers.get(name).render(report, w);
                }
            }
            List<Path> written = new ArrayList<>();
            for (String name : names) {
                Path target = folder.resolve(name);
                move(rendered.get(name), target);
                written.add(target);
            }
            return written;
        } finally {
            for (Path tmp : rendered.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
