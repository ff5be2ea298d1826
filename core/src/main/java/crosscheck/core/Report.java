package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found: the articles, the stories they form, and the problems met on the way. This is
 * what {@link Renderer renderers} write; its JSON form is described by {@code schema/report.schema.json}.
 *
 * @param version  the crosscheck version that made it
 * @param summary  counts, for the one-line summary
 * @param articles every article read, in input order
 * @param stories  the stories, largest first
 * @param problems every problem met, in the order found
 * @param annotations what annotation found in each article, by article id (absent when it was not run)
 */
public record Report(String version, Summary summary, List<Article> articles, List<Story> stories,
                     List<Problem> problems, java.util.Map<String, Annotations> annotations) {

    public Report {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(summary, "summary");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        annotations = java.util.Map.copyOf(Objects.requireNonNull(annotations, "annotations"));
    }

    /** What annotation found in an article; {@link Annotations#none()} when nothing or when it was not run. */
    public Annotations annotationsOf(String articleId) {
        return annotations.getOrDefault(articleId, Annotations.none());
    }

    /** A report without annotations. */
    public Report(String version, Summary summary, List<Article> articles, List<Story> stories,
                  List<Problem> problems) {
        this(version, summary, articles, stories, problems, java.util.Map.of());
    }

    /**
     * Counts for a run.
     *
     * @param files       input files found
     * @param failedFiles files of which nothing could be read
     * @param articles    articles extracted
     * @param stories     stories found
     * @param errors      problems that skipped something
     * @param warnings    problems that changed or left out something but kept the document
     */
    public record Summary(int files, int failedFiles, int articles, int stories, int errors, int warnings) {

        public Summary {
            if (files < 0 || failedFiles < 0 || articles < 0 || stories < 0 || errors < 0 || warnings < 0) {
                throw new IllegalArgumentException("counts must not be negative: files=" + files + ", failedFiles="
                        + failedFiles + ", articles=" + articles + ", stories=" + stories + ", errors=" + errors
                        + ", warnings=" + warnings);
            }
        }
    }
}
