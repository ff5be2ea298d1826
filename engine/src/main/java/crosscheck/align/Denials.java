package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Attribution;
import crosscheck.core.Entity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises sentences that report a denial ("Kremlin spokesperson Dmitry Peskov denied that …", "Putin dismissed
 * the book's reporting as nonsense", "the governor's office called the claims baseless") and says who denies. A
 * negated denial ("he didn't deny having contact") is none.
 */
final class Denials {

    private static final Pattern DENIAL_VERB = Pattern.compile(
            "\\b(den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing|e)|"
                    + "rebut(?:ted|s)?|disput(?:ed|es|ing|e)|deni(?:al|als))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALSE_WORD = Pattern.compile(
            "\\b(baseless|untrue|false|nonsense|unfounded|groundless|fabricated|fabrication|lies|fake news|"
                    + "categorically wrong|not true)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARACTERISING = Pattern.compile(
            "\\b(call(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s)?|branded|labell?ed|said|says|insisted|"
                    + "dismiss(?:ed|es|ing)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|n't|never|without|declined to|refused to|no)\\s+(\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

    private Denials() {
    }

    /** True when the sentence reports a denial and does not negate it. */
    static boolean isDenial(String sentence) {
        Matcher m = DENIAL_VERB.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 30), m.start()).replace('’', '\'');
            if (!NEGATION.matcher(before).find()) {
                return true;
            }
        }
        Matcher f = FALSE_WORD.matcher(sentence);
        return f.find() && CHARACTERISING.matcher(sentence.substring(0, f.start())).find();
    }

    /**
     * Who the sentence says denies: the source of an attribution in it, else the first person or organisation it
     * names before the denying word, else null.
     */
    static String denier(StorySentence s, Annotations annotations) {
        int verb = verbOffset(s.text());
        for (Attribution at : annotations.attributions()) {
            if (at.source() != null && at.cueStart() >= s.start() && at.cueEnd() <= s.end()) {
                return at.source();
            }
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Entity e : annotations.entities()) {
            if (!e.type().equals("PER") && !e.type().equals("ORG")) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                int at = m.start() - s.start();
                if (m.start() >= s.start() && at < verb && at < bestStart) {
                    best = e.name();
                    bestStart = at;
                }
            }
        }
        return best;
    }

    /** Where the denying word starts in the sentence (its length when none is found). */
    static int verbOffset(String sentence) {
        Matcher m = DENIAL_VERB.matcher(sentence);
        if (m.find()) {
            return m.start();
        }
        Matcher f = FALSE_WORD.matcher(sentence);
        return f.find() ? f.start() : sentence.length();
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
