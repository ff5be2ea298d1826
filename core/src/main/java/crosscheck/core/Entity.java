package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A person, place, organisation or other name, with every way an article (or a story) refers to it.
 *
 * @param name     the canonical name: the fullest form used
 * @param type     {@code PER}, {@code LOC}, {@code ORG} or {@code MISC}
 * @param aliases  the other forms used ("Brask" for "Teodor Brask", "Dovgan" for "Dovhan"), sorted
 * @param mentions where it is named, as [start, end) offsets into the article's body (empty at story level)
 * @param articles the articles that name it (story level; empty at article level)
 */
public record Entity(String name, String type, List<String> aliases, List<Mention> mentions, List<String> articles) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        articles = List.copyOf(articles);
    }

    /**
     * One place where an entity is named.
     *
     * @param text  the words as written
     * @param start offset of the first character in the article's body
     * @param end   offset after the last character
     */
    public record Mention(String text, int start, int end) {
        public Mention {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("start=" + start + ", end=" + end);
            }
        }
    }
}
