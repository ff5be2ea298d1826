package crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words and phrases by which page junk gives itself away, grouped by the reason recorded in
 * {@link crosscheck.core.Removed#reason()}. General to news pages: none is about one site.
 */
final class Boilerplate {

    /**
     * A reason and the class/id words that signal it: substrings anywhere in a class token, or whole parts of a token
     * split at {@code -} and {@code _} (for short words like "ad" or "nav" that occur inside unrelated words); with
     * {@code digitSuffix} a part may end in digits ("ad3", "ads-300x250").
     */
    private record ClassRule(String reason, List<String> substrings, Set<String> parts, boolean digitSuffix,
                             long partLengths) {

        ClassRule(String reason, List<String> substrings, Set<String> parts, boolean digitSuffix) {
            this(reason, substrings, parts, digitSuffix, lengths(parts));
        }

        /** A bit per length (under 64) of the parts: a word of another length is no part, without a substring. */
        private static long lengths(Set<String> parts) {
            long mask = 0;
            for (String p : parts) {
                mask |= p.length() < 64 ? 1L << p.length() : 0;
            }
            return mask;
        }

        static ClassRule substrings(String reason, String... words) {
            return new ClassRule(reason, List.of(words), Set.of(), false);
        }

        boolean matches(String token) {
            for (String w : substrings) {
                if (token.contains(w)) {
                    return true;
                }
            }
            if (parts.isEmpty()) {
                return false;
            }
            int from = 0;
            boolean afterNo = false;
            while (from <= token.length()) {
                int to = from;
                while (to < token.length() && token.charAt(to) != '-' && token.charAt(to) != '_') {
                    to++;
                }
                int wordEnd = from;
                if (digitSuffix) {
                    while (wordEnd < to && !Character.isDigit(token.charAt(wordEnd))) {
                        wordEnd++;
                    }
                } else {
                    wordEnd = to;
                }
                int length = wordEnd - from;
                if (!afterNo && length > 0 && length < 64 && (partLengths & (1L << length)) != 0
                        && parts.contains(token.substring(from, wordEnd))) {
                    return true;
                }
                // "no-nav", "no_sidebar": a layout without the widget, not the widget
                afterNo = to - from == 2 && token.startsWith("no", from);
                from = to + 1;
            }
            return false;
        }
    }

    private static final List<ClassRule> CLASS_RULES = List.of(
            new ClassRule("advertisement", List.of(), Set.of("ad", "ads", "adv", "advert", "advertisement",
                    "advertising", "dfp", "sponsor", "sponsored", "promo", "promotion", "taboola", "outbrain", "gpt"),
                    true),
            ClassRule.substrings("newsletter", "newsletter", "subscri", "signup", "sign-up", "membership", "donat"),
            ClassRule.substrings("cookie-notice", "cookie", "consent", "gdpr", "privacy-banner"),
            ClassRule.substrings("share-bar", "share", "social", "sharing", "follow-us", "print-button"),
            ClassRule.substrings("related", "related", "recommend", "more-stories", "read-more", "most-popular",
                    "trending", "also-read", "more-from", "next-article", "articlelist", "article-list"),
            ClassRule.substrings("comments", "comment", "disqus", "discussion", "replies"),
            ClassRule.substrings("caption", "caption", "credit", "photo-meta", "image-meta", "media-meta"),
            new ClassRule("navigation", List.of("skip-link"),
                    Set.of("nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar"), false),
            ClassRule.substrings("pagination", "pagination", "pager"),
            ClassRule.substrings("footer", "footer", "colophon", "copyright"),
            new ClassRule("sidebar", List.of("sidebar", "side-bar"), Set.of("rail", "aside"), false),
            ClassRule.substrings("byline", "byline", "author-info", "author-bio", "contributor", "dateline",
                    "timestamp", "published-date", "article-meta", "meta-info", "entry-meta", "post-meta"),
            new ClassRule("tags", List.of(), Set.of("tag", "tags", "topics", "keywords"), false),
            new ClassRule("carousel", List.of("carousel", "swiper", "slideshow"), Set.of("slick", "slider", "owl"),
                    false),
            // last: a teaser of comments or of a gallery is what the words before say
            new ClassRule("related", List.of(), Set.of("teaser", "teasers"), false));

    private static final Pattern POSITIVE_CLASS = Pattern.compile(
            "article|body|content|entry|main|page|post|text|story|blog|prose");

    private static final Pattern ADVERTISEMENT_TEXT = Pattern.compile(
            "^(advertisement|advertisements|advertising|advert|adverts|sponsored( content)?|ad|ads|paid content|"
                    + "story continues below advertisement|continue reading below|article continues below( advertisement)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_TEXT = Pattern.compile(
            "\\b(?:getty images|ap photo\\b|photo:|photograph:|image:|credit:|courtesy of\\b|shutterstock|reuters/|"
                    + "afp via\\b|via getty\\b|photo by\\b|photos by\\b|file photo\\b|images?$|illustration:"
                    + "|photo illustration\\b)|/(?:reuters|ap|afp)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPEAL_CUE = Pattern.compile(
            "\\b(support (us|our|independent|quality|journalism|it)|donat(e|ion|ing)|contribut(e|ion)|"
                    + "click here to (support|donate|subscribe)|far from free|(cannot|can.t) afford to|"
                    + "make a difference for (readers|you)|"
                    + "become a (member|subscriber|supporter)|subscribe|subscription|sign up|newsletters?|in your inbox|"
                    + "to your inbox|delivered (directly|straight|free)|free press|our (journalism|mission|reporting|newsroom)|"
                    + "keep(ing)? (our|the) (news|journalism)|can.t do it without you|give (once|monthly)|"
                    + "your (help|support|contribution|email)|help us|thank you for reading|already a subscriber|"
                    + "log ?in|create (a free|an) account|follow us|download (our|the) app|unlimited access|"
                    + "free for all|escape your echo chamber|(free )?(daily|weekly|morning|evening) (email|newsletter|briefing)|"
                    + "delivered (to|through) your (door|letterbox|mailbox)|\\d+ issues for|breaking news alerts|"
                    + "delivered (every )?(weekday|weekend|daily|weekly) mornings?|we.ll send you|we send (you )?an email|"
                    + "join our [\\w ]{0,30}(forums?|community))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPORT_OUTLET = Pattern.compile("^Support( (The|the|[A-Z][\\w.&'’-]*)){1,3}$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(©|\\(c\\) |copyright\\b)|\\b(?:all rights reserved\\b|subject to copyright\\b|"
                    + "may not be (re)?published, broadcast|may not be (reproduced|republished|redistributed)\\b|"
                    + "for your personal,? non-commercial use\\b|are registered trademarks\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A site's standing disclaimer: health-product and advice notices, trademark notices. News copy may report that
     * a product "has not been evaluated by the FDA", but not in these set phrases addressed to the site's reader.
     */
    private static final int MAX_DISCLAIMER_CHARS = 700;
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^\\W?results (may )?vary\\b|\\b(?:not been evaluated by the (food and drug administration|fda)\\b"
                    + "|not intended to diagnose\\b|for (general )?informational purposes only\\b"
                    + "|consult your (physician|doctor|healthcare)|are (registered )?trademarks of\\b"
                    + "|is a registered trademark of\\b|does not constitute (medical|legal|financial|investment) advice\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A comment-moderation notice ("As you comment, please be respectful …", "Comments are subject to our community
     * guidelines", "Comentários … não serão aprovados pelo moderador"): it stands where the comment thread starts.
     */
    private static final Pattern COMMENT_POLICY = Pattern.compile(
            "\\b(comments?|commenters?|commenting|posts|submissions?|submitting content|comentários?|comentarios?"
                    + "|kommentare?|commentaires?|commenti)\\b.{0,200}?\\b(respectful|respeito|respeto|guidelines?"
                    + "|moderat\\w*|moderad\\w*|approved|aprovados|aprobados|civil|on[- ]topic|profan\\w*|abusive)\\b"
                    + "|\\b(moderates|moderating) (all )?comments\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POLICY_VOICE = Pattern.compile(
            "\\b(please|kindly|our|we reserve|will not be|won.t be|não serão|no serán|are subject to|moderates"
                    + "|moderating|requests)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_COMMENT_POLICY_CHARS = 400;
    /** Fewest characters of a comment-moderation notice or a disclaimer: each is at least a short sentence. */
    private static final int MIN_NOTICE_CHARS = 30;
    /** Words one of which every comment-moderation notice holds. */
    private static final String[] COMMENT_WORDS = {"comment", "coment", "kommentar", "posts", "submi", "moderat"};
    /** Words one of which every disclaimer holds. */
    private static final String[] DISCLAIMER_WORDS = {"evaluated", "diagnose", "informational", "consult", "vary",
        "trademark", "constitute"};

    /** Wire-photo captions: "In this Dec. 12, 2006, file photo, …", "FILE PHOTO: …", "… (AP Photo/Jane Roe)". */
    private static final Pattern PHOTO_CAPTION = Pattern.compile(
            "^(in )?this (\\S+ ){0,8}?(file |handout |undated |aerial )?(photo|image|picture|photograph)\\b"
                    + "|^file (photo|picture|image)\\s*[:–—-]"
                    + "|\\((ap|afp|reuters|getty|epa)( photo)?\\s*/[^)]{2,60}\\)\\s*$|\\(photo( by| credit)?:? [^)]{2,60}\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A caption that says only what kind of picture stands above: "Representative image", "File photo", "Image for
     * representation only".
     */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^((representative|representational|file|archive|stock|symbolic) (image|photo|picture|pic)"
                    + "|(image|photo|picture)s? (used )?for (representation|representational purposes?|illustration)"
                    + "( only)?)[\\s.)]*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAPTION_LABEL_CHARS = 50;
    /** Words one of which every match of {@link #CAPTION_LABEL} holds. */
    private static final String[] CAPTION_LABEL_WORDS = {"image", "photo", "picture", "pic"};
    /** Template code left in the text: "[button link=… type=…]", "{{ widget }}". */
    private static final Pattern SHORTCODE = Pattern.compile("^\\[[a-z_]+( [a-z_]+=[^\\]]*)+\\]|^\\{\\{.*\\}\\}$");
    private static final Pattern POSTED_BY = Pattern.compile("^(posted|written|published|words) by\\b",
            Pattern.CASE_INSENSITIVE);
    /** The wire convention for a line of credits: "Keith Bradsher contributed reporting from Hong Kong." */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\bcontributed (reporting|research|to this (report|article|story))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A teaser for another story inside the text, a cue and a separator before its headline: "ALSO READ | Serena
     * donates …", "SEE ALSO: Can't travel this summer?", "Read more: Who is …", "MORE: Rebel Wilson offloads …".
     */
    private static final Pattern TEASER = Pattern.compile(
            "^(also read|read also|read more|see also|also see|must read|read|more|related|recommended|"
                    + "don.t miss|watch|listen)\\s*[:|»›]\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEASER_CHARS = 200;
    private static final Pattern FOLLOW_PROMPT = Pattern.compile(
            "^(follow (us|@?\\S+( \\S+){0,6}) on (facebook|twitter|instagram|x|linkedin|tiktok)\\b"
                    + "|like this (story|article|post)\\?|share (it|this) with a friend"
                    + "|(read or )?share this (story|article|post)\\s*:)", Pattern.CASE_INSENSITIVE);
    /** A heading that introduces links to other stories. */
    static final Pattern RELATED_HEADING = Pattern.compile(
            "^(more|related|related [\\w-]+: .{1,40}|recommended|read more|see also|also read|read also|you may also like|you might also like|"
                    + "more great .{0,30} stories|more (stories )?from .{0,40}|further reading|read next|most (read|popular)|"
                    + "related (stories|articles|coverage|news|posts|content|links|reading|videos))\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A breadcrumb trail, by the words that open it in the languages of the lexicons and a colon: "You are here: Home
     * / News", "Sie sind hier:", "当前位置：首页 > 新闻".
     */
    private static final Pattern BREADCRUMB = Pattern.compile("(you are here|sie sind hier|vous êtes ici|"
            + "usted está aquí|estás aquí|ti trovi in|sei in|você está aqui|está aqui|вы здесь|вы находитесь здесь|"
            + "当前位置|您的位置|你的位置|您现在的位置|现在位置|目前位置)\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_BREADCRUMB_CHARS = 200;
    /** "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …", "Last updated on …". */
    private static final Pattern STAMP = Pattern.compile(
            "^(published|updated|posted|last updated|last modified|first published)( on| at)?\\s*:?\\s*\\S*\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READER_ADDRESS = Pattern.compile("\\b(you|your|you’ve|you've|we|us|our)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWSLETTER = Pattern.compile("newsletter|sign up|subscribe|inbox|e-?mail|briefing",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(loading|loading\\.\\.\\.|loading…|please wait|javascript is (disabled|required).*|.{0,40}requires javascript\\.?|close|skip to (main )?content|"
                    + "share|share this( article| story)?|print|email|tweet|copy link|listen to (this )?(article|story).*|"
                    + "read more|see more|show more|more|back to top|top stories|what.s hot|trending( now)?|most read|"
                    + "related( stories| articles| coverage| news| posts| content| links| reading| videos)?|recommended( for you)?|you may also like|more from .{1,40}|"
                    + "\\d* ?comments?|add (a|your) comment|leave a comment|tell us what you think.*|have your say|"
                    + "sharing is caring!?|share (this|on) .{1,30}|explore further|read next|up next|see also)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIO = Pattern.compile(
            "\\b(has (worked|written|reported) (as|for)|is an? ([\\w-]+ ){0,3}(reporter|writer|editor|"
                    + "correspondent|columnist|journalist)\\b|journalism career|(he|she|they) covers?\\b|joined .{1,60} in (19|20)\\d\\d|"
                    + "follow (him|her|them) on)",
            Pattern.CASE_INSENSITIVE);

    /** A headline followed by the dateline of its summary: "… stateless WASHINGTON: Expressing …". */
    private static final Pattern INNER_DATELINE =
            Pattern.compile("^\\S+(?: \\S+){3,25} (?=\\p{Lu}[\\p{Lu} ]{4,}:)\\p{Lu}{3,}(?: \\p{Lu}{2,}){0,2}: \\p{Lu}");
    /** A headline run straight into its summary, as link blocks come out of a page: "…Student-AthleteA 24-year-old". */
    private static final Pattern GLUED_HEADLINE =
            Pattern.compile("^(\\P{Ll}\\S*(?: \\S+){2,20}?)"
                    + "(?:(?:(?<=\\p{Ll}{4})|(?<=[\\d’'?!)]))\\p{Lu}\\p{Ll}|(?<=\\p{Ll}{3})A [\\p{Ll}\\d])");
    /** Longest text {@link #ADVERTISEMENT_TEXT} can match. */
    private static final int MAX_ADVERTISEMENT_CHARS = 40;
    /**
     * Literal words (lower case) one of which every match of a pattern holds: a cheap test that lets most blocks skip
     * the pattern, with the same answers. {@link #COPYRIGHT}, {@link #CREDIT_TEXT} (or it ends in "/ap", "/afp"),
     * {@link #APPEAL_CUE}.
     */
    private static final String[] COPYRIGHT_WORDS = {"©", "(c) ", "copyright", "all rights reserved", "may not be",
        "non-commercial use", "registered trademarks"};
    private static final String[] CREDIT_WORDS = {"getty", "photo", "image", "credit:", "courtesy of",
        "shutterstock", "reuters/", "afp via", "illustration", "/reuters"};
    private static final String[] APPEAL_WORDS = {"support", "donat", "contribut", "click here to", "far from free",
        "afford to", "make a difference for", "become a", "subscri", "sign up", "newsletter", "inbox", "delivered",
        "free press", "our journalism", "our mission", "our reporting", "our newsroom", "keep", "without you",
        "give once", "give monthly", "your help", "your contribution", "your email", "help us",
        "thank you for reading", "log in", "login", "account", "follow us", "download", "unlimited access",
        "free for all", "echo chamber", "email", "briefing", "issues for", "news alerts", "send you", "we send",
        "join our"};
    /** Appeals to the reader are a few sentences at most; longer blocks are not tested (they are article text). */
    private static final int MAX_APPEAL_CHARS = 400;

    private Boilerplate() {
    }

    /**
     * The junk reason that an element's class and id signal, or null. Each class name is judged alone, and a name
     * that also says it holds the content ({@code entry-content-read-more}, {@code content-with-sidebar}) signals
     * nothing: pages name their content wrappers after the widgets beside them.
     */
    static @Nullable String reasonForClass(String classAndId) {
        if (classAndId.isBlank()) {
            return null;
        }
        List<String> tokens = tokens(classAndId.toLowerCase(Locale.ROOT));
        if (isEntry(tokens)) {
            return null;
        }
        for (String token : tokens) {
            if (token.isEmpty() || isContentToken(token)) {
                continue;
            }
            for (ClassRule rule : CLASS_RULES) {
                if (rule.matches(token)) {
                    return rule.reason();
                }
            }
        }
        return null;
    }

    /**
     * True for the element that is a post itself: hAtom's {@code hentry} ({@code h-entry} in microformats2), or the
     * {@code status-publish} class that WordPress gives every published post. Such an element also carries a class per
     * tag and category of the post ({@code tag-elections}, {@code news_tags-brask}), which name its topics, not a
     * widget; its teasers in a related list are still judged by the list around them.
     */
    private static boolean isEntry(List<String> tokens) {
        for (String t : tokens) {
            if (t.equals("hentry") || t.equals("h-entry") || t.equals("status-publish")) {
                return true;
            }
        }
        return false;
    }

    /** The text's tokens between runs of {@code \\s} characters (space, tab, line breaks, form feed). */
    private static List<String> tokens(String text) {
        List<String> tokens = new java.util.ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
            if (space && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean isContentToken(String token) {
        return token.contains("content") || token.contains("main") || token.contains("body") || token.contains("text");
    }

    /** True when class or id words suggest article content. */
    static boolean isPositiveClass(String classAndId) {
        return POSITIVE_CLASS.matcher(classAndId.toLowerCase(Locale.ROOT)).find();
    }

    /** The junk reason that a block's own text signals, or null. Looks at short blocks only. */
    static @Nullable String reasonForText(String text) {
        if (text.length() > MAX_DISCLAIMER_CHARS) {
            return null; // every test below needs a shorter text
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.length() <= MAX_ADVERTISEMENT_CHARS && ADVERTISEMENT_TEXT.matcher(text).matches()) {
            return "advertisement";
        }
        if (text.length() <= 60 && PLACEHOLDER.matcher(text).matches()) {
            return "label";
        }
        if (text.length() <= MAX_CAPTION_LABEL_CHARS && containsAny(lower, CAPTION_LABEL_WORDS)
                && CAPTION_LABEL.matcher(text).matches()) {
            return "caption";
        }
        if (text.length() < 300 && containsAny(lower, COPYRIGHT_WORDS) && COPYRIGHT.matcher(text).find()) {
            return "copyright";
        }
        if (text.length() >= MIN_NOTICE_CHARS) {
            if (text.length() <= MAX_COMMENT_POLICY_CHARS && containsAny(lower, COMMENT_WORDS)
                    && COMMENT_POLICY.matcher(text).find() && POLICY_VOICE.matcher(text).find()) {
                return "comment-policy";
            }
            if (containsAny(lower, DISCLAIMER_WORDS) && DISCLAIMER.matcher(text).find()) {
                return "disclaimer";
            }
        }
        if (text.length() <= 140 && STAMP.matcher(text).find()) {
            return "dateline";
        }
        if (text.length() <= MAX_BREADCRUMB_CHARS && BREADCRUMB.matcher(text).lookingAt()) {
            return "navigation";
        }
        if (text.length() <= 300 && SHORTCODE.matcher(text).find()) {
            return "markup";
        }
        if (text.length() <= 140 && POSTED_BY.matcher(text).find()) {
            return "byline";
        }
        if (text.length() <= 200 && lower.contains("contributed ") && CONTRIBUTED.matcher(text).find()) {
            return "credit";
        }
        if (text.length() <= 200 && FOLLOW_PROMPT.matcher(text).find()) {
            return "share-bar";
        }
        if (text.length() <= MAX_TEASER_CHARS && TEASER.matcher(text).find()) {
            return "related";
        }
        if (text.length() <= 400 && (lower.startsWith("this ") || lower.startsWith("in this ")
                || lower.startsWith("file ") || text.strip().endsWith(")")) && PHOTO_CAPTION.matcher(text).find()) {
            return "caption";
        }
        if (isCredit(text, lower)) {
            return "credit";
        }
        if (text.startsWith("Support") && SUPPORT_OUTLET.matcher(text).matches()) {
            return "appeal";
        }
        if (isAppeal(text, lower)) {
            return NEWSLETTER.matcher(text).find() ? "newsletter" : "appeal";
        }
        return null;
    }

    /** True when the lower-cased text holds one of the words: a cheap test before a long pattern. */
    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A photo credit: short, no sentence, naming an agency or photographer ({@code lower}: the text lower-cased). */
    private static boolean isCredit(String text, String lower) {
        return text.length() <= 120 && (containsAny(lower, CREDIT_WORDS) || lower.stripTrailing().endsWith("/ap")
                || lower.stripTrailing().endsWith("/afp")) && CREDIT_TEXT.matcher(text).find()
                && !(text.length() > 60 && text.strip().endsWith("."));
    }

    /**
     * An appeal to the reader (donate, subscribe, sign up): a cue phrase together with a second cue or with words that
     * address the reader, and no quotation marks (reported speech is article text). {@code lower}: the text
     * lower-cased.
     */
    private static boolean isAppeal(String text, String lower) {
        if (text.length() > MAX_APPEAL_CHARS || text.indexOf('"') >= 0 || text.indexOf('“') >= 0
                || !containsAny(lower, APPEAL_WORDS)) {
            return false;
        }
        var m = APPEAL_CUE.matcher(text);
        int cues = 0;
        while (m.find()) {
            cues++;
        }
        if (cues == 0) {
            return false;
        }
        boolean addressesReader = READER_ADDRESS.matcher(text).find();
        boolean short_ = text.length() < 60;
        return cues >= 2 || addressesReader || short_;
    }

    /** An author biography. */
    static boolean isBio(String text) {
        return text.length() < 700 && BIO.matcher(text).find();
    }

    /** A headline and its summary run together: "…Student-AthleteA 24-year-old woman", "… stateless WASHINGTON: …". */
    static boolean isGluedTeaser(String u) {
        if (u.length() > 400 || u.length() < 30) {
            return false;
        }
        if (mayBeGlued(u)) {
            Matcher m = GLUED_HEADLINE.matcher(u);
            if (m.find() && isTitleCase(m.group(1))) {
                return true;
            }
        }
        return u.indexOf(':') >= 0 && INNER_DATELINE.matcher(u).find();
    }

    /**
     * False only when {@link #GLUED_HEADLINE} cannot match: the text starts with a lower-case letter, or no capital
     * follows a lower-case letter, a digit or one of {@code ’'?!)}. Texts outside the Basic Multilingual Plane are
     * left to the pattern.
     */
    private static boolean mayBeGlued(String u) {
        if (u.isEmpty() || Character.getType(u.charAt(0)) == Character.LOWERCASE_LETTER) {
            return false;
        }
        for (int i = 1; i < u.length(); i++) {
            char c = u.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (Character.isUpperCase(c)) {
                char p = u.charAt(i - 1);
                if (Character.isLowerCase(p) || Character.isDigit(p) || "’'?!)".indexOf(p) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isTitleCase(String s) {
        String[] words = s.split(" ");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return words.length >= 4 && capitalised * 10 >= words.length * 7;
    }

}
