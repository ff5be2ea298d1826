package crosscheck.ingest;

import crosscheck.core.InputFile;
import crosscheck.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands the paths a user gave into input files: files as they are, folders recursively (hidden files and folders
 * skipped), and glob patterns ({@code examples/*.txt}, {@code crawl/**.warc.gz}) that the shell did not expand.
 * Files come out sorted within each argument, each file once, with unique id bases.
 */
public final class InputFiles {

    /**
     * The files found and the arguments that named nothing readable.
     *
     * @param files    the input files, in order
     * @param problems one error per argument that named nothing, one warning per renamed id
     */
    public record Expansion(List<InputFile> files, List<Problem> problems) {
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    private InputFiles() {
    }

    /** Expands the arguments. */
    public static Expansion expand(List<String> arguments) {
        return expand(arguments, java.util.Set.of());
    }

    /**
     * Expands the arguments, giving no file an id base in {@code taken} (compared ignoring case): the id bases of an
     * earlier analysis's articles, so that an added file named like one of them gets {@code name~2}, with a warning.
     */
    public static Expansion expand(List<String> arguments, java.util.Set<String> taken) {
        Map<Path, String> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String argument : arguments) {
            try {
                List<Path> paths = expandOne(argument, problems);
                if (paths.isEmpty()) {
                    problems.add(new Problem(Problem.Severity.ERROR, "no-such-input", describeMissing(argument),
                            argument));
                }
                for (Path p : paths) {
                    found.putIfAbsent(p.toAbsolutePath().normalize(), FileNames.display(p));
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(Problem.Severity.ERROR, "unreadable-input",
                        "cannot list: " + message(e), argument));
            } catch (java.nio.file.InvalidPathException e) {
                // Without a locale Java cannot even form a path from a name with non-ASCII characters.
                problems.add(new Problem(Problem.Severity.ERROR, "no-such-input", argument.indexOf('\uFFFD') >= 0
                        ? undecodable() : "not a file name Java can use (" + e.getReason() + ")", argument));
            }
        }
        return new Expansion(assignIds(found, taken, problems), problems);
    }

    private static String describeMissing(String argument) {
        Path p = Path.of(argument);
        if (isGlob(argument) && !Files.exists(p)) {
            return "the pattern matches no file";
        }
        if (Files.isDirectory(p)) {
            return "the folder holds no files";
        }
        return argument.indexOf('\uFFFD') >= 0 ? undecodable() : "no such file or folder";
    }

    /** Why a name the JVM could not decode from the command line names no file. */
    private static String undecodable() {
        String encoding = System.getProperty("sun.jnu.encoding", "?");
        return "no such file or folder (the name holds bytes that are not valid " + encoding + ", so Java cannot "
                + "open it by that name: give the folder that holds it"
                + (encoding.toUpperCase(Locale.ROOT).startsWith("UTF") ? "" : ", or run under a UTF-8 locale "
                + "such as LANG=C.UTF-8") + ")";
    }

    private static List<Path> expandOne(String argument, List<Problem> problems) throws IOException {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return walk(path, p -> true, problems);
        }
        if (Files.exists(path)) {
            return List.of(path);
        }
        if (!isGlob(argument)) {
            return List.of();
        }
        Path base = globBase(argument);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
        return walk(base, matcher::matches, problems);
    }

    /** The regular files under {@code root}, sorted; a folder that cannot be read is reported and passed over. */
    private static List<Path> walk(Path root, java.util.function.Predicate<Path> accept, List<Problem> problems)
            throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                                                   java.nio.file.attribute.BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(root, dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (isHidden(root, file) || !accept.test(file)) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(file);
                } else {
                    String kind = specialKind(file);
                    if (kind != null) {
                        problems.add(notRegular(kind, file.toString()));
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new Problem(Problem.Severity.ERROR, "unreadable-input",
                        "cannot read: " + message(e) + "; passed over", FileNames.display(file)));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /**
     * What a path is when it is neither a regular file nor a folder, following links: {@code "a named pipe"},
     * {@code "a socket"}, {@code "a character device"}, {@code "a block device"}, {@code "a special file"}; null
     * for a regular file, a folder, or a path that does not exist. Reading a named pipe would block and a device
     * such as {@code /dev/zero} never ends, so such paths are never opened.
     */
    public static @org.jspecify.annotations.Nullable String specialKind(Path path) {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        if (attrs.isRegularFile() || attrs.isDirectory()) {
            return null;
        }
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            switch (type) {
                case 0010000: return "a named pipe";
                case 0140000: return "a socket";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                default: return "a special file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** The error for a path that is not a regular file: it is skipped, never opened. */
    public static Problem notRegular(String kind, String location) {
        return new Problem(Problem.Severity.ERROR, "not-a-file", "not a regular file (" + kind + "); skipped",
                location);
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /** The longest leading part of a pattern that holds no glob characters. */
    static Path globBase(String pattern) {
        Path p = Path.of(pattern.replaceAll("[*?\\[{].*$", "x"));
        Path parent = p.getParent();
        if (pattern.startsWith("/") && parent == null) {
            return Path.of("/");
        }
        return parent == null ? Path.of("") : parent;
    }

    private static List<InputFile> assignIds(Map<Path, String> found, java.util.Set<String> taken,
                                             List<Problem> problems) {
        java.util.Set<String> used = new java.util.HashSet<>();
        taken.forEach(t -> used.add(t.toLowerCase(Locale.ROOT)));
        List<InputFile> files = new ArrayList<>();
        for (Map.Entry<Path, String> e : found.entrySet()) {
            String base = idBase(FileNames.display(e.getKey().getFileName()));
            String id = base;
            for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
                id = base + "~" + n;
            }
            if (!id.equals(base)) {
                boolean earlier = taken.stream().anyMatch(t -> t.equalsIgnoreCase(base));
                problems.add(new Problem(Problem.Severity.WARNING, "duplicate-id", (earlier
                        ? "the earlier analysis already has articles named '" : "another input is also named '")
                        + base + "'; its articles get the id '" + id + "'", e.getValue()));
            }
            files.add(new InputFile(e.getKey(), e.getValue(), id));
        }
        return files;
    }

    /** The file name without {@code .gz} and then without its last extension: {@code crawl.warc.gz} → {@code crawl}. */
    public static String idBase(String fileName) {
        String name = CONTROL.matcher(fileName).replaceAll("_").replace('#', '_');
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
