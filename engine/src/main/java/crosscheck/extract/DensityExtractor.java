package crosscheck.extract;

import crosscheck.core.Article;
import crosscheck.core.DocumentFormat;
import crosscheck.core.Extraction;
import crosscheck.core.Extractor;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
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

    @Override
    public Extraction extract(RawDocument document) {
        Document page = Jsoup.parse(document.content(), document.hints().url() == null ? "" : document.hints().url());
        PageMetadata meta = PageMetadata.read(page, document.hints().url());
        Element body = page.body();
        List<HtmlBlocks.Block> blocks = HtmlBlocks.of(body);
        Set<Element> roots = chooseContent(blocks, body);
        ClassReasons reasons = new ClassReasons();
        List<String> paragraphs = new ArrayList<>();
        RemovedList removed = new RemovedList();
        for (HtmlBlocks.Block b : blocks) {
            String reason = classify(b, roots, body, meta, reasons);
            if (reason == null) {
                paragraphs.add(b.text());
            } else {
                removed.add(b.text(), reason);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Article article = new Article(document.id(), document.source(), meta.url(), meta.outlet(), meta.title(),
                meta.byline(), meta.published(), String.join("\n\n", paragraphs), removed.toList());
        return new Extraction(article, problems);
    }

    /** The content root and its siblings that also hold article text. */
    private static Set<Element> chooseContent(List<HtmlBlocks.Block> blocks, Element body) {
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
            Element parent = owner.parent();
            if (parent != null) {
                scores.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, s / 2, Double::sum);
                }
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
            double score = e.getValue() * (1 - linkDensity) + classWeight(e.getKey());
            finals.put(e.getKey(), score);
            if (score > topScore) {
                top = e.getKey();
                topScore = score;
            }
        }
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Element parent = top.parent();
        if (parent != null) {
            double threshold = Math.max(10, topScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling != top && finals.getOrDefault(sibling, 0.0) >= threshold) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /** For each candidate, the total characters and link characters of the blocks inside it. */
    private static Map<Element, int[]> textSizes(List<HtmlBlocks.Block> blocks, Set<Element> candidates) {
        Map<Element, int[]> sizes = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (candidates.contains(e)) {
                    int[] size = sizes.computeIfAbsent(e, k -> new int[2]);
                    size[0] += b.text().length();
                    size[1] += b.linkChars();
                }
            }
        }
        return sizes;
    }

    private static double classWeight(Element e) {
        String words = e.className() + " " + e.id();
        double w = 0;
        if (Boilerplate.isPositiveClass(words)) {
            w += 25;
        }
        if (Boilerplate.reasonForClass(words) != null) {
            w -= 25;
        }
        String tag = e.normalName();
        if (tag.equals("article")) {
            w += 15;
        } else if (tag.equals("main")) {
            w += 5;
        } else if (tag.equals("body")) {
            w -= 10;
        }
        return w;
    }

    private static @Nullable String classify(HtmlBlocks.Block b, Set<Element> roots, Element body, PageMetadata meta,
                                             ClassReasons reasons) {
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
        r = Boilerplate.reasonForText(text);
        if (r != null) {
            return r;
        }
        if (b.linkDensity() > 0.5 && text.length() < 300) {
            return "links";
        }
        String tag = b.owner().normalName();
        if (tag.startsWith("h") && tag.length() == 2 && meta.title() != null
                && sameText(text, meta.title())) {
            return "title";
        }
        if (text.length() < 120 && (text.startsWith("By ") || meta.byline() != null && sameText(text, meta.byline()))) {
            return "byline";
        }
        if (text.length() < 80 && Texts.wordCount(text) <= 12 && Dates.normalize(text) != null
                && !Texts.endsLikeSentence(text)) {
            return "dateline";
        }
        return null;
    }

    private static @Nullable Element rootOf(Element owner, Set<Element> roots) {
        for (Element e = owner; e != null; e = e.parent()) {
            if (roots.contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** The junk reason given by the element or an ancestor below {@code stop}, or null. */
    private static @Nullable String ancestorReason(Element owner, Element stop, ClassReasons reasons) {
        for (Element e = owner; e != null && e != stop; e = e.parent()) {
            String r = reasons.of(e);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The junk reason each element's tag, class and id give, remembered for one page: ancestors are asked often. */
    private static final class ClassReasons {
        private static final String NONE = "";
        private final Map<Element, String> byElement = new HashMap<>();
        private final Map<String, String> byClass = new HashMap<>();

        @Nullable String of(Element e) {
            String r = byElement.get(e);
            if (r == null) {
                r = tagReason(e.normalName());
                if (r == null) {
                    String words = e.className() + " " + e.id();
                    r = byClass.computeIfAbsent(words, w -> {
                        String found = Boilerplate.reasonForClass(w);
                        return found == null ? NONE : found;
                    });
                }
                byElement.put(e, r);
            }
            return r.isEmpty() ? null : r;
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
