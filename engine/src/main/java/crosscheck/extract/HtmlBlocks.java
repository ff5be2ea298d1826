package crosscheck.extract;

import crosscheck.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits a page into text blocks in reading order, in one pass without recursion (deeply nested pages are safe): a
 * block is the text between two block-level boundaries, owned by the innermost block element around it.
 */
final class HtmlBlocks {

    /**
     * One block of text.
     *
     * @param text      the text, whitespace-normalised
     * @param linkChars how many of its characters are inside links
     * @param owner     the innermost block element around it
     */
    record Block(String text, int linkChars, Element owner) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "menu");

    /** Elements whose content is never text to read. */
    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "select", "option", "button", "input",
            "textarea", "head", "link", "meta", "img", "picture", "source");

    private HtmlBlocks() {
    }

    /** The blocks under {@code root}, in document order. */
    static List<Block> of(Element root) {
        Collector c = new Collector(root);
        NodeTraversor.filter(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private boolean hasText;
        private int linkDepth;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (t.isBlank()) {
                    if (hasText) {
                        text.append(' ');
                    }
                    return FilterResult.CONTINUE;
                }
                text.append(s);
                hasText = true;
                if (linkDepth > 0) {
                    linkChars += Texts.normalizeSpace(s).length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIPPED_TAGS.contains(tag) || e.hasAttr("hidden")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                text.append(' ');
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!tag.equals("hr")) {
                    owners.push(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                    text.append(' ');
                }
                if (BLOCK_TAGS.contains(tag) && !tag.equals("hr")) {
                    flush();
                    if (owners.size() > 1 && owners.peek() == e) {
                        owners.pop();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (hasText) {
                String s = Texts.normalizeSpace(text);
                if (!s.isEmpty()) {
                    blocks.add(new Block(s, Math.min(linkChars, s.length()), owners.peek()));
                }
            }
            text.setLength(0);
            hasText = false;
            linkChars = 0;
        }
    }
}
