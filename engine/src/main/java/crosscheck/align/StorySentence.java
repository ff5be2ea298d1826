package crosscheck.align;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article in a story, with the terms that decide what it says.
 *
 * @param article the article's id
 * @param index   its position among the article's sentences
 * @param start   offset in the article's body
 * @param end     offset after it
 * @param text    the sentence
 * @param terms   its distinct content terms: stems, {@code e:}name for the story's entities, {@code q:}unit for a
 *                quantity, in order of first use
 * @param denial  true when the sentence reports a denial ("Reyle denied that …", "called the report baseless")
 */
record StorySentence(String article, int index, int start, int end, String text, List<String> terms,
                     boolean denial) {
    StorySentence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
    }

    /** True when the span lies inside this sentence (or overlaps it). */
    boolean overlaps(int spanStart, int spanEnd) {
        return spanStart < end && spanEnd > start;
    }
}
