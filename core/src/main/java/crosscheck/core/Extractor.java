package crosscheck.core;

/**
 * Turns a raw document into an article: metadata, clean body text, and what was removed.
 *
 * <p>Requires: a decoded {@link RawDocument}. Produces: an {@link Extraction} whose article has every field it
 * could find; fields it could not find are null, and an empty body means no article text was found (the runner
 * then reports the document). Implementations are pure functions of their input, stateless and thread-safe.
 * Malformed content is not an exception: the extractor does its best and adds problems. It throws
 * {@link StageException} only when the document cannot be processed at all.
 */
@FunctionalInterface
public interface Extractor {

    /** Extracts one document. */
    Extraction extract(RawDocument document);
}
