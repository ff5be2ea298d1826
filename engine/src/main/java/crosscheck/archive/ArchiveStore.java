package crosscheck.archive;

import crosscheck.core.Problem;
import crosscheck.core.Story;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The archive's persistent store: raw documents (by content hash), articles with their annotations, stories with
 * stable ids and their history, each story's last cross-check, the problems met, and the key index through which a
 * new article finds its candidate stories ({@link StoryMemory}), through which stories are revised afterwards
 * ({@link RevisableStoryMemory}: articles moved, stories merged). Filing one article is one transaction: after
 * {@link #file} returns, the article is there once, whatever happens next (a killed process included); before, it
 * is not there at all.
 *
 * <p>Implementations: {@code SqliteArchiveStore} (the default, embedded: one folder, no server) and
 * {@code PostgresArchiveStore} (JDBC). {@link ArchiveStores#open} picks one from a location. One process writes to
 * an embedded store at a time; a second one waits or is told the store is in use ({@link StoreInUseException}).
 */
public interface ArchiveStore extends RevisableStoryMemory, AutoCloseable {

    /**
     * The schema version this code writes; a store of a newer one is refused ({@link NewerSchemaException}), one of
     * an older one migrated when opened for writing. Version 2 added the revision links ({@link #revisionLinks}),
     * version 3 the cross-check's term counts ({@link #termCounts}; a migrated store counts its articles again at its
     * next ingest), version 4 what {@code crosscheck watch} remembers of its feeds ({@link #watchedFeed}).
     */
    int SCHEMA_VERSION = 4;

    /** Where the store is, as the user gave it (a folder, or a {@code postgresql://} address without password). */
    String location();

    /** The id of the article filed from a raw document with this content hash (SHA-256, hex), if any. */
    Optional<String> articleWithContent(String contentHash);

    /** Whether an article with this id is filed. */
    boolean hasArticle(String articleId);

    /**
     * Files one article in one transaction: its raw document, the article and its annotations, its place in a story
     * (a new story, with the next free stable id {@code sN}, when {@code placement.story()} is null), the keys it is
     * indexed under, the problems met reading it; marks the story as needing a new cross-check.
     *
     * @return the id of the story it went to
     * @throws IOException when the store cannot be written (disk full, read-only): nothing of this article is kept
     */
    String file(Filing filing) throws IOException;

    /** What {@link #file} files. */
    record Filing(String contentHash, byte[] raw, StoredArticle article, Placement placement,
                  List<Problem> problems) {
    }

    /**
     * The links between stories kept for a later revision of their placements (links of neighbourhoods too small to
     * revise when an ingest ended), as {@link #keepRevisionLinks} last kept them.
     */
    List<RevisionLink> revisionLinks();

    /** Replaces the links kept for a later revision, in one transaction. */
    void keepRevisionLinks(List<RevisionLink> links) throws IOException;

    /**
     * A link between two stories that a placement weighed against each other: its best score, and how many articles
     * the store held when it was last made.
     */
    record RevisionLink(String a, String b, double score, long stamp) {

        public RevisionLink {
            java.util.Objects.requireNonNull(a, "a");
            java.util.Objects.requireNonNull(b, "b");
        }
    }

    /**
     * The cross-check's term counts over the articles counted so far (see {@link #addTermCounts}): the sentences
     * counted, and for each term (by its 64-bit hash) how many of them hold it.
     */
    TermTotals termCounts(long[] termHashes);

    /** What {@link #termCounts} gives: the sentences counted, and a count per hash asked, in its order. */
    record TermTotals(long sentences, long[] counts) {
    }

    /** The articles filed after the last one whose terms were counted, oldest first, at most {@code limit}. */
    Uncounted articlesToCount(int limit);

    /**
     * Articles whose terms are not counted yet: those filed after the article {@code countedThrough} (its place in
     * the filing order, 0 before the first), with their places.
     */
    record Uncounted(long countedThrough, List<Numbered> articles) {

        public Uncounted {
            articles = List.copyOf(articles);
        }
    }

    /** A filed article with its place in the filing order ({@code seq}: 1, 2, 3, …). */
    record Numbered(long seq, StoredArticle article) {
    }

    /**
     * Adds the term counts of the articles filed after {@code afterSeq} up to {@code throughSeq} (as {@link
     * #articlesToCount} gave them), in one transaction; does nothing and returns false when the counts have moved
     * since (another process counted them first).
     *
     * @param sentences the sentences of those articles
     * @param counts    for each term hash, the sentences of those articles that hold it
     */
    boolean addTermCounts(long afterSeq, long throughSeq, long sentences, java.util.Map<Long, Long> counts)
            throws IOException;

    /**
     * What {@code crosscheck watch} remembers of a feed (or sitemap): its validators as last fetched, for a
     * conditional GET; empty before its first poll.
     */
    Optional<FeedValidators> watchedFeed(String feed);

    /** A feed's {@code ETag} and {@code Last-Modified}, each null when it gave none. */
    record FeedValidators(@Nullable String etag, @Nullable String lastModified) {
    }

    /** Of these item URLs of a feed, those whose pages {@code watch} fetched already. */
    java.util.Set<String> watchedItems(String feed, java.util.Collection<String> items);

    /**
     * Remembers, in one transaction, a feed's validators as just fetched and the items whose pages were just fetched
     * (fetched once: not again at a later poll).
     */
    void keepWatched(String feed, FeedValidators validators, java.util.Collection<String> fetchedItems)
            throws IOException;

    /** Problems met that are not about a filed article (a file that could not be read); kept for the report. */
    void addProblems(List<Problem> problems) throws IOException;

    /** The ids of stories changed since their last cross-check, oldest change first, at most {@code limit}. */
    List<String> storiesToCheck(int limit);

    /** The story as last saved (articles in filing order; duplicates, entities and check as last checked). */
    Optional<Story> story(String id);

    /** The story's articles with their annotations, in filing order. */
    List<StoredArticle> articlesOf(String storyId);

    /**
     * Saves a story's near-duplicates, merged entities and cross-check, and clears its mark, in one transaction;
     * does nothing (and returns false) when the story gained articles since {@code filedArticles} were read.
     */
    boolean saveCheck(Story checked, int filedArticles) throws IOException;

    /**
     * Story ids for a report: all of them, or those with an article published on or after {@code since}; a story
     * left without articles by {@link #regroup} is not listed (nor given by {@link #story}).
     */
    List<String> stories(@Nullable LocalDate since);

    /**
     * What happened to a story, oldest first: created, joined (by an article), moved (an article, from one story to
     * another, with the reason), merged (left without articles: {@code into sN}, the story that took most of them).
     * Kept for a story that was merged away.
     */
    List<HistoryEvent> history(String storyId);

    /** One entry of a story's history. */
    record HistoryEvent(String story, String kind, String detail, String at) {
    }

    /** The problems kept for the given articles (all problems when null). */
    List<Problem> problems(@Nullable List<String> articleIds);

    /** Full-text search over articles and claims, best first. */
    List<SearchHit> search(SearchQuery query);

    /** A search: the text, optional filters (null = any), and how many hits. */
    record SearchQuery(String text, @Nullable String outlet, @Nullable LocalDate from, @Nullable LocalDate to,
                       @Nullable String entity, int limit) {
    }

    /**
     * One hit: an article (kind {@code article}) or a claim of a story's cross-check (kind {@code claim}), with the
     * story it belongs to, its rank score (higher is better) and a snippet with the matched words marked
     * {@code [like this]}.
     */
    record SearchHit(String kind, String articleId, @Nullable String storyId, @Nullable String outlet,
                     @Nullable String published, String title, String snippet, double score) {
    }

    @Override
    void close() throws IOException;
}
