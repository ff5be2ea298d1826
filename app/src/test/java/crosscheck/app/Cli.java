package crosscheck.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** The repository's root folder (Maven passes it; the module's parent otherwise). */
    static Path repoRoot() {
        String root = System.getProperty("crosscheck.repo.root");
        return (root == null || root.isBlank() ? Path.of("..") : Path.of(root)).toAbsolutePath().normalize();
    }

    /** {@code path} relative to the working directory, so that reports name files the same way on every machine. */
    static String relative(Path path) {
        return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath().normalize()).toString();
    }
}
