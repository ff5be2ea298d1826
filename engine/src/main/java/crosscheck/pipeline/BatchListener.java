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
}
