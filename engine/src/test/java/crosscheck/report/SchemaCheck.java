package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates reports against the JSON Schema that ships in the engine jar. */
public final class SchemaCheck {

    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/crosscheck/report/report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every validation message when the report does not match the schema. */
    public static void assertValid(JsonNode report) {
        Set<ValidationMessage> errors = SCHEMA.validate(report);
        assertTrue(errors.isEmpty(), "report.json does not match its schema: " + errors);
    }
}
