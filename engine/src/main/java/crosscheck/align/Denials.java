package crosscheck.align;

import crosscheck.core.Annotations;
import crosscheck.core.Attribution;
import crosscheck.core.Entity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises sentences that report a denial ("port spokesperson Tomas Reyle denied that …", "the minister dismissed
 * the audit's findings as nonsense", "the governor's office called the claims baseless") and says who denies. A
 * negated denial ("he didn't deny having met her") is none.
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
            "(\\bnot|n't|\\bnever|\\bwithout|\\bdeclined to|\\brefused to|\\bno)\\s+(\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

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
    static String denier(StorySentence s, Annotations annotations, Descriptions descriptions, Origins origins) {
        String found = denierAsWritten(s, annotations, descriptions);
        return found == null ? null : origins.possessed(origins.canonical(found));
    }

    private static String denierAsWritten(StorySentence s, Annotations annotations, Descriptions descriptions) {
        int verb = verbOffset(s.text());
        String head = s.text().substring(0, Math.min(verb, s.text().length()));
        int clause = Math.max(head.lastIndexOf('—'), head.lastIndexOf(';'));
        for (Attribution at : annotations.attributions()) {
            int cue = at.cueStart() - s.start();
            if (at.source() != null && cue >= verb - 2 && cue <= verb + 2 && at.sourceStart() - s.start() > clause) {
                return at.source();
            }
        }
        String best = null;
        int bestEnd = -1;
        for (Entity e : annotations.entities()) {
            if (!e.type().equals("PER") && !e.type().equals("ORG")) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                int end = m.end() - s.start();
                if (m.start() >= s.start() && end <= verb && end > bestEnd) {
                    best = e.name();
                    bestEnd = end;
                }
            }
        }
        String subject = subject(s.text().substring(0, Math.min(verb, s.text().length())));
        if (best != null && subject.contains(s.text().substring(0, bestEnd).replaceAll("^.*\\s", ""))) {
            return best;
        }
        String described = subject.isEmpty() ? null : descriptions.person(subject);
        if (described != null) {
            return described;
        }
        // "the former port director has denied": a description no article resolves names the denier
        // better than the last name before it, which belongs to another clause.
        Matcher det = DESCRIPTION.matcher(subject);
        return det.find() ? subject.substring(det.start()) : best;
    }

    /** The words right before the denying verb, back to a clause break: "the former port director". */
    private static String subject(String before) {
        String s = before.replaceAll("\\s+(has|have|had|was|were|is|also|again|publicly|flatly|quickly|repeatedly)?\\s*$", "");
        int cut = -1;
        for (String mark : new String[] {",", "—", ";", ":", "“", "\"", "(", " that ", " which ", " who "}) {
            int at = s.lastIndexOf(mark);
            if (at >= 0) {
                cut = Math.max(cut, at + mark.length() - 1);
            }
        }
        String subject = s.substring(cut + 1).strip();
        String[] words = subject.split("\\s+");
        return words.length > 6 ? String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 6,
                words.length)) : subject;
    }

    /**
     * Where what is denied starts in the sentence: after the denying verb ("denied | that Lindqvist was …"), or after
     * the verb that calls it false ("called | the report baseless"); 0 when neither is found.
     */
    static int contentStart(String sentence) {
        Matcher m = DENIAL_VERB.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 30), m.start()).replace('’', '\'');
            if (!NEGATION.matcher(before).find()) {
                return m.end();
            }
        }
        Matcher f = FALSE_WORD.matcher(sentence);
        if (f.find()) {
            Matcher c = CHARACTERISING.matcher(sentence.substring(0, f.start()));
            int end = 0;
            while (c.find()) {
                end = c.end();
            }
            return end;
        }
        return 0;
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

    private static final Pattern CONTENT_END = Pattern.compile(",\\s+(saying|adding|calling|and|but|while|although)\\b|"
            + "[;—]|,\\s+[\"“]|,\\s+the\\s+\\S+\\s+(said|reported)");

    /** Where what is denied ends: before ", saying …", a dash or a semicolon; else the sentence's end. */
    static int contentEnd(String sentence, int from) {
        Matcher m = CONTENT_END.matcher(sentence);
        return m.find(from) ? m.start() : sentence.length();
    }

    private static final Pattern DESCRIPTION = Pattern.compile("(?i)\\b(the|a|an|his|her|its|their)\\s+\\S+.*$");

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
