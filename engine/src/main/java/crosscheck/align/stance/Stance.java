package crosscheck.align.stance;

import java.util.Locale;

/**
 * The stance of an article body toward a claim, as FNC-1 defines it: the body {@link #AGREE agrees} with the claim,
 * {@link #DISAGREE disagrees} with it (denies or refutes it), {@link #DISCUSS discusses} it (reports it without
 * taking a side, hedges) or is {@link #UNRELATED unrelated} to it.
 */
public enum Stance {
    AGREE, DISAGREE, DISCUSS, UNRELATED;

    /** The lower-case name used in output and in the data: {@code agree}, {@code disagree}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for every stance but {@link #UNRELATED}. */
    public boolean isRelated() {
        return this != UNRELATED;
    }

    /** The stance named by {@code label}, in any case. */
    public static Stance parse(String label) {
        for (Stance s : values()) {
            if (s.name().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stance '" + label + "'; expected agree, disagree, discuss or unrelated");
    }

    @Override
    public String toString() {
        return label();
    }
}
