package crosscheck.annotate;

import crosscheck.annotate.attrib.AttributionTagger;
import crosscheck.annotate.attrib.Token;
import crosscheck.annotate.pos.PosTagger;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.Entity;
import crosscheck.core.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds who said what in an article: the {@link AttributionTagger} marks each paragraph's sources, cues and contents;
 * this class groups them into attributions around each cue, resolves each source to the entity it names (a pronoun
 * to the person last named, "the Journal" to The Wall Street Journal, "the spokesperson" to the person the article
 * introduced with that title, "the source" to the source it introduced before), follows the chain of who passed a
 * statement on ("…, an officer told the Journal"; "…, officials said, the Journal reported"), and lists the quotes:
 * every passage in quotation marks (across paragraphs where a quote runs on) and every statement reported with a
 * verb of saying, each with its speaker.
 *
 * <p>Thread-safe: the tagger and the lexicons are immutable.
 */
public final class AttributionAnnotator {


    /** Cue words that report speech: an attribution with one of these is also a quote (indirect when unquoted). */
    private static final Set<String> SPEECH = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
            "telling", "add", "adds", "added", "adding", "state", "states", "stated", "claim", "claims", "claimed",
            "announce", "announced", "explain", "explained", "write", "writes", "wrote", "deny", "denies", "denied",
            "insist", "insisted", "argue", "argued", "assert", "asserted", "asserting", "note", "noted", "warn",
            "warned", "suggest", "suggested", "acknowledge", "acknowledged", "admit", "admitted", "confirm",
            "confirmed", "declare", "declared", "asked", "replied", "responded", "posted", "tweeted", "continued",
            "remarked", "recalled", "predicted", "promised", "vowed", "stressed", "urged", "described", "called");
    /** Cue words after which the next named organisation is the one the source spoke to: "told the Journal". */
    private static final Set<String> TOLD = Set.of("told", "tell", "tells", "telling", "confirmed", "spoke", "speaking");
    /** Heads of a source that is not named: "a source familiar with the matter", "officials". */
    private static final Set<String> ANONYMOUS = Set.of("source", "sources", "official", "officials", "person",
            "people", "persons", "aide", "aides", "insider", "insiders", "officer", "officers", "diplomat",
            "diplomats", "employee", "employees", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors",
            "someone", "individual", "individuals", "member", "members", "executive", "executives", "lawmaker",
            "lawmakers", "spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "expert",
            "experts", "analyst", "analysts", "witness", "witnesses", "resident", "residents", "critics", "allies",
            "associate", "associates", "friend", "friends", "investigators", "prosecutors", "authorities");
    /** Heads of a source that is a text rather than a speaker: "a new report", "the book", "a statement". */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "book", "statement", "statements",
            "study", "poll", "survey", "document", "documents", "filing", "filings", "letter", "memo", "post", "article",
            "data", "records", "analysis", "investigation", "complaint", "lawsuit", "indictment", "reporting", "story",
            "interview", "release", "transcript", "video", "footage", "research", "paper");
    /** Heads that stand for the news organisation named last: "the outlet", "the newspaper". */
    private static final Set<String> OUTLET_WORDS = Set.of("outlet", "newspaper", "paper", "publication", "network",
            "broadcaster", "magazine", "site", "agency", "daily", "tabloid", "channel");
    /** Words that end the head phrase of a source: "a former officer [with knowledge of the request]". */
    private static final Set<String> HEAD_STOP = Set.of("with", "familiar", "from", "of", "in", "at", "who", "that",
            "which", "close", "aware", "briefed", "involved", "knowledgeable", "speaking", "on", "for", "to", ",",
            "—", "–", "(", "published", "released", "issued", "obtained", "seen", "reviewed", "cited", "quoted",
            "posted", "broadcast", "aired");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "and", "but", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "his", "her", "its",
            "their", "our", "my", "your", "said", "says", "told", "who", "which", "when", "while", "after", "before",
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "not", "then", "than", "former",
            "new", "top", "senior", "chief", "deputy", "vice", "first", "second", "last", "next", "other");

    private final AttributionTagger tagger;
    private final Set<String> knownOutlets;

    public AttributionAnnotator(AttributionTagger tagger, Set<String> knownOutlets) {
        this.tagger = tagger;
        this.knownOutlets = Set.copyOf(knownOutlets);
    }

    /** The shipped tagger and list of news outlets. */
    public static AttributionAnnotator standard() {
        return new AttributionAnnotator(AttributionTagger.standard(), readOutlets());
    }

    /** The normalised names of the well-known news outlets shipped with crosscheck ({@code wall street journal}). */
    public static Set<String> knownOutletNames() {
        return Set.copyOf(readOutlets());
    }

    /** What the annotator found in one article. */
    public record Found(List<Quote> quotes, List<Attribution> attributions) {
    }

    /**
     * The article's attributions and quotes.
     *
     * @param entities      the article's entities (with mentions), to resolve sources to
     * @param batchOutlets  the normalised names of the outlets that published the batch's articles
     */
    public Found annotate(Article article, List<Entity> entities, Set<String> batchOutlets) {
        String body = article.body();
        Mentions mentions = new Mentions(entities);
        Resolver resolver = new Resolver(body, mentions, batchOutlets);
        List<Draft> drafts = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : body.split("\n", -1)) {
            crosscheck.internal.Deadline.check();
            int end = paragraphStart + paragraph.length();
            List<Token> tokens = Token.tokenize(body, paragraphStart, end);
            if (!tokens.isEmpty()) {
                List<Draft> found = paragraph(body, tokens, tagger.tag(tokens));
                for (Draft d : found) {
                    resolver.resolve(d);
                }
                chain(found);
                drafts.addAll(found);
            }
            paragraphStart = end + 1;
        }
        for (Draft d : drafts) {
            if (d.contentStart < 0 && d.sourceName != null) {
                colonIntroduced(body, d);
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (Draft d : drafts) {
            // An attribution names its source, except a hedge that names none: "reportedly", "allegedly".
            if (d.contentStart >= 0 && (d.sourceName != null || isHedge(d)) && !isAttributiveParticiple(d, body)) {
                attributions.add(d.toAttribution(body));
            }
        }
        attributions.addAll(speakerTurns(body, mentions));
        attributions.sort(Comparator.comparingInt(Attribution::cueStart));
        return new Found(quotes(body, attributions, this::reportsWords, (from, to) -> {
            // The person named at the span's start, by the canonical name; null when no person is named there.
            for (Entity.Mention m : mentions.mentions) {
                if (m.start() == from && m.end() <= to && mentions.entityOf.get(m).type().equals("PER")) {
                    return mentions.entityOf.get(m).name();
                }
            }
            return null;
        }), attributions);
    }

    /**
     * "He said:" closing its paragraph, with nothing after the colon, introduces the quotation that opens the next
     * paragraph: that paragraph is the content.
     */
    private static void colonIntroduced(String body, Draft d) {
        int lineEnd = body.indexOf('\n', d.cueEnd());
        lineEnd = lineEnd < 0 ? body.length() : lineEnd;
        String rest = body.substring(d.cueEnd(), lineEnd).strip();
        String cue = body.substring(d.cueStart(), d.cueEnd());
        if (!(rest.equals(":") || rest.isEmpty() && cue.endsWith(":"))) {
            return;
        }
        int next = lineEnd;
        while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
            next++;
        }
        if (next >= body.length() || "“\"'".indexOf(body.charAt(next)) < 0) {
            return;
        }
        int end = body.indexOf('\n', next);
        end = end < 0 ? body.length() : end;
        while (end > next && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        d.contentStart = next;
        d.contentEnd = end;
    }

    /**
     * A speaker's label opening a paragraph, as transcripts and interviews write them: a surname or a name in capitals
     * and a colon ("BRASK: Well, look, …", "“REYLE: That is not true."), where the article names that person. The
     * paragraph after the colon is the person's turn. A label that names no person of the article ("CORRECTION:",
     * "UPDATE:") is left alone.
     */
    private static List<Attribution> speakerTurns(String body, Mentions mentions) {
        List<Attribution> out = new ArrayList<>();
        Matcher m = SPEAKER_LABEL.matcher(body);
        while (m.find()) {
            String label = m.group(1);
            String n = EntityAnnotator.normalise(label);
            String person = null;
            for (Entity e : mentions.entityOf.values()) {
                String name = EntityAnnotator.normalise(e.name());
                if (e.type().equals("PER") && (name.equals(n) || name.endsWith(" " + n))) {
                    person = e.name();
                    break;
                }
            }
            int end = body.indexOf('\n', m.end());
            end = end < 0 ? body.length() : end;
            while (end > m.end() && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (person != null && end > m.end()) {
                out.add(new Attribution(body.substring(m.end(), end), m.end(), end, person, label, m.start(1),
                        m.end(1), "person", ":", m.end(1), m.end(1) + 1, List.of(person)));
            }
        }
        return out;
    }

    /** A paragraph opening with one to three words in capitals and a colon: "BRASK: …", "“ADA REYLE: …". */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "(?m)^[ \t]*[“\"]?(\\p{Lu}[\\p{Lu}’'.-]+(?: \\p{Lu}[\\p{Lu}’'.-]+){0,2}):[ \t]+(?=\\S)");

    /** Participles that, after a possessive, describe a noun rather than report speech: "Reyle's reported talks". */
    private static final Set<String> ATTRIBUTIVE_PARTICIPLES = Set.of("reported", "alleged", "purported", "rumored",
            "rumoured", "supposed", "presumed", "suspected", "so-called");

    /**
     * True for a possessive source right before a participle cue ("Reyle's reported meetings", "the firm's alleged
     * payments"): a noun phrase, not someone saying something; the possessor did not report the talks.
     */
    private static boolean isAttributiveParticiple(Draft d, String body) {
        if (d.sourceEnd < 0 || d.sourceEnd > d.cueStart()) {
            return false;
        }
        String cue = body.substring(d.cueStart(), d.cueEnd()).toLowerCase(Locale.ROOT);
        String between = body.substring(d.sourceEnd, d.cueStart()).strip().replace('’', '\'');
        boolean possessive = between.equals("'s") || between.equals("'")
                || between.isEmpty() && d.sourceEnd >= 2
                && body.substring(d.sourceEnd - 2, d.sourceEnd).replace('’', '\'').equals("'s");
        return possessive && ATTRIBUTIVE_PARTICIPLES.contains(cue);
    }

    // ---------------------------------------------------------------- grouping the tagged spans of one paragraph

    /** A run of tokens with one role: tokens {@code first..last} inclusive. */
    private record Run(String role, int first, int last) {
    }

    /** An attribution being built: its cue, source and contents, then what they resolve to. */
    private static final class Draft {
        final Run cue;
        final List<Token> tokens;
        @Nullable Run source;
        final List<Run> contents = new ArrayList<>();
        int contentStart = -1;
        int contentEnd = -1;
        int sourceStart = -1;
        int sourceEnd = -1;
        @Nullable String sourceName;
        String sourceKind = "none";
        final List<String> links = new ArrayList<>();
        /** The source whose words only sit in another attribution's content, set when it closes a sentence. */
        boolean closesSentence;

        Draft(Run cue, List<Token> tokens) {
            this.cue = cue;
            this.tokens = tokens;
        }

        int cueStart() {
            return tokens.get(cue.first).start();
        }

        int cueEnd() {
            return tokens.get(cue.last).end();
        }

        List<String> chain() {
            List<String> chain = new ArrayList<>();
            if (sourceName != null) {
                chain.add(sourceName);
            }
            for (String link : links) {
                if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(link)) {
                    chain.add(link);
                }
            }
            return chain;
        }

        Attribution toAttribution(String body) {
            return new Attribution(body.substring(contentStart, contentEnd), contentStart, contentEnd, sourceName,
                    sourceStart < 0 ? null : body.substring(sourceStart, sourceEnd), sourceStart, sourceEnd,
                    sourceKind, body.substring(cueStart(), cueEnd()), cueStart(), cueEnd(),
                    sourceName == null ? List.of() : chain());
        }
    }

    /** Groups one paragraph's tagged runs into drafts, one per cue, each with its nearest source and contents. */
    private List<Draft> paragraph(String body, List<Token> tokens, List<String> tags) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tags.get(i).equals("O")) {
                continue;
            }
            String role = AttributionTagger.role(tags.get(i));
            int j = i;
            while (j + 1 < tokens.size() && AttributionTagger.continues(tags.get(j + 1), role)) {
                j++;
            }
            if (!(role.equals(AttributionTagger.SOURCE) && adverbsOnly(tokens, i, j))) {
                runs.add(new Run(role, i, j));
            }
            i = j;
        }
        int[] sentence = sentences(tokens);
        List<Draft> drafts = new ArrayList<>();
        for (Run r : runs) {
            if (r.role().equals(AttributionTagger.CUE)) {
                drafts.add(new Draft(r, tokens));
            }
        }
        if (drafts.isEmpty()) {
            return drafts;
        }
        for (Draft d : drafts) {
            if (isHedge(d)) {
                continue; // "X reportedly did Y": X did it, nobody is cited
            }
            d.source = nearestSource(tokens, runs, sentence, drafts, d, true);
            if (d.source == null) {
                // "one person aware of the talks told the Journal": a source may serve the next cue too.
                d.source = nearestSource(tokens, runs, sentence, drafts, d, false);
            }
        }
        // Each content goes to the nearest cue of its sentence (a quote's sentences count as one). A content run the
        // tagger carried over into a sentence with a cue of its own is cut there: "…, saying that the roads were
        // blocked. “We need help,” Brask said." holds two contents with two speakers.
        List<Run> contents = new ArrayList<>();
        for (Run r : runs) {
            if (!r.role().equals(AttributionTagger.CONTENT)) {
                continue;
            }
            int from = r.first();
            for (int k = r.first() + 1; k <= r.last(); k++) {
                if (sentence[k] != sentence[k - 1] && hasCue(drafts, sentence, sentence[k])) {
                    contents.add(new Run(r.role(), from, k - 1));
                    from = k;
                }
            }
            contents.add(new Run(r.role(), from, r.last()));
        }
        for (Run r : contents) {
            if (!r.role().equals(AttributionTagger.CONTENT)) {
                continue;
            }
            Draft best = null;
            int bestGap = Integer.MAX_VALUE;
            for (Draft d : drafts) {
                if (sentence[d.cue.first] != sentence[r.first()] && sentence[d.cue.first] != sentence[r.last()]) {
                    continue;
                }
                int gap = gap(d.cue, r);
                if (gap < bestGap) {
                    best = d;
                    bestGap = gap;
                }
            }
            if (best != null) {
                best.contents.add(r);
            }
        }
        for (Draft d : drafts) {
            setContent(body, tokens, d);
            if (lower(tokens.get(d.cue.first)).equals("according") && d.cue.last == d.cue.first + 1) {
                accordingTo(tokens, sentence, d);
            }
            if (d.contentStart < 0 && d.source != null && closesSentence(tokens, sentence, d)) {
                // "…, the Journal reported." with nothing tagged as content: the sentence before the comma is it.
                int first = d.source.first() < d.cue.first ? d.source.first() : d.cue.first;
                int s = first;
                while (s > 0 && sentence[s - 1] == sentence[first]) {
                    s--;
                }
                int e = first - 1;
                while (e > s && isPunctuation(tokens.get(e).text())) {
                    e--;
                }
                if (e > s) {
                    d.contentStart = tokens.get(s).start();
                    d.contentEnd = tokens.get(e).end();
                    d.closesSentence = true;
                }
            }
            if (d.source != null) {
                parenthetical(tokens, sentence, d);
            }
        }
        return drafts;
    }

    /**
     * "The quay, Brask said, will cost $2 million." and "The repairs, according to Reyle, were never finished.": a
     * source and cue set off by commas between a subject and its verb attribute the whole sentence around them, the
     * subject before the first comma as much as the predicate after the second. The content becomes that sentence (the
     * parenthesis included: an attribution's content is one span).
     */
    private static void parenthetical(List<Token> tokens, int[] sentence, Draft d) {
        int first = Math.min(d.source.first(), d.cue.first);
        int last = Math.max(d.source.last(), d.cue.last);
        if (first < 2 || last + 2 >= tokens.size() || !tokens.get(first - 1).text().equals(",")
                || !tokens.get(last + 1).text().equals(",") || sentence[first - 2] != sentence[first]
                || sentence[last + 2] != sentence[last]) {
            return;
        }
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).text().equals(",") || isQuoteMark(tokens.get(k).text().charAt(0))) {
                return; // two clauses, or a quotation: not a parenthesis
            }
        }
        int s = first - 1;
        while (s > 0 && sentence[s - 1] == sentence[first]) {
            s--;
        }
        int e = last + 1;
        while (e + 1 < tokens.size() && sentence[e + 1] == sentence[last]) {
            e++;
        }
        while (e > last + 1 && isPunctuation(tokens.get(e).text())) {
            e--;
        }
        if (isQuoteMark(tokens.get(s).text().charAt(0)) || e <= last + 1 || s >= first - 1) {
            return; // a quotation around the attribution is the quotes' business
        }
        // Only a subject without its verb before the parenthesis, and the verb right after it: "The quay, Brask said,
        // would cost …". Not "The toll was 19, according to the agency, whose director said …" (a whole clause
        // before, a relative clause after) nor "…, the source said, speaking on condition of anonymity".
        List<String> words = new ArrayList<>(e - s + 1);
        for (int k = s; k <= e; k++) {
            words.add(tokens.get(k).text());
        }
        boolean[] starts = new boolean[words.size()];
        starts[0] = true;
        String[] pos = PosTagger.standard().tag(words, starts);
        for (int k = s; k < first - 1; k++) {
            if (pos[k - s].equals("VERB") || pos[k - s].equals("AUX")) {
                return;
            }
        }
        int after = last + 2 - s;
        while (after < pos.length && pos[after].equals("ADV")) {
            after++;
        }
        if (after >= pos.length || !(pos[after].equals("VERB") || pos[after].equals("AUX"))
                || tokens.get(s + after).text().endsWith("ing")) {
            return;
        }
        d.contentStart = tokens.get(s).start();
        d.contentEnd = tokens.get(e).end();
    }

    /**
     * "According to X, Y." and "Y, according to X.": the source runs from the cue to the next comma or the sentence's
     * end, the content is the rest of the sentence on the other side. The grammar is fixed, so it overrides the tags.
     */
    private static void accordingTo(List<Token> tokens, int[] sentence, Draft d) {
        int s = d.cue.last + 1;
        int e = s;
        while (e < tokens.size() && sentence[e] == sentence[d.cue.first] && !tokens.get(e).text().equals(",")
                && !(tokens.get(e).text().equals(".") && (e + 1 == tokens.size() || sentence[e + 1] != sentence[e]))) {
            e++;
        }
        if (e == s) {
            return;
        }
        d.source = new Run(AttributionTagger.SOURCE, s, e - 1);
        int sentenceStart = d.cue.first;
        while (sentenceStart > 0 && sentence[sentenceStart - 1] == sentence[d.cue.first]) {
            sentenceStart--;
        }
        int first;
        int last;
        if (d.cue.first - sentenceStart <= 1) {
            first = e + 1;
            last = first;
            while (last + 1 < tokens.size() && sentence[last + 1] == sentence[d.cue.first]) {
                last++;
            }
        } else {
            first = sentenceStart;
            last = d.cue.first - 1;
        }
        while (first <= last && first < tokens.size() && isTrimmed(tokens.get(first).text())) {
            first++;
        }
        while (last >= first && last < tokens.size() && isTrimmed(tokens.get(last).text())) {
            last--;
        }
        if (first <= last && last < tokens.size()) {
            d.contentStart = tokens.get(first).start();
            d.contentEnd = tokens.get(last).end();
        }
    }

    /**
     * True when tokens first..last are all lower-case adverbs in "-ly" ("reportedly", "immediately"): the tagger
     * sometimes marks one as a source ("did not immediately respond"), but an adverb names nobody.
     */
    private static boolean adverbsOnly(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            String t = tokens.get(k).text();
            if (!t.endsWith("ly") || t.length() < 4 || !t.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHedge(Draft d) {
        String first = lower(d.tokens.get(d.cue.first));
        return first.endsWith("edly") || first.equals("allegedly");
    }

    /** The source run of the cue's sentence nearest to the cue; with {@code alone}, only one no other cue is nearer. */
    private static @Nullable Run nearestSource(List<Token> tokens, List<Run> runs, int[] sentence, List<Draft> drafts,
                                               Draft d, boolean alone) {
        Run best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Run r : runs) {
            if (!r.role().equals(AttributionTagger.SOURCE) || sentence[r.first()] != sentence[d.cue.first]
                    || !hasContentWord(tokens, r) || alone && cueBetween(drafts, d, r)) {
                continue;
            }
            int gap = gap(d.cue, r);
            if (gap < bestGap || gap == bestGap && r.first() < d.cue.first) {
                best = r;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The content span of a draft: its contents on the side of the cue that holds most of their tokens. */
    private static void setContent(String body, List<Token> tokens, Draft d) {
        int before = 0;
        int after = 0;
        for (Run r : d.contents) {
            if (r.first() < d.cue.first) {
                before += r.last() - r.first() + 1;
            } else {
                after += r.last() - r.first() + 1;
            }
        }
        boolean useAfter = after >= before;
        int start = -1;
        int end = -1;
        for (Run r : d.contents) {
            if ((r.first() >= d.cue.first) == useAfter) {
                int first = r.first();
                int last = r.last();
                while (first <= last && isTrimmed(tokens.get(first).text())) {
                    first++;
                }
                while (last >= first && isTrimmed(tokens.get(last).text())) {
                    last--;
                }
                if (first > last) {
                    continue;
                }
                start = start < 0 ? tokens.get(first).start() : Math.min(start, tokens.get(first).start());
                end = Math.max(end, tokens.get(last).end());
            }
        }
        if (start >= 0 && end > start && body.substring(start, end).chars().anyMatch(Character::isLetterOrDigit)) {
            d.contentStart = start;
            d.contentEnd = end;
        }
    }

    /** True when the draft's cue ends its sentence after a comma: "…, the Journal reported." */
    private static boolean closesSentence(List<Token> tokens, int[] sentence, Draft d) {
        int first = Math.min(d.source.first(), d.cue.first);
        int last = Math.max(d.source.last(), d.cue.last);
        boolean commaBefore = first > 0 && tokens.get(first - 1).text().equals(",");
        int next = last + 1;
        while (next < tokens.size() && sentence[next] == sentence[last] && !isPunctuation(tokens.get(next).text())
                && next - last <= 3) {
            next++; // "reported separately on Thursday."
        }
        boolean endsSentence = next >= tokens.size() || sentence[next] != sentence[last]
                || tokens.get(next).text().equals(".");
        return commaBefore && endsSentence && first > 1;
    }

    /** Titles and ranks written with a full stop that ends no sentence: "Mr. Brask", "Gen. Reyle". */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "rev", "hon", "pres", "st", "messrs", "mme",
            "supt", "insp", "det", "atty", "amb");

    /** A title abbreviation ("Mr") or an initial ("H" of "Laurence H. Tribe"), which a full stop follows. */
    public static boolean isAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the full stop at {@code dot} closes an abbreviation or an initial rather than a sentence. */
    private static boolean abbreviationBefore(String body, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
            start--;
        }
        return start < dot && (start == 0 || !Character.isLetter(body.charAt(start - 1)))
                && isAbbreviation(body.substring(start, dot));
    }

    /**
     * Sentence number of each token: a sentence ends at ".", "!" or "?" followed by a capital or a quotation mark,
     * unless inside a quotation (a quoted passage of several sentences is one sentence with its attribution) or after
     * a title or an initial ("Mr. Brask").
     */
    private static int[] sentences(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int n = 0;
        boolean inQuote = false;
        for (int i = 0; i < tokens.size(); i++) {
            out[i] = n;
            String t = tokens.get(i).text();
            if (doubledApostrophe(tokens, i)) {
                out[++i] = n; // "''", the New York Times' quotation mark: one straight double quote
                t = "\"";
            }
            if (t.equals("“") || t.equals("\"") && !inQuote) {
                inQuote = true;
            } else if (t.equals("”") || t.equals("\"")) {
                inQuote = false;
            }
            boolean end = (t.equals(".") || t.equals("!") || t.equals("?")) && !inQuote;
            if (end && i > 0 && tokens.get(i - 1).text().length() <= 3 && tokens.get(i - 1).text().contains(".")) {
                end = false; // "U.S." is split as "U.S" "."
            }
            if (end && t.equals(".") && i > 0 && isAbbreviation(tokens.get(i - 1).text())) {
                end = false; // "Mr. Brask said", "Laurence H. Tribe"
            }
            if (end && i + 1 < tokens.size()) {
                String next = tokens.get(i + 1).text();
                end = Character.isUpperCase(next.charAt(0)) || next.equals("“") || next.equals("\"")
                        || Character.isDigit(next.charAt(0)) || doubledApostrophe(tokens, i + 1);
            }
            if (end) {
                n++;
            }
        }
        return out;
    }

    /** Token {@code i} and the next are two apostrophes written together: "''" used as a quotation mark. */
    private static boolean doubledApostrophe(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).text().equals("'") && tokens.get(i + 1).text().equals("'")
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /** Whether one of the drafts has its cue in sentence {@code n}. */
    private static boolean hasCue(List<Draft> drafts, int[] sentence, int n) {
        for (Draft d : drafts) {
            if (sentence[d.cue.first] == n) {
                return true;
            }
        }
        return false;
    }

    private static int gap(Run a, Run b) {
        return b.first() > a.last() ? b.first() - a.last() : a.first() - b.last();
    }

    private static boolean cueBetween(List<Draft> drafts, Draft d, Run r) {
        int lo = Math.min(d.cue.last, r.last());
        int hi = Math.max(d.cue.first, r.first());
        for (Draft o : drafts) {
            if (o != d && o.cue.first > lo && o.cue.last < hi) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContentWord(List<Token> tokens, Run r) {
        for (int i = r.first(); i <= r.last(); i++) {
            String t = tokens.get(i).text();
            if (Character.isLetter(t.charAt(0)) && !FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.charAt(0));
    }

    /** Tokens trimmed from the edges of a content: punctuation other than quotation marks. */
    private static boolean isTrimmed(String token) {
        return isPunctuation(token) && !isQuoteMark(token.charAt(0));
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '”' || c == '"';
    }

    // ---------------------------------------------------------------- chains

    /**
     * Links the drafts of a paragraph into chains: a draft whose cue lies inside another's content was passed on by
     * that other's source ("…, officials said, the Journal reported"), and a source that spoke to a news
     * organisation passed through it ("…, an officer told the Journal").
     */
    private static void chain(List<Draft> drafts) {
        for (Draft inner : drafts) {
            if (inner.sourceName == null) {
                continue;
            }
            Draft outer = null;
            for (Draft d : drafts) {
                if (d != inner && d.sourceName != null && d.contentStart >= 0 && d.contentStart <= inner.cueStart()
                        && inner.cueEnd() <= d.contentEnd
                        && (outer == null || d.contentEnd - d.contentStart < outer.contentEnd - outer.contentStart)) {
                    outer = d;
                }
            }
            if (outer != null && !inner.links.contains(outer.sourceName)) {
                inner.links.add(outer.sourceName);
                inner.links.addAll(outer.links);
            }
        }
        // A sentence-closing "…, an officer told the Journal" stays an attribution of its own besides being a link in
        // the chains inside it: the whole statement is the officer's, whatever the tagger found inside it.
    }

    // ---------------------------------------------------------------- resolving sources

    /** The article's entity mentions by position. */
    private static final class Mentions {
        final List<Entity.Mention> mentions = new ArrayList<>();
        final Map<Entity.Mention, Entity> entityOf = new HashMap<>();

        Mentions(List<Entity> entities) {
            for (Entity e : entities) {
                for (Entity.Mention m : e.mentions()) {
                    mentions.add(m);
                    entityOf.put(m, e);
                }
            }
            mentions.sort(Comparator.comparingInt(Entity.Mention::start));
        }

        private @Nullable List<Entity> latestFirst;

        /**
         * The entities, each once, by their last mention, latest first: what a scan of the mentions from the last
         * meets first, without going over every mention of an article that names one place thousands of times.
         */
        List<Entity> latestFirst() {
            if (latestFirst == null) {
                Set<Entity> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                List<Entity> out = new ArrayList<>();
                for (int i = mentions.size() - 1; i >= 0; i--) {
                    Entity e = entityOf.get(mentions.get(i));
                    if (met.add(e)) {
                        out.add(e);
                    }
                }
                latestFirst = out;
            }
            return latestFirst;
        }

        /** The last mention of the given type that ends at or before {@code offset}. */
        Entity.@Nullable Mention lastBefore(int offset, String type) {
            Entity.Mention found = null;
            for (Entity.Mention m : mentions) {
                if (m.start() >= offset) {
                    break;
                }
                if (m.end() <= offset && entityOf.get(m).type().equals(type)) {
                    found = m;
                }
            }
            return found;
        }

        List<Entity.Mention> within(int start, int end) {
            List<Entity.Mention> out = new ArrayList<>();
            for (Entity.Mention m : mentions) {
                if (m.start() >= end) {
                    break;
                }
                if (m.start() >= start && m.end() <= end) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    /** Resolves the sources of one article's drafts, in order, remembering the sources and titles met so far. */
    private final class Resolver {
        final String body;
        final Mentions mentions;
        final Set<String> batchOutlets;
        /** Titles the article gives named persons: "spokesperson" → "Teodor Brask". */
        final Map<String, String> titles = new HashMap<>();
        /** Sources resolved so far, latest last. */
        final List<Seen> seen = new ArrayList<>();
        /** Paragraphs tagged with parts of speech, by their start ({@link #isModifier}). */
        final Map<Integer, TaggedParagraph> tagged = new HashMap<>();
        /** The batch's outlets, normalised again as {@link EntityAnnotator#endsWithWords} compares them. */
        final List<String> normalisedOutlets = new ArrayList<>();
        /** {@link #isOutlet}'s answers by name. */
        final Map<String, Boolean> outletNames = new HashMap<>();

        Resolver(String body, Mentions mentions, Set<String> batchOutlets) {
            this.body = body;
            this.mentions = mentions;
            this.batchOutlets = batchOutlets;
            for (String outlet : batchOutlets) {
                normalisedOutlets.add(EntityAnnotator.normalise(outlet));
            }
            for (Entity.Mention m : mentions.mentions) {
                Entity e = mentions.entityOf.get(m);
                if (e.type().equals("PER")) {
                    String title = titleBefore(m.start());
                    if (title != null) {
                        titles.putIfAbsent(title, e.name());
                    }
                }
            }
        }

        /** The lowercase noun right before a person's name ("Kremlin spokesperson Teodor Brask"), if any. */
        private @Nullable String titleBefore(int start) {
            int e = start;
            while (e > 0 && body.charAt(e - 1) == ' ') {
                e--;
            }
            int s = e;
            while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
                s--;
            }
            if (e - s < 4 || !Character.isLowerCase(body.charAt(s))) {
                return null;
            }
            String word = body.substring(s, e);
            return FUNCTION_WORDS.contains(word) || tagger.isCueWord(word) ? null : word;
        }

        void resolve(Draft d) {
            if (d.source == null) {
                return;
            }
            List<Token> tokens = d.tokens;
            int first = d.source.first();
            int last = d.source.last();
            // Trim "and", "but" in front, and ", who" or "'s" behind: "Musk, who", "Musk’s".
            while (first < last && (Set.of("and", "but", "as", "while").contains(lower(tokens.get(first)))
                    || isPunctuation(tokens.get(first).text()))) {
                first++;
            }
            while (last > first && (isPunctuation(tokens.get(last).text())
                    || FUNCTION_WORDS.contains(lower(tokens.get(last))))) {
                last--;
            }
            // "… owned by the harbour chief Ada Brask, the Meridian Courier reported": a source that ends in a news
            // outlet after a comma is the outlet. A name's appositive describes it ("Ada Brask, a spokeswoman"); an
            // outlet's name does not, so the tagger joined two noun phrases that the comma separates.
            for (int k = last; k > first; k--) {
                if (tokens.get(k).text().equals(",")) {
                    if (k < last && isOutlet(body.substring(tokens.get(k + 1).start(), tokens.get(last).end()))) {
                        first = k + 1;
                    }
                    break;
                }
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            if (end - start > 2 && body.substring(end - 2, end).matches("[’']s")) {
                end -= 2;
            }
            d.sourceStart = start;
            d.sourceEnd = end;
            String text = body.substring(start, end);
            String[] resolved = resolve(text, start, end, tokens, first, last);
            d.sourceName = resolved[0];
            d.sourceKind = resolved[1];
            seen.add(new Seen(head(tokens, first, last).toLowerCase(Locale.ROOT), resolved[0], resolved[1], text, start));
            recipient(d);
        }

        /** {name, kind} for the source {@code text} at [start, end), tokens first..last. */
        private String[] resolve(String text, int start, int end, List<Token> tokens, int first, int last) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (Set.of("he", "she").contains(lower)) {
                return pronoun(lower, start, text);
            }
            if (Set.of("who", "which").contains(lower)) {
                for (Entity.Mention m : mentions.mentions) {
                    if (m.end() <= start && start - m.end() <= 3) {
                        return named(m);
                    }
                }
                return new String[] {text, "other"};
            }
            String head = head(tokens, first, last);
            int headEnd = headEnd(tokens, first, last);
            // The entity whose name holds the head: "Kremlin spokesperson Teodor Brask", "a new Meridian Courier report"
            // (the outlet behind the report), not "Trump campaign officials".
            Entity.Mention holding = null;
            for (Entity.Mention m : mentions.within(start, end)) {
                String type = mentions.entityOf.get(m).type();
                boolean possessive = m.end() + 1 < body.length()
                        && (body.startsWith("’s", m.end()) || body.startsWith("'s", m.end()));
                if (possessive || !(type.equals("PER") || type.equals("ORG"))) {
                    continue;
                }
                if (m.start() <= headEnd && headEnd <= m.end() + 1
                        || DOCUMENTS.contains(head) && type.equals("ORG")) {
                    holding = m;
                }
            }
            if (holding == null) {
                // "the office's director, Teodor Brask": the person named after the head, set off by a comma.
                for (Entity.Mention m : mentions.within(headEnd, end)) {
                    if (mentions.entityOf.get(m).type().equals("PER") && body.substring(headEnd, m.start()).strip()
                            .equals(",")) {
                        holding = m;
                    }
                }
            }
            if (holding != null) {
                return named(holding);
            }
            boolean definite = lower.startsWith("the ") || lower.startsWith("this ");
            if (!head.isEmpty() && Character.isUpperCase(head.charAt(0))) {
                // "the Journal", "Brask" where the tagger named neither: the organisation or person whose name ends
                // with it.
                for (Entity e : mentions.latestFirst()) {
                    if ((e.type().equals("ORG") || e.type().equals("PER"))
                            && EntityAnnotator.endsWithWords(e.name(), head)) {
                        return new String[] {e.name(), kindOf(e)};
                    }
                }
                String n = EntityAnnotator.normalise(text);
                if (batchOutlets.contains(n) || knownOutlets.contains(n)) {
                    return new String[] {text.replaceFirst("^the ", "The "), "outlet"};
                }
            }
            String h = head.toLowerCase(Locale.ROOT);
            if (definite && OUTLET_WORDS.contains(h)) {
                for (int i = seen.size() - 1; i >= 0; i--) {
                    if (seen.get(i).kind().equals("outlet")) {
                        return new String[] {seen.get(i).name(), "outlet"};
                    }
                }
            }
            if (definite && titles.containsKey(h)) {
                return new String[] {titles.get(h), "person"};
            }
            if (definite && !h.isEmpty()) {
                // "the agency": the organisation named before whose name ends with the word.
                for (int i = mentions.mentions.size() - 1; i >= 0; i--) {
                    Entity.Mention m = mentions.mentions.get(i);
                    Entity e = mentions.entityOf.get(m);
                    if (m.end() <= start && e.type().equals("ORG") && e.name().contains(" ")
                            && EntityAnnotator.endsWithWords(e.name(), h)) {
                        return new String[] {e.name(), kindOf(e)};
                    }
                }
                // "the board": the source met before with that head.
                for (int i = seen.size() - 1; i >= 0; i--) {
                    Seen s = seen.get(i);
                    if (s.head().equals(h) && !s.kind().equals("anonymous") && !s.name().equals(text)) {
                        return new String[] {s.name(), s.kind()};
                    }
                }
            }
            if (definite) {
                // "the source", "the person": the anonymous source met before.
                for (int i = seen.size() - 1; i >= 0; i--) {
                    Seen s = seen.get(i);
                    if (s.kind().equals("anonymous") && (s.head().equals(h) || Set.of("source", "person").contains(h)
                            && Set.of("source", "person", "official").contains(s.head()))) {
                        return new String[] {s.name(), "anonymous"};
                    }
                }
            }
            if (DOCUMENTS.contains(h)) {
                return new String[] {text, "document"};
            }
            if (ANONYMOUS.contains(h)) {
                return new String[] {text, "anonymous"};
            }
            return new String[] {text, "other"};
        }

        /**
         * {name, kind} for "he" or "she": the source of the attribution just before (within two paragraphs), as a
         * speaker who goes on speaking is the subject the pronoun most likely continues, unless its words say the
         * other gender ("spokesman" for "she", a man's first name); otherwise the person named last whose words allow
         * the pronoun's gender and who does not modify a noun ({@link #isModifier}). A source named after a preposition
         * ("according to Ada Brask, Reyle met the contractor twice") is not the subject of its sentence: there the
         * pronoun continues the subject (Reyle) when the sentence names one in a person.
         */
        private String[] pronoun(String pronoun, int start, String text) {
            if (!seen.isEmpty()) {
                Seen last = seen.get(seen.size() - 1);
                boolean near = body.substring(last.start(), start).split("\n", -1).length <= 3;
                boolean speaker = last.kind().equals("person") || last.kind().equals("anonymous");
                if (near && speaker && !last.head().endsWith("s")
                        && genderAllows(pronoun, last.text(), last.name())) {
                    Entity.Mention subject = afterPreposition(last.start()) ? subjectBefore(
                            Math.min(start, sentenceEnd(last.start())), last.start() + last.text().length()) : null;
                    if (subject != null
                            && genderAllows(pronoun, body.substring(subject.start(), subject.end()), nameOf(subject))
                            && !nameOf(subject).equals(last.name())) {
                        return new String[] {nameOf(subject), "person"};
                    }
                    return new String[] {last.name(), last.kind()};
                }
            }
            Entity.Mention subject = subjectBefore(start, -1);
            if (subject != null
                    && genderAllows(pronoun, body.substring(subject.start(), subject.end()), nameOf(subject))) {
                return new String[] {nameOf(subject), "person"};
            }
            Entity.Mention m = null;
            for (int i = mentions.mentions.size() - 1; i >= 0 && m == null; i--) {
                Entity.Mention c = mentions.mentions.get(i);
                if (c.end() <= start && mentions.entityOf.get(c).type().equals("PER")
                        && genderAllows(pronoun, c.text(), nameOf(c)) && !isModifier(c)) {
                    m = c;
                }
            }
            return m == null ? new String[] {text, "other"} : new String[] {nameOf(m), "person"};
        }

        /**
         * Whether the name at {@code m} modifies the noun after it ("a Reyle campaign talking point", "Brask
         * administration officials"): such a name is not the person a later "he" or "she" stands for.
         */
        private boolean isModifier(Entity.Mention m) {
            Matcher next = NEXT_WORD.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 40));
            if (!next.lookingAt()) {
                return false;
            }
            int from = m.start();
            while (from > 0 && body.charAt(from - 1) != '\n') {
                from--;
            }
            TaggedParagraph p = tagged.computeIfAbsent(from, this::tagParagraph);
            for (int i = 0; i < p.tokens().size(); i++) {
                if (p.tokens().get(i).start() == next.start(1)) {
                    return p.tags()[i].equals("NOUN");
                }
            }
            return false;
        }

        /**
         * The paragraph starting at {@code from}, its tokens tagged with parts of speech sentence by sentence (a
         * sentence starts after ".", "!" or "?"). Tagged once per paragraph: several names of one paragraph may be
         * asked about.
         */
        private TaggedParagraph tagParagraph(int from) {
            int to = body.indexOf('\n', from);
            List<Token> tokens = Token.tokenize(body, from, to < 0 ? body.length() : to);
            List<String> words = new ArrayList<>(tokens.size());
            tokens.forEach(t -> words.add(t.text()));
            boolean[] starts = new boolean[tokens.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = i == 0 || Set.of(".", "!", "?").contains(words.get(i - 1));
            }
            return new TaggedParagraph(tokens, PosTagger.standard().tag(words, starts));
        }

        /** Whether the word before {@code offset} is a preposition ("according to", "with"). */
        private boolean afterPreposition(int offset) {
            Matcher w = PREVIOUS_WORD.matcher(body.substring(Math.max(0, offset - 20), offset));
            return w.find() && PREPOSITIONS.contains(w.group(1).toLowerCase(Locale.ROOT));
        }

        /** The end of the sentence holding {@code offset}: after its full stop, or its paragraph's end. */
        private int sentenceEnd(int offset) {
            for (int i = offset; i < body.length(); i++) {
                if (body.charAt(i) == '\n' || endsSentence(i)) {
                    return i;
                }
            }
            return body.length();
        }

        /**
         * Whether the character at {@code i} ends a sentence: ".", "!" or "?" before a space or the body's end, and
         * not the full stop of a title or an initial ("Mr. Brask").
         */
        private boolean endsSentence(int i) {
            char c = body.charAt(i);
            return ".!?".indexOf(c) >= 0 && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)))
                    && !(c == '.' && abbreviationBefore(body, i));
        }

        /**
         * The person who is most likely the subject of the sentence holding {@code offset}: the first person named in
         * it before the offset who does not follow a preposition ("with Teodor Reyle", "according to Brask"). A
         * pronoun later in the sentence most often continues its subject ("Ada Brask held talks with Teodor Reyle,
         * during which she told him …"), not the person named last. Persons named before {@code after} are passed over
         * (-1: none).
         */
        private Entity.@Nullable Mention subjectBefore(int offset, int after) {
            int from = offset;
            while (from > 0 && !(body.charAt(from - 1) == '\n' || from >= 2 && endsSentence(from - 2))) {
                from--;
            }
            for (Entity.Mention m : mentions.mentions) {
                if (m.start() < from || m.start() < after || !mentions.entityOf.get(m).type().equals("PER")) {
                    continue;
                }
                if (m.end() > offset) {
                    break;
                }
                Matcher w = PREVIOUS_WORD.matcher(body.substring(Math.max(from, m.start() - 20), m.start()));
                String previous = w.find() ? w.group(1).toLowerCase(Locale.ROOT) : "";
                if (!PREPOSITIONS.contains(previous) && !isModifier(m)) {
                    return m;
                }
            }
            return null;
        }

        /** {name, kind} for a named entity. */
        private String[] named(Entity.Mention m) {
            Entity e = mentions.entityOf.get(m);
            return new String[] {e.name(), kindOf(e)};
        }

        private String nameOf(Entity.Mention m) {
            return mentions.entityOf.get(m).name();
        }

        private String kindOf(Entity e) {
            if (isOutlet(e.name()) || e.aliases().stream().anyMatch(this::isOutlet)) {
                return "outlet"; // the tagger may call an outlet's name a person
            }
            if (e.type().equals("PER")) {
                return "person";
            }
            return e.type().equals("ORG") ? "organisation" : "other";
        }

        /** A news outlet: one of the batch's or a well-known one, or the last words of one ("the Gazette"). */
        private boolean isOutlet(String name) {
            return outletNames.computeIfAbsent(name, this::isOutletName);
        }

        private boolean isOutletName(String name) {
            String n = EntityAnnotator.normalise(name);
            if (batchOutlets.contains(n) || knownOutlets.contains(n)) {
                return true;
            }
            String normal = EntityAnnotator.normalise(n);
            for (String outlet : normalisedOutlets) {
                if (EntityAnnotator.endsWith(outlet, normal)) {
                    return true;
                }
            }
            return false;
        }

        /** "told the Journal", "confirmed … to Axios": the news organisation the source spoke to joins the chain. */
        private void recipient(Draft d) {
            List<Token> tokens = d.tokens;
            if (!TOLD.contains(lower(tokens.get(d.cue.last)))) {
                return;
            }
            int from = tokens.get(d.cue.last).end();
            int to = tokens.get(Math.min(tokens.size() - 1, d.cue.last + 4)).end();
            for (Entity.Mention m : mentions.within(from, to)) {
                Entity e = mentions.entityOf.get(m);
                if (kindOf(e).equals("outlet")) {
                    d.links.add(0, e.name());
                    return;
                }
            }
            // "told the Journal" where the tagger did not name it: the last outlet named or cited before.
            int t = d.cue.last + 1;
            if (t < tokens.size() && lower(tokens.get(t)).equals("the")) {
                t++;
            }
            if (t < tokens.size() && Character.isUpperCase(tokens.get(t).text().charAt(0))) {
                String word = tokens.get(t).text();
                for (int i = seen.size() - 1; i >= 0; i--) {
                    if (seen.get(i).kind().equals("outlet") && EntityAnnotator.endsWithWords(seen.get(i).name(), word)) {
                        d.links.add(0, seen.get(i).name());
                        return;
                    }
                }
            } else if (t < tokens.size() && OUTLET_WORDS.contains(lower(tokens.get(t)))) {
                for (int i = seen.size() - 1; i >= 0; i--) {
                    if (seen.get(i).kind().equals("outlet")) {
                        d.links.add(0, seen.get(i).name());
                        return;
                    }
                }
            }
        }
    }

    /** A source met in the article: its head word (lower case), resolved name, kind, words and offset. */
    /** Words after which a name is not the subject of its sentence. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "by", "from", "for", "of", "about", "on",
            "at", "in", "against", "between", "among", "told", "and", "than", "like");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)\\W*$");
    /** The lower-case word right after a name, with only spaces between. */
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\u00a0]+(\\p{Ll}+)");

    private record Seen(String head, String name, String kind, String text, int start) {
    }

    /** A paragraph's tokens and their parts of speech. */
    private record TaggedParagraph(List<Token> tokens, String[] tags) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his", "man", "men", "spokesman", "mr", "mr.",
            "father", "son", "brother", "husband", "king", "boy", "chairman", "congressman", "businessman");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "woman", "women", "spokeswoman", "mrs",
            "mrs.", "ms", "ms.", "mother", "daughter", "sister", "wife", "queen", "girl", "chairwoman",
            "congresswoman", "businesswoman");

    /**
     * False when the words of a source name the other gender than the pronoun's: a word such as "spokesman" or
     * "Mrs.", or a first name listed under the other gender only ({@link FirstNames}).
     */
    private static boolean genderAllows(String pronoun, String... names) {
        Set<String> other = pronoun.equals("she") ? MALE : FEMALE;
        String otherFirstName = pronoun.equals("she") ? "m" : "f";
        for (String name : names) {
            String[] words = name.split("[^\\p{L}.]+");
            for (int i = 0; i < words.length; i++) {
                String lower = words[i].toLowerCase(Locale.ROOT);
                if (other.contains(lower)) {
                    return false;
                }
                // A first name: a capitalised word before another ("Teodor Brask"), not the surname at the end.
                if (i + 1 < words.length && isCapitalised(words[i]) && isCapitalised(words[i + 1])
                        && otherFirstName.equals(FirstNames.gender(lower))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The head word of a source: its last word before a modifier ("officer" in "an officer with knowledge of …"). */
    private static String head(List<Token> tokens, int first, int last) {
        int e = headEndToken(tokens, first, last);
        return tokens.get(e).text();
    }

    private static int headEnd(List<Token> tokens, int first, int last) {
        return tokens.get(headEndToken(tokens, first, last)).end();
    }

    private static int headEndToken(List<Token> tokens, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            if (HEAD_STOP.contains(lower(tokens.get(i)))) {
                return i - 1;
            }
        }
        return last;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- quotes

    /**
     * The article's quotes: each passage in quotation marks, with the speaker of the attribution whose content holds
     * it and whose cue {@code reportsWords}, or who is named after a trailing dash ({@code nameAt} gives the person a
     * span names, or null: "— Ada Brask, harbor chief"), or, for a quote that follows another with nothing between
     * them but its paragraph break, that quote's speaker; then each unquoted statement reported with a verb of
     * saying. Titles in quotation marks are left out. In body order.
     */
    static List<Quote> quotes(String body, List<Attribution> attributions,
                              java.util.function.Predicate<Attribution> reportsWords,
                              java.util.function.BiFunction<Integer, Integer, @Nullable String> nameAt) {
        List<Quote> quotes = new ArrayList<>();
        List<int[]> passages = new ArrayList<>(quotedPassages(body));
        passages.removeIf(p -> isTitle(body, p[0]));
        Quote previous = null;
        int previousEnd = -1;
        for (int[] p : passages) {
            Attribution by = null;
            for (Attribution a : attributions) {
                if (a.source() != null && a.start() < p[1] && p[0] < a.end() && reportsWords.test(a)) {
                    by = a;
                    break;
                }
            }
            if (by == null) {
                by = adjacent(body, p, attributions);
            }
            String text = body.substring(p[0], p[1]).replace("\n\n“", "\n\n").replace("\n\n\"", "\n\n");
            Quote q;
            int[] dashed = by == null ? dashedSpeaker(body, p[1]) : null;
            String dashedName = dashed == null ? null : nameAt.apply(dashed[0], dashed[1]);
            if (by != null) {
                q = new Quote(text, p[0], p[1], "direct", by.source(), by.sourceText(), by.cue());
            } else if (dashed != null && dashedName != null) {
                q = new Quote(text, p[0], p[1], "direct", dashedName, body.substring(dashed[0], dashed[1]),
                        body.substring(dashed[2], dashed[2] + 1));
            } else if (previous != null && previous.speaker() != null
                    && continues(body, previousEnd, p[0], previous.speaker(), attributions)) {
                q = new Quote(text, p[0], p[1], "direct", previous.speaker(), null, null);
            } else {
                q = new Quote(text, p[0], p[1], "direct", null, null, null);
            }
            quotes.add(q);
            previous = q;
            previousEnd = p[1];
        }
        for (Attribution a : attributions) {
            boolean quoted = passages.stream().anyMatch(p -> a.start() < p[1] && p[0] < a.end());
            if (!quoted && a.source() != null && isSpeech(a)) {
                quotes.add(new Quote(a.text(), a.start(), a.end(), "indirect", a.source(), a.sourceText(), a.cue()));
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::start));
        return quotes;
    }

    private static final Pattern TITLED = Pattern.compile("(?i)\\b(?:titled|entitled|headlined|headed)[\\s,]*[“\"']$");

    /**
     * Whether the quotation marks opening at {@code start} enclose a title rather than someone's words: a book, a
     * film, a report "titled" or "headlined" so.
     */
    private static boolean isTitle(String body, int start) {
        return TITLED.matcher(body.substring(Math.max(0, start - 16), start)).find();
    }

    /**
     * Whether the attribution's cue reports someone's words or thoughts: it holds a word the training data mostly
     * used as a cue ("said", "told", "according", "wrote"), or it is punctuation (a colon, a dash). A quote inside
     * the content of "The talks coincided with …" is not the talks' words; it belongs to whoever else is cited.
     */
    boolean reportsWords(Attribution a) {
        String cue = a.cue().toLowerCase(Locale.ROOT);
        boolean letters = false;
        for (String w : cue.split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                letters = true;
                if (tagger.isCueWord(w)) {
                    return true;
                }
            }
        }
        return !letters;
    }

    private static boolean isSpeech(Attribution a) {
        for (String w : a.cue().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SPEECH.contains(w)) {
                return true;
            }
        }
        return a.cue().toLowerCase(Locale.ROOT).startsWith("according to")
                && (a.sourceKind().equals("person") || a.sourceKind().equals("anonymous"));
    }

    /** A dash and a name right after a quote's closing mark: "“We will rebuild.” — Ada Brask, harbor chief". */
    private static final Pattern DASHED = Pattern.compile(
            "^[”\"’']?[ \t]*([—―–]|--?)[ \t]*(\\p{Lu}[\\p{L}.’'-]*(?:[ \t]+\\p{Lu}[\\p{L}.’'-]*){0,4})");

    /** {start, end} of the name and the offset of the dash, or null. */
    private static int @Nullable [] dashedSpeaker(String body, int passageEnd) {
        java.util.regex.Matcher m = DASHED.matcher(body.substring(passageEnd, Math.min(body.length(), passageEnd + 80)));
        if (!m.find()) {
            return null;
        }
        return new int[] {passageEnd + m.start(2), passageEnd + m.end(2), passageEnd + m.start(1)};
    }

    /**
     * The attribution whose source or cue follows the quote with only punctuation between ("“…,” the minister said")
     * or whose cue just precedes it ("the minister said: “…”").
     */
    private static @Nullable Attribution adjacent(String body, int[] passage, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.source() == null) {
                continue;
            }
            int after = a.sourceStart() >= 0 ? Math.min(a.sourceStart(), a.cueStart()) : a.cueStart();
            if (after >= passage[1] && onlyPunctuation(body, passage[1], after)
                    || a.cueEnd() <= passage[0] && onlyPunctuation(body, a.cueEnd(), passage[0])) {
                return a;
            }
        }
        return null;
    }

    private static boolean onlyPunctuation(String body, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the quote goes on from the previous one: it runs on into the next paragraph; or no attribution to
     * someone else lies between them and they share a paragraph ("“…,” she said. “…”") or the quote opens the next
     * paragraph (the convention for a speaker who goes on).
     */
    private static boolean continues(String body, int previousEnd, int start, String speaker,
                                     List<Attribution> attributions) {
        String between = body.substring(previousEnd, start);
        if (between.contains("\n")) {
            if (between.length() <= 8 && between.chars().noneMatch(Character::isLetterOrDigit)) {
                return true; // a quote running over paragraphs
            }
            // A paragraph that is a quote, right after the paragraph where the speaker was last quoted.
            int lastBreak = between.lastIndexOf('\n');
            boolean opensParagraph = between.substring(lastBreak + 1).strip().length() <= 1;
            if (!opensParagraph || between.split("\n\n", -1).length > 2) {
                return false;
            }
        }
        return attributions.stream().noneMatch(a -> a.cueStart() >= previousEnd && a.cueEnd() <= start
                && !speaker.equals(a.source()));
    }

    /**
     * The [start, end) of each quoted passage, without its marks: curly quotes pair up, straight quotes alternate
     * within a paragraph; a paragraph whose quote is still open at its end continues into the next paragraph when
     * that one opens with a quotation mark (the news convention for a quote of several paragraphs).
     */
    static List<int[]> quotedPassages(String body) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n' && open >= 0) {
                int next = i + 2;
                boolean reopens = next < body.length() && (body.charAt(next) == '“' || body.charAt(next) == '"');
                if (!reopens) {
                    open = -1; // an unclosed quote in a paragraph of its own: not a quotation we can delimit
                } else {
                    i = next; // skip the reopening mark
                }
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '"') {
                    open = i + 1;
                    opener = c;
                } else if (c == '”' && (i == 0 || Character.isWhitespace(body.charAt(i - 1)))
                        && i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1))) {
                    open = i + 1; // a closing mark where a quote opens ("”Fear. …”"), as pasted text often has it
                    opener = '“';
                }
            } else if (c == '”' && opener == '“' || c == '"' && opener == '"') {
                int s = open;
                int e = i;
                while (s < e && Character.isWhitespace(body.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
                open = -1;
            }
        }
        return out;
    }

    private static Set<String> readOutlets() {
        return Outlets.standard().names();
    }
}
