package crosscheck.archive;

import java.io.IOException;

/**
 * Another process writes to this embedded store, and it did not let go within the wait: nothing was written. Its
 * message is one line that says which store and, when known, which process holds it.
 */
public final class StoreInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreInUseException(String message) {
        super(message);
    }
}
