package crosscheck.ingest;

import crosscheck.core.InputFile;
import crosscheck.core.SourceFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The input formats: those found with {@link ServiceLoader} (this module's own, and plug-ins on the class path).
 * Immutable once built; thread-safe.
 */
public final class FormatRegistry {

    private final Map<String, SourceFormat> formats;

    private FormatRegistry(List<SourceFormat> formats) {
        Map<String, SourceFormat> byName = new TreeMap<>();
        for (SourceFormat f : formats) {
            SourceFormat old = byName.putIfAbsent(f.name(), f);
            if (old != null && old.getClass() != f.getClass()) {
                throw new IllegalArgumentException("two input formats are named '" + f.name() + "': "
                        + old.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        this.formats = Collections.unmodifiableMap(byName);
    }

    /** The formats that {@link ServiceLoader} finds. */
    public static FormatRegistry load() {
        List<SourceFormat> found = new ArrayList<>();
        ServiceLoader.load(SourceFormat.class, FormatRegistry.class.getClassLoader()).forEach(found::add);
        return new FormatRegistry(found);
    }

    /** Exactly the given formats. */
    public static FormatRegistry of(List<SourceFormat> formats) {
        return new FormatRegistry(formats);
    }

    /** The names of the formats, sorted. */
    public List<String> names() {
        return List.copyOf(formats.keySet());
    }

    /**
     * The format called {@code name}.
     *
     * @throws IllegalArgumentException naming the available formats when there is none
     */
    public SourceFormat byName(String name) {
        SourceFormat f = formats.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown input format '" + name + "'; available: "
                    + String.join(", ", names()));
        }
        return f;
    }

    /** The format that reads this file best, judged by {@link SourceFormat#sniff}, or empty when none does. */
    public Optional<SourceFormat> detect(InputFile file, byte[] head) {
        SourceFormat best = null;
        int bestScore = 0;
        for (SourceFormat f : formats.values()) {
            int score = f.sniff(file.path().getFileName().toString(), head);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Reads the head of a file and detects its format. */
    public Optional<SourceFormat> detect(InputFile file) throws IOException {
        return detect(file, Inputs.head(file));
    }
}
