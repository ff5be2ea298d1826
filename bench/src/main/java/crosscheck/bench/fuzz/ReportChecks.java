package crosscheck.bench.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that each rendered report file is valid for its format: every file strict UTF-8; {@code report.json}
 * parses as JSON; {@code actors.gexf} (and any {@code .xml}) is well-formed XML; {@code report.html} parses and
 * holds no script (no {@code <script>} element, no {@code on…} attribute, no {@code javascript:} link). The JSON
 * Schema check needs the engine's test helpers and is made by the tests.
 */
public final class ReportChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportChecks() {
    }

    /** A rendered file that is not valid for its format. */
    public static final class InvalidOutput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidOutput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Checks each file by its name's extension; throws {@link InvalidOutput} on the first invalid one. */
    public static void check(Map<String, byte[]> files) {
        files.forEach(ReportChecks::check);
    }

    /** Checks one file by its name's extension. */
    public static void check(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidOutput(name + " is not valid UTF-8", e);
        }
        try {
            if (name.endsWith(".json")) {
                JSON.readTree(bytes);
            } else if (name.endsWith(".gexf") || name.endsWith(".xml")) {
                parseXml(bytes);
            } else if (name.endsWith(".html")) {
                checkHtml(text);
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new InvalidOutput(name + " is not valid for its format: " + e.getMessage(), e);
        }
    }

    private static void parseXml(byte[] bytes) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        builder.parse(new ByteArrayInputStream(bytes));
    }

    private static void checkHtml(String text) {
        Document doc = Jsoup.parse(text);
        if (!doc.select("script").isEmpty()) {
            throw new InvalidOutput("report.html holds a <script> element", null);
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().trim().toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on") || value.startsWith("javascript:")) {
                    throw new InvalidOutput("report.html holds a script in <" + e.tagName() + " " + a.getKey()
                            + ">", null);
                }
            }
        }
    }
}
