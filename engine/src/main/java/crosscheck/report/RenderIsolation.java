package crosscheck.report;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.Problem;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one article that a renderer cannot write from costing the whole report. Each renderer first writes the
 * report to nowhere; when one fails, every article is tried alone, and those a renderer fails on are left out of the
 * report, each with a {@code render-failed} error naming its file and record. A story that loses an article keeps
 * the others, without its cross-check (whose claims and conflicts may quote the article left out).
 *
 * <p>Ingest sanitising, code-point-safe spans and the escaping in every renderer mean this should never find
 * anything: it is the last line of defence, and a renderer failure it reports is a bug.
 */
public final class RenderIsolation {

    /** The code of the problem an article left out gets. */
    public static final String CODE = "render-failed";

    /**
     * A report every renderer can write, and the problems added to make it so.
     *
     * @param report   the report to write: the given one when every renderer could write it
     * @param problems the {@code render-failed} errors added to it, in article order; empty when none
     */
    public record Result(Report report, List<Problem> problems) {
    }

    private RenderIsolation() {
    }

    /**
     * The report with the articles that make a renderer fail left out; unchanged, with no problems, when every
     * renderer writes it, or when leaving articles out does not let every renderer write the rest (the failure is
     * not the articles': the caller reports it as a failure to write).
     */
    public static Result renderable(Report report, Map<String, Renderer> renderers) {
        Map<String, String> failing = new LinkedHashMap<>();
        renderers.forEach((name, r) -> {
            String why = failure(r, report);
            if (why != null) {
                failing.put(name, why);
            }
        });
        if (failing.isEmpty()) {
            return new Result(report, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> left = new HashSet<>();
        for (Article a : report.articles()) {
            Report alone = only(report, a);
            for (String name : failing.keySet()) {
                String why = failure(renderers.get(name), alone);
                if (why != null) {
                    left.add(a.id());
                    problems.add(Problem.error(CODE, a.source(), "writing " + name + " failed on article '" + a.id()
                            + "' (" + why + "); the article is left out of the report. This is a bug: please "
                            + "report it"));
                    break;
                }
            }
        }
        Report kept = without(report, left, problems);
        boolean explained = !left.isEmpty() && left.size() < report.articles().size()
                && failing.keySet().stream().allMatch(name -> failure(renderers.get(name), kept) == null);
        // A failure that leaving articles out does not cure (or cures only by leaving out all) is not theirs.
        return explained ? new Result(kept, problems) : new Result(report, List.of());
    }

    /**
     * A buffered UTF-8 writer that never throws on what it cannot encode: a lone surrogate that reached it is
     * written as U+FFFD, where the default encoder of {@code Files.newBufferedWriter} throws
     * {@code MalformedInputException} and loses the whole file.
     */
    public static Writer utf8(java.io.OutputStream out) {
        java.nio.charset.CharsetEncoder encoder = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, encoder));
    }

    /** Why the renderer fails on the report, or null when it writes it. */
    private static String failure(Renderer r, Report report) {
        try (Writer nowhere = Writer.nullWriter()) {
            r.render(report, nowhere);
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    /** A report of one article: its annotations and its stories with only it, without cross-checks. */
    private static Report only(Report report, Article a) {
        Annotations an = report.annotationsOf(a.id());
        List<Story> stories = report.stories().stream().filter(s -> s.articles().contains(a.id()))
                .map(s -> new Story(s.id(), s.title(), List.of(a.id()), List.of(), an.entities(), CrossCheck.none()))
                .toList();
        return new Report(report.version(), report.summary(), List.of(a), stories, List.of(),
                Map.of(a.id(), an));
    }

    /** The report without the given articles, with the problems added and the summary counted again. */
    private static Report without(Report report, Set<String> left, List<Problem> added) {
        List<Article> articles = report.articles().stream().filter(a -> !left.contains(a.id())).toList();
        Map<String, Annotations> annotations = new HashMap<>(report.annotations());
        annotations.keySet().removeAll(left);
        List<Story> stories = new ArrayList<>();
        for (Story s : report.stories()) {
            List<String> kept = s.articles().stream().filter(id -> !left.contains(id)).toList();
            if (kept.size() == s.articles().size()) {
                stories.add(s);
            } else if (!kept.isEmpty()) {
                List<List<String>> duplicates = s.duplicates().stream()
                        .map(g -> g.stream().filter(kept::contains).toList()).filter(g -> g.size() >= 2).toList();
                List<Entity> entities = s.entities().stream().filter(e -> kept.stream().anyMatch(
                        e.articles()::contains)).toList();
                stories.add(new Story(s.id(), s.title(), kept, duplicates, entities, CrossCheck.none()));
            }
        }
        List<Problem> problems = new ArrayList<>(report.problems());
        problems.addAll(added);
        Report.Summary s = report.summary();
        Report.Summary summary = new Report.Summary(s.files(), s.failedFiles(), articles.size(), stories.size(),
                s.errors() + added.size(), s.warnings());
        return new Report(report.version(), summary, articles, stories, problems, annotations);
    }
}
