package crosscheck.bench;

import java.util.List;
import java.util.Objects;

/**
 * A set of labelled documents that is clustered and scored as one unit.
 *
 * @param dataset the data set's name ({@code ecbplus}, {@code gvc}, …)
 * @param name    the split's name ({@code dev}, {@code train}, {@code WikiRef150}, …)
 * @param role    what the split may be used for
 * @param items   the documents, in a fixed order
 * @param note    how the split was made when that is not obvious (a sample, a derived split), or empty
 */
record ClusteringSplit(String dataset, String name, Role role, List<ClusteringItem> items, String note) {

    /** What a split may be used for. */
    enum Role {
        /** The split to choose the threshold on. */
        DEV,
        /** A split that took no part in choosing the threshold: the scores to report. */
        HELD_OUT,
        /** A small set without a tuning split: scored for every threshold, never used to choose one. */
        SANITY
    }

    ClusteringSplit {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(note, "note");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("split " + dataset + " " + name + " has no items");
        }
    }

    /** A split that needs no note. */
    ClusteringSplit(String dataset, String name, Role role, List<ClusteringItem> items) {
        this(dataset, name, role, items, "");
    }

    /** The number of distinct gold clusters. */
    long goldCount() {
        return items.stream().map(ClusteringItem::gold).distinct().count();
    }
}
