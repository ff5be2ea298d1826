package crosscheck.core;

/** What a {@link RawDocument}'s content is, which decides how it is extracted. */
public enum DocumentFormat {
    /** An HTML page or fragment. */
    HTML,
    /** Plain text, possibly scraped from a page and still carrying its junk. */
    TEXT
}
