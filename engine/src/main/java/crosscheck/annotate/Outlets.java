package crosscheck.annotate;

import crosscheck.core.Article;
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
import org.jspecify.annotations.Nullable;

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

    /**
     * The outlet's name as reports show it, for any of its names or domains (normalised or not), or null. A domain
     * is known with any subdomain ({@code www.nytimes.com}, {@code edition.cnn.com}) and a URL by its host.
     */
    public @Nullable String canonical(String name) {
        String n = EntityAnnotator.normalise(name);
        String found = canonical.get(n);
        if (found != null) {
            return found;
        }
        String host = host(name);
        if (host != null) {
            for (int dot = host.indexOf('.'); found == null && dot >= 0 && host.indexOf('.', dot + 1) > 0;
                 dot = host.indexOf('.', dot + 1)) {
                found = canonical.get(EntityAnnotator.normalise(host.substring(dot + 1)));
            }
        }
        return found;
    }

    /** The outlet's name as reports show it: the listed name for any of its names or domains, else as given. */
    public String displayName(String outlet) {
        String listed = canonical(outlet);
        return listed != null ? listed : outlet.strip();
    }

    /** The article's outlet as reports show it ({@link #displayName}), or null when the article names none. */
    public static @Nullable String nameOf(Article a) {
        return a.outlet() == null || a.outlet().isBlank() ? null : STANDARD.displayName(a.outlet());
    }

    /** How reports name an article's outlet: its name, or "unknown outlet (file ID)" when it has none. */
    public static String labelOf(Article a) {
        String name = nameOf(a);
        return name != null ? name : unknown(a.id());
    }

    /** "unknown outlet (file 002_7bd5)": an article whose outlet is not known, told apart by its id. */
    public static String unknown(String articleId) {
        return "unknown outlet (file " + articleId + ")";
    }

    /**
     * How reports show one of the outlet values of {@code report.json} (a claim's {@code outlets}, a side's
     * {@code outlet}): an outlet's name as it is, or, for an article's id (the value of an article whose outlet is
     * unknown), "unknown outlet (file ID)".
     */
    public static String label(String value, java.util.Map<String, Article> byId) {
        Article a = byId.get(value);
        return a != null && nameOf(a) == null ? unknown(value) : value;
    }

    /** The values of {@link #label}, joined by ", ". */
    public static String labels(java.util.Collection<String> values, java.util.Map<String, Article> byId) {
        return String.join(", ", values.stream().map(v -> label(v, byId)).toList());
    }

    /**
     * How many outlets the values name, with the articles of unknown outlet counted apart: "3 outlets", "1 outlet
     * and 2 articles of unknown outlet", "1 article of unknown outlet".
     */
    public static String count(java.util.Collection<String> values, java.util.Map<String, Article> byId) {
        return count(values, v -> byId.get(v) != null && nameOf(byId.get(v)) == null);
    }

    /** {@link #count(java.util.Collection, java.util.Map)} with the values of unknown outlet told by {@code unknown}. */
    public static String count(java.util.Collection<String> values, java.util.function.Predicate<String> unknown) {
        int unknownCount = (int) values.stream().filter(unknown).count();
        int known = values.size() - unknownCount;
        String u = unknownCount + (unknownCount == 1 ? " article" : " articles") + " of unknown outlet";
        String k = known + (known == 1 ? " outlet" : " outlets");
        return unknownCount == 0 ? k : known == 0 ? u : k + " and " + u;
    }

    /** The lower-case host of a URL or of a bare domain ({@code nytimes.com}), or null for anything else. */
    private static @Nullable String host(String name) {
        String s = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("http://") || s.startsWith("https://")) {
            try {
                s = java.net.URI.create(s).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (s == null) {
                return null;
            }
        }
        return DOMAIN.matcher(s).matches() ? s : null;
    }

    private static final java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+\\.?");

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
