package crosscheck.align;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of source an attribution's source is when it names no person: an official body that a story names in
 * many ways ("Halvergate police", "Police", "the sheriff's office", "authorities": one body, the story's
 * authorities), a proper name, or words that name nobody (a fragment of a sentence, a date, a pronoun).
 */
final class Bodies {

    private Bodies() {
    }

    /** Where an official body's name may start: capitalised place or agency words ("Halvergate", "Lorne Valley State"). */
    private static final String PLACE = "(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,4}?";
    private static final String LOCAL = "(?:(?:local|state|county|city|federal|area|police)\\s+)?";
    private static final Pattern AUTHORITIES = Pattern.compile("(?U)" + PLACE + "(?i:" + LOCAL
            + "(?:police(?:\\s+(?:department|dept\\.?|officers?|officials|investigators|detectives))?"
            + "|sheriff['’]s\\s+(?:office|department|deputies|officials|investigators|detectives)"
            + "|state\\s+(?:police|troopers)|highway\\s+patrol|troopers|deputies|detectives|investigators"
            + "|law\\s+enforcement(?:\\s+(?:officials|officers|authorities))?))");
    private static final Pattern BARE_AUTHORITIES = Pattern.compile(
            "(?i)(?:the\\s+)?" + LOCAL + "(?:officials|authorities|officers)");
    /** "Deputies with the Lorne County Sheriff's Department", "officials from the county coroner's office". */
    private static final Pattern MEMBERS_OF = Pattern.compile("(?i)(?:the\\s+)?(\\w+)\\s+(?:with|from|of|at)\\s+(.+)");
    private static final Pattern PROSECUTION = Pattern.compile("(?U)" + PLACE
            + "(?i:prosecutors|(?:district\\s+)?attorney['’]s\\s+office|prosecutor['’]s\\s+office)");
    private static final Pattern CORONER = Pattern.compile("(?U)" + PLACE
            + "(?i:coroner(?:['’]s\\s+office)?|medical\\s+examiner(?:['’]s\\s+office)?)");
    private static final Pattern FIRE = Pattern.compile("(?U)" + PLACE
            + "(?i:fire\\s+(?:department|officials|officers)|firefighters)");

    /**
     * The official body the source names, as a key shared by all its names in a story ({@code authorities}: the
     * police, the sheriff, investigators, prosecutors, bare "officials"; {@code coroner}; {@code fire}), or null. A named person ("Police Chief Ann Reyle") is no
     * body; "officials" and "authorities" count as a body only bare ("officials", "local authorities"), not with a
     * description that may set them apart ("U.S. officials", "two officials").
     */
    static String body(String source) {
        String s = source.strip();
        Matcher of = MEMBERS_OF.matcher(s);
        if (of.matches() && (of.group(1).equalsIgnoreCase("officials") || body(of.group(1)) != null)) {
            String whole = body(of.group(2));
            if (whole != null) {
                return whole;
            }
        }
        if (AUTHORITIES.matcher(s).matches() || BARE_AUTHORITIES.matcher(s).matches()) {
            return "authorities";
        }
        if (PROSECUTION.matcher(s).matches()) {
            return "authorities";
        }
        if (CORONER.matcher(s).matches()) {
            return "coroner";
        }
        if (FIRE.matcher(s).matches()) {
            return "fire";
        }
        return null;
    }

    /** A title that makes a named person speak for the authorities: "Sgt. Ann Reyle", "Prosecutor Jonas Ferrand". */
    private static final String TITLE = "(?U)\\b(?:Sgt|Sergeant|Lt|Lieut|Lieutenant|Capt|Captain|"
            + "Cpl|Corporal|Det|Detective|Officer|Trooper|Deputy|Sheriff|Undersheriff|(?:Police|Fire)\\s+Chief|Constable|"
            + "Marshal|Prosecutor|Prosecuting\\s+Attorney|(?:District|State['’]s|County|Commonwealth['’]s)\\s+Attorney|"
            + "(?:police|sheriff['’]s)\\s+(?:spokes(?:man|woman|person)|public\\s+information\\s+officer))\\.?\\s+";
    private static final Pattern OFFICIAL_TITLE = Pattern.compile(TITLE + "(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+)?$");
    private static final Pattern TITLED_NAME = Pattern.compile(TITLE
            + "((?:\\p{Lu}[\\p{L}.'’\\-]*\\s+)?\\p{Lu}[\\p{L}'’\\-]+)$");

    /**
     * The name of a person the source gives an official title, when the source is one name with its title ("Lorne
     * County Prosecutor Jonas Ferrand", which the tagger may take for one organisation's name), or null.
     */
    static String titledName(String source) {
        Matcher m = TITLED_NAME.matcher(source.strip());
        return m.find() && m.group(1).contains(" ") ? m.group(1) : null;
    }

    /** True when the text just before a person's name gives them an official title ("… said Sgt. "). */
    static boolean officialTitleBefore(String before) {
        return OFFICIAL_TITLE.matcher(before).find();
    }

    /**
     * A document a story's articles cite by what it is ("the lawsuit", "the complaint", "In the document, …"): the
     * story's one lawsuit, indictment or memo, whoever quotes it.
     */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)(?:(?:the|a|an|its|his|her|their|this|that|new)\\s+)*"
            + "(?:[\\w.\\-]+\\s+){0,2}?(lawsuit|suit|complaint|indictment|affidavit|memos?|memorandum|dossier|"
            + "court\\s+(?:documents|papers|filings?|records)|(?:police|incident|autopsy)\\s+report|criminal\\s+complaint)");

    /** The kind of document the source names ({@code lawsuit}, {@code memo}, …), or null. */
    static String document(String source) {
        Matcher m = DOCUMENT.matcher(source.strip());
        if (!m.matches()) {
            return null;
        }
        String head = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return switch (head) {
            case "suit", "complaint", "criminal complaint" -> "lawsuit";
            case "memos", "memorandum" -> "memo";
            default -> head;
        };
    }

    private static final Pattern CALENDAR = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
            + "december|today|yesterday|tonight|morning|afternoon|evening|night|last|this|week|on)\\b");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|and|for|the|de|du|la|von|van|&|al|bin");
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|will|would|filed|"
            + "said|says|told|reported|did|does|do|can|could|should|been|being)\\b");

    /**
     * True when the source, without its dates, reads as a proper name: at most six words, each capitalised but for
     * connectors ("Bank of England").
     */
    static boolean isName(String source) {
        String s = CALENDAR.matcher(source).replaceAll(" ").strip().replaceFirst("(?i)^the\\s+", "");
        if (s.isEmpty()) {
            return false;
        }
        String[] words = s.split("[\\s,]+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || CONNECTOR.matcher(w).matches()) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True when the source is a piece of a sentence rather than a name or a description: long, or with a verb. */
    static boolean isFragment(String source) {
        Matcher m = VERB.matcher(source);
        return source.split("\\s+").length > 10 || m.find();
    }
}
