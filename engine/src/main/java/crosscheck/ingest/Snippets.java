package crosscheck.ingest;

/** Short, printable quotations of input for messages. */
final class Snippets {

    static final int MAX = 80;

    private Snippets() {
    }

    /**
     * At most 80 characters of the input, control characters shown as spaces, with an ellipsis when cut (never
     * inside a surrogate pair).
     */
    static String clip(String s) {
        String flat = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return flat.length() <= MAX ? flat : crosscheck.internal.Texts.cut(flat, MAX - 1) + "…";
    }
}
