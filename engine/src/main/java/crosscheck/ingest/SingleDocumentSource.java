package crosscheck.ingest;

import crosscheck.core.DocumentFormat;
import crosscheck.core.DocumentHints;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import crosscheck.core.RawDocument;
import crosscheck.core.ReadOptions;
import crosscheck.core.Source;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/** A file that holds one document: read whole (within the size limit), decoded, returned once. */
final class SingleDocumentSource implements Source {

    private final InputFile file;
    private final DocumentFormat format;
    private final ReadOptions options;
    private final Consumer<Problem> problems;
    private boolean done;

    SingleDocumentSource(InputFile file, DocumentFormat format, ReadOptions options, Consumer<Problem> problems) {
        this.file = file;
        this.format = format;
        this.options = options;
        this.problems = problems;
    }

    @Override
    public Optional<RawDocument> next() throws IOException {
        if (done) {
            return Optional.empty();
        }
        done = true;
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = Inputs.readAll(in, options.maxDocumentBytes());
        }
        SourceRef where = SourceRef.of(file.name());
        String text = TextDecoder.decode(bytes, null, format == DocumentFormat.HTML, where, problems);
        return Optional.of(new RawDocument(file.idBase(), where, format, text, DocumentHints.none()));
    }
}
