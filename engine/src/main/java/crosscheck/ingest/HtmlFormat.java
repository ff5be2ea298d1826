package crosscheck.ingest;

import crosscheck.core.DocumentFormat;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** An HTML page, one article a file. Recognised by its markup, or by its extension when it looks like text. */
public final class HtmlFormat implements SourceFormat {

    /** This format's name. */
    public static final String NAME = "html";

    private static final Pattern TAGS = Pattern.compile("<(html|head|body|div|p|article|meta|title)[\\s>]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sniff(String fileName, byte[] head) {
        if (Sniff.isBinary(head)) {
            return 0;
        }
        String text = Sniff.lowerText(head);
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return 80;
        }
        String ext = Sniff.extension(fileName);
        boolean htmlName = ext.equals("html") || ext.equals("htm") || ext.equals("xhtml");
        if (htmlName) {
            return 40;
        }
        return text.startsWith("<") && TAGS.matcher(text).find() ? 30 : 0;
    }

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) {
        return new SingleDocumentSource(file, DocumentFormat.HTML, options, problems);
    }
}
