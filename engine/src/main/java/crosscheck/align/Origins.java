package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traces a statement to its original source. An article that cites another outlet ("the Sentinel reported", "a former
 * official told the Sentinel") passes on that outlet's report, so the outlet is the origin: four outlets echoing the
 * Sentinel trace back to one origin. A named person or organisation speaking for themselves ("Reyle denied …") is
 * the origin whoever carries the words. An anonymous source, a document or the outlet's own reporting stands behind
 * that outlet alone, so they count once per outlet. A statement without attribution comes from the outlet the
 * article re-reports when it leans on one (two or more statements attributed to it, one in its first paragraph, or
 * "Read the full report at …"), else from its own reporting.
 * Thread-safe.
 */
final class Origins {

    private static final crosscheck.annotate.Outlets OUTLETS = crosscheck.annotate.Outlets.standard();

    /**
     * What a statement traces back to.
     *
     * @param name   the origin: an outlet, a named person or organisation
     * @param kind   {@code outlet}, {@code person}, {@code organisation} or {@code own-reporting}
     * @param key    equal for statements that are not independent
     * @param source the source behind the origin as the article names it ("a source familiar with the matter"), or
     *               null
     * @param chain  the attribution chain, innermost first; empty for a statement without attribution
     */
    record Traced(String name, String kind, String key, @org.jspecify.annotations.Nullable String source,
                  List<String> chain) {
    }

    private final Set<String> outlets;
    private final Map<String, String> outletDisplay;
    private final Map<String, String> names;
    private final Descriptions descriptions;
    /** The people the story's articles give an official title; filled once by {@link #learnOfficials}. */
    private final Set<String> officials = new java.util.HashSet<>();

    /**
     * @param outletNames the display names of the batch's outlets
     * @param known       the normalised names of well-known outlets
     * @param names       the story's name (display) for each normalised name or alias of its entities
     */
    Origins(Set<String> outletNames, Set<String> known, Map<String, String> names, Descriptions descriptions) {
        Map<String, String> display = new LinkedHashMap<>();
        for (String o : outletNames) {
            String listed = OUTLETS.canonical(o);
            display.put(SentenceTerms.normalise(o), listed != null ? listed : o);
        }
        this.outletDisplay = Map.copyOf(display);
        Set<String> all = new java.util.HashSet<>(known);
        all.addAll(display.keySet());
        this.outlets = Set.copyOf(all);
        index();
        this.names = Map.copyOf(names);
        this.descriptions = descriptions;
    }

    /** The source of one attribution chain's element as the story names it ("Sentinel" → The Harbor Sentinel). */
    String canonical(String raw) {
        String n = SentenceTerms.normalise(raw);
        String story = names.get(n);
        if (story != null) {
            n = SentenceTerms.normalise(story);
        }
        String outlet = outletFor(n);
        if (outlet != null) {
            return outletDisplay(outlet, story != null ? story : raw);
        }
        return story != null ? story : raw;
    }

    /** The display name of a normalised outlet name: the batch's name for it, the shipped list's, else the fallback. */
    private String outletDisplay(String normalisedOutlet, String fallback) {
        String known = outletDisplay.get(normalisedOutlet);
        if (known == null) {
            known = OUTLETS.canonical(normalisedOutlet);
        }
        return known != null ? known : fallback;
    }

    /** The normalised outlet a normalised name refers to: itself, its last words ("courier") or its initials. */
    private String outletFor(String n) {
        if (outlets.contains(n)) {
            return n;
        }
        java.util.SortedSet<String> found = new java.util.TreeSet<>(bySuffix.getOrDefault(n, Set.of()));
        if (n.length() >= 3 && !n.contains(" ")) {
            found.addAll(byInitials.getOrDefault(n, Set.of()));
        }
        return found.size() == 1 ? found.first() : null;
    }

    /** Each outlet by the last words of its name ("courier" → "meridian courier"), and by its initials. */
    private final Map<String, Set<String>> bySuffix = new HashMap<>();
    private final Map<String, Set<String>> byInitials = new HashMap<>();

    private void index() {
        for (String o : outlets) {
            for (int i = o.indexOf(' '); i >= 0; i = o.indexOf(' ', i + 1)) {
                bySuffix.computeIfAbsent(o.substring(i + 1), k -> new java.util.HashSet<>()).add(o);
            }
            byInitials.computeIfAbsent(initials(o), k -> new java.util.HashSet<>()).add(o);
        }
    }

    private static String initials(String normalised) {
        StringBuilder sb = new StringBuilder();
        for (String w : normalised.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    boolean isOutlet(String raw) {
        String n = SentenceTerms.normalise(raw);
        String story = names.get(n);
        return outletFor(story != null ? SentenceTerms.normalise(story) : n) != null;
    }

    /** The origin of what the article states on its own authority: the outlet it re-reports, else itself. */
    Traced ownOrigin(Article article, Annotations annotations) {
        Map<String, Integer> cited = new HashMap<>();
        String self = outletName(article);
        String wire = wireAgency(article.body());
        if (wire != null && !key(wire).equals(key(self))) {
            return new Traced(wire, "outlet", key(wire), null, List.of(wire));
        }
        int firstBreak = article.body().indexOf("\n\n");
        int lede = firstBreak < 0 ? article.body().length() : firstBreak;
        for (Attribution at : annotations.attributions()) {
            Traced t = ofChain(article, annotations, at);
            if (t != null && t.kind().equals("outlet") && !t.key().equals(key(self))) {
                cited.merge(t.name(), at.cueStart() < lede ? 2 : 1, Integer::sum);
            }
        }
        if (firstBreak != 0) {
            Traced inLede = citedOutlet(new StorySentence(article.id(), 0, 0, lede, article.body().substring(0, lede),
                    List.of(), false));
            if (inLede != null && !inLede.key().equals(key(self))) {
                cited.merge(inLede.name(), 2, Integer::sum);
            }
        }
        java.util.regex.Matcher full = FULL_REPORT.matcher(article.body());
        while (full.find()) {
            String name = canonical(full.group(1).strip());
            if (isOutlet(name) && !key(name).equals(key(self))) {
                cited.merge(name, 2, Integer::sum);
            }
        }
        String top = cited.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        if (top != null) {
            return new Traced(top, "outlet", key(top), null, List.of());
        }
        return new Traced(self, "own-reporting", key(self), null, List.of());
    }

    /**
     * The origin of the sentence: the attribution it carries, else the article's own origin. When the sentence
     * carries several ("the Courier reported, citing two people familiar with the matter"), one that cites an outlet
     * wins: the sentence passes on that outlet's report.
     */
    Traced trace(Article article, Annotations annotations, StorySentence s, Traced own) {
        Traced best = null;
        int bestScore = 0;
        for (Attribution at : annotations.attributions()) {
            int overlap = Math.min(at.end(), s.end()) - Math.max(at.start(), s.start());
            boolean cueInside = at.cueStart() >= s.start() && at.cueEnd() <= s.end();
            int score = Math.max(overlap, 0) + (cueInside ? 1 : 0);
            if (at.chain().isEmpty() || score == 0) {
                continue;
            }
            Traced t = ofChain(article, annotations, at);
            if (t == null) {
                continue;
            }
            boolean outlet = t.kind().equals("outlet");
            boolean bestOutlet = best != null && best.kind().equals("outlet");
            if (best != null && passesOn(best, t)) {
                continue;
            }
            if (best == null || passesOn(t, best) || outlet && !bestOutlet
                    || outlet == bestOutlet && score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (best == null || best.kind().equals("own-reporting")) {
            Traced cited = citedOutlet(s);
            if (cited != null) {
                return cited;
            }
        }
        if (best == null || best.kind().equals("own-reporting") && best.source() == null) {
            Traced body = bodySays(s);
            if (body != null) {
                return body;
            }
        }
        return best == null ? own : best;
    }

    /**
     * The keys of the origins the article's attributions name (people, bodies, outlets; not its own reporting nor
     * sources that cannot be resolved).
     */
    Set<String> citedKeys(Article article, Annotations annotations, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (Attribution at : annotations.attributions()) {
            if (at.cueEnd() < from || at.cueStart() > to) {
                continue;
            }
            Traced t = ofChain(article, annotations, at);
            if (t != null && !t.kind().equals("own-reporting") && !t.kind().equals("unknown")) {
                out.add(t.key());
            }
        }
        return out;
    }

    /**
     * True when {@code named} is a named person's or organisation's words that the outlet {@code outlet} passes on
     * ("Reyle dismissed …, the Sentinel reported"): the speaker, not the outlet, is then the origin, however the
     * tagger also marked the outlet.
     */
    private boolean passesOn(Traced named, Traced outlet) {
        return !named.kind().equals("outlet") && !named.kind().equals("own-reporting")
                && outlet.kind().equals("outlet") && named.chain().size() > 1
                && outlet.key().equals(key(named.chain().get(named.chain().size() - 1)));
    }

    /**
     * An outlet the sentence says it reports from, found in its words when the attribution tagger missed it: "The
     * Meridian Courier reported …", "…, the Sentinel said", "according to the Courier", "told the Courier".
     */
    private Traced citedOutlet(StorySentence s) {
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {OUTLET_REPORTED, OUTLET_CITED}) {
            java.util.regex.Matcher m = p.matcher(s.text());
            while (m.find()) {
                String name = m.group(1).strip();
                if (isOutlet(name)) {
                    String outlet = canonical(name);
                    return new Traced(outlet, "outlet", key(outlet), null, List.of(outlet));
                }
            }
        }
        return null;
    }

    private static final String NAME = "((?:[Tt]he\\s++)?(?:\\p{Lu}[\\p{L}&'’.\\-]*+\\s?+){1,4})";
    private static final java.util.regex.Pattern OUTLET_REPORTED = java.util.regex.Pattern.compile(NAME
            + "\\s*(?:\\([^)]{1,10}\\)\\s*)?(?:first\\s+|also\\s+|previously\\s+|has\\s+|had\\s+)?"
            + "(?:reported|reports|said|says|wrote|writes|revealed|published)\\b");
    private static final java.util.regex.Pattern OUTLET_CITED = java.util.regex.Pattern.compile(
            "(?:[Aa]ccording to|told|cited by|reported by|[Cc]iting)\\s+" + NAME);

    /**
     * The origin an attribution names, or null when it names no source. A named person or organisation is the
     * origin of their own words whoever passes them on; a source the article only describes is the person another
     * article names so; an outlet that reports something (itself, or through its unnamed sources) is its origin;
     * an unnamed source, a document or a description no article resolves stands behind the citing outlet alone.
     */
    Traced ofChain(Article article, Annotations annotations, Attribution at) {
        List<String> chain = at.chain();
        if (chain.isEmpty()) {
            return null;
        }
        String first = chain.get(0);
        String last = chain.get(chain.size() - 1);
        if (!saysSomething(at.cue()) || PASSIVE.matcher(article.body().substring(Math.max(0, at.cueStart() - 12),
                at.cueStart())).find() && !at.cue().toLowerCase(java.util.Locale.ROOT).startsWith("accord")) {
            return null;
        }
        // [named, outlet]: a named source's words that an outlet passes on; [named, intermediary, outlet] ("Lindqvist
        // asked …, a former official told the Sentinel"): what the intermediary told the outlet, so the outlet's.
        if (!isOutlet(first) && chain.size() <= 2) {
            if (PRONOUN.matcher(first).matches() && (at.source() == null || PRONOUN.matcher(at.source()).matches())) {
                return unknown(article, at, first, chain);
            }
            String bodyAsWritten = at.sourceText() == null ? null : Bodies.body(at.sourceText());
            if (bodyAsWritten != null) {
                return new Traced(at.sourceText(), "official-body", "body:" + bodyAsWritten, null, chain);
            }
            String document = Bodies.document(at.sourceText() == null ? first : at.sourceText());
            if (document != null) {
                String name = at.sourceText() == null ? first : at.sourceText();
                return new Traced(name, "document", "document:" + document, null, chain);
            }
            String person = namedPerson(annotations, at);
            if (person == null && !at.sourceKind().equals("person") && !Bodies.isName(first)) {
                person = descriptions.person(first);
            }
            if (person != null) {
                if (officials.contains(person) || titledOfficial(article, annotations, person)) {
                    return new Traced(person, "official-body", "body:authorities", person, chain);
                }
                return new Traced(person, "person", key(person), null, chain);
            }
            String kind = at.sourceKind();
            String source = possessed(canonical(first));
            String titled = Bodies.titledName(source);
            if (titled != null) {
                return new Traced(titled, "official-body", "body:authorities", source, chain);
            }
            String body = Bodies.body(source);
            if (body != null) {
                return new Traced(source, "official-body", "body:" + body, null, chain);
            }
            java.util.regex.Matcher seen = SEEN_BY.matcher(first);
            if (seen.matches() && isOutlet(seen.group(1))) {
                String outlet = canonical(seen.group(1));
                boolean self = key(outlet).equals(key(outletName(article)));
                return new Traced(outlet, self ? "own-reporting" : "outlet", key(outlet), first, chain);
            }
            if (!kind.equals("anonymous") && !kind.equals("document") && (Bodies.isFragment(first)
                    || hasNameWord(source) && !Bodies.isName(source) && !POSSESSIVE.matcher(source).matches())) {
                return unknown(article, at, first, chain);
            }
            if (kind.equals("person") || kind.equals("organisation") || kind.equals("other") && hasNameWord(source)) {
                return new Traced(source, kind.equals("other") ? "organisation" : kind, key(source), null, chain);
            }
        }
        if (isOutlet(last)) {
            String name = canonical(last);
            return new Traced(name, "outlet", key(name), chain.size() > 1 ? first : null, chain);
        }
        String self = outletName(article);
        return new Traced(self, "own-reporting", key(self), first, chain);
    }

    /**
     * Learns the story's officials: the people an article of the story gives an official title ("Police Chief Ann
     * Reyle"), who speak for the authorities in every article of the story, titled there or not.
     */
    void learnOfficials(List<Article> articles, Map<String, Annotations> annotations) {
        for (Article a : articles) {
            Annotations an = annotations.getOrDefault(a.id(), Annotations.none());
            for (Entity e : an.entities()) {
                if (e.type().equals("PER") && titledOfficial(a, an, canonical(e.name()))) {
                    officials.add(canonical(e.name()));
                }
            }
        }
    }

    /**
     * True when the article gives the person an official title before one of their names ("Sgt. Ann Reyle",
     * "Lorne County Prosecutor Jonas Ferrand"): what they say, they say for the authorities.
     */
    private boolean titledOfficial(Article article, Annotations annotations, String person) {
        String body = article.body();
        for (Entity e : annotations.entities()) {
            if (!e.type().equals("PER") || !canonical(e.name()).equals(person)) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                if (Bodies.officialTitleBefore(body.substring(Math.max(0, m.start() - 40), m.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A be-verb right before a cue makes it passive: "was found shot" says nothing ("the report found" does). */
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:was|were|been|be|being|is|are)\\s+$");

    /** Capitalised words before a name that make a title: "Lorne County Prosecutor " (Jonas Ferrand). */
    private static final java.util.regex.Pattern TITLES_BEFORE = java.util.regex.Pattern.compile(
            "(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+)+");

    /**
     * An official body that the sentence says speaks where the attribution tagger found no attribution: "Police say
     * …", "…, police said.", "according to investigators".
     */
    /** The plural nouns by which an article lets the authorities speak ("police said", "according to investigators"). */
    private static final String BODY_NOUNS = "police|officials|authorities|investigators|deputies|detectives|prosecutors";
    private static final String CAPITALISED_BEFORE = "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,4}?";
    private static final java.util.regex.Pattern BODY_SAYS = java.util.regex.Pattern.compile(
            "(?:^|[,;—–]\\s*|\\band\\s+)((?:[Tt]he\\s+)?" + CAPITALISED_BEFORE + "(?i:" + BODY_NOUNS
                    + "|troopers|sheriff['’]s\\s+(?:office|officials)))\\s+(?:say|says|said|told)\\b"
                    + "|(?i:according\\s+to|,\\s*)\\s*((?:the\\s+)?" + CAPITALISED_BEFORE + "(?i:" + BODY_NOUNS + "))"
                    + "(?:\\s+said)?\\s*[.!]?\\s*$");
    /** A word without which {@link #BODY_SAYS} cannot match: looked for first, as most sentences have none. */
    private static final java.util.regex.Pattern BODY_WORD = java.util.regex.Pattern.compile(
            "(?i)" + BODY_NOUNS + "|troopers|sheriff");

    /** The official body the sentence says speaks, found in its words, or null. */
    static Traced bodySays(StorySentence s) {
        if (!BODY_WORD.matcher(s.text()).find()) {
            return null;
        }
        java.util.regex.Matcher m = BODY_SAYS.matcher(s.text());
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String body = Bodies.body(name);
            if (body != null) {
                return new Traced(name, "official-body", "body:" + body, null, List.of(name));
            }
        }
        return null;
    }

    /** "Correspondence seen by the Gazette", "documents obtained by the Courier": what the outlet has seen. */
    private static final java.util.regex.Pattern SEEN_BY = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:seen|obtained|reviewed|viewed|examined)\\s+by\\s+(.+)");

    /** A source that cannot be resolved: it stands for nobody the report can name, and counts as no origin. */
    private static Traced unknown(Article article, Attribution at, String source, List<String> chain) {
        return new Traced("unknown", "unknown", UNKNOWN + article.id() + "@" + at.cueStart(), source, chain);
    }

    /** The key prefix of an origin that could not be resolved; such origins are never counted as independent. */
    static final String UNKNOWN = "unknown:";

    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "(?i)(?:it|they|he|she|we|i|you|this|that|these|those|which|who|them|him|her|one|its|their|his)"
                    + "(?:['’](?:re|ve|s|d|ll|m))?");

    /** Cues that report what someone said, wrote or stated (not "also taken", "declined", "titled"). */
    private static final java.util.regex.Pattern SAYING = java.util.regex.Pattern.compile("(?i)\\b(sa(id|y|ys|ying)|"
            + "told|tell|tells|according|report(ed|s|ing)?|wr(ote|ites|iting)|den(ied|ies|y|ying)|dismiss\\w*|"
            + "reject\\w*|claim\\w*|insist\\w*|stat(ed|es|ing)|announc\\w*|confirm\\w*|argu\\w*|not(ed|es)|"
            + "call(ed|s|ing)|describ\\w*|prais\\w*|warn\\w*|post(ed|s)|tweet\\w*|add(ed|s)|cit(ed|es|ing)|"
            + "quot\\w*|show(s|ed)?|found|revealed|alleg\\w*|accus\\w*|estimat\\w*|explain\\w*|recall\\w*|"
            + "acknowledg\\w*|admit\\w*|suggest\\w*|believ\\w*|expect\\w*|predict\\w*|:)");

    /** True when the cue reports speech or writing: its source is the source of the words. */
    static boolean saysSomething(String cue) {
        return SAYING.matcher(cue).find();
    }

    /**
     * The person the attribution's source names: a person it resolves to, else a person whose name opens the
     * source as written or closes it after a comma ("A lawyer for Volkov-Reyes, Marcus Thale").
     */
    private String namedPerson(Annotations annotations, Attribution at) {
        if (at.sourceKind().equals("person") && at.source() != null) {
            return canonical(at.source());
        }
        if (at.sourceText() == null) {
            return null;
        }
        for (Entity e : annotations.entities()) {
            if (!e.type().equals("PER")) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                String rest = at.sourceText().substring(Math.min(at.sourceText().length(),
                        Math.max(0, m.end() - at.sourceStart())));
                boolean opens = m.start() == at.sourceStart() && !rest.startsWith("’s") && !rest.startsWith("'s");
                boolean closes = m.end() >= at.sourceEnd() - 1 && m.end() <= at.sourceEnd()
                        && (at.sourceText().contains(", " + m.text()) || TITLES_BEFORE.matcher(at.sourceText()
                        .substring(0, Math.max(0, Math.min(at.sourceText().length(), m.start() - at.sourceStart()))))
                        .matches());
                if (m.start() >= at.sourceStart() && m.end() <= at.sourceEnd() && (opens || closes)) {
                    return canonical(e.name());
                }
            }
        }
        String written = SentenceTerms.normalise(at.sourceText());
        for (Entity e : annotations.entities()) {
            String n = SentenceTerms.normalise(e.name());
            if (e.type().equals("PER") && n.contains(" ") && written.endsWith(" " + n)
                    && TITLES_BEFORE.matcher(at.sourceText().substring(0, Math.max(0,
                    at.sourceText().length() - e.name().length()))).matches()) {
                return canonical(e.name());
            }
        }
        return null;
    }

    /**
     * "Brask’s office", "Governor Brask’s office", "Governor Teodor Brask’s office" → "Teodor Brask’s office": the
     * possessor named as the story names it, so that one office is one source. Other sources are returned as given.
     */
    String possessed(String source) {
        java.util.regex.Matcher m = POSSESSIVE.matcher(source);
        if (!m.matches()) {
            return source;
        }
        String possessor = m.group(1);
        String[] words = possessor.split("\\s+");
        for (int from = 0; from < words.length; from++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            String story = names.get(SentenceTerms.normalise(candidate));
            if (story != null) {
                return story + "’s " + m.group(2);
            }
        }
        return source;
    }

    /**
     * The news agency whose copy the article runs, or null: credited in the dateline ("WASHINGTON (Reuters) —",
     * "April 29 (UPI) —", "Washington (AFP) –"), in a copyright line ("Copyright Associated Press") or in a credit
     * line ("The Associated Press contributed to this report"). Only agencies of the shipped outlet list count.
     */
    static String wireAgency(String body) {
        java.util.regex.Matcher m = WIRE_DATELINE.matcher(body.substring(0, Math.min(body.length(), 400)));
        while (m.find()) {
            if (OUTLETS.isAgency(m.group(1))) {
                return OUTLETS.canonical(m.group(1));
            }
        }
        if (!body.contains("Copyright") && !body.contains("©") && !body.contains("contributed")) {
            return null; // each of WIRE_CREDIT's alternatives needs one of these words
        }
        m = WIRE_CREDIT.matcher(body);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (OUTLETS.isAgency(name.strip())) {
                return OUTLETS.canonical(name.strip());
            }
        }
        return null;
    }

    private static final String CAPITALISED_WORDS = "([A-Z][\\w.&\\-]*(?:[ \\t]+[A-Z][\\w.&\\-]*){0,4})";
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "(?m)^[^\\n]{0,60}?\\(([A-Z][A-Za-z. -]{1,30})\\)\\s*[-—–]");
    private static final java.util.regex.Pattern WIRE_CREDIT = java.util.regex.Pattern.compile(
            "(?m)(?:^|\\n)\\s*(?:Copyright|©)\\s*(?:\\d{4}\\s+)?(?:[Tt]he\\s+)?" + CAPITALISED_WORDS + "\\.?\\s*$"
                    + "|(?:^|[.\\n]\\s*)(?:[Tt]he\\s+)?" + CAPITALISED_WORDS + "\\s+contributed(?:\\s+reporting)?"
                    + "(?:\\s+to\\s+this\\s+(?:report|story|article))?");

    /** "Read the full report at The Meridian Courier.": the article passes on that outlet's report. */
    private static final java.util.regex.Pattern FULL_REPORT = java.util.regex.Pattern.compile(
            "(?:Read|See)\\s+(?:the\\s+)?(?:full|original|whole|complete)\\s+(?:report|story|article|investigation)"
                    + "\\s+(?:at|on|in|from)\\s+((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}.&'’ -]{1,60}?)\\s*[.!\\n]");

    private static final java.util.regex.Pattern POSSESSIVE =
            java.util.regex.Pattern.compile("(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\-]*+\\s*+)++)['’]s\\s+(\\p{Ll}[\\p{L} ]*)");

    /** True when some word after the first starts with a capital: a name, not a description ("the company"). */
    private static boolean hasNameWord(String s) {
        String[] words = s.split("\\s+");
        if (words[0].equalsIgnoreCase("a") || words[0].equalsIgnoreCase("an")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return !words[0].isEmpty() && Character.isUpperCase(words[0].charAt(0))
                && (words.length == 1 || words[0].endsWith("’s") || words[0].endsWith("'s"));
    }

    /**
     * The article's outlet as reports name it (one name for an outlet's name, short name and web domain: "nytimes.com"
     * is The New York Times), or the article's id when the outlet is unknown.
     */
    static String outletName(Article a) {
        String name = crosscheck.annotate.Outlets.nameOf(a);
        return name != null ? name : a.id();
    }

    private String key(String name) {
        String n = SentenceTerms.normalise(name);
        String outlet = outletFor(n);
        return outlet != null ? SentenceTerms.normalise(outletDisplay(outlet, outlet)) : n;
    }

    /** The keys of the origins, in order, for counting independent ones. */
    static List<String> keys(List<Traced> traced) {
        List<String> out = new ArrayList<>();
        for (Traced t : traced) {
            if (!out.contains(t.key())) {
                out.add(t.key());
            }
        }
        return out;
    }
}
