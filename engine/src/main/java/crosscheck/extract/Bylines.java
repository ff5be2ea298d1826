package crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byline into its authors: "Dan Roe and Tom Poe" → [Dan Roe, Tom Poe]; "Ana Ruiz, Political Editor" →
 * [Ana Ruiz]; "By Jo Lee, Kestrel Wire" keeps the agency out when it is not a person's name. Roles, desks and
 * agencies are recognised by their words, not by a list of names.
 */
public final class Bylines {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern PREFIX = Pattern.compile("^(?i:by|written by|words by|reporting by|von|par|por)\\s+");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(editor|reporter|correspondent|writer|staff|contributor|columnist|journalist|producer|"
                    + "desk|bureau|team|newsroom|intern|analyst|photographer|news|wire|press|agency|times|post|"
                    + "herald|gazette|radio|media|service|network|journal|tribune|observer|courier|ledger)\\b");

    private static final Pattern PARTICLE = Pattern.compile("de|la|le|van|von|der|den|da|di|du|del|dos|bin|al|el|ter");

    private Bylines() {
    }

    /** The byline without a leading "By", "Written by", …; null stays null. */
    public static @Nullable String withoutPrefix(@Nullable String byline) {
        return byline == null ? null : PREFIX.matcher(byline.strip()).replaceFirst("");
    }

    /** The authors named in a byline, in order, without roles and outlets; empty for null or blank. */
    public static List<String> authors(@Nullable String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(PREFIX.matcher(byline.strip()).replaceFirst(""))) {
            String name = part.strip();
            if (isName(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** Two to five words, each starting with a capital (particles like "de" and "van" allowed), no role word. */
    private static boolean isName(String s) {
        if (s.isEmpty() || ROLE.matcher(s).find()) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalised = 0;
        int particles = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            } else if (PARTICLE.matcher(w).matches()) {
                particles++;
            }
        }
        return capitalised >= 2 && capitalised + particles == words.length;
    }
}
