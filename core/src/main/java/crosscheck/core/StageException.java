package crosscheck.core;

import java.util.Objects;

/**
 * A document that a stage cannot process at all. The runner catches it, records a {@link Problem} and goes on with
 * the next document. The message ends with the stage and the document's location.
 */
public class StageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stage;
    private final SourceRef source;

    public StageException(String stage, SourceRef source, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message + " (stage " + stage + ", " + source + ")", cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.source = Objects.requireNonNull(source, "source");
    }

    public StageException(String stage, SourceRef source, String message) {
        this(stage, source, message, null);
    }

    /** The stage that failed: {@code ingest}, {@code extract}, … */
    public String stage() {
        return stage;
    }

    /** The document that failed. */
    public SourceRef source() {
        return source;
    }
}
