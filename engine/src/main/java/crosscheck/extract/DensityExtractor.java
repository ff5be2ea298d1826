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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from an HTML page by text density: the element whose paragraphs hold the most non-link
 * text, with commas and class/id words as further evidence (the idea behind readability and boilerpipe), plus its
 * siblings that score nearly as well. Inside that element, blocks that give themselves away as junk (by their
 * class/id, their tag, their link density or their words) are dropped and recorded with the reason.
 *
 * <p>Requires an {@link DocumentFormat#HTML} document. Stateless and thread-safe. Never recurses over the DOM, so
 * deeply nested pages are safe.
 */
public final class DensityExtractor implements Extractor {

    /** This extractor's name. */
    public static final String NAME = "density";

    private static final int MIN_BLOCK_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_RIVALS = 2;
    private static final int SIBLING_LEVELS = 2;
    /**
     * How far up the tree any walk from a block goes. Real pages nest text 10 to 40 levels deep; capping the walks
     * keeps a page of thousands of unclosed tags linear instead of quadratic.
     */
    private static final int MAX_WALK = 80;
    /** Link density above which a block without function words counts as a link list. */
    private static final double LINKED_LIST_DENSITY = 0.25;
    /** Share of function words below which a text is not prose (jusText's idea; prose holds 30 % and more). */
    private static final double MIN_STOP_WORD_DENSITY = 0.05;

    @Override
    public Extraction extract(RawDocument document) {
        Document page = Jsoup.parse(document.content(), document.hints().url() == null ? "" : document.hints().url());
        PageMetadata meta = PageMetadata.read(page, document.hints().url());
        Element body = page.body();
        List<Problem> problems = new ArrayList<>();
        List<HtmlBlocks.Block> blocks = Bounds.capBlocks(HtmlBlocks.of(body), "text blocks", document.source(),
                problems);
        ClassReasons reasons = new ClassReasons();
        Set<Element> roots = chooseContent(blocks, body, reasons);
        String detected = Languages.detect(sampleOf(blocks, roots));
        LanguageLexicon lexicon = LanguageLexicon.of(Languages.forLists(meta.language(), detected));
        String[] verdicts = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if ((i & 255) == 0) {
                crosscheck.internal.Deadline.check();
            }
            verdicts[i] = classify(blocks.get(i), roots, body, meta, reasons, lexicon);
        }
        keepLedeAboveText(blocks, verdicts, body, meta, reasons, lexicon);
        markRelatedLists(blocks, verdicts, lexicon);
        markAuthorBio(blocks, verdicts, meta.byline());
        ArticleBodyGuide guide = ArticleBodyGuide.of(meta.articleBody());
        if (guide != null) {
            followGuide(guide, blocks, verdicts, lexicon);
        }
        markRepeatedArticle(blocks, verdicts);
        markHeaderAboveByline(blocks, verdicts);
        List<String> paragraphs = new ArrayList<>();
        RemovedList removed = new RemovedList();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (verdicts[i] == null) {
                paragraphs.add(text);
            } else {
                removed.add(blocks.get(i).text(), verdicts[i]);
            }
        }
        Article article = new Article(document.id(), document.source(), meta.url(), meta.outlet(), meta.title(),
                meta.byline(), meta.published(), String.join("\n\n", paragraphs), removed.toList(), meta.modified(),
                meta.language(), detected);
        return new Extraction(article, problems);
    }

    /** What may stand between a standfirst and the text it opens: a photo's caption or credit, a share bar, a label. */
    private static final Set<String> ABOVE_TEXT = Set.of("caption", "credit", "share-bar", "label");
    /** How many such blocks may stand between them. */
    private static final int MAX_ABOVE_TEXT = 4;
    /** Fewest characters of a standfirst kept from outside the article's element. */
    private static final int MIN_LEDE_CHARS = 100;

    /**
     * A standfirst that the page puts in its own element above the article's (the summary paragraph under the
     * headline) is the article's opening: when the block nearest above the first kept one, past only a caption,
     * credit, share bar or label, was left out for being outside the article's element alone, and is prose (a
     * sentence of 100 characters or more, hardly linked, the language's function words in it, nothing junk-like in
     * its text), it is kept.
     */
    private static void keepLedeAboveText(List<HtmlBlocks.Block> blocks, String[] verdicts, Element body,
                                          PageMetadata meta, ClassReasons reasons,
                                          @Nullable LanguageLexicon lexicon) {
        int first = 0;
        while (first < verdicts.length && verdicts[first] != null) {
            first++;
        }
        for (int i = first - 1, passed = 0; i >= 0 && passed <= MAX_ABOVE_TEXT; i--, passed++) {
            if (!"outside-article".equals(verdicts[i])) {
                if (ABOVE_TEXT.contains(verdicts[i])) {
                    continue;
                }
                return;
            }
            HtmlBlocks.Block b = blocks.get(i);
            String text = b.text().strip();
            if (text.length() >= MIN_LEDE_CHARS && Texts.endsLikeSentence(text) && b.linkDensity() < 0.1
                    && (lexicon == null || lexicon.stopWordDensity(text) >= MIN_STOP_WORD_DENSITY)
                    && classify(b, Set.of(body), body, meta, reasons, lexicon) == null) {
                verdicts[i] = null;
            }
            return;
        }
    }

    /** A paragraph as a copy is compared: its letters and digits, lower case (copies differ in spaces and quotes). */
    private static String repeatKey(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Least share of the kept text that a second copy must make up to be dropped as the article given twice. */
    private static final double MIN_REPEAT_SHARE = 0.3;
    private static final int MIN_REPEAT_CHARS = 100;
    /** Fewest letters and digits of a block that the next block's start repeats, for it to be dropped as a copy. */
    private static final int MIN_LEDE_KEY = 50;
    /** How many kept blocks open the text, where a block that one of the next as many repeats is a standfirst. */
    private static final int LEDE_REACH = 3;

    /**
     * Pages that carry their article twice (a copy for another layout, a print version) would give it twice. A run of
     * kept paragraphs that repeats an earlier run in the same order is dropped when it is a large part of the kept
     * text; lines that rightly recur (the same interview question to each guest, a recipe line in each day's plan,
     * a tweet's signature) are short beside the article and stay.
     */
    private static void markRepeatedArticle(List<HtmlBlocks.Block> blocks, String[] verdicts) {
        List<Integer> kept = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts[i] == null) {
                kept.add(i);
                total += blocks.get(i).text().length();
            }
        }
        List<String> keys = new ArrayList<>(kept.size());
        for (int i : kept) {
            keys.add(repeatKey(blocks.get(i).text()));
        }
        // A summary above the text that the first paragraph then repeats word for word (a standfirst as lede); at the
        // top of the text, also when a dateline opens the repeat or a byline or caption stands between them.
        for (int k = 0; k + 1 < kept.size(); k++) {
            String key = keys.get(k);
            if (key.length() < MIN_LEDE_KEY) {
                continue;
            }
            if (keys.get(k + 1).length() > key.length() && keys.get(k + 1).startsWith(key)) {
                verdicts[kept.get(k)] = "repeated";
                continue;
            }
            if (k >= LEDE_REACH) {
                continue;
            }
            Element owner = blocks.get(kept.get(k)).owner();
            for (int j = k + 1; j <= k + LEDE_REACH && j < kept.size(); j++) {
                Element other = blocks.get(kept.get(j)).owner();
                // an exact copy counts only from another element: an interview repeats its question in the text
                if (keys.get(j).contains(key) && (keys.get(j).length() > key.length()
                        || !other.normalName().equals(owner.normalName()) || other.parent() != owner.parent())) {
                    verdicts[kept.get(k)] = "repeated";
                    break;
                }
            }
        }
        Map<String, Integer> first = new HashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            if (verdicts[kept.get(k)] != null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(keys.get(k), k);
            if (earlier == null) {
                continue;
            }
            int run = 0;
            long chars = 0;
            while (k + run < kept.size() && earlier + run < k && keys.get(k + run).equals(keys.get(earlier + run))) {
                chars += blocks.get(kept.get(k + run)).text().length();
                run++;
            }
            if (chars >= MIN_REPEAT_CHARS && chars >= MIN_REPEAT_SHARE * total) {
                for (int r = 0; r < run; r++) {
                    verdicts[kept.get(k + r)] = "repeated";
                }
                k += run - 1;
            }
        }
    }

    /** Most kept blocks above a byline or date line that can be the article's header rather than its text. */
    private static final int MAX_HEADER_BLOCKS = 5;
    /** Largest share of the kept text that such a header may hold. */
    private static final double MAX_HEADER_SHARE = 0.25;

    /**
     * The byline and date line part the article's header (a subtitle, summary bullets) from its text: kept blocks
     * above the first byline or date line that stands between kept blocks, when they are few and hold a small part of
     * the kept text, are the header.
     */
    private static void markHeaderAboveByline(List<HtmlBlocks.Block> blocks, String[] verdicts) {
        int kept = 0;
        long above = 0;
        long total = 0;
        int line = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts[i] == null) {
                total += blocks.get(i).text().length();
                if (line < 0) {
                    kept++;
                    above += blocks.get(i).text().length();
                }
            } else if (line < 0 && kept > 0 && ("byline".equals(verdicts[i]) || "dateline".equals(verdicts[i]))) {
                line = i;
            }
        }
        if (line < 0 || kept > MAX_HEADER_BLOCKS || above >= MAX_HEADER_SHARE * total || above == total) {
            return;
        }
        for (int i = 0; i < line; i++) {
            if (verdicts[i] == null) {
                verdicts[i] = "header";
            }
        }
    }

    /** The start of the article's likely text (longer, mostly unlinked blocks under the roots), for the detector. */
    private static String sampleOf(List<HtmlBlocks.Block> blocks, Set<Element> roots) {
        StringBuilder sb = new StringBuilder();
        for (HtmlBlocks.Block b : blocks) {
            if (sb.length() >= Languages.MAX_CHARS) {
                break;
            }
            if (b.text().length() >= MIN_BLOCK_CHARS && b.linkDensity() <= 0.5 && rootOf(b.owner(), roots) != null) {
                sb.append(b.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Where the page states its article text and the blocks that carry it cover most of that text, blocks that the
     * density method dropped but that are in the statement come back. (Dropping what the statement lacks as well
     * measured no better: statements often leave out subheadings and embedded quotes that are article text.) A block
     * of one to three words comes back only as a heading: a tag, a topic or a place name is found somewhere in any
     * text, so its presence there says nothing. Nor does a block whose own words give it away as junk (a caption, a
     * "SEE ALSO:" teaser, a credit): statements carry those along with the text.
     */
    private static void followGuide(ArticleBodyGuide guide, List<HtmlBlocks.Block> blocks, String[] verdicts,
                                    @Nullable LanguageLexicon lexicon) {
        List<String> matched = new ArrayList<>();
        boolean[] inGuide = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            inGuide[i] = guide.contains(blocks.get(i).text());
            if (inGuide[i]) {
                matched.add(blocks.get(i).text());
            }
        }
        if (!guide.isCoveredBy(matched)) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (inGuide[i] && verdicts[i] != null && !verdicts[i].equals("title")
                    && (!ArticleBodyGuide.isShort(text) || isHeading(blocks.get(i).owner()))
                    && Boilerplate.reasonForText(text) == null
                    && (lexicon == null || lexicon.reasonForText(text) == null)) {
                verdicts[i] = null;
            }
        }
    }

    /** True for a heading element ({@code h1} to {@code h6}). */
    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * A heading such as "More Great Stories" or "Related" introduces a list of links to other stories: the list
     * items that follow it go with it.
     */
    private static void markRelatedLists(List<HtmlBlocks.Block> blocks, String[] verdicts,
                                         @Nullable LanguageLexicon lexicon) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (text.length() > 60 || !Boilerplate.RELATED_HEADING.matcher(text).find()
                    && (lexicon == null || !lexicon.isRelatedHeading(text))) {
                continue;
            }
            verdicts[i] = "related";
            for (int j = i + 1; j < blocks.size() && isListItem(blocks.get(j).owner()); j++) {
                verdicts[j] = "related";
            }
        }
    }

    /** One of the last paragraphs that starts with the author's name ("Jo Roe is a …", "Jo Roe's book …") is a bio. */
    private static void markAuthorBio(List<HtmlBlocks.Block> blocks, String[] verdicts, @Nullable String byline) {
        if (byline == null || byline.isBlank()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String author : byline.split(",| and |&")) {
            String name = author.strip();
            if (Texts.wordCount(name) >= 2 && Texts.wordCount(name) <= 4) {
                names.add(name);
            }
        }
        int seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < 3; i--) {
            if (verdicts[i] != null) {
                continue;
            }
            seen++;
            String text = blocks.get(i).text();
            if (text.length() < 400 && names.stream().anyMatch(n -> text.startsWith(n + " ") || text.startsWith(n + "'")
                    || text.startsWith(n + "’"))) {
                verdicts[i] = "bio";
            }
        }
    }

    private static boolean isListItem(Element owner) {
        int steps = 0;
        for (Element e = owner; e != null && steps++ < MAX_WALK; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("li")) {
                return true;
            }
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("body")) {
                return false;
            }
        }
        return false;
    }

    /** The content root and its siblings that also hold article text. */
    private static Set<Element> chooseContent(List<HtmlBlocks.Block> blocks, Element body, ClassReasons reasons) {
        Map<Element, Double> scores = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            if (b.text().length() < MIN_BLOCK_CHARS || b.linkDensity() > 0.5) {
                continue;
            }
            double s = 1 + count(b.text(), ',') + Math.min(b.text().length() / 100.0, 3);
            Element owner = b.owner();
            if (!isParagraphTag(owner.normalName())) {
                scores.merge(owner, s, Double::sum);
            }
            // Ancestors share the block's score, less the further up they are (as readability does).
            int level = 0;
            for (Element a = owner.parent(); a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
                scores.merge(a, s / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return Set.of(body);
        }
        Map<Element, int[]> sizes = textSizes(blocks, scores.keySet());
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            int[] size = sizes.getOrDefault(e.getKey(), new int[2]);
            double linkDensity = size[0] == 0 ? 0 : (double) size[1] / size[0];
            double score = e.getValue() * (1 - linkDensity) * classFactor(e.getKey(), body, reasons);
            finals.put(e.getKey(), score);
            if (score > topScore) {
                top = e.getKey();
                topScore = score;
            }
        }
        top = commonAncestorOfRivals(top, topScore, finals, body);
        topScore = Math.max(topScore, finals.getOrDefault(top, topScore));
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Map<Element, Double> bestWithin = bestWithin(finals, body);
        double threshold = Math.max(2, topScore * 0.2);
        Element level = top;
        for (int up = 0; up < SIBLING_LEVELS && level.parent() != null && level != body; up++, level = level.parent()) {
            for (Element sibling : level.parent().children()) {
                if (sibling != level && bestWithin.getOrDefault(sibling, 0.0) >= threshold
                        && !insideOtherContent(sibling, body, reasons) && reasons.ofClass(sibling) == null) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /** For each element, the best final score of a candidate inside it (itself included). */
    private static Map<Element, Double> bestWithin(Map<Element, Double> finals, Element body) {
        Map<Element, Double> best = new HashMap<>();
        for (Map.Entry<Element, Double> e : finals.entrySet()) {
            int steps = 0;
            for (Element a = e.getKey(); a != null && a != body && steps++ < MAX_WALK; a = a.parent()) {
                Double old = best.get(a);
                if (old != null && old >= e.getValue()) {
                    break;
                }
                best.put(a, e.getValue());
            }
        }
        return best;
    }

    /**
     * When several other candidates score nearly as well as the best, the article is split into parts (columns,
     * pages, blocks between ads): climb to the nearest ancestor of the best that holds at least three of them.
     */
    private static Element commonAncestorOfRivals(Element top, double topScore, Map<Element, Double> finals,
                                                  Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> e : finals.entrySet()) {
            if (e.getKey() != top && e.getValue() >= topScore * 0.75 && !isAncestor(e.getKey(), top)
                    && !isAncestor(top, e.getKey())) {
                rivals.add(e.getKey());
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        int steps = 0;
        for (Element a = top.parent(); a != null && a != body && steps++ < MAX_WALK; a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                if (isAncestor(a, r)) {
                    inside++;
                }
            }
            if (inside >= MIN_RIVALS) {
                return a;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        int steps = 0;
        for (Element a = e.parent(); a != null && steps++ < MAX_WALK; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** For each candidate, the total characters and link characters of the blocks inside it. */
    private static Map<Element, int[]> textSizes(List<HtmlBlocks.Block> blocks, Set<Element> candidates) {
        Map<Element, int[]> sizes = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            int steps = 0;
            for (Element e = b.owner(); e != null && steps++ < MAX_WALK; e = e.parent()) {
                if (candidates.contains(e)) {
                    int[] size = sizes.computeIfAbsent(e, k -> new int[2]);
                    size[0] += b.text().length();
                    size[1] += b.linkChars();
                }
            }
        }
        return sizes;
    }

    /**
     * How much an element's own class, id and tag, and the regions it sits in, make it look like the article: a
     * factor, so that a name alone never lifts an element with little text above one with much.
     */
    private static double classFactor(Element e, Element body, ClassReasons reasons) {
        double f = 1;
        String r = reasons.ofClass(e);
        if (r != null && isOtherContent(r)) {
            f *= 0.3;
        } else if (reasons.isPositive(e)) {
            f *= 1.25;
        } else if (r != null) {
            f *= 0.6;
        }
        String tag = e.normalName();
        if (tag.equals("article")) {
            f *= 1.2;
        } else if (tag.equals("main")) {
            f *= 1.1;
        }
        if (insideOtherContent(e, body, reasons)) {
            f *= 0.3;
        }
        return f;
    }

    private static boolean isOtherContent(String reason) {
        return reason.equals("comments") || reason.equals("related") || reason.equals("navigation")
                || reason.equals("carousel");
    }

    /** True when the element sits in a comment thread, a related-story list, a sidebar, a footer or a menu. */
    private static boolean insideOtherContent(Element e, Element body, ClassReasons reasons) {
        int steps = 0;
        for (Element a = e.parent(); a != null && a != body && steps++ < MAX_WALK; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
            String r = reasons.ofClass(a);
            if (r != null && isOtherContent(r)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String classify(HtmlBlocks.Block b, Set<Element> roots, Element body, PageMetadata meta,
                                             ClassReasons reasons, @Nullable LanguageLexicon lexicon) {
        Element root = rootOf(b.owner(), roots);
        if (root == null) {
            String r = ancestorReason(b.owner(), body, reasons);
            return r == null ? "outside-article" : r;
        }
        String r = ancestorReason(b.owner(), root, reasons);
        if (r != null) {
            return r;
        }
        String text = b.text();
        if (isQuoted(b.owner(), root)) {
            // An embedded post or a block quote is quoted content: its links, dates and handles belong to it. Only
            // the embed's own button ("View this post on Instagram", "Ver esta publicación en Instagram") is not.
            return isEmbedButton(b) ? "label" : null;
        }
        r = Boilerplate.reasonForText(text);
        if (r == null && lexicon != null) {
            r = lexicon.reasonForText(text);
        }
        if (r != null) {
            return r;
        }
        if (b.linkDensity() > 0.5 && text.length() < 300) {
            return "links";
        }
        // Partly linked text without the language's function words is a list of names or teasers, not prose.
        if (lexicon != null && b.linkDensity() > LINKED_LIST_DENSITY && text.length() < 300
                && lexicon.stopWordDensity(text) < MIN_STOP_WORD_DENSITY) {
            return "links";
        }
        if (Boilerplate.isGluedTeaser(text)) {
            return "related";
        }
        String tag = b.owner().normalName();
        if (tag.startsWith("h") && tag.length() == 2 && meta.title() != null
                && (sameText(text, meta.title()) || isTitlePart(text, meta.title())
                || isInTitleKey(text, reasons.titleKey(meta.title())))) {
            return "title";
        }
        if (text.length() < 120 && (text.startsWith("By ") || meta.byline() != null && sameText(text, meta.byline()))) {
            return "byline";
        }
        if (text.length() < 80 && Texts.wordCount(text) <= 12 && !Texts.endsLikeSentence(text)
                && (Dates.normalize(text) != null || Dates.containsDate(text)
                || WrittenDates.read(text, null, false) != null || WrittenDates.opensWithCjkDay(text))) {
            return "dateline";
        }
        return null;
    }

    /** Longest text of an embedded post's button. */
    private static final int MAX_EMBED_BUTTON_CHARS = 60;

    /**
     * The button of an embedded social post, in any language: a short block that is one link and names the network
     * it links to ("View this post on Instagram", "Voir cette publication sur Instagram", "Watch on TikTok"); a bare
     * address ("pic.twitter.com/…") is the post's own.
     */
    private static boolean isEmbedButton(HtmlBlocks.Block b) {
        String text = b.text();
        if (text.length() > MAX_EMBED_BUTTON_CHARS || b.linkDensity() < 0.99 || text.indexOf(' ') < 0) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("instagram") || lower.contains("facebook") || lower.contains("tiktok")
                || lower.contains("twitter") || lower.contains("youtube");
    }

    private static boolean isQuoted(Element owner, Element root) {
        int steps = 0;
        for (Element e = owner; e != null && e != root && steps++ < MAX_WALK; e = e.parent()) {
            if (e.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Element rootOf(Element owner, Set<Element> roots) {
        int steps = 0;
        for (Element e = owner; e != null && steps++ < MAX_WALK; e = e.parent()) {
            if (roots.contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** The junk reason given by the element or an ancestor below {@code stop}, or null. */
    private static @Nullable String ancestorReason(Element owner, Element stop, ClassReasons reasons) {
        return reasons.nearest(owner, stop, MAX_WALK);
    }

    /**
     * What each element's tag, class and id say, remembered for one page: ancestors are asked again and again. Not
     * thread-safe; one per extraction.
     */
    private static final class ClassReasons {
        private static final String NONE = "";
        private final Map<String, String> byClass = new HashMap<>();
        private final Map<Element, String> classOf = new HashMap<>();
        private final Map<String, Boolean> positive = new HashMap<>();
        /** Per stop: for each element walked, the nearest reason at or above it (below the stop) and how far up. */
        private final Map<Element, Map<Element, Nearest>> nearest = new HashMap<>();
        private @Nullable String title;
        private String titleKey = "";

        /** The page title's {@link #repeatKey}, worked out once. */
        String titleKey(String pageTitle) {
            if (!pageTitle.equals(title)) {
                title = pageTitle;
                titleKey = repeatKey(pageTitle);
            }
            return titleKey;
        }

        /** The junk reason of the element's tag, or else of its class and id; null for none. */
        @Nullable String of(Element e) {
            String r = tagReason(e.normalName());
            return r != null ? r : ofClass(e);
        }

        /** The junk reason of the element's class and id alone; null for none. */
        @Nullable String ofClass(Element e) {
            if (e.normalName().equals("main")) {
                return null; // the page's main content, whatever its layout classes say
            }
            String r = classOf.get(e);
            if (r == null) {
                r = byClass.computeIfAbsent(words(e), w -> {
                    String found = Boilerplate.reasonForClass(w);
                    return found == null ? NONE : found;
                });
                classOf.put(e, r);
            }
            return r.isEmpty() ? null : r;
        }


        private record Nearest(@Nullable String reason, int distance) {
        }

        private static final Nearest NO_REASON = new Nearest(null, Integer.MAX_VALUE);

        /**
         * The reason of the element or of its nearest ancestor that has one, looking at most {@code limit} elements
         * up and never at {@code stop} or above it; null for none. Each element's answer is kept, so the blocks of
         * one container walk their shared ancestors once.
         */
        @Nullable String nearest(Element from, Element stop, int limit) {
            Map<Element, Nearest> known = nearest.computeIfAbsent(stop, s -> new HashMap<>());
            Nearest answer = known.get(from);
            if (answer == null) {
                List<Element> path = new ArrayList<>();
                Nearest top = NO_REASON; // the answer of the element above the path's last one, or of the last itself
                boolean lastHolds = false;
                for (Element e = from; e != null && e != stop; e = e.parent()) {
                    Nearest k = known.get(e);
                    if (k != null) {
                        top = k;
                        break;
                    }
                    path.add(e);
                    String r = of(e);
                    if (r != null) {
                        top = new Nearest(r, 0);
                        lastHolds = true;
                        break;
                    }
                }
                Nearest above = top;
                for (int i = path.size() - 1; i >= 0; i--) {
                    Nearest n = i == path.size() - 1 && lastHolds ? top
                            : above.reason() == null ? NO_REASON : new Nearest(above.reason(), above.distance() + 1);
                    known.put(path.get(i), n);
                    above = n;
                }
                answer = known.getOrDefault(from, NO_REASON); // none when the walk starts at the stop
            }
            return answer.reason() != null && answer.distance() < limit ? answer.reason() : null;
        }

        boolean isPositive(Element e) {
            return positive.computeIfAbsent(words(e), Boilerplate::isPositiveClass);
        }

        private static String words(Element e) {
            String c = e.attr("class");
            String id = e.id();
            return id.isEmpty() ? c : c + " " + id;
        }
    }

    private static @Nullable String tagReason(String tag) {
        return switch (tag) {
            case "nav", "menu" -> "navigation";
            case "aside" -> "sidebar";
            case "footer" -> "footer";
            case "figure", "figcaption" -> "caption";
            case "form" -> "form";
            case "header" -> "header";
            default -> null;
        };
    }

    private static boolean isParagraphTag(String tag) {
        return tag.equals("p") || tag.equals("li") || tag.equals("pre") || tag.equals("blockquote")
                || tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    /** What sets a site's name (or a date) apart from the headline in a page's title. */
    private static final String TITLE_SEPARATORS = "|｜-–—·•«»(（[【/／~";

    /**
     * Whether a heading is the headline that the page's title holds beside the site's name or a date: the title
     * opens or ends with it, a separator next to it ("Headline | Site", "Site - Headline", "Headline（2020年2月15日）").
     * A colon does not count ("Floods: the toll rises" keeps a subheading "Floods").
     */
    static boolean isTitlePart(String heading, String title) {
        String h = heading.strip();
        String t = title.strip();
        if (h.length() < 8 || h.length() >= t.length()) {
            return false;
        }
        if (t.regionMatches(true, 0, h, 0, h.length())) {
            return separatorAt(t, h.length(), 1);
        }
        int start = t.length() - h.length();
        return t.regionMatches(true, start, h, 0, h.length()) && separatorAt(t, start - 1, -1);
    }

    /** Fewest letters and digits of a heading found inside the page's title for it to count as the headline. */
    private static final int MIN_TITLE_KEY = 20;

    /**
     * Whether a heading is the headline that the page's title holds with more around it than a site's name ("Floods
     * in Odisha: Odisha reports first death; …", the punctuation changed): its letters and digits run unbroken
     * through the title's and make up half of them or more.
     */
    static boolean isInTitle(String heading, String title) {
        return isInTitleKey(heading, repeatKey(title));
    }

    /** {@link #isInTitle} against the title's {@link #repeatKey}, worked out once per page. */
    private static boolean isInTitleKey(String heading, String titleKey) {
        // a key is never longer than its text: most headings fail on their length alone
        if (heading.length() < MIN_TITLE_KEY || 2 * heading.length() < titleKey.length()) {
            return false;
        }
        String h = repeatKey(heading);
        return h.length() >= MIN_TITLE_KEY && 2 * h.length() >= titleKey.length() && titleKey.contains(h);
    }

    /** Whether, from {@code at} on in the direction {@code step}, spaces give way to a title separator. */
    private static boolean separatorAt(String t, int at, int step) {
        int i = at;
        while (i >= 0 && i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i += step;
        }
        return i >= 0 && i < t.length() && TITLE_SEPARATORS.indexOf(t.charAt(i)) >= 0;
    }

    private static boolean sameText(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
