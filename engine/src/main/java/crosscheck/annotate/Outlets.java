package crosscheck.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The well-known news outlets shipped with crosscheck ({@code news-outlets.txt}): each known by its name, its short
 * names and its web domains, so that "nytimes.com", "NYT" and "The New York Times" are one outlet; news agencies
 * (whose copy other outlets run) are marked. Names are compared normalised ({@link EntityAnnotator#normalise}).
 * Immutable and thread-safe.
 */
public final class Outlets {

    private static final String RESOURCE = "/crosscheck/annotate/news-outlets.txt";
    private static final Outlets STANDARD = read();

    private final Map<String, String> canonical;
    private final Set<String> agencies;

    private Outlets(Map<String, String> canonical, Set<String> agencies) {
        this.canonical = Map.copyOf(canonical);
        this.agencies = Set.copyOf(agencies);
    }

    /** The shipped list. */
    public static Outlets standard() {
        return STANDARD;
    }

    /** Every normalised name, short name and domain of the listed outlets. */
    public Set<String> names() {
        return canonical.keySet();
    }

    /** The outlet's name as reports show it, for any of its names or domains (normalised or not), or null. */
    public String canonical(String name) {
        String n = EntityAnnotator.normalise(name);
        String found = canonical.get(n);
        if (found == null && n.startsWith("www ")) {
            found = canonical.get(n.substring(4));
        }
        return found;
    }

    /** True when the name (any of its forms) is a news agency's: Reuters, The Associated Press, AFP, UPI, … */
    public boolean isAgency(String name) {
        String c = canonical(name);
        return c != null && agencies.contains(c);
    }

    private static Outlets read() {
        Map<String, String> canonical = new HashMap<>();
        Set<String> agencies = new HashSet<>();
        try (InputStream in = Outlets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of news outlets is missing from the jar: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                String name = fields[0].strip();
                for (String f : fields) {
                    f = f.strip();
                    if (f.equals("[agency]")) {
                        agencies.add(name);
                    } else if (!f.isEmpty()) {
                        canonical.putIfAbsent(EntityAnnotator.normalise(f), name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Outlets(canonical, agencies);
    }
}
