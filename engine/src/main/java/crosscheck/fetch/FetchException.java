package crosscheck.fetch;

/** Why a URL could not be fetched, in words fit for a problem line. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }
}
