package crosscheck.pipeline;

import crosscheck.cluster.StoryClusterer;
import crosscheck.core.Clusterer;
import crosscheck.core.Extractor;
import crosscheck.core.ReadOptions;
import crosscheck.extract.ArticleExtractor;
import crosscheck.extract.SiteBoilerplate;
import crosscheck.ingest.FormatRegistry;
import java.util.Objects;

/**
 * Wires the stages of a {@link BatchRunner} explicitly. Defaults: every input format on the class path, the
 * {@link ArticleExtractor#standard() standard extractor}, {@link SiteBoilerplate} across each site's pages, a
 * {@link StoryClusterer} with its shipped model, default read limits, one thread per core.
 */
public final class PipelineBuilder {

    private FormatRegistry formats = FormatRegistry.load();
    private Extractor extractor = ArticleExtractor.standard();
    private Clusterer clusterer = new StoryClusterer();
    private boolean stances;
    private ReadOptions readOptions = ReadOptions.defaults();
    private crosscheck.ingest.StatedMetadata stated = crosscheck.ingest.StatedMetadata.none();
    private int threads = Runtime.getRuntime().availableProcessors();
    private String version = "dev";
    private boolean siteBoilerplate = true;
    private boolean entities = true;
    private boolean crossCheck = true;
    private double claimThreshold = crosscheck.align.StoryChecker.DEFAULT_THRESHOLD;
    private int maxArticles = BatchLimits.defaultMaxArticles();
    private java.time.Duration documentTimeout = DEFAULT_DOCUMENT_TIMEOUT;

    /** The time one document's extraction, and one article's annotation, may take before it is given up. */
    public static final java.time.Duration DEFAULT_DOCUMENT_TIMEOUT = java.time.Duration.ofSeconds(10);

    PipelineBuilder() {
    }

    public PipelineBuilder formats(FormatRegistry formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
        return this;
    }

    public PipelineBuilder extractor(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        return this;
    }

    public PipelineBuilder clusterer(Clusterer clusterer) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        return this;
    }

    public PipelineBuilder readOptions(ReadOptions readOptions) {
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        return this;
    }

    /** What the user states about the input files (outlet, date, URL, title); sidecars are read without it. */
    public PipelineBuilder stated(crosscheck.ingest.StatedMetadata stated) {
        this.stated = Objects.requireNonNull(stated, "stated");
        return this;
    }

    /** Files read at once; at least 1. */
    public PipelineBuilder threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** The version written into reports. */
    public PipelineBuilder version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /**
     * Whether paragraphs that repeat across different articles of one site are moved out of the bodies
     * ({@link SiteBoilerplate}); on by default.
     */
    public PipelineBuilder siteBoilerplate(boolean enabled) {
        this.siteBoilerplate = enabled;
        return this;
    }

    /**
     * Whether named entities are found in each article and merged per story, and quotes and attributions found
     * with their speakers and sources (the model-based layers); on by default.
     */
    public PipelineBuilder entities(boolean enabled) {
        this.entities = enabled;
        return this;
    }

    /**
     * Whether each story is cross-checked (claims, origins, conflicts, timeline, actors, brief); on by default.
     */
    public PipelineBuilder crossCheck(boolean enabled) {
        this.crossCheck = enabled;
        return this;
    }

    /** How alike two sentences must be to state one claim (see {@link crosscheck.align.StoryChecker}). */
    /**
     * Whether the stance model labels how each article stands to each widely carried claim (off by default: on real
     * multi-outlet news its labels were more often wrong than right, so the report does not carry them unasked).
     */
    public PipelineBuilder stances(boolean on) {
        this.stances = on;
        return this;
    }

    public PipelineBuilder claimThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("claim threshold must be in (0, 1], got " + threshold);
        }
        this.claimThreshold = threshold;
        return this;
    }

    /**
     * The most articles one batch holds (default: what the max heap allows, {@link BatchLimits}); past it the batch
     * stops reading with a {@code batch-limit} error naming the file and record, and reports what was read.
     */
    public PipelineBuilder maxArticles(int maxArticles) {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("max articles must be at least 1, got " + maxArticles);
        }
        this.maxArticles = maxArticles;
        return this;
    }

    /**
     * How long one document's extraction, and one article's annotation, may take: a document over it is left out
     * (an article's annotation layers left empty) with a {@code too-slow} problem, and the batch goes on.
     */
    public PipelineBuilder documentTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("document timeout must be positive, got " + timeout);
        }
        this.documentTimeout = timeout;
        return this;
    }

    public BatchRunner build() {
        return new BatchRunner(formats, extractor, clusterer.withThreads(threads), readOptions, threads, maxArticles,
                version,
                siteBoilerplate ? new SiteBoilerplate() : null,
                entities ? crosscheck.annotate.EntityAnnotator.standard() : null,
                entities ? crosscheck.annotate.AttributionAnnotator.standard() : null,
                crossCheck ? new crosscheck.align.StoryChecker(crosscheck.annotate.EntityAnnotator.sentenceModel(),
                        crosscheck.annotate.AttributionAnnotator.knownOutletNames(), claimThreshold, threads,
                        stances ? crosscheck.align.stance.StanceClassifier.standard() : null) : null,
                documentTimeout, stated);
    }
}
