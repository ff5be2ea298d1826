package crosscheck.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What cross-checking found in one story: its claims aligned across articles with their original sources, the
 * conflicts between its articles, a timeline, the actors and how they relate, and a brief. Every item cites the
 * articles (and where it can, the sentences) it rests on.
 *
 * @param claims    statements of fact made in the story, most widely carried first
 * @param conflicts figures that disagree (or agree only as bounds that grew over time) and denials
 * @param timeline  the story's dated events, earliest first
 * @param actors    the people and organisations the story names and the relations it states between them
 * @param brief     a short summary in which every sentence cites its articles
 */
public record CrossCheck(List<Claim> claims, List<Conflict> conflicts, List<TimelineEntry> timeline, Actors actors,
                         List<BriefSentence> brief) {

    private static final CrossCheck NONE = new CrossCheck(List.of(), List.of(), List.of(),
            new Actors(List.of(), List.of()), List.of());

    public CrossCheck {
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
        timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
        Objects.requireNonNull(actors, "actors");
        brief = List.copyOf(Objects.requireNonNull(brief, "brief"));
    }

    /** Nothing cross-checked (the stage did not run). */
    public static CrossCheck none() {
        return NONE;
    }

    /**
     * One statement of fact, aligned across the articles that carry it.
     *
     * @param id                 {@code s1-c1}, … in the story, most widely carried first
     * @param text               the statement as its earliest article words it
     * @param articles           the articles that carry it, in publication order
     * @param mentions           each place it is made: article, sentence offsets, how the article stands to it
     * @param origins            the original sources it traces back to (an outlet whose report others repeat, a
     *                           named person, an anonymous source of one outlet, the outlet's own reporting)
     * @param independentOrigins how many independent origins it has (the size of {@code origins})
     * @param status             {@code corroborated} (two or more independent origins), {@code single-origin},
     *                           {@code contested} (its figures conflict) or {@code denied} (a party denies it)
     * @param outlets            the outlets that carry it
     * @param missingFrom        the story's outlets that do not carry it
     * @param denials            the statements in the story that deny it, with who denies it
     * @param stances            how each article of the story stands to it as a whole, by the stance model (for
     *                           the story's ten most widely carried claims that two or more articles carry; empty
     *                           otherwise)
     */
    public record Claim(String id, String text, List<String> articles, List<ClaimMention> mentions,
                        List<Origin> origins, int independentOrigins, String status, List<String> outlets,
                        List<String> missingFrom, List<Denial> denials, List<ArticleStance> stances) {
        public Claim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            articles = List.copyOf(articles);
            mentions = List.copyOf(mentions);
            origins = List.copyOf(origins);
            Objects.requireNonNull(status, "status");
            outlets = List.copyOf(outlets);
            missingFrom = List.copyOf(missingFrom);
            denials = List.copyOf(denials);
            stances = List.copyOf(stances);
            if (independentOrigins < 0 || independentOrigins > origins.size()) {
                throw new IllegalArgumentException("claim " + id + ": independentOrigins=" + independentOrigins
                        + " with " + origins.size() + " origins");
            }
        }
    }

    /**
     * How one article of a story stands to a claim, as the stance model reads its whole text.
     *
     * @param article    the article's id
     * @param outlet     its outlet (or id)
     * @param stance     {@code agree}, {@code disagree}, {@code discuss} (reports it without taking a side) or
     *                   {@code unrelated}
     * @param confidence the model's confidence in that label, 0 to 1
     */
    public record ArticleStance(String article, String outlet, String stance, double confidence) {
        public ArticleStance {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(stance, "stance");
        }
    }

    /**
     * One place a claim is made.
     *
     * @param article the article's id
     * @param start   offset of the sentence in the article's body
     * @param end     offset after the sentence
     * @param text    the sentence
     * @param stance  how the article stands to the claim: {@code supports}, {@code hedges} (reportedly, allegedly),
     *                {@code reports-denial} (it also carries a denial of it)
     * @param origin  the name of the origin this mention traces back to
     * @param chain   the sources it passed through, innermost first, as the article gives them (empty when the
     *                article states it on its own authority)
     */
    public record ClaimMention(String article, int start, int end, String text, String stance, String origin,
                               List<String> chain) {
        public ClaimMention {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(origin, "origin");
            chain = List.copyOf(chain);
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("start=" + start + ", end=" + end);
            }
        }
    }

    /**
     * An original source of a claim. Origins of one claim are independent of each other: statements that trace back
     * to the same outlet (its report, its anonymous sources, its documents) are one origin.
     *
     * @param name     the source ("The Harbor Sentinel", "Tomas Reyle", "Bay Courier" for an outlet's own
     *                 reporting and its unnamed sources)
     * @param kind     {@code outlet} (a report that others pass on, or a news agency's copy), {@code person},
     *                 {@code organisation}, {@code official-body} (the story's authorities however named),
     *                 {@code document} (the story's lawsuit, memo, …), {@code own-reporting} (an outlet's own
     *                 reporting and anonymous sources) or {@code unknown} (a source that names nobody; it is never
     *                 counted as independent)
     * @param sources  the sources behind it as the articles name them ("a former Russian intelligence officer",
     *                 "a source familiar with the matter"); empty when none is named
     * @param articles the articles whose mention traces back to it
     */
    public record Origin(String name, String kind, List<String> sources, List<String> articles) {
        public Origin {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            sources = List.copyOf(sources);
            articles = List.copyOf(articles);
        }
    }

    /**
     * A statement that denies a claim.
     *
     * @param by       who denies it, resolved where the article allows
     * @param article  the article that carries the denial
     * @param start    offset of the denying sentence in that article's body
     * @param end      offset after it
     * @param text     the denying sentence
     */
    public record Denial(String by, String article, int start, int end, String text) {
        public Denial {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Articles that disagree, or whose figures only look as if they do.
     *
     * @param kind        {@code numeric} (the same quantity with different values) or {@code denial}
     * @param verdict     {@code conflict} (incompatible), {@code grew} (lower bounds that rose over time: no
     *                    conflict), {@code consistent} (differences explained by bounds and rounding), or, for a
     *                    denial, {@code denied}
     * @param explanation one line that says what differs and why it is or is not a conflict
     * @param articles    the articles involved
     * @param values      each side: the article and what it states
     * @param claims      the ids of the claims involved
     * @param missingFrom for a denial: the outlets that carry what is denied but not the denial, except those that
     *                    published before the denial first appeared (undated ones included: they may have dropped it)
     */
    public record Conflict(String kind, String verdict, String explanation, List<String> articles,
                           List<Side> values, List<String> claims, List<String> missingFrom) {
        public Conflict {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(explanation, "explanation");
            articles = List.copyOf(articles);
            values = List.copyOf(values);
            claims = List.copyOf(claims);
            missingFrom = List.copyOf(missingFrom);
        }
    }

    /**
     * One side of a conflict.
     *
     * @param article   the article's id
     * @param outlet    its outlet, or null
     * @param published its publication date, or null
     * @param text      the words as written (the figure, or the denying sentence)
     * @param start     offset in the article's body
     * @param end       offset after it
     * @param value     the figure's value (for a range its low end), or null for a statement
     * @param max       the high end of a range, or null
     * @param unit      the figure's unit, or null
     * @param bound     the figure's bound ({@code =}, {@code >}, …), or null
     * @param side      {@code figure}, {@code claim} or {@code denial}
     * @param source    who the article attributes it to, or null
     * @param figure    for a figure, the words that state it ("around 10 p.m.") where {@code text} is its sentence;
     *                  otherwise null
     * @param figureStart offset of the figure's words in the article's body, or -1
     * @param figureEnd offset after them, or -1
     */
    public record Side(String article, @Nullable String outlet, @Nullable String published, String text, int start,
                       int end, @Nullable Double value, @Nullable Double max, @Nullable String unit,
                       @Nullable String bound, String side, @Nullable String source, @Nullable String figure,
                       int figureStart, int figureEnd) {
        public Side {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(side, "side");
        }

        /** A side that is not a figure's sentence: a claim, a denial. */
        public Side(String article, @Nullable String outlet, @Nullable String published, String text, int start,
                    int end, @Nullable Double value, @Nullable Double max, @Nullable String unit,
                    @Nullable String bound, String side, @Nullable String source) {
            this(article, outlet, published, text, start, end, value, max, unit, bound, side, source, null, -1, -1);
        }
    }

    /**
     * A dated event of the story.
     *
     * @param date      the resolved date ({@code 2026-03-10}, {@code 2026-03}, {@code 2025})
     * @param precision {@code day}, {@code week}, {@code month}, {@code season}, {@code year}
     * @param qualifier {@code early}, {@code mid}, {@code late}, a season, or null
     * @param text      the sentence that dates it
     * @param articles  the articles that date it so
     * @param claim     the id of the claim the sentence belongs to, or null
     */
    public record TimelineEntry(String date, String precision, @Nullable String qualifier, String text,
                                List<String> articles, @Nullable String claim) {
        public TimelineEntry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(precision, "precision");
            Objects.requireNonNull(text, "text");
            articles = List.copyOf(articles);
        }
    }

    /**
     * The story's actor graph.
     *
     * @param nodes the people and organisations that take part in a relation
     * @param edges the relations the story states between them, each cited
     */
    public record Actors(List<Actor> nodes, List<Relation> edges) {
        public Actors {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * A node of the actor graph.
     *
     * @param name     the entity's name in the story
     * @param type     {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
     * @param articles the articles that name it
     */
    public record Actor(String name, String type, List<String> articles) {
        public Actor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            articles = List.copyOf(articles);
        }
    }

    /**
     * A relation the story states between two actors ("Lindqvist asked Reyle …").
     *
     * @param source    the actor who acts
     * @param target    the actor acted on
     * @param relation  the verb, in its base form ({@code ask}, {@code call}, {@code deny}, {@code donate})
     * @param articles  the articles that state it
     * @param citations the sentences that state it
     */
    public record Relation(String source, String target, String relation, List<String> articles,
                           List<Citation> citations) {
        public Relation {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(relation, "relation");
            articles = List.copyOf(articles);
            citations = List.copyOf(citations);
        }
    }

    /**
     * A sentence of an article.
     *
     * @param article the article's id
     * @param start   offset in its body
     * @param end     offset after it
     */
    public record Citation(String article, int start, int end) {
        public Citation {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * One sentence of the brief.
     *
     * @param text     the sentence
     * @param articles the articles it rests on
     * @param kind     {@code corroborated}, {@code conflict}, {@code denied}, {@code single-origin} or
     *                 {@code consistent}
     * @param claim    the claim it states, or null
     */
    public record BriefSentence(String text, List<String> articles, String kind, @Nullable String claim) {
        public BriefSentence {
            Objects.requireNonNull(text, "text");
            articles = List.copyOf(articles);
            Objects.requireNonNull(kind, "kind");
        }
    }
}
