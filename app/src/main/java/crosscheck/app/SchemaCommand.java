package crosscheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck schema}: prints the JSON Schema of report.json. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema that describes report.json.",
        footer = {"%nExample:%n  crosscheck schema > report.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    /** Where the schema lives on the class path. */
    static final String RESOURCE = "/crosscheck/report/report.schema.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
