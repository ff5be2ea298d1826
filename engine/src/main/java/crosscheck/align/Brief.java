package crosscheck.align;

import crosscheck.core.CrossCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A short account of a story in which every sentence cites the articles it rests on: the claims with the most
 * independent origins first, then the open conflicts and denials, then figures that only seem to disagree, then the
 * claims that many outlets repeat from one origin, each marked as such. A claim is given in the words of its
 * earliest article.
 */
final class Brief {

    static final int MAX_CORROBORATED = 4;
    static final int MAX_SINGLE_ORIGIN = 3;

    /** "did not respond to requests for comment", "declined to comment": that someone said nothing, not a fact. */
    static final java.util.regex.Pattern NON_RESPONSE = java.util.regex.Pattern.compile(
            "\\b(did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|declined to|could not be|not immediately|"
                    + "no)\\s+(immediately\\s+)?(respond|return|reply|comment|answer|be reached|commented)|"
                    + "\\bdeclined\\s+(requests?\\s+for\\s+|to\\s+)?comment|\\bno comment\\b|"
                    + "\\bneither\\b.{0,100}?\\b(responded|commented|replied|returned)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private Brief() {
    }

    static List<CrossCheck.BriefSentence> build(List<CrossCheck.Claim> claims, List<CrossCheck.Conflict> conflicts) {
        List<CrossCheck.BriefSentence> out = new ArrayList<>();
        claims.stream()
                .filter(c -> c.status().equals("corroborated") && !NON_RESPONSE.matcher(c.text()).find())
                .sorted((a, b) -> b.independentOrigins() != a.independentOrigins()
                        ? b.independentOrigins() - a.independentOrigins() : b.articles().size() - a.articles().size())
                .limit(MAX_CORROBORATED)
                .forEach(c -> out.add(new CrossCheck.BriefSentence(c.text() + " [corroborated: "
                        + c.independentOrigins() + " independent sources: " + names(c) + "]", c.articles(),
                        "corroborated", c.id())));
        for (CrossCheck.Conflict k : conflicts) {
            if (k.verdict().equals("conflict") || k.verdict().equals("denied")) {
                out.add(new CrossCheck.BriefSentence(k.explanation(), k.articles(),
                        k.kind().equals("denial") ? "denied" : "conflict", k.claims().isEmpty() ? null
                        : k.claims().get(0)));
            }
        }
        for (CrossCheck.Conflict k : conflicts) {
            if (k.verdict().equals("grew") || k.verdict().equals("consistent")) {
                out.add(new CrossCheck.BriefSentence(k.explanation(), k.articles(), "consistent",
                        k.claims().isEmpty() ? null : k.claims().get(0)));
            }
        }
        int single = 0;
        for (CrossCheck.Claim c : claims) {
            if (single == MAX_SINGLE_ORIGIN) {
                break;
            }
            boolean repeated = c.articles().size() >= 2;
            if (NON_RESPONSE.matcher(c.text()).find()) {
                continue;
            }
            if (c.status().equals("single-origin") && (repeated || out.isEmpty() && single == 0)) {
                out.add(new CrossCheck.BriefSentence(c.text() + " [single origin: " + names(c)
                        + (repeated ? ", repeated by " + crosscheck.annotate.Outlets.count(c.outlets(),
                        c.articles()::contains) : "") + "]", c.articles(), "single-origin", c.id()));
                single++;
            }
        }
        return out;
    }

    private static String names(CrossCheck.Claim c) {
        List<String> names = new ArrayList<>();
        c.origins().forEach(o -> names.add(o.name()));
        return String.join(", ", names);
    }
}
