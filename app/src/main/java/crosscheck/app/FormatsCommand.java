package crosscheck.app;

import crosscheck.ingest.FormatRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck formats}: the input formats this build reads. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the input formats this build reads (plug-ins included).",
        footer = {"%nExample:%n  crosscheck formats"})
final class FormatsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FormatRegistry.load().names().forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
