package crosscheck.internal;

/**
 * The caps that keep the work on one hostile document linear: how many combining marks one character may carry,
 * how long a token the statistical tokeniser is given, how many tokens one sentence may hold for the taggers. Each
 * is far above what real text in any script reaches, so real articles never meet them.
 */
public final class Bounds {

    /**
     * Combining marks kept on one base character. Real scripts stack at most four or five (Vietnamese two,
     * Devanagari and Tibetan clusters four); "Zalgo" text stacks thousands, and the JDK's {@code \b} walks back over
     * all of them at every position, which made a text of stacked marks quadratic.
     */
    public static final int MAX_COMBINING_MARKS = 8;

    /**
     * Characters of a whitespace-delimited token given to OpenNLP's tokeniser, which tries every split point of a
     * token and builds a context string for each (quadratic in the token's length). A longer run of non-space
     * characters (a page of 100,000 {@code <span>w</span>} flattens into one) is kept as one token.
     */
    public static final int MAX_TOKEN_CHARS = 100;

    /**
     * Tokens of one sentence given to a tagger at once: a longer "sentence" (a page with no full stop) is tagged in
     * pieces of this many tokens. News sentences hold 20 to 60 tokens; the longest in the training corpora about 200.
     */
    public static final int MAX_SENTENCE_TOKENS = 500;

    /**
     * Characters of one sentence that the tokenizer and the cross-check take as one sentence: a longer one (a page
     * with no full stop) is cut at spaces into pieces of at most this many, each then a sentence of its own. The
     * longest sentences of real news run to about a thousand characters.
     */
    public static final int MAX_SENTENCE_CHARS = 3_000;

    /**
     * Text blocks (HTML) or lines (plain text) of one page that the extractors score. A long live blog has a few
     * thousand; a page past this is generated, and the blocks after the first this many are not read.
     */
    public static final int MAX_BLOCKS = 5_000;

    private Bounds() {
    }

    /**
     * The text with every run of more than {@link #MAX_COMBINING_MARKS} combining marks (Unicode Mn, Mc, Me) cut to
     * that many; the same string when there is none.
     */
    public static String capCombiningMarks(String text) {
        StringBuilder out = null;
        int run = 0;
        int i = 0;
        int kept = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                run++;
                if (run > MAX_COMBINING_MARKS) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, kept, i);
                    kept = next;
                }
            } else {
                run = 0;
            }
            i = next;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, kept, text.length()).toString();
    }

    /**
     * The first {@link #MAX_BLOCKS} of a page's blocks, with a {@code too-many-blocks} warning when there are more.
     *
     * @param what what a block is, for the warning: "text blocks", "lines"
     */
    public static <T> java.util.List<T> capBlocks(java.util.List<T> blocks, String what,
                                                  crosscheck.core.SourceRef where,
                                                  java.util.List<crosscheck.core.Problem> problems) {
        if (blocks.size() <= MAX_BLOCKS) {
            return blocks;
        }
        problems.add(crosscheck.core.Problem.warning("too-many-blocks", where, "the document has " + blocks.size()
                + " " + what + "; only the first " + MAX_BLOCKS + " were read"));
        return new java.util.ArrayList<>(blocks.subList(0, MAX_BLOCKS));
    }

    /**
     * The sentence {@code [start, end)} of {@code text} as pieces of at most {@link #MAX_SENTENCE_CHARS} characters,
     * each {@code {start, end}}, cut after the last white space before the limit (at the limit, on a code-point
     * boundary, when there is none); the sentence itself as one piece when it is not longer.
     */
    public static java.util.List<int[]> sentencePieces(CharSequence text, int start, int end) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int from = start;
        while (end - from > MAX_SENTENCE_CHARS) {
            int cut = from + MAX_SENTENCE_CHARS;
            int space = cut;
            while (space > from && !Character.isWhitespace(text.charAt(space - 1))) {
                space--;
            }
            if (space > from) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            out.add(new int[] {from, cut});
            from = cut;
        }
        out.add(new int[] {from, end});
        return out;
    }

    /** The first code point that is a combining mark (U+0300): below it {@link #isMark} need not ask. */
    private static final int FIRST_MARK = firstMark();

    private static int firstMark() {
        int cp = 0;
        while (!isMarkType(cp)) {
            cp++;
        }
        return cp;
    }

    private static boolean isMark(int cp) {
        return cp >= FIRST_MARK && isMarkType(cp);
    }

    private static boolean isMarkType(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
