package crosscheck.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt file that apply to one crawler, as RFC 9309 reads them: the groups whose
 * {@code user-agent} line names the crawler's product token (case-insensitively) or, when none does, the
 * {@code *} groups; of their {@code allow} and {@code disallow} rules the longest matching path wins, and
 * {@code allow} wins a tie; {@code *} matches any characters and a final {@code $} the end of the path. An empty
 * {@code disallow} allows everything. Lines that are not rules are ignored. Immutable and thread-safe.
 */
public final class RobotsTxt {

    /** Bytes of a robots.txt file read; RFC 9309 asks crawlers to read at least 500 KiB. */
    public static final int MAX_BYTES = 512 * 1024;

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Everything allowed: no robots.txt (a 4xx answer). */
    public static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    /** Everything disallowed: robots.txt could not be read (a 5xx answer, no connection), as RFC 9309 says. */
    public static RobotsTxt disallowAll() {
        return new RobotsTxt(List.of(new Rule(false, "/")));
    }

    /**
     * Parses a robots.txt file for the crawler whose product token is {@code agent} (such as {@code crosscheck}).
     */
    public static RobotsTxt parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean foundMine = false;
        boolean inAgents = false; // the previous line was a user-agent line: consecutive ones form one group
        boolean groupMine = false;
        boolean groupStar = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupMine = false;
                    groupStar = false;
                }
                inAgents = true;
                String name = value.toLowerCase(Locale.ROOT);
                if (name.equals("*")) {
                    groupStar = true;
                } else if (!name.isEmpty() && (name.equals(token) || productToken(name).equals(token))) {
                    groupMine = true;
                    foundMine = true;
                }
                continue;
            }
            boolean allow = key.equals("allow");
            if (!allow && !key.equals("disallow")) {
                if (!key.equals("sitemap")) {
                    inAgents = false; // other lines (crawl-delay, ...) end the user-agent lines too
                }
                continue;
            }
            inAgents = false;
            if (value.isEmpty()) {
                continue; // an empty disallow allows everything
            }
            Rule rule = new Rule(allow, normalise(value));
            if (groupMine) {
                mine.add(rule);
            }
            if (groupStar) {
                star.add(rule);
            }
        }
        return new RobotsTxt(foundMine ? mine : star);
    }

    /** The product token of a user-agent value ({@code crosscheck/1.0} → {@code crosscheck}). */
    private static String productToken(String name) {
        int slash = name.indexOf('/');
        return slash >= 0 ? name.substring(0, slash) : name;
    }

    /**
     * Whether the path (with its query, as in the request line: {@code /news/a?id=3}) may be fetched.
     */
    public boolean allowed(String path) {
        String p = normalise(path.isEmpty() ? "/" : path);
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), p) && (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow() && !best.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /** Percent-escapes in upper case, so {@code %2f} and {@code %2F} compare equal. */
    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                        .append(Character.toUpperCase(s.charAt(i + 2)));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the pattern ({@code *} any characters, a final {@code $} the end) matches the start of the path: the
     * usual greedy glob match with backtracking to the last {@code *}, in time linear in the product of the lengths
     * at worst (a hostile file of many stars cannot make it exponential).
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int p = 0;
        int s = 0;
        int star = -1;
        int mark = 0;
        while (s < path.length()) {
            if (p < pat.length() && pat.charAt(p) == '*') {
                star = p++;
                mark = s;
            } else if (p < pat.length() && pat.charAt(p) == path.charAt(s)) {
                p++;
                s++;
            } else if (star >= 0) {
                p = star + 1;
                s = ++mark;
            } else {
                return false;
            }
        }
        while (p < pat.length() && pat.charAt(p) == '*') {
            p++;
        }
        return p == pat.length();
    }
}
