package crosscheck.core;

import java.util.List;
import java.util.Objects;

/**
 * What annotation found in one article.
 *
 * @param entities   the names it mentions, grouped
 * @param quantities the quantities it states, in order
 * @param dates      the date expressions it uses, resolved against its publication date, in order
 * @param quotes       what it reports people said, directly or indirectly, with the speakers, in order
 * @param attributions the statements it attributes to sources, with the chain of sources, in order
 */
public record Annotations(List<Entity> entities, List<Quantity> quantities, List<DateMention> dates,
                          List<Quote> quotes, List<Attribution> attributions) {

    private static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities"));
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    }

    /** Entities, quantities and dates, with no quotes or attributions. */
    public Annotations(List<Entity> entities, List<Quantity> quantities, List<DateMention> dates) {
        this(entities, quantities, dates, List.of(), List.of());
    }

    /** Nothing found. */
    public static Annotations none() {
        return NONE;
    }
}
