package crosscheck.cluster;

import crosscheck.core.Article;
import crosscheck.core.Clusterer;
import crosscheck.core.Story;
import java.util.List;

/** A clusterer that can add articles to the stories of an earlier analysis without clustering them all again. */
public interface IncrementalClusterer extends Clusterer {

    /**
     * The earlier stories with the added articles: each added article joins an earlier story or forms a new story
     * with other added articles; earlier stories keep their ids, titles and articles.
     *
     * @param stories the earlier stories, in this order
     * @param known   the earlier articles (those the stories name)
     * @param added   the new articles, ids distinct from the known ones
     * @return the earlier stories, each with the added articles that joined it after its own, then the new stories,
     *         numbered on from the highest earlier {@code sN} id
     */
    List<Story> extend(List<Story> stories, List<Article> known, List<Article> added);
}
