package crosscheck.pipeline;

import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;

/**
 * Hears of a batch's progress. Methods are called from the runner's worker threads, so implementations must be
 * thread-safe. Every method has an empty default.
 */
public interface BatchListener {

    /** No-op listener. */
    BatchListener NONE = new BatchListener() {
    };

    /** The inputs were expanded into {@code files} files. */
    default void started(int files) {
    }

    /** An article was extracted. */
    default void article(Article article) {
    }

    /** A problem was found. */
    default void problem(Problem problem) {
    }

    /** A file was read to its end, giving {@code articles} articles. */
    default void fileDone(InputFile file, int articles) {
    }

    /** Reading is done; entities are being found in {@code articles} articles and the articles grouped into stories. */
    default void clustering(int articles) {
    }

    /** The articles are grouped; {@code stories} stories are being cross-checked. */
    default void crossChecking(int stories) {
    }

    /** The phases of work after reading, each over items of one kind. */
    enum Phase {
        /** Entities, quotes, attributions, figures and dates found in each article. */
        ENTITIES("Entities", "articles"),
        /** The articles grouped into stories (one step: the grouping is done at once). */
        STORIES("Stories", "articles"),
        /** Each story cross-checked. */
        CROSS_CHECK("Cross-check", "stories"),
        /** Each report file written. */
        WRITING("Writing", "files");

        private final String label;
        private final String unit;

        Phase(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** The phase's name, as a progress display shows it. */
        public String label() {
            return label;
        }

        /** What the phase counts ("articles", "stories", "files"). */
        public String unit() {
            return unit;
        }
    }

    /** A phase begins over {@code total} items (for {@link Phase#STORIES}, the articles being grouped). */
    default void phase(Phase phase, int total) {
    }

    /** One item of the phase is done; called from the threads doing the work. */
    default void step(Phase phase) {
    }
}
