package crosscheck.internal;

/** Test checks that text holds only what every output format can write. */
public final class WellFormed {

    private WellFormed() {
    }

    /** True when every surrogate in {@code s} is half of a pair: what a UTF-8 encoder can write. */
    public static boolean pairs(String s) {
        return firstLoneSurrogate(s) < 0;
    }

    /** The offset of the first lone surrogate in {@code s}, or -1. */
    public static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when {@code s} is text as ingest leaves it: whole surrogate pairs, no noncharacter, and no control
     * character but tab, line feed and carriage return.
     */
    public static boolean clean(String s) {
        return pairs(s) && s.codePoints().noneMatch(cp -> Texts.isNoncharacter(cp)
                || cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F);
    }

    /** {@code s} around offset {@code i}, with the characters there as code units, for a failure message. */
    public static String around(String s, int i) {
        int from = Math.max(0, i - 60);
        int to = Math.min(s.length(), i + 20);
        return "offset " + i + ": …" + s.substring(from, to).replace('\n', ' ') + "… ("
                + Integer.toHexString(s.charAt(i)) + ")";
    }
}
