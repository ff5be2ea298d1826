package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link Extractor} returns: the article and what went wrong on the way.
 *
 * @param article  the extracted article, never null (its body may be empty)
 * @param problems warnings about this document, in the order found
 */
public record Extraction(Article article, List<Problem> problems) {

    public Extraction {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
}
