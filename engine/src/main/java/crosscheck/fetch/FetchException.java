package crosscheck.fetch;

/**
 * Why a URL could not be fetched, in words fit for a problem line, and whether asking again later may succeed (no
 * answer, a timeout, a refused connection, a name that did not resolve, HTTP 408, 429 or 5xx) or not (a refused
 * address, robots.txt, a 404, a page too large).
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean passing;

    /** A failure that asking again will not mend. */
    public FetchException(String message) {
        this(message, false);
    }

    /** A failure; {@code passing} when asking again later may succeed. */
    public FetchException(String message, boolean passing) {
        super(message);
        this.passing = passing;
    }

    /** True when asking again later may succeed. */
    public boolean passing() {
        return passing;
    }
}
