package crosscheck.annotate.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Left-to-right beam search over label sequences whose score is a sum of per-token scores, each depending on the
 * token and on the two labels before it: the decoding the taggers share, and the search their trainers run for
 * the structured perceptron with early update (Collins and Roark 2004): when the gold sequence's prefix falls out
 * of the beam, training stops there and updates on the prefixes. Stateless.
 */
public final class BeamSearch {

    /** Per-token scores. */
    public interface Scores {
        /** The scores of each label at token {@code i} from what does not depend on earlier labels. */
        float[] base(int i);

        /** The scores of each label at token {@code i} from the two labels before it (-1: before the start). */
        float[] history(int i, int previous, int beforePrevious);

        /** Whether {@code label} may follow {@code previous} (-1: the start). */
        boolean allowed(int label, int previous);
    }

    private record Hypothesis(Hypothesis previous, int label, int beforeLast, double score, boolean gold) {
    }

    /** A mask: the document's deadline is checked every 256 tokens ({@link crosscheck.internal.Deadline}). */
    private static final int CHECK_EVERY = 255;

    private BeamSearch() {
    }

    /** The best sequence the beam of {@code width} finds for {@code n} tokens. */
    public static int[] best(int n, int labels, int width, Scores scores) {
        return search(n, labels, width, scores, null);
    }

    /**
     * As {@link #best}, following the gold sequence: when no hypothesis in the beam agrees with gold up to token i,
     * returns the best hypothesis up to i and -1 after it.
     */
    public static int[] search(int n, int labels, int width, Scores scores, int[] gold) {
        List<Hypothesis> beam = List.of(new Hypothesis(null, -1, -1, 0, true));
        for (int i = 0; i < n; i++) {
            if ((i & CHECK_EVERY) == 0) {
                crosscheck.internal.Deadline.check();
            }
            float[] base = scores.base(i);
            List<Hypothesis> next = new ArrayList<>(beam.size() * labels);
            for (Hypothesis h : beam) {
                float[] history = scores.history(i, h.label, h.beforeLast);
                for (int k = 0; k < labels; k++) {
                    if (scores.allowed(k, h.label)) {
                        next.add(new Hypothesis(h, k, h.label, h.score + base[k] + history[k],
                                gold != null && h.gold && k == gold[i]));
                    }
                }
            }
            beam = top(next, width);
            if (gold != null && beam.stream().noneMatch(Hypothesis::gold)) {
                return path(beam.get(0), i, n);
            }
        }
        return path(beam.get(0), n - 1, n);
    }

    /**
     * The {@code width} best hypotheses, best first; among equal scores the earlier one first (as a stable sort
     * would give them).
     */
    private static List<Hypothesis> top(List<Hypothesis> all, int width) {
        List<Hypothesis> out = new ArrayList<>(width + 1);
        for (Hypothesis h : all) {
            int at = out.size();
            while (at > 0 && out.get(at - 1).score < h.score) {
                at--;
            }
            if (at < width) {
                out.add(at, h);
                if (out.size() > width) {
                    out.remove(width);
                }
            }
        }
        return out;
    }

    private static int[] path(Hypothesis last, int at, int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        Hypothesis h = last;
        for (int j = at; j >= 0; j--) {
            out[j] = h.label;
            h = h.previous;
        }
        return out;
    }

    /**
     * The BIO rule as a table: {@code [label][previous + 1]} is false where an "I-X" label would follow anything
     * but "B-X" or "I-X" (previous -1: the start). Labels without a prefix may follow anything.
     */
    public static boolean[][] bioTransitions(String[] labels) {
        boolean[][] allowed = new boolean[labels.length][labels.length + 1];
        for (int k = 0; k < labels.length; k++) {
            for (int p = -1; p < labels.length; p++) {
                String prev = p < 0 ? "" : labels[p];
                allowed[k][p + 1] = !labels[k].startsWith("I-")
                        || prev.length() > 2 && prev.substring(2).equals(labels[k].substring(2));
            }
        }
        return allowed;
    }

    /** The label's name, or "<s>" for -1 (before the start). */
    public static String label(String[] labels, int label) {
        return label < 0 ? "<s>" : labels[label];
    }

    /** The length of the prefix a search returned (up to its first -1). */
    public static int prefix(int[] sequence) {
        for (int i = 0; i < sequence.length; i++) {
            if (sequence[i] < 0) {
                return i;
            }
        }
        return sequence.length;
    }
}
