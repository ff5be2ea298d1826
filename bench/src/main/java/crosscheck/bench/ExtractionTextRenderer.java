package crosscheck.bench;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page to the plain text a text-mode browser would show, as input for the text extractor: every
 * block element starts and ends a paragraph (a blank line between paragraphs), {@code <br>} ends a line, table
 * cells in a row are separated by a tab, runs of white space collapse to one space outside {@code <pre>}.
 * Non-rendered content is dropped: {@code <head>}, scripts, styles, {@code <noscript>}, {@code <template>},
 * embedded objects and forms' controls, and elements marked {@code hidden} or inline {@code display:none}.
 * Uses nothing but the page itself.
 */
final class ExtractionTextRenderer {

    private static final Set<String> DROPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
            "select", "option", "textarea", "button", "input", "map", "audio", "video");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "ul");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private ExtractionTextRenderer() {
    }

    /** The page's visible text, paragraphs separated by a blank line. */
    static String render(String html) {
        Element body = Jsoup.parse(html).body();
        Writer writer = new Writer();
        body.traverse(writer);
        return writer.text();
    }

    /** Walks the tree and writes text, keeping pending breaks until the next visible text. */
    private static final class Writer implements NodeVisitor {

        private static final int NONE = 0;
        private static final int CELL = 1;
        private static final int LINE = 2;
        private static final int PARAGRAPH = 3;

        private final StringBuilder out = new StringBuilder();
        private int pending = NONE;
        private int skipDepth = 0;
        private int preDepth = 0;
        private boolean spaceBefore = false;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                open(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (node instanceof Element e) {
                close(e);
            }
        }

        private void open(Element e) {
            String tag = e.normalName();
            if (isHidden(e, tag)) {
                skipDepth = 1;
                return;
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            if (BLOCKS.contains(tag)) {
                breakAtLeast(PARAGRAPH);
            } else if (tag.equals("br")) {
                breakAtLeast(LINE);
            } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                breakAtLeast(CELL);
            }
        }

        private void close(Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (BLOCKS.contains(tag)) {
                breakAtLeast(PARAGRAPH);
            }
        }

        private static boolean isHidden(Element e, String tag) {
            if (DROPPED.contains(tag) || e.hasAttr("hidden")) {
                return true;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("display:none") || style.contains("visibility:hidden");
        }

        private void breakAtLeast(int kind) {
            pending = Math.max(pending, kind);
        }

        private void text(String raw) {
            if (preDepth > 0) {
                if (!raw.isEmpty()) {
                    flushBreak();
                    out.append(raw);
                }
                return;
            }
            String s = SPACES.matcher(raw).replaceAll(" ");
            if (s.isBlank()) {
                spaceBefore |= !s.isEmpty();
                return;
            }
            boolean leading = s.charAt(0) == ' ';
            boolean trailing = s.charAt(s.length() - 1) == ' ';
            if (pending != NONE && !out.isEmpty()) {
                flushBreak();
            } else if ((leading || spaceBefore) && !out.isEmpty()) {
                out.append(' ');
            }
            pending = NONE;
            out.append(s.strip());
            spaceBefore = trailing;
        }

        private void flushBreak() {
            if (!out.isEmpty() && pending != NONE) {
                out.append(switch (pending) {
                    case CELL -> "\t";
                    case LINE -> "\n";
                    default -> "\n\n";
                });
            }
            pending = NONE;
            spaceBefore = false;
        }

        String text() {
            return out.toString().strip() + "\n";
        }
    }
}
