package crosscheck.bench;

import crosscheck.core.Article;
import java.util.Objects;

/**
 * One labelled document of a clustering evaluation.
 *
 * @param article the article handed to the clusterer (its id is unique within the split)
 * @param gold    the gold cluster (story, sub-topic, incident or topic) it belongs to
 * @param block   the group it is clustered within when a data set is clustered block by block (ECB+ topics);
 *                the same value for every item when there are no blocks
 */
record ClusteringItem(Article article, String gold, String block) {

    ClusteringItem {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(block, "block");
    }
}
