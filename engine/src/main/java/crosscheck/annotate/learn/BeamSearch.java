package crosscheck.annotate.learn;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
     *
     * <p>The beam lives in arrays, best first: each token's kept labels and, for each, the place in the token before's
     * beam of the hypothesis it extends. The candidates of a token are made hypothesis by hypothesis, label by label,
     * and each goes in after every kept one that scores at least as high, so among equal scores the earlier stays
     * first (as a stable sort would give them).
     */
    public static int[] search(int n, int labels, int width, Scores scores, int @Nullable [] gold) {
        int[] kept = new int[Math.max(1, n) * width];
        int[] from = new int[kept.length];
        Beam beam = new Beam(width);
        Beam next = new Beam(width);
        beam.size = 1;
        beam.label[0] = -1;
        beam.beforeLast[0] = -1;
        beam.score[0] = 0;
        beam.gold[0] = true;
        for (int i = 0; i < n; i++) {
            if ((i & CHECK_EVERY) == 0) {
                crosscheck.internal.Deadline.check();
            }
            float[] base = scores.base(i);
            next.size = 0;
            for (int h = 0; h < beam.size; h++) {
                int label = beam.label[h];
                float[] history = scores.history(i, label, beam.beforeLast[h]);
                for (int k = 0; k < labels; k++) {
                    if (scores.allowed(k, label)) {
                        next.offer(h, k, label, beam.score[h] + base[k] + history[k],
                                gold != null && beam.gold[h] && k == gold[i]);
                    }
                }
            }
            if (next.size == 0) {
                throw new IllegalStateException("no label may follow at token " + i);
            }
            System.arraycopy(next.label, 0, kept, i * width, next.size);
            System.arraycopy(next.from, 0, from, i * width, next.size);
            Beam t = beam;
            beam = next;
            next = t;
            if (gold != null && !beam.anyGold()) {
                return path(kept, from, width, i, n);
            }
        }
        return path(kept, from, width, n - 1, n);
    }

    /** The hypotheses kept at one token, best first, in parallel arrays. */
    private static final class Beam {
        final int[] label;
        final int[] beforeLast;
        final int[] from;
        final double[] score;
        final boolean[] gold;
        int size;

        Beam(int width) {
            label = new int[width];
            beforeLast = new int[width];
            from = new int[width];
            score = new double[width];
            gold = new boolean[width];
        }

        /** Keeps the candidate if it is among the best: after every kept one scoring at least as high. */
        void offer(int previous, int k, int previousLabel, double s, boolean isGold) {
            int width = label.length;
            int at = size;
            while (at > 0 && score[at - 1] < s) {
                at--;
            }
            if (at >= width) {
                return;
            }
            int move = Math.min(size, width - 1) - at;
            if (move > 0) {
                System.arraycopy(label, at, label, at + 1, move);
                System.arraycopy(beforeLast, at, beforeLast, at + 1, move);
                System.arraycopy(from, at, from, at + 1, move);
                System.arraycopy(score, at, score, at + 1, move);
                System.arraycopy(gold, at, gold, at + 1, move);
            }
            label[at] = k;
            beforeLast[at] = previousLabel;
            from[at] = previous;
            score[at] = s;
            gold[at] = isGold;
            size = Math.min(size + 1, width);
        }

        boolean anyGold() {
            for (int h = 0; h < size; h++) {
                if (gold[h]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The labels of the best hypothesis at token {@code at}, followed back to the start; -1 after {@code at}. */
    private static int[] path(int[] kept, int[] from, int width, int at, int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        int h = 0;
        for (int j = at; j >= 0; j--) {
            out[j] = kept[j * width + h];
            h = from[j * width + h];
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
