package crosscheck.archive;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import java.util.Objects;

/** An article as the archive holds it: the article and its annotations. */
public record StoredArticle(Article article, Annotations annotations) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
    }
}
