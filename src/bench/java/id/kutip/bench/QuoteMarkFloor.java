package id.kutip.bench;

import java.util.Arrays;

/**
 * The floor: the least any quote finder must do, one pass over the text that locates every
 * quotation mark ({@code " “ ” ‘ ’ ' « » „}) and records its offset. No pairing, no rules.
 *
 * <p>Written to be fast, not naive, so that the engine is compared with a real lower bound: a
 * 256-entry table answers for Latin-1 chars with one well-predicted branch (a chain of compares
 * mispredicts on every space), and only chars above U+00FF reach the compares for curly marks.
 */
final class QuoteMarkFloor {

    private static final boolean[] LATIN1_MARK = new boolean[256];

    static {
        for (char c : new char[] {'"', '\'', '\u00AB', '\u00BB'}) { // " ' « »
            LATIN1_MARK[c] = true;
        }
    }

    private int[] offsets = new int[1024];

    /** Records the offset of every quotation mark of {@code text}; returns how many there are. */
    int locate(String text) {
        int[] out = offsets;
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (isQuotationMark(text.charAt(i))) {
                if (n == out.length) {
                    out = offsets = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return n;
    }

    /** The offset of the {@code i}-th mark found by the last {@link #locate} call. */
    int offset(int i) {
        return offsets[i];
    }

    static boolean isQuotationMark(char c) {
        return c < 256 ? LATIN1_MARK[c]
                : c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u201E'; // “ ” ‘ ’ „
    }
}
