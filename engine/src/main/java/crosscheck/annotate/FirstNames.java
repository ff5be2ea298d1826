package crosscheck.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * First names by gender, read once from {@code first-name-genders.txt}: the names Datafaker's locale files list under
 * one gender only, written by the bench's {@code name-genders}. A name listed as both ("Andrea") is not in it.
 */
public final class FirstNames {

    static final String RESOURCE = "/crosscheck/annotate/first-name-genders.txt";
    private static final Map<String, String> GENDER = read();

    private FirstNames() {
    }

    /** "m" or "f" for a first name in lower case, or null when the list does not know it or lists it as both. */
    public static @Nullable String gender(String lowerCaseFirstName) {
        return GENDER.get(lowerCaseFirstName);
    }

    private static Map<String, String> read() {
        Map<String, String> genders = new HashMap<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of first names is missing from the jar: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    genders.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(genders);
    }
}
