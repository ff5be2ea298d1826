package crosscheck.ingest;

import java.io.IOException;

/** A file that is not what its format needs (a feed that is not XML, say); carries a stable problem code. */
public final class MalformedInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public MalformedInputException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The problem code: {@code bad-feed}, … */
    public String code() {
        return code;
    }
}
