package crosscheck.report;

import crosscheck.core.CrossCheck;
import crosscheck.core.Renderer;
import crosscheck.core.Report;
import crosscheck.core.Story;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code actors.gexf}: every story's actor graph as one GEXF 1.3 graph for Gephi. A node is an actor of one
 * story (id {@code s1:Elon Musk}, label the name, attributes {@code type}, {@code story}, {@code articles}); an edge
 * is a relation the story states (label the verb, weight the number of articles that state it, attribute
 * {@code articles} with their ids). Text is written through an XML stream writer, so names are escaped, and what
 * XML 1.0 cannot hold at all (control characters but tab and line breaks, U+FFFE, U+FFFF, lone surrogates) is
 * dropped from every name and value first: the stream writer would write it and make the file unreadable.
 */
public final class GexfRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace("http://gexf.net/1.3");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters(xml("crosscheck " + report.version()));
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters("Actors of each story and the relations the story states between them");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "directed");
            attributes(x, "node", new String[] {"type", "story", "articles"});
            attributes(x, "edge", new String[] {"articles"});
            x.writeStartElement("nodes");
            for (Story s : report.stories()) {
                for (CrossCheck.Actor a : s.check().actors().nodes()) {
                    x.writeStartElement("node");
                    x.writeAttribute("id", xml(s.id() + ":" + a.name()));
                    x.writeAttribute("label", xml(a.name()));
                    values(x, a.type(), s.id(), String.join(" ", a.articles()));
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int id = 0;
            for (Story s : report.stories()) {
                for (CrossCheck.Relation r : s.check().actors().edges()) {
                    x.writeStartElement("edge");
                    x.writeAttribute("id", "e" + id++);
                    x.writeAttribute("source", xml(s.id() + ":" + r.source()));
                    x.writeAttribute("target", xml(s.id() + ":" + r.target()));
                    x.writeAttribute("label", xml(r.relation()));
                    x.writeAttribute("weight", Integer.toString(r.articles().size()));
                    values(x, String.join(" ", r.articles()));
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the actor graph: " + e.getMessage(), e);
        }
    }

    /**
     * {@code s} without the characters XML 1.0 does not allow: controls other than tab, line feed and carriage
     * return, U+FFFE, U+FFFF and surrogates that are not half of a pair. Ingest has already replaced them in article
     * text; this keeps the file well-formed whatever reaches it.
     */
    static String xml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (allowed && out != null) {
                out.append(c);
                if (pair) {
                    out.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    private static void attributes(XMLStreamWriter x, String kind, String[] names) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", kind);
        for (int i = 0; i < names.length; i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", Integer.toString(i));
            x.writeAttribute("title", names[i]);
            x.writeAttribute("type", "string");
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, String... values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", Integer.toString(i));
            x.writeAttribute("value", xml(values[i]));
        }
        x.writeEndElement();
    }
}
