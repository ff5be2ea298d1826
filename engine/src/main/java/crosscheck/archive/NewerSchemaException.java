package crosscheck.archive;

import java.io.IOException;

/**
 * The store was written by a newer crosscheck, with a schema this version does not know: it is left untouched.
 * Its message is one line that says which store, its schema version and the newest this version reads.
 */
public final class NewerSchemaException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int readable;

    public NewerSchemaException(String location, int found, int readable) {
        super("the store " + location + " was written by a newer crosscheck (schema " + found
                + "); this version reads schema " + readable + " at most: use a newer crosscheck");
        this.found = found;
        this.readable = readable;
    }

    /** The store's schema version. */
    public int found() {
        return found;
    }

    /** The newest schema version this code reads. */
    public int readable() {
        return readable;
    }
}
