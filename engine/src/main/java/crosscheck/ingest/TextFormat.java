package crosscheck.ingest;

import crosscheck.core.DocumentFormat;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceFormat;
import java.util.function.Consumer;

/** Plain text, one article a file: the fallback for any file that looks like text. */
public final class TextFormat implements SourceFormat {

    /** This format's name. */
    public static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sniff(String fileName, byte[] head) {
        if (Sniff.isBinary(head)) {
            return 0;
        }
        String ext = Sniff.extension(fileName);
        return ext.equals("txt") || ext.equals("text") ? 20 : 10;
    }

    @Override
    public Source open(InputFile file, ReadOptions options, Consumer<Problem> problems) {
        return new SingleDocumentSource(file, DocumentFormat.TEXT, options, problems);
    }
}
