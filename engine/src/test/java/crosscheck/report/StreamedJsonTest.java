package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Report;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** report.json is written one article at a time, and is byte for byte what the whole tree gives. */
class StreamedJsonTest {

    @Test
    void streamedReportEqualsTheTreeWrittenWhole() throws IOException {
        Report report = RenderersTest.report();
        StringWriter streamed = new StringWriter();
        new JsonReportRenderer().render(report, streamed);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        String whole = new ObjectMapper().writer(printer).writeValueAsString(JsonReportRenderer.toTree(report)) + "\n";
        assertTrue(report.articles().size() > 0 && report.stories().size() > 0, "the sample has articles and stories");
        assertEquals(whole, streamed.toString());
    }
}
