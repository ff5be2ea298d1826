package crosscheck.app;

import crosscheck.core.ReadOptions;
import crosscheck.pipeline.BatchRunner;
import crosscheck.pipeline.PipelineBuilder;
import picocli.CommandLine.Option;

/**
 * The options of the stages {@code analyze} and {@code ingest} share (reading, extraction, annotation, the
 * cross-check), as a picocli mixin, and the pipeline they configure.
 */
final class StageOptions {

    /** A Java array holds at most 2 GiB: one document cannot be larger. */
    static final long MAX_DOCUMENT_MB = 2047;

    @picocli.CommandLine.Mixin
    MetadataOptions metadata = new MetadataOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Files read at once (default: one per core).")
    Integer threads;

    @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "32",
            description = "Skip documents larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxDocumentMb;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up a document whose extraction, or an article whose annotation, takes longer than "
                    + "this: the document is left out (the article's entities, quotes, attributions, quantities and "
                    + "dates left empty) with a too-slow problem, and the batch goes on (default: ${DEFAULT-VALUE}).")
    double documentTimeoutSeconds;

    @Option(names = "--claim-threshold", paramLabel = "SIM", defaultValue = "0.3",
            description = "How similar (IDF-weighted cosine of their words and names, 0 to 1) two sentences of "
                    + "different articles must be to state one claim; lower aligns more (default: ${DEFAULT-VALUE}).")
    double claimThreshold;

    @Option(names = "--no-cross-check", description = "Do not cross-check the stories (no claims, origins, "
            + "conflicts, timeline, actors or brief).")
    boolean noCrossCheck;

    @Option(names = "--stances", description = "Also label how each article stands to each widely carried claim "
            + "(agree, disagree, discuss, unrelated) with the stance model trained on FNC-1, shown as 'disputed by' "
            + "in the claim tables. Off by default: on real multi-outlet news its labels were more often wrong than "
            + "right.")
    boolean stances;

    @Option(names = "--no-entities", description = "Do not look for named entities (faster; quantities and dates "
            + "are still found).")
    boolean noEntities;

    @Option(names = "--keep-site-boilerplate", description = "Keep paragraphs that repeat across different "
            + "articles of one site (by default they are moved to 'removed' as site-boilerplate).")
    boolean keepSiteBoilerplate;

    /** Checks the values; a bad one is a usage error (exit code 2). */
    void validate() {
        if (maxDocumentMb <= 0 || maxDocumentMb > MAX_DOCUMENT_MB) {
            throw new Main.UsageException("--max-document-size must be between 1 and " + MAX_DOCUMENT_MB
                    + " (MiB), got " + maxDocumentMb);
        }
        if (!(documentTimeoutSeconds > 0 && documentTimeoutSeconds <= 86_400)) {
            throw new Main.UsageException("--document-timeout must be between 0 and 86400 seconds, got "
                    + documentTimeoutSeconds);
        }
        if (!(claimThreshold > 0 && claimThreshold <= 1)) {
            throw new Main.UsageException("--claim-threshold must be in (0, 1], got " + claimThreshold);
        }
        if (threads != null && threads < 1) {
            throw new Main.UsageException("--threads must be at least 1, got " + threads);
        }
    }

    /** A pipeline builder with these options (the clusterer and the article limit are the caller's). */
    PipelineBuilder builder() {
        validate();
        PipelineBuilder builder = BatchRunner.builder().version(Main.version())
                .crossCheck(!noCrossCheck)
                .stances(stances)
                .claimThreshold(claimThreshold)
                .siteBoilerplate(!keepSiteBoilerplate)
                .entities(!noEntities)
                .documentTimeout(java.time.Duration.ofMillis(Math.max(1, Math.round(documentTimeoutSeconds * 1000))))
                .readOptions(new ReadOptions(maxDocumentMb * 1024 * 1024))
                .stated(metadata.stated());
        if (threads != null) {
            builder.threads(threads);
        }
        return builder;
    }
}
