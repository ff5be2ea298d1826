package crosscheck.core;

import java.util.Objects;

/**
 * Something wrong with an input, found while reading or processing it.
 *
 * <p>A {@link Severity#WARNING} means the document was still read (bytes replaced, a field missing); an
 * {@link Severity#ERROR} means a document, record or whole file was skipped.
 *
 * @param severity how bad it is
 * @param code     a short stable identifier ({@code "empty-file"}, {@code "bad-json"}), for scripts
 * @param message  one human-readable sentence saying what was expected and what was found
 * @param location where: the file, and the record or line when known
 */
public record Problem(Severity severity, String code, String message, String location) {

    /** How bad a problem is. */
    public enum Severity {
        /** The document was still read, possibly changed (replaced bytes, dropped fields). */
        WARNING,
        /** A document, a record or a whole file could not be read and was skipped. */
        ERROR
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** An error: something was skipped. */
    public static Problem error(String code, SourceRef where, String message) {
        return new Problem(Severity.ERROR, code, message, where.toString());
    }

    /** A warning: the document was read, with a change or a gap. */
    public static Problem warning(String code, SourceRef where, String message) {
        return new Problem(Severity.WARNING, code, message, where.toString());
    }

    /** True when something was skipped. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one line printed on stderr: {@code location: error: message [code]}. Always one line, whatever the file
     * name or the message holds: line breaks, terminal escape codes and the like are written as escapes
     * ({@link OneLine}).
     */
    public String line() {
        return OneLine.of(location) + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + OneLine.of(message) + " [" + OneLine.of(code) + "]";
    }
}
