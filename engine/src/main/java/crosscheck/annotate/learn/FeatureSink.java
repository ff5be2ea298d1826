package crosscheck.annotate.learn;

import java.util.List;

/**
 * Where a tagger's feature code puts each feature of a token. A feature is a string, the concatenation of the parts
 * given between {@link #begin} and {@link #end}; the sink decides what becomes of it: {@link #into} builds the strings
 * (the trainers, which update weights by name), {@link FeatureHashes} hashes the parts as they come without building
 * any string (the taggers, which only look weights up). One feature code feeds both, so the features a model was
 * trained on and those it is asked about cannot drift apart. Not thread-safe.
 */
public interface FeatureSink {

    /** Starts a feature. */
    FeatureSink begin();

    /** Appends a string to the feature begun. */
    FeatureSink part(String s);

    /** Appends {@code s.substring(from, to)} to the feature begun. */
    FeatureSink part(String s, int from, int to);

    /** Appends one character to the feature begun. */
    FeatureSink part(char c);

    /** Appends the number in decimal, as {@link Integer#toString(int)} writes it. */
    FeatureSink part(int n);

    /** Appends "true" or "false", as {@link String#valueOf(boolean)} writes it. */
    default FeatureSink part(boolean b) {
        return part(b ? "true" : "false");
    }

    /** Ends the feature begun. */
    void end();

    /** Adds the feature {@code a}. */
    default void add(String a) {
        begin().part(a).end();
    }

    /** Adds the feature {@code a + b}. */
    default void add(String a, String b) {
        begin().part(a).part(b).end();
    }

    /** Adds the feature {@code a + b + c}. */
    default void add(String a, String b, String c) {
        begin().part(a).part(b).part(c).end();
    }

    /** Adds the feature {@code a + b + c + d}. */
    default void add(String a, String b, String c, String d) {
        begin().part(a).part(b).part(c).part(d).end();
    }

    /** A sink that adds each feature's string to {@code out}. */
    static FeatureSink into(List<String> out) {
        return new FeatureSink() {
            private final StringBuilder sb = new StringBuilder();

            @Override
            public FeatureSink begin() {
                sb.setLength(0);
                return this;
            }

            @Override
            public FeatureSink part(String s) {
                sb.append(s);
                return this;
            }

            @Override
            public FeatureSink part(String s, int from, int to) {
                sb.append(s, from, to);
                return this;
            }

            @Override
            public FeatureSink part(char c) {
                sb.append(c);
                return this;
            }

            @Override
            public FeatureSink part(int n) {
                sb.append(n);
                return this;
            }

            @Override
            public void end() {
                out.add(sb.toString());
            }
        };
    }
}
