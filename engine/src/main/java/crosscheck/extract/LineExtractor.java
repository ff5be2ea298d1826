package crosscheck.extract;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.Extraction;
import crosscheck.core.Extractor;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.internal.Bounds;
import crosscheck.internal.Dates;
import crosscheck.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans text that was already scraped from a page: splits it into units (lines, with hard-wrapped lines joined),
 * classifies each as title, byline, dateline, body or junk (appeals, newsletter prompts, captions and photo credits,
 * advertisement markers, section labels, placeholders, related-story lists, author bios), and keeps the body.
 *
 * <p>Requires a {@link DocumentFormat#TEXT} document. Stateless and thread-safe.
 */
public final class LineExtractor implements Extractor {

    /** This extractor's name. */
    public static final String NAME = "lines";

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Words by)\\s+(.{3,120}?)(?:\\s*([|•,–—]|\\s-)\\s*(.{2,60}))?$");
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "^(?:Published|Posted|First published)\\b[:\\s]*", Pattern.CASE_INSENSITIVE);
    /** A modification stamp: never the publication date. */
    private static final Pattern UPDATED = Pattern.compile("^(?:Updated|Last updated|Modified)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWSLETTER_OUTLET = Pattern.compile(
            "\\bSign up for ((?:The |the )?(?:[A-Z][\\w.&-]*\\s?){1,3}?)(?:’s|'s)\\b");
    private static final Pattern SUPPORT_OUTLET = Pattern.compile("^Support ((?:The )?[A-Z][\\w.&'’-]*(?: [A-Z][\\w.&'’-]*){0,2})$");
    private static final Pattern MASTHEAD = Pattern.compile(
            "^((?:The )?[A-Z][\\w.&'’-]*(?: [A-Z][\\w.&'’-]*){0,4})\\s*[|•·]\\s*[A-Z][^.!?]{1,60}$");
    private static final Pattern COPYRIGHT_OUTLET = Pattern.compile(
            "^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:[-–]\\d{2,4})?)?,?\\s*((?:The )?[A-Z][\\w.&'’-]*"
                    + "(?: (?!All\\b)[A-Z][\\w.&'’-]*){0,4})");
    /**
     * The score (about the number of words in sentences) of a stretch of text before a comment-thread marker that is
     * taken to be the article even when a longer stretch follows the marker.
     */
    private static final double COMMENTED_ARTICLE_SCORE = 40;
    /** Where a comment thread starts: the article never runs past it. */
    private static final Pattern COMMENTS = Pattern.compile(
            "^(?:\\d+\\s+)?(?:comments?|responses?|replies|reply)(?:\\s*\\(\\d+\\))?:?$|^(?:leave|post|add|write) a (?:comment|reply)"
                    + "|^join the (?:discussion|conversation)|^(?:show|view|load|read) (?:all )?(?:\\d+ )?comments"
                    + "|^comments are closed|^\\d+ thoughts on\\b|^\\S+(?: \\S+){0,3} (?:says|said|wrote|writes):$"
                    + "|^\\[\\s*\\d+\\s+comments?\\s*\\]$|^(?:top|most) (?:rated|voted|popular|liked|recent) comments"
                    + "|^\\d+ (?:responses|replies|comments) (?:to|on)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Crowds outside the court (Image: Agency)", "Crowds outside the court Photo: Agency". */
    private static final Pattern CAPTION_THEN_CREDIT = Pattern.compile(
            "^(.*?)\\s*(?:[(\\[][^()\\[\\]]*[)\\]]|\\b(?:photo|image|picture|credit|source|foto)s?\\s*:.*)$",
            Pattern.CASE_INSENSITIVE);
    /** Credits that do not close a caption: "X contributed to this report", "Image copyright X" (caption below). */
    private static final Pattern NOT_BELOW_CAPTION = Pattern.compile(
            "\\bcontributed\\b|^(?:image|photo|picture) copyright\\b", Pattern.CASE_INSENSITIVE);
    /** "Image: Crowds gather outside the court on Monday". */
    private static final Pattern CREDIT_LABEL_THEN_CAPTION = Pattern.compile(
            "^(?:photo|image|picture|foto)s?\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** "— Jane Roe (@janeroe) November 9, 2019": the signature line under an embedded social-media post. */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "^[—–-] .{1,80}\\(@\\w{1,30}\\) \\p{L}{3,9}\\.? \\d{1,2}, (?:19|20)\\d{2}$");
    /** The header of one comment: "Jane Roe on May 3, 2019 at 4:47 pm said:". */
    private static final Pattern COMMENT_HEADER = Pattern.compile(".{1,80}\\bon\\b.{4,40}\\b(?:said|says|wrote):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S");
    private static final Pattern BARE_LIST_MARK = Pattern.compile("^[-–—•·*]$");
    private static final Pattern LIST_MARK = Pattern.compile("^[-–—•·*]\\s*$|^[-–—•·*]\\s+\\S");

    /** What a line in a colon-introduced list may have been taken for before it is seen as a list item. */
    private static final Set<String> INTRODUCED_REASONS =
            Set.of("label", "related", "outside-article", "repeated");
    /** Most items a colon-introduced list is taken to have. */
    private static final int MAX_LIST_ITEMS = 15;

    /** Words in a line without a full stop that still reads as a sentence: longer than nearly all headlines. */
    private static final int PROSE_MIN_WORDS = 20;
    /** Share of those words that start in lower case. */
    private static final double PROSE_LOWER = 0.7;

    /** Fewest equal gaps in a row between sentence units that make a listing (so at least four items). */
    private static final int LISTING_MIN_GAPS = 3;

    /** Reasons of the lines of an appeal or newsletter box. */
    private static final Set<String> APPEAL_REASONS = Set.of("appeal", "newsletter");
    /** Most words of a line inside such a box that is taken to belong to it. */
    private static final int APPEAL_LINE_MAX_WORDS = 12;

    /** Fewest rows of one shape that make a structured list. */
    private static final int LIST_MIN_ROWS = 4;
    /** Symbols of a line's shape compared. */
    private static final int SHAPE_PREFIX = 3;
    /** Reasons a structured list inside or right after the article overrides: the weak, shape-based ones. */
    private static final Set<String> WEAK_REASONS =
            Set.of("label", "related", "outside-article", "repeated", "listing");

    @Override
    public Extraction extract(RawDocument document) {
        List<Problem> problems = new ArrayList<>();
        Classified c = classify(Bounds.capBlocks(units(document.content()), "lines", document.source(), problems));
        List<String> body = new ArrayList<>();
        RemovedList removed = new RemovedList();
        for (int i = 0; i < c.units().size(); i++) {
            String reason = c.reasons()[i];
            if (reason == null) {
                body.add(c.units().get(i));
            } else if (!reason.equals("title")) {
                removed.add(c.units().get(i), reason);
            }
        }
        Article article = new Article(document.id(), document.source(), null, c.outlet(), c.title(), c.byline(),
                c.published(), String.join("\n\n", body), removed.toList(), c.modified(), null);
        return new Extraction(article, problems);
    }

    /**
     * The text's units with the reason each is left out of the body ({@code null} for body), and the metadata read
     * from them.
     */
    record Classified(List<String> units, @Nullable String[] reasons, @Nullable String title, @Nullable String byline,
                      @Nullable String outlet, @Nullable String published, @Nullable String modified) {
    }

    static Classified classify(String content) {
        return classify(units(content));
    }

    private static Classified classify(List<String> units) {
        String[] reasons = new String[units.size()];
        String title = null;
        String byline = null;
        String outlet = null;
        String agency = null;
        String published = null;
        String modified = null;
        int start = 0;
        if (units.size() > 1 && isKicker(units.get(0)) && looksLikeTitle(units.get(1))
                && Texts.wordCount(units.get(1)) >= 4) {
            reasons[0] = "label";
            start = 1;
        }
        if (units.size() > start && looksLikeTitle(units.get(start))) {
            title = units.get(start);
            reasons[start] = "title";
            start++;
        }
        for (int i = start; i < units.size(); i++) {
            String u = units.get(i);
            if (isEmbedSignature(u)) {
                continue; // the signature of an embedded post: part of the article that quotes it
            }
            Matcher by = BYLINE.matcher(u);
            if (byline == null && i < 8 && by.matches()) {
                byline = by.group(1).strip();
                if (by.group(3) != null) {
                    if (by.group(2).equals(",")) {
                        agency = by.group(3).strip();
                    } else {
                        outlet = by.group(3).strip();
                    }
                }
                reasons[i] = "byline";
                continue;
            }
            Matcher masthead = MASTHEAD.matcher(u);
            if (outlet == null && i < 8 && masthead.matches()) {
                outlet = masthead.group(1).strip();
                reasons[i] = "masthead";
                continue;
            }
            if (i < 8 && UPDATED.matcher(u).find() && u.length() <= 80) {
                if (modified == null) {
                    modified = Dates.normalize(UPDATED.matcher(u).replaceFirst("").replaceFirst("^[:\\s]+", ""));
                }
                reasons[i] = "dateline";
                continue;
            }
            if (published == null && i < 8 && isDateline(u)) {
                published = Dates.normalize(DATELINE_PREFIX.matcher(u).replaceFirst(""));
                reasons[i] = "dateline";
                continue;
            }
            reasons[i] = junkReason(units, i);
        }
        markCaptions(units, reasons);
        markInsideAppeals(units, reasons);
        markRepeatedBlocks(units, reasons);
        markListings(units, reasons);
        markTail(units, reasons);
        markOutsideRegion(units, reasons);
        boolean[] items = introducedItems(units, reasons);
        markDek(units, reasons);
        markTeasers(units, reasons, items);
        keepStructuredLists(units, reasons);
        crosscheck.internal.Deadline.check();
        if (outlet == null) {
            outlet = outletFromJunk(units, reasons);
        }
        if (outlet == null) {
            outlet = agency;
        }
        return new Classified(units, reasons, title, byline, outlet, published, modified);
    }

    /** Lines, with the lines of a hard-wrapped paragraph joined; blank lines dropped. */
    static List<String> units(String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean wrapped = isHardWrapped(lines);
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String raw : lines) {
            String line = Texts.normalizeSpace(raw);
            if (line.isEmpty()) {
                flush(units, current);
                previous = null;
                continue;
            }
            if (wrapped && previous != null && isWrapped(previous, line)) {
                current.append(' ').append(line);
            } else {
                flush(units, current);
                current.append(line);
            }
            previous = line;
        }
        flush(units, current);
        return units;
    }

    /**
     * True when the text was hard-wrapped at a fixed width: most lines are 40 to 100 characters and none is much
     * longer. Text with one paragraph a line (as scraped text usually is) is not.
     */
    static boolean isHardWrapped(String[] lines) {
        int nonEmpty = 0;
        int mid = 0;
        for (String line : lines) {
            int n = line.strip().length();
            if (n == 0) {
                continue;
            }
            if (n > 110) {
                return false;
            }
            nonEmpty++;
            if (n >= 40) {
                mid++;
            }
        }
        return nonEmpty >= 5 && mid >= nonEmpty * 0.6;
    }

    /** In wrapped text, a line continues the previous one when the previous does not end a sentence. */
    private static boolean isWrapped(String previous, String line) {
        return previous.length() >= 50 && previous.length() <= 100 && !Texts.endsLikeSentence(previous)
                && !LIST_MARK.matcher(line).find();
    }

    private static void flush(List<String> units, StringBuilder current) {
        if (current.length() > 0) {
            units.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean looksLikeTitle(String unit) {
        return unit.length() <= 200 && Texts.wordCount(unit) >= 2 && !unit.endsWith(".")
                && Boilerplate.reasonForText(unit) == null;
    }

    /** A section or topic word above a headline ("Politics", "Donald Trump"): a few words, no sentence. */
    private static boolean isKicker(String u) {
        return Texts.wordCount(u) <= 3 && u.length() <= 40 && !Texts.endsLikeSentence(u);
    }

    private static boolean isDateline(String u) {
        return u.length() <= 80 && Texts.wordCount(u) <= 12 && !Texts.endsLikeSentence(u)
                && Dates.normalize(DATELINE_PREFIX.matcher(u).replaceFirst("")) != null;
    }

    private static @Nullable String junkReason(List<String> units, int i) {
        String u = units.get(i);
        if (LIST_MARK.matcher(u).find() && u.length() < 250 && !Texts.endsLikeSentence(u)) {
            return "related";
        }
        if (i > 0 && BARE_LIST_MARK.matcher(units.get(i - 1)).matches() && u.length() < 400) {
            return "related";
        }
        String r = Boilerplate.reasonForText(u);
        if (r != null) {
            return r;
        }
        if (i > 0 && u.equals(units.get(i - 1))) {
            return "duplicate";
        }
        if (isShoutedLabel(u)) {
            return "label";
        }
        if (Boilerplate.isBio(u) && !u.contains("\"") && !u.contains("“")) {
            return "bio";
        }
        if (LIST_MARK.matcher(u).find() && u.length() < 250) {
            return "related";
        }
        if (isLabel(u) && !NUMBERED.matcher(u).find()) {
            return "label";
        }
        return null;
    }

    /** An all-capitals line of a few words: section markers, placeholders, ad slots. */
    private static boolean isShoutedLabel(String u) {
        return u.length() <= 40 && !Texts.endsLikeSentence(u) && u.equals(u.toUpperCase(Locale.ROOT))
                && u.chars().anyMatch(Character::isLetter) && Texts.wordCount(u) <= 4;
    }

    /** A short line that is not a sentence: section labels, kicker words, headings of page furniture. */
    private static boolean isLabel(String u) {
        return u.length() <= 50 && Texts.wordCount(u) <= 6 && !Texts.endsLikeSentence(u)
                && !u.contains("\"") && !u.contains("“");
    }

    /** A line right before a photo credit, or repeated right after itself, is a caption. */
    private static void markCaptions(List<String> units, String[] reasons) {
        for (int i = 1; i < units.size(); i++) {
            if ("credit".equals(reasons[i]) && !hasOwnCaption(units.get(i))) {
                for (int j = i - 1; j >= 0 && i - j <= 2; j--) {
                    String u = units.get(j);
                    if (reasons[j] == null && u.length() <= 300 || "duplicate".equals(reasons[j])) {
                        reasons[j] = "caption";
                    } else {
                        break;
                    }
                }
            }
        }
        for (int i = 1; i < units.size(); i++) {
            if ("duplicate".equals(reasons[i]) && reasons[i - 1] == null) {
                reasons[i - 1] = "caption";
                reasons[i] = "caption";
            }
        }
    }

    /**
     * True when the lines above a credit are not its caption: the credit line carries its own caption ("Crowds
     * outside the court (Image: Agency)", "Image: Crowds gather outside the court on Monday"), credits a report
     * rather than a photo, or stands above its caption.
     */
    private static boolean hasOwnCaption(String credit) {
        if (NOT_BELOW_CAPTION.matcher(credit).find()) {
            return true; // a reporting credit, or a credit printed above its caption: nothing above is a caption
        }
        Matcher m = CAPTION_THEN_CREDIT.matcher(credit);
        if (m.matches() && Texts.wordCount(m.group(1)) >= 4) {
            return true;
        }
        m = CREDIT_LABEL_THEN_CAPTION.matcher(credit);
        return m.matches() && Texts.wordCount(m.group(1)) >= 5;
    }

    /**
     * The items of a list that a sentence of the article introduces with a colon ("The game has:"): the lines right
     * after it that read as phrases (four or more words, at least half of them in lower case) rather than as
     * headlines or menu entries. They are article text although none ends like a sentence. Run after the article's
     * stretch is chosen, so that only an introduction inside it brings its items back.
     */
    private static boolean[] introducedItems(List<String> units, String[] reasons) {
        boolean[] items = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            String intro = units.get(i);
            if (reasons[i] != null || !intro.endsWith(":") || Texts.wordCount(intro) < 3) {
                continue;
            }
            for (int j = i + 1; j < units.size() && j - i <= MAX_LIST_ITEMS; j++) {
                String u = units.get(j);
                if (Texts.endsLikeSentence(u) || !isPhrase(u)
                        || reasons[j] != null && !INTRODUCED_REASONS.contains(reasons[j])) {
                    break;
                }
                reasons[j] = null;
                items[j] = true;
            }
        }
        return items;
    }

    /** Four or more words, at least half of them starting in lower case. */
    private static boolean isPhrase(String unit) {
        long counts = wordsAndLowerCase(unit);
        int words = (int) (counts >>> 32);
        return words >= 4 && (int) counts * 2 >= words;
    }

    /**
     * After the last paragraph that reads like article text, page furniture follows: short headline-like lines
     * there are related-story lists or labels, not body.
     */
    private static void markTail(List<String> units, String[] reasons) {
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (reasons[i] == null && Texts.endsLikeSentence(u) && Texts.wordCount(u) >= 8) {
                last = i;
            }
        }
        for (int i = last + 1; i < units.size(); i++) {
            if (reasons[i] == null && !Texts.endsLikeSentence(units.get(i))) {
                reasons[i] = "related";
            }
        }
    }

    /**
     * A list of teasers or comments repeats one record shape: a headline, a byline or time stamp, a label, then one
     * sentence of summary, again and again. Seen as a sequence of sentence units separated by the same number
     * (three to six) of other lines, at least {@value #LISTING_MIN_GAPS} times in a row, it is marked as a listing.
     * Article text does not do this: its paragraphs follow each other or are separated by a varying number of
     * headings and captions. Each record after the run's first sentence, from the line after the previous sentence
     * to its own sentence, is marked; the first sentence's record too when it stands as far from the sentence before
     * it as the items do (otherwise it may be the article's last paragraph that the listing follows). Listings close
     * a page: a run followed by more sentence text than half its own is taken to be part of the article (a listicle,
     * a questions-and-answers piece) and left alone.
     */
    private static void markListings(List<String> units, String[] reasons) {
        List<Integer> sentences = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null && isSentenceUnit(units.get(i))) {
                sentences.add(i);
            }
        }
        int k = 0;
        while (k + LISTING_MIN_GAPS < sentences.size()) {
            int gap = sentences.get(k + 1) - sentences.get(k);
            int end = k + 1;
            while (end + 1 < sentences.size() && sentences.get(end + 1) - sentences.get(end) == gap) {
                end++;
            }
            if (gap >= 3 && gap <= 6 && end - k >= LISTING_MIN_GAPS
                    && wordsIn(units, sentences.subList(end + 1, sentences.size()))
                    < wordsIn(units, sentences.subList(k + 1, end + 1)) / 2) {
                int from = sentences.get(k) + 1;
                if (k == 0 || sentences.get(k) - sentences.get(k - 1) >= gap) {
                    // the run's first sentence is set apart like the items, not like article paragraphs: an item too
                    from = Math.max(k == 0 ? 0 : sentences.get(k - 1) + 1, sentences.get(k) - gap + 1);
                }
                for (int i = from; i <= sentences.get(end); i++) {
                    if (reasons[i] == null) {
                        reasons[i] = "listing";
                    }
                }
                k = end;
            } else {
                k++;
            }
        }
    }

    /**
     * A sentence that lost its full stop: {@value #PROSE_MIN_WORDS} or more words, most of them starting in lower case
     * (headlines and menu entries are shorter, or capitalised word by word). It counts half as much as a sentence
     * towards the article's stretch and is never taken for a teaser.
     */
    private static boolean isUnstoppedProse(String unit) {
        long counts = wordsAndLowerCase(unit);
        int words = (int) (counts >>> 32);
        return words >= PROSE_MIN_WORDS && (int) counts >= words * PROSE_LOWER;
    }

    /** The number of words (high 32 bits) and of words that start with a lower-case letter (low 32 bits). */
    private static long wordsAndLowerCase(String unit) {
        int words = 0;
        int lower = 0;
        boolean in = false;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) {
                words++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
            in = w;
        }
        return (long) words << 32 | lower;
    }

    private static int wordsIn(List<String> units, List<Integer> indexes) {
        int words = 0;
        for (int i : indexes) {
            words += Texts.wordCount(units.get(i));
        }
        return words;
    }

    private static boolean isSentenceUnit(String unit) {
        return Texts.endsLikeSentence(unit) && Texts.wordCount(unit) >= 6;
    }

    /**
     * The article is the stretch of the text that is densest in sentences: the contiguous run of units with the
     * highest total score, where a sentence-like unit scores its word count and anything else costs a little (a
     * maximum-sum subarray). What lies outside it — menus above, comment threads and link lists below — is dropped.
     * A comment-thread marker ("12 comments", "Leave a reply", "X on May 3, 2019 at 4:47 pm said:") is a wall the
     * run does not cross, and the first walled-off stretch with {@value #COMMENTED_ARTICLE_SCORE} points is the article
     * even when the thread after it is longer.
     */
    private static void markOutsideRegion(List<String> units, String[] reasons) {
        List<double[]> runs = new ArrayList<>(); // {start, end, score}: the best run of each comment-free segment
        double best = 0;
        double sum = 0;
        int start = 0;
        int bestStart = 0;
        int bestEnd = -1;
        for (int i = 0; i <= units.size(); i++) {
            if (i == units.size() || "comment-policy".equals(reasons[i]) || isCommentMarker(units.get(i))) {
                if (bestEnd >= 0) {
                    runs.add(new double[] {bestStart, bestEnd, best});
                }
                best = 0;
                sum = 0;
                start = i + 1;
                bestEnd = -1;
                continue;
            }
            sum += regionScore(units.get(i), reasons[i]);
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (runs.isEmpty()) {
            return; // nothing reads like running text (a short note, a list): keep what the other rules keep
        }
        double top = runs.stream().mapToDouble(r -> r[2]).max().orElse(0);
        double[] chosen = runs.stream().filter(r -> r[2] >= Math.min(top, COMMENTED_ARTICLE_SCORE)).findFirst()
                .orElseThrow();
        int end = (int) chosen[1];
        while (true) { // posts the article embeds at its end: the post's text (one line) and its signature
            int post = end + 1 < units.size() && isEmbedSignature(units.get(end + 1)) ? 1
                    : end + 2 < units.size() && isEmbedSignature(units.get(end + 2)) ? 2 : 0;
            boolean weak = post > 0;
            for (int k = end + 1; k <= end + post; k++) {
                weak &= reasons[k] == null || WEAK_REASONS.contains(reasons[k]);
            }
            if (weak) {
                java.util.Arrays.fill(reasons, end + 1, end + post + 1, null);
                end += post;
            } else {
                break;
            }
        }
        for (int i = 0; i < units.size(); i++) {
            if ((i < chosen[0] || i > end) && reasons[i] == null) {
                reasons[i] = "outside-article";
            }
        }
    }

    /** A line that opens a comment thread; such lines are short. */
    private static boolean isCommentMarker(String unit) {
        return unit.length() <= 160 && (COMMENTS.matcher(unit).find()
                || unit.endsWith(":") && COMMENT_HEADER.matcher(unit).matches());
    }

    private static boolean isEmbedSignature(String unit) {
        return unit.length() <= 160 && "—–-".indexOf(unit.charAt(0)) >= 0 && EMBED_SIGNATURE.matcher(unit).find();
    }

    private static double regionScore(String unit, @Nullable String reason) {
        if (reason != null) {
            return reason.equals("title") || reason.equals("byline") || reason.equals("dateline") ? 0 : -3;
        }
        int words = Texts.wordCount(unit);
        if (Texts.endsLikeSentence(unit) && words >= 6) {
            return words;
        }
        if (NUMBERED.matcher(unit).find() || isUnstoppedProse(unit)) {
            return words / 2.0;
        }
        return -(2 + words / 4.0);
    }

    /**
     * A short line between two lines of an appeal or newsletter box ("Stay up to date with X." between "Subscribe to
     * our newsletter" and "Subscribe No thanks") belongs to the box; a longer line, or one that quotes someone, is an
     * article paragraph that happens to stand between two boxes.
     */
    private static void markInsideAppeals(List<String> units, String[] reasons) {
        for (int i = 1; i + 1 < units.size(); i++) {
            String above = reasons[i - 1];
            String below = reasons[i + 1];
            String u = units.get(i);
            if (reasons[i] == null && Texts.wordCount(u) <= APPEAL_LINE_MAX_WORDS && u.indexOf('"') < 0
                    && u.indexOf('“') < 0
                    && APPEAL_REASONS.contains(String.valueOf(above)) && APPEAL_REASONS.contains(String.valueOf(below))) {
                reasons[i] = above;
            }
        }
    }

    /**
     * A run of two or more lines that appears again elsewhere in the text is page furniture (a menu or a teaser list
     * printed at the top and at the bottom); a single repeated line is left alone (pull quotes repeat the body).
     */
    private static void markRepeatedBlocks(List<String> units, String[] reasons) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String u : units) {
            counts.merge(u, 1, Integer::sum);
        }
        for (int i = 0; i < units.size(); i++) {
            boolean repeated = counts.get(units.get(i)) > 1;
            boolean neighbourRepeated = i > 0 && counts.get(units.get(i - 1)) > 1
                    && !units.get(i - 1).equals(units.get(i))
                    || i + 1 < units.size() && counts.get(units.get(i + 1)) > 1 && !units.get(i + 1).equals(units.get(i));
            if (repeated && neighbourRepeated && reasons[i] == null) {
                reasons[i] = "repeated";
            }
        }
    }

    /** The standfirst under a headline: the first line after the title's block, left out of the body. */
    private static void markDek(List<String> units, String[] reasons) {
        for (int i = 0; i < units.size(); i++) {
            String r = reasons[i];
            if (r == null) {
                return;
            }
            if (r.equals("outside-article") && i > 0 && "title".equals(reasons[i - 1])
                    && Texts.wordCount(units.get(i)) >= 6) {
                reasons[i] = "dek";
                return;
            }
        }
    }

    /**
     * Inside the article, a line that is not a sentence but as long as a headline, or that is cut off with an
     * ellipsis, is a teaser for another story.
     */
    private static void markTeasers(List<String> units, String[] reasons, boolean[] items) {
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (reasons[i] != null || items[i] || NUMBERED.matcher(u).find() || isEmbedSignature(u)
                    || i + 1 < units.size() && isEmbedSignature(units.get(i + 1))) { // an embedded post's text
                continue;
            }
            boolean cut = u.endsWith("...") || u.endsWith("…") || u.endsWith("[…]") || u.endsWith("[...]");
            if (cut && u.length() < 200 || !Texts.endsLikeSentence(u) && Texts.wordCount(u) >= 4 && u.length() < 160
                    && !isUnstoppedProse(u) || Boilerplate.isGluedTeaser(u)) {
                reasons[i] = "related";
            }
        }
    }

    /**
     * Tour dates, results, qualified teams, a table: four or more lines in a row with the same shape ("June 9 – City,
     * ST @ Venue", "12 Name 5040 5 1"), inside the article or right after its last paragraph (with at most a heading
     * between), are part of the article, even though no line of them reads as a sentence. The shape is the line's
     * first few symbols with runs of letters and of digits collapsed ("a9–", "9a9"); it must hold a digit or a
     * punctuation mark, and a third of the rows a digit ("England (Group A): 10th appearance", "Wales (Group E):
     * Second appearance"), so that runs of headlines, menu words and share buttons do not qualify.
     */
    private static void keepStructuredLists(List<String> units, String[] reasons) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        int i = first + 1;
        while (i < units.size() && i <= last + 2) {
            String shape = shape(units.get(i));
            int end = i;
            while (shape != null && end + 1 < units.size() && shape.equals(shape(units.get(end + 1)))) {
                end++;
            }
            int withDigits = 0;
            for (int k = i; k <= end && shape != null; k++) {
                withDigits += units.get(k).chars().anyMatch(Character::isDigit) ? 1 : 0;
            }
            if (shape != null && end - i + 1 >= LIST_MIN_ROWS && withDigits * 3 >= end - i + 1) {
                boolean weak = true;
                for (int k = i; k <= end && weak; k++) {
                    weak = reasons[k] == null || WEAK_REASONS.contains(reasons[k]);
                }
                if (weak) {
                    for (int k = i; k <= end; k++) {
                        reasons[k] = null;
                    }
                    if (i == last + 2 && WEAK_REASONS.contains(String.valueOf(reasons[last + 1]))
                            && !Texts.endsLikeSentence(units.get(last + 1))) {
                        reasons[last + 1] = null; // the list's heading
                    }
                    last = Math.max(last, end);
                }
            }
            i = end + 1;
        }
    }

    /** A line's shape for {@link #keepStructuredLists}, or {@code null} when it cannot be a list row. */
    private static @Nullable String shape(String unit) {
        if (unit.length() > 150) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean symbol = false;
        for (int i = 0; i < unit.length() && b.length() < SHAPE_PREFIX; i++) {
            char c = unit.charAt(i);
            char s = Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '9' : Character.isWhitespace(c) ? 0 : c;
            if (s == 0 || b.length() > 0 && b.charAt(b.length() - 1) == s && (s == 'a' || s == '9')) {
                continue;
            }
            b.append(s);
            symbol |= s != 'a';
        }
        return symbol && b.length() == SHAPE_PREFIX ? b.toString() : null;
    }

    /** An outlet named by the page's own furniture ("Sign up for X's newsletters", "Support X"). */
    private static @Nullable String outletFromJunk(List<String> units, String[] reasons) {
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null) {
                continue;
            }
            Matcher m = NEWSLETTER_OUTLET.matcher(units.get(i));
            if (m.find()) {
                return m.group(1).strip();
            }
            m = SUPPORT_OUTLET.matcher(units.get(i));
            if (m.matches()) {
                return m.group(1).strip();
            }
            m = COPYRIGHT_OUTLET.matcher(units.get(i));
            if (m.find()) {
                // "Copyright 2016 KTRE. All rights reserved.": the name, not the sentence's full stop
                return m.group(1).strip().replaceFirst("\\.$", "");
            }
        }
        return null;
    }
}
