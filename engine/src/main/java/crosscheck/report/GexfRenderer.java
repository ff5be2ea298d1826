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
 * {@code articles} with their ids). Text is written through an XML stream writer, so names are escaped.
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
            x.writeCharacters("crosscheck " + report.version());
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
                    x.writeAttribute("id", s.id() + ":" + a.name());
                    x.writeAttribute("label", a.name());
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
                    x.writeAttribute("source", s.id() + ":" + r.source());
                    x.writeAttribute("target", s.id() + ":" + r.target());
                    x.writeAttribute("label", r.relation());
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
            x.writeAttribute("value", values[i]);
        }
        x.writeEndElement();
    }
}
