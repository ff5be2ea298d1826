package crosscheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command line. Exit codes: 0 everything was read; 1 some inputs failed (the report was still
 * written); 2 bad usage or nothing readable; 3 an internal error; 4 another run is writing the same --out folder;
 * 5 another process is writing to the archive; 6 the archive cannot be opened or written.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a pile of news reports into a sourced, cross-checked account of each story.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ReportCommand.class, SearchCommand.class,
                WatchCommand.class, ExtractCommand.class, FormatsCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was read", "1:some inputs failed; the report was still written",
                "2:bad usage, or nothing readable", "3:internal error",
                "4:another crosscheck run is writing to --out; nothing written",
                "5:another process is writing to the archive (--store); nothing written",
                "6:the archive cannot be opened or written (a newer schema, a read-only folder, a full disk); "
                        + "every article counted as filed is kept, nothing is half-written"})
public final class Main implements Runnable {

    /** Some inputs failed. */
    public static final int EXIT_PARTIAL = 1;
    /** Bad usage or nothing readable. */
    public static final int EXIT_USAGE = 2;
    /** A bug. */
    public static final int EXIT_INTERNAL = 3;
    /** Another run holds the --out folder. */
    public static final int EXIT_BUSY = 4;
    /** Another process writes to the embedded archive. */
    public static final int EXIT_STORE_BUSY = 5;
    /** The archive cannot be opened or written. */
    public static final int EXIT_STORE = 6;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'crosscheck analyze "
                + "examples --out out', or 'crosscheck --help'");
    }

    public static void main(String[] args) {
        System.exit(run(args, Terminal.writer(System.out), Terminal.writer(System.err)));
    }

    /** Standard input, as the commands read it ('-', --urls -): replaced by tests. */
    private static final ThreadLocal<java.io.InputStream> STDIN = ThreadLocal.withInitial(() -> System.in);

    /** Standard input for the command running on this thread. */
    static java.io.InputStream stdin() {
        return STDIN.get();
    }

    /** Runs the command line with this standard input and returns its exit code. */
    static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        STDIN.set(in);
        try {
            return run(args, out, err);
        } finally {
            STDIN.remove();
        }
    }

    /** Runs the command line and returns its exit code, writing to the given streams. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                err.println(crosscheck.core.OneLine.of("crosscheck: " + e.getMessage()));
                return EXIT_USAGE;
            }
            err.println(crosscheck.core.OneLine.of("crosscheck: internal error: " + e));
            e.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            long maxMb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("crosscheck: out of memory (" + e.getMessage() + ") with a " + maxMb + " MiB heap; give "
                    + "the JVM more with CROSSCHECK_JAVA_OPTS=-Xmx" + Math.max(2, 2 * ((maxMb + 1023) / 1024))
                    + "g, or lower --max-articles, --threads or --max-document-size");
            return EXIT_INTERNAL;
        } catch (StackOverflowError e) {
            err.println("crosscheck: internal error: stack overflow; raise the stack with CROSSCHECK_JAVA_OPTS=-Xss16m");
            return EXIT_INTERNAL;
        }
    }

    /** The version from the build. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crosscheck " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    /** A usage error found while running (exit code 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
