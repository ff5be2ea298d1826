package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Attribution;
import crosscheck.annotate.FirstNames;
import crosscheck.core.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises sentences that report a denial and says who denies. A denial act is a verb of denying ("port
 * spokesperson Tomas Reyle denied that …", "has disputed", "refuted"), a dismissal of an allegation ("dismissed the
 * allegations", "dismissed it as …", "rejected the accusations"), something called false ("called the report
 * baseless", "said the claims were nonsense", "“This is a sham lawsuit,” she said", "said it never happened"), or a
 * plea of not guilty. None: a negated act ("he didn't deny having met her", "neither confirms nor denies"), a court
 * or a motion dismissing a case ("a motion to dismiss", "the judge dismissed the suit", "will be dismissed"), "deny"
 * in the sense of refuse ("denied him a visa", "denied bail"), the noun "dispute" and the adjective "disputed".
 */
final class Denials {

    /** Words that say something is false, after a copula or a verb of calling ("is nonsense", "called it a sham"). */
    private static final String FALSE = "(?:false|untrue|not true|nonsense|baseless|unfounded|groundless|fabricated|"
            + "fabrication|a lie|lies|fake|phony|bogus|sham|hoax|witch[- ]?hunt|made[- ]up|fiction|categorically wrong)";
    /** What an allegation is called: the objects of "dismissed", "rejected", "disputed" that make them denials. */
    private static final String ALLEGATION = "(?:allegations?|claims?|accusations?|reports?|reporting|concerns?|"
            + "suggestions?|criticism|insistence|idea|notion|speculation|rumou?rs?|story|stories|assertions?|"
            + "characteri[sz]ations?|theory|theories|account|findings|alleged|reported|purported|supposed|investigation|article|alleging)";
    private static final Pattern DENY = Pattern.compile("\\bden(?:y|ies|ied|ying)\\b", Pattern.CASE_INSENSITIVE);
    /** "Deny" in the sense of refuse: "denied him entry", "denied bail", "denied the request". */
    private static final Pattern REFUSED = Pattern.compile("^\\s+(?:(?:him|her|them|us|me|it)\\b(?!\\s+(?:was|is|had|has|"
            + "were)\\b)|(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:\\w+\\s+)?(?:bail|entry|access|visas?|"
            + "permission|requests?|appeals?|motions?|applications?|petitions?|benefits|coverage|tenure|parole|admission|"
            + "hearing|service|licen[cs]e|permits?|justice|rights?|funding|funds|care|treatment)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUTE = Pattern.compile("\\b(?:refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISMISS = Pattern.compile("\\bdismiss(?:ed|es|ing)?\\b", Pattern.CASE_INSENSITIVE);
    /** What makes "dismissed" a denial: an allegation as its object, or "… as" what it is called. */
    private static final Pattern DISMISSED_WHAT = Pattern.compile("^\\s+(?:(?:[\\w’'.-]+\\s+){0,3}?" + ALLEGATION
            + "\\b|(?:[^.;,]{0,60}?\\s)?as\\s)", Pattern.CASE_INSENSITIVE);
    /** "to dismiss", "be dismissed", "a motion to dismiss": a case dismissed, or one that may be. */
    private static final Pattern NOT_A_DISMISSAL = Pattern.compile("(?:\\bto|\\bbe|\\bbeen|\\bbeing|\\bwas|\\bwere|"
            + "\\bis|\\bare|\\bmotions?)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REJECT = Pattern.compile("\\breject(?:ed|s|ing)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REJECTED_WHAT = Pattern.compile("^\\s+(?:[\\w’'.-]+\\s+){0,3}?(?:" + ALLEGATION
            + "|charges?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPUTE = Pattern.compile("\\bdisput(?:ed|es|ing)\\b", Pattern.CASE_INSENSITIVE);
    /** "has disputed", "strongly disputed": the verb, not the noun or the adjective. */
    private static final Pattern DISPUTE_VERB_BEFORE = Pattern.compile("\\b(?:has|have|had|also|strongly|firmly|"
            + "vehemently|repeatedly|publicly|flatly|sharply|who)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPUTE_VERB_AFTER = Pattern.compile("^\\s+(?:that\\b|some\\b|parts\\b|any\\b|"
            + "(?:the|this|those|these|his|her|their|its)\\s+(?:[\\w’'.-]+\\s+){0,2}?" + ALLEGATION + "\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLEA = Pattern.compile("\\b(?:plead(?:ed|s|ing)?|pled)\\s+not\\s+guilty\\b|"
            + "\\bmaintain(?:ed|s|ing)?\\s+(?:his|her|their|its)\\s+innocence\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEVER_HAPPENED = Pattern.compile("\\bnever\\s+(?:happened|took\\s+place|occurred)\\b|"
            + "\\b(?:did\\s+not|didn['’]t)\\s+happen\\b", Pattern.CASE_INSENSITIVE);
    /** "called the report baseless", "dismissed it as a hoax": the verb that calls, then what it is called. */
    private static final Pattern CALLED_FALSE = Pattern.compile("\\b(?:call(?:ed|ing)?|describ(?:ed|es|ing)|"
            + "termed|branded|label(?:l)?ed|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?)\\b(?:[^.;!?]|\\.(?!\\s+\\p{Lu}))"
            + "{0,80}?"
            + "(?<![\\w-])[\"“‘']?" + FALSE + "\\b", Pattern.CASE_INSENSITIVE);
    /** "is nonsense", "was a “sham”", "’s a total witch hunt": something said to be false. */
    private static final Pattern IS_FALSE = Pattern.compile("(?:\\b(?:is|was|are|were|be|been)|['’]s)\\s+(?:(?:a|an|all|"
            + "just|simply|total|totally|complete|completely|utterly|absolutely|entirely|patently|pure)\\s+){0,2}"
            + "[\"“‘']?" + FALSE + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COURT = Pattern.compile("\\b(?:judge|court|justices?|magistrate|jury|panel)\\b[^,;]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(
            "(\\bnot|n't|\\bnever|\\bwithout|\\bdeclined to|\\brefused to|\\bno|\\bnor|\\bneither)\\s+(\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    private Denials() {
    }

    /**
     * A denial act found in a sentence: where its word starts and ends ("denied", "called", "is"), and whether it
     * says something is false ("is nonsense", "called it a sham") rather than denies it with a verb.
     */
    record Act(int start, int end, boolean calledFalse) {
    }

    /** True when the sentence reports a denial and does not negate it. */
    static boolean isDenial(String sentence) {
        return act(sentence) != null;
    }

    /**
     * Words one of which a sentence must hold, lowercased, for each pattern to match in it: most sentences hold
     * none, and a look for a word is far cheaper than a case-blind pattern with word boundaries.
     */
    private static final List<String> FALSE_WORDS = List.of("false", "true", "nonsense", "baseless", "unfounded",
            "groundless", "fabricat", "lie", "fake", "phony", "bogus", "sham", "hoax", "witch", "made", "fiction",
            "wrong");
    private static final Map<Pattern, List<String>> NEEDS = Map.of(
            DENY, List.of("deny", "denie"),
            REFUTE, List.of("refut", "rebut"),
            DISMISS, List.of("dismiss"),
            REJECT, List.of("reject"),
            DISPUTE, List.of("disput"),
            PLEA, List.of("guilty", "innocence"),
            CALLED_FALSE, FALSE_WORDS,
            IS_FALSE, FALSE_WORDS,
            NEVER_HAPPENED, List.of("happen", "place", "occurred"));

    /** Whether the lowercased sentence holds a word the pattern needs (see {@link #NEEDS}). */
    private static boolean mayMatch(Pattern p, String lower) {
        for (String w : NEEDS.get(p)) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first denial act of the sentence that is not negated, or null. */
    static Act act(String sentence) {
        String s = sentence.replace('’', '\'');
        String lower = s.toLowerCase(Locale.ROOT);
        Act best = null;
        for (Act a : new Act[] {verbAct(s, lower), calledFalse(s, lower)}) {
            if (a != null && (best == null || a.start() < best.start())) {
                best = a;
            }
        }
        return best;
    }

    private static Act verbAct(String s, String lower) {
        Act best = null;
        for (Pattern p : new Pattern[] {DENY, REFUTE, DISMISS, REJECT, DISPUTE, PLEA}) {
            if (!mayMatch(p, lower)) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                if (negated(s, m.start()) || !fits(p, s, m)) {
                    continue;
                }
                best = new Act(m.start(), m.end(), false);
                break;
            }
        }
        return best;
    }

    /** Whether a verb of denying is used as one here (see the class comment for what is not). */
    private static boolean fits(Pattern p, String s, Matcher m) {
        String before = s.substring(Math.max(0, m.start() - 60), m.start());
        String after = s.substring(m.end());
        if (p == DENY) {
            return !REFUSED.matcher(after).find() && !COURT.matcher(before).find();
        }
        if (p == DISMISS) {
            return !NOT_A_DISMISSAL.matcher(before).find() && !COURT.matcher(before).find()
                    && DISMISSED_WHAT.matcher(after).find();
        }
        if (p == REJECT) {
            return !COURT.matcher(before).find() && REJECTED_WHAT.matcher(after).find();
        }
        if (p == DISPUTE) {
            return DISPUTE_VERB_BEFORE.matcher(before).find() || DISPUTE_VERB_AFTER.matcher(after).find()
                    && !before.matches("(?is).*\\b(?:the|a|an|its|his|her|their|in|over|of)\\s+$");
        }
        return true;
    }

    private static Act calledFalse(String s, String lower) {
        for (Pattern p : new Pattern[] {CALLED_FALSE, IS_FALSE, NEVER_HAPPENED}) {
            if (!mayMatch(p, lower)) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (!negated(s, m.start())) {
                    int end = p == CALLED_FALSE ? s.indexOf(' ', m.start()) : m.end();
                    return new Act(m.start(), end < 0 ? m.end() : end, true);
                }
            }
        }
        return null;
    }

    private static boolean negated(String s, int at) {
        return NEGATION.matcher(s.substring(Math.max(0, at - 30), at)).find();
    }

    /**
     * Who the sentence says denies, as the article names them: the subject of the denying verb (a name, a pronoun the
     * article's attributions resolve, a description such as "the president" or "Iran's leaders"), the speaker of a
     * quote that calls something false, or the subject of the sentence for "…, denying that …" and "… and has
     * denied …"; null when none is found: no denial is better than one by nobody.
     */
    static String denier(StorySentence s, String body, Annotations annotations, Descriptions descriptions,
                         Origins origins) {
        String found = denierAsWritten(new Where(s, body, annotations, descriptions));
        if (found == null) {
            return null;
        }
        // as the article names them: the story's merged names can join two people who share a surname, so the
        // story's name for an office holder ("Brask’s office" → "Teodor Brask’s office") only where it fits
        String possessed = origins.possessed(found);
        String[] written = found.split("['’]s\\s", 2);
        String[] story = possessed.split("['’]s\\s", 2);
        return written.length == 2 && story.length == 2 && sameName(written[0], story[0]) ? possessed : found;
    }

    /** Auxiliaries and adverbs between a subject and its verb: "has repeatedly", "himself has publicly". */
    private static final String AUX = "(?:(?:has|have|had|was|were|is|are|also|again|publicly|flatly|quickly|"
            + "repeatedly|strongly|firmly|vehemently|long|since|already|consistently|previously|initially|later|"
            + "immediately|angrily|emphatically|categorically|oftentimes|often|always|himself|herself|itself|"
            + "themselves|then|in\\s+the\\s+past|on\\s+\\w+day|yesterday|today|last\\s+\\w+|earlier|and|–|-|—|\\w+ly)"
            + "[\\s,]+)*";
    /** What may lie between a subject and its denying verb: an apposition, "who", auxiliaries and adverbs. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("^[\\s,]*(?:['’]s?\\s+\\w+\\s+)?(?:\\s*,[^,;]{1,100},)?\\s*"
            + "(?:who\\s+)?" + AUX + "$", Pattern.CASE_INSENSITIVE);
    /** "… and has denied", "… and repeatedly denied": a second verb of the sentence's subject. */
    private static final Pattern SECOND_VERB = Pattern.compile("\\band\\s+" + AUX + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she|they|it|we|i|you|this|that|these|those|"
            + "which|who|there)$");

    /** A verb of saying, whose subject says what follows is false: "Reyle said the claims were nonsense". */
    private static final Pattern SAYING = Pattern.compile("\\b(?:said|says|say|wrote|writes|tweeted|insisted|insists|"
            + "added|declared|stated|told\\s+\\S+)\\b", Pattern.CASE_INSENSITIVE);

    /** The sentence a denier is looked for in, with its article's text and annotations. */
    private record Where(StorySentence s, String body, Annotations annotations, Descriptions descriptions) {
    }

    private static String denierAsWritten(Where where) {
        StorySentence s = where.s();
        Annotations annotations = where.annotations();
        Act act = act(s.text());
        if (act == null) {
            return null;
        }
        String text = s.text();
        int verb = act.start();
        boolean byVerb = !act.calledFalse() || text.regionMatches(true, verb, "call", 0, 4)
                || text.regionMatches(true, verb, "describ", 0, 7) || text.regionMatches(true, verb, "dismiss", 0, 7)
                || text.regionMatches(true, verb, "reject", 0, 6);
        if (byVerb) {
            String who = subjectOf(where, verb, act.end());
            if (who != null) {
                return who;
            }
        } else {
            // "the president said that 'the hookers thing' is nonsense": the subject of the verb of saying before it
            Matcher m = SAYING.matcher(text.substring(0, verb));
            int from = -1;
            int to = -1;
            while (m.find()) {
                from = m.start();
                to = m.end();
            }
            String who = from < 0 ? null : subjectOf(where, from, to);
            if (who != null) {
                return who;
            }
        }
        // The speaker of the innermost attribution that holds the act: "“This is a sham,” Reyle said", "Reyle has
        // said … and has denied …"; not for a verb with a subject of its own that is not resolved.
        String head = text.substring(0, verb);
        if (byVerb && !SECOND_VERB.matcher(head).find() && !text.substring(verb, act.end()).endsWith("ing")
                && !head.isBlank()) {
            return null;
        }
        Attribution inner = null;
        for (Attribution at : annotations.attributions()) {
            int at0 = at.start() - s.start();
            if (at.source() != null && at.sourceText() != null && at0 <= verb && at.end() - s.start() >= act.end()
                    && at.end() - s.start() <= text.length() + 1 && (inner == null || at.start() > inner.start())) {
                inner = at;
            }
        }
        return inner == null ? null : resolved(inner, where);
    }

    /**
     * The subject of the verb at {@code [verb, verbEnd)}: the entity the article names there, the source an
     * attribution with that verb as its cue resolves ("he denied" → the person last named), or a description ("the
     * president, who has long denied"); for a participle opening the sentence ("Denying any wrongdoing, Reyle said"),
     * the name after it.
     */
    private static String subjectOf(Where where, int verb, int verbEnd) {
        StorySentence s = where.s();
        Annotations annotations = where.annotations();
        String text = s.text();
        String head = text.substring(0, verb);
        boolean participle = text.substring(verb, verbEnd).toLowerCase(Locale.ROOT).endsWith("ing");
        if (head.isBlank() && participle) {
            int comma = text.indexOf(',', verbEnd);
            for (Entity e : comma < 0 ? List.<Entity>of() : annotations.entities()) {
                for (Entity.Mention m : e.mentions()) {
                    int from = m.start() - s.start();
                    if (!e.type().equals("MISC") && from > comma && from <= comma + 6) {
                        return sameName(m.text(), e.name()) ? e.name() : withoutHonorific(m.text());
                    }
                }
            }
            return null;
        }
        String named = namedSubject(s, annotations, verb, participle);
        if (named != null) {
            return named;
        }
        for (Attribution at : annotations.attributions()) {
            int cue = at.cueStart() - s.start();
            int cueEnd = at.cueEnd() - s.start();
            int sourceEnd = at.sourceEnd() - s.start();
            if (at.source() != null && at.sourceText() != null && cue <= verb + 2 && cueEnd >= verb - 2
                    && at.sourceStart() >= s.start() && sourceEnd <= verb
                    && SUBJECT_GAP.matcher(text.substring(sourceEnd, Math.max(cue, sourceEnd))).find()) {
                return resolved(at, where);
            }
        }
        String subject = subject(head);
        if (!subject.isEmpty() && !participle && !SECOND_VERB.matcher(head).find()) {
            return describedParty(subject, where.descriptions());
        }
        return null;
    }

    /** The person or organisation the article names as the verb's subject, or null. */
    private static String namedSubject(StorySentence s, Annotations annotations, int verb, boolean participle) {
        String text = s.text();
        String head = text.substring(0, verb);
        boolean second = SECOND_VERB.matcher(head).find() || participle;
        Entity bestEntity = null;
        Entity.Mention best = null;
        for (Entity e : annotations.entities()) {
            if (e.type().equals("MISC")) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                int from = m.start() - s.start();
                int to = m.end() - s.start();
                if (from < 0 || to > verb) {
                    continue;
                }
                // the verb's own subject, or for a second verb or a participle the sentence's subject
                boolean subject = second ? SENTENCE_SUBJECT.matcher(text.substring(0, from)).matches()
                        : SUBJECT_GAP.matcher(text.substring(to, verb)).find();
                if (subject && (best == null || (second ? m.start() < best.start() : m.start() > best.start()))) {
                    best = m;
                    bestEntity = e;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String written = withHonorific(text, best.start() - s.start(), best.text());
        String name = sameName(written, bestEntity.name()) ? bestEntity.name() : withoutHonorific(written);
        // "Brask’s office has denied": the office, as the article names its holder
        Matcher office = Pattern.compile("^['’]s\\s+(\\p{Ll}+)\\b").matcher(text.substring(best.end() - s.start()));
        return !second && office.find() ? name + "’s " + office.group(1) : name;
    }

    /** A name as written with the honorific before it: "Mr. Brask" where the mention is "Brask". */
    private static String withHonorific(String text, int from, String mention) {
        java.util.regex.Matcher m = Pattern.compile("(?:Mr|Mrs|Ms|Dr)\\.?\\s+$").matcher(text.substring(0, from));
        return m.find() ? m.group() + mention : mention;
    }

    /**
     * Whether a pronoun ("he denied") stands for the person an attribution resolves it to: the one person named before
     * it in the sentence, or, when none is, the subject of the sentence before and the only person it names. Where
     * this does not decide, the pronoun names no denier.
     */
    private static boolean pronounFits(String person, int pronounAt, Where where) {
        int start = where.s().start();
        Set<String> before = persons(where.annotations(), start, pronounAt);
        if (!before.isEmpty()) {
            return before.equals(Set.of(person));
        }
        int previous = previousSentence(where.body(), start);
        if (!persons(where.annotations(), previous, start).equals(Set.of(person))) {
            return false;
        }
        for (Entity e : where.annotations().entities()) {
            for (Entity.Mention m : e.mentions()) {
                if (e.name().equals(person) && m.start() >= previous && m.start() < start
                        && SENTENCE_SUBJECT.matcher(where.body().substring(previous, m.start())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The people the article names in {@code [from, to)}. */
    private static Set<String> persons(Annotations annotations, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (Entity e : annotations.entities()) {
            for (Entity.Mention m : e.mentions()) {
                if (e.type().equals("PER") && m.start() >= from && m.end() <= to) {
                    out.add(e.name());
                }
            }
        }
        return out;
    }

    /** Where the sentence before the one at {@code start} starts (a rough cut: full stops after short words aside). */
    private static int previousSentence(String body, int start) {
        for (int i = start - 3; i > 0; i--) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '.' || c == '?' || c == '!') && Character.isWhitespace(body.charAt(i + 1))
                    && !body.substring(Math.max(0, i - 4), i).matches(".*\\b(?:Mr|Mrs|Ms|Dr|St|Jr|\\p{Lu})$")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What may come before the subject of a sentence: "But", "On Monday,", a title. */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("(?is)^\\W*(?:(?:but|and|so|yet|still|now)\\s+)?"
            + "(?:[^,]{0,40},\\s*)?(?:president|prime minister|mr\\.|mrs\\.|ms\\.|dr\\.)?\\s*$");

    /** A source as resolved, unless the resolved name does not fit the words ("Mr. Brask" → "Brask Tower"). */
    private static String resolved(Attribution at, Where where) {
        String w = at.sourceText().strip();
        String source = at.source();
        Descriptions descriptions = where.descriptions();
        if (PRONOUN.matcher(w).matches()) {
            return PRONOUN.matcher(source.strip()).matches() || !pronounFits(source, at.sourceStart(), where) ? null
                    : source;
        }
        if (sameName(w, source)) {
            return source;
        }
        if (Character.isUpperCase(w.charAt(0)) && !w.matches("(?i)^(?:the|a|an|his|her|its|their)\\s.*")) {
            return withoutHonorific(w);
        }
        String described = describedParty(w, descriptions);
        return described != null ? described : null;
    }

    /** A description that stands for a party: the person it describes, else the description itself. */
    private static String describedParty(String subject, Descriptions descriptions) {
        String[] words = subject.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || PRONOUN.matcher(words[words.length - 1]).matches()) {
            return null;
        }
        // "claims the Republican candidate": the noun phrase from its last determiner
        Matcher det = Pattern.compile("\\b(?:the|his|her|its|their)\\s").matcher(subject);
        int from = 0;
        while (det.find()) {
            from = det.start();
        }
        String phrase = subject.substring(from).strip();
        String person = descriptions.person(phrase);
        if (person != null) {
            return person;
        }
        return DESCRIPTION.matcher(phrase).matches() ? phrase : null;
    }

    private static final Pattern DESCRIPTION = Pattern.compile("^\\s*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\\p{Lu}[\\p{L}.-]*"
            + "['’]s?)\\s+[\\p{L}\\s.-]{2,60}$");
    private static final Pattern SUFFIX = Pattern.compile("(?i)^(?:jr\\.?|sr\\.?|ii|iii|iv)$");

    /**
     * True when a resolved name fits the name as written: the same last name ("Reyle" → "Tomas Reyle"), not another
     * entity that shares a word ("Brask" → "Brask Tower", "Brask" → "Teodor Brask Jr.").
     */
    static boolean sameName(String asWritten, String resolved) {
        String[] w = withoutHonorific(asWritten).replaceAll("['’]s$", "").split("\\s+");
        String[] r = resolved.replaceAll("['’]s$", "").split("\\s+");
        if (SUFFIX.matcher(r[r.length - 1]).matches() && !SUFFIX.matcher(w[w.length - 1]).matches()) {
            return false;
        }
        if (!r[r.length - 1].equalsIgnoreCase(w[w.length - 1])) {
            return false;
        }
        // "Mr. Brask" is not Ada Brask, nor "Mrs. Brask" Teodor Brask
        String honorific = asWritten.strip().replaceFirst("^(Mr|Mrs|Ms)\\.?\\s.*$", "$1");
        String gender = r.length > 1 ? FirstNames.gender(r[0].toLowerCase(Locale.ROOT)) : null;
        return gender == null || !(honorific.equals("Mr") && gender.equals("f")
                || (honorific.equals("Mrs") || honorific.equals("Ms")) && gender.equals("m"));
    }

    private static String withoutHonorific(String name) {
        return name.strip().replaceFirst("^(?:Mr|Mrs|Ms|Dr)\\.?\\s+", "");
    }

    /** The words right before the denying verb, back to a clause break: "the former port director". */
    private static String subject(String before) {
        String s = before.replaceAll("(?i)(?:\\s+(?:has|have|had|was|were|is|also|again|publicly|flatly|quickly|"
                + "repeatedly|long|strongly|firmly|vehemently|\\w+ly))*\\s*$", "");
        s = s.replaceAll("(?i),?\\s+who$", "");
        int cut = -1;
        for (String mark : new String[] {",", "—", ";", ":", "“", "\"", "(", " that ", " which ", " who ", " and "}) {
            int at = s.lastIndexOf(mark);
            if (at >= 0) {
                cut = Math.max(cut, at + mark.length() - 1);
            }
        }
        String subject = s.substring(cut + 1).strip();
        String[] words = subject.split("\\s+");
        return words.length > 6 ? "" : subject;
    }

    /**
     * Where what is denied starts in the sentence: after the denying verb ("denied | that Lindqvist was …"), or after
     * the verb that calls it false ("called | the report baseless"); 0 when neither is found.
     */
    static int contentStart(String sentence) {
        Act act = act(sentence);
        if (act == null) {
            return 0;
        }
        if (act.calledFalse() && Character.isLowerCase(sentence.charAt(act.start()))
                && !sentence.startsWith("call", act.start()) && !sentence.startsWith("describ", act.start())
                && !sentence.startsWith("dismiss", act.start())) {
            // "said the claims were nonsense": what is false comes before the copula
            String before = sentence.substring(0, act.start());
            int cut = Math.max(Math.max(before.lastIndexOf(" that "), before.lastIndexOf(" said ")),
                    Math.max(before.lastIndexOf('“'), before.lastIndexOf('"')));
            return cut < 0 ? 0 : cut + 1;
        }
        return act.end();
    }

    private static final Pattern ABOUT_THE_REPORT = Pattern.compile("^\\W*(?:\\S+\\s+){0,3}?(reports?|investigation|"
            + "story|article|allegations?|claims|accusations|charges|wrongdoing)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * True when what is denied is the report itself ("denied the claims", "rejected a newspaper investigation
     * alleging …", "called the report baseless", "denied any wrongdoing"): a denial of what the story reports.
     */
    static boolean deniesTheReport(String denied) {
        return ABOUT_THE_REPORT.matcher(denied).find();
    }

    /** True when the sentence's denial is a plea ("pleaded not guilty to the charges"): it denies the charges. */
    static boolean pleads(String sentence) {
        Act act = act(sentence);
        return act != null && PLEA.matcher(sentence.substring(act.start())).lookingAt();
    }

    private static final Pattern CONTENT_END = Pattern.compile(",\\s+(saying|adding|calling|and|but|while|although)\\b|"
            + "[;—]|,\\s+[\"“]|,\\s+the\\s+\\S+\\s+(said|reported)|[,.]?[”\"](?=\\s+\\S)");

    /** Where what is denied ends: before ", saying …", a dash or a semicolon; else the sentence's end. */
    static int contentEnd(String sentence, int from) {
        Matcher m = CONTENT_END.matcher(sentence);
        return m.find(from) ? m.start() : sentence.length();
    }

    private static final Pattern NO_OBJECT = Pattern.compile("^\\s*(?:$|[,.;—]|even\\b|while\\b|but\\b|though\\b|"
            + "however\\b|it\\b|them\\b|this\\b|that\\s*[,.])", Pattern.CASE_INSENSITIVE);

    /**
     * Where what is denied lies in the sentence, {@code [start, end)}: after the denying verb ("denied | that Lindqvist
     * was …"), or, when the verb has no object there ("… met her twice—claims the former director has denied even
     * while …"), the clause before it.
     */
    static int[] deniedSpan(String sentence) {
        int from = contentStart(sentence);
        if (!NO_OBJECT.matcher(sentence.substring(from)).find()) {
            return new int[] {from, contentEnd(sentence, from)};
        }
        int verb = verbOffset(sentence);
        String before = sentence.substring(0, verb);
        int cut = Math.max(before.lastIndexOf('—'), Math.max(before.lastIndexOf(';'), before.lastIndexOf(" – ")));
        if (cut > 0) {
            return new int[] {0, cut};
        }
        return new int[] {0, verb};
    }

    /** Where the denying word starts in the sentence (its length when none is found). */
    static int verbOffset(String sentence) {
        Act act = act(sentence);
        return act == null ? sentence.length() : act.start();
    }

    private static final Pattern CAPTION = Pattern.compile("(?i),\\s*(?:left|right|center|centre|top|bottom|"
            + "(?:second|third|far)\\s+(?:left|right))\\s*,|^\\s*(?:photo|pictured|file photo|image)\\b|"
            + "\\((?:left|right|center|centre)\\)|\\b(?:getty images|ap photo|reuters/)");

    /** True when the sentence is a photo caption ("Lidia Moravec, right, with Mr. Brask in 2025."): not a claim. */
    static boolean isCaption(String sentence) {
        return CAPTION.matcher(sentence).find();
    }

    /** True when the words are a hedge: the article reports the claim without vouching for it. */
    static boolean hedges(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.contains("reportedly") || s.contains("allegedly") || s.contains("alleged ")
                || s.contains("purportedly") || s.contains("it is not clear") || s.contains("it's not clear")
                || s.contains("it is unclear") || s.contains("it’s unclear") || s.contains("it's unclear")
                || s.contains("apparently") || s.contains("unconfirmed");
    }
}
