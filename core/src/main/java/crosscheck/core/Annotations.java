package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * What annotation found in one article.
 *
 * @param entities   the names it mentions, grouped
 * @param quantities the quantities it states, in order
 * @param dates      the date expressions it uses, resolved against its publication date, in order
 */
public record Annotations(List<Entity> entities, List<Quantity> quantities, List<DateMention> dates) {

    private static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities"));
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
    }

    /** Nothing found. */
    public static Annotations none() {
        return NONE;
    }
}
