package id.kutip.bench;

/**
 * A reference between the floor and the engine: the least any engine that reads words must do. One
 * pass that finds where each word starts and ends and hashes it lower-cased, as a look-up in any
 * lexicon needs; it stores no token, looks nothing up and applies no rule. If this alone is far
 * from the floor, so is every word-level rule engine, however lean its rules.
 *
 * <p>Written to be fast: a 256-entry table classifies Latin-1 chars; anything above counts as a
 * word char, which errs towards less work, never more.
 */
final class WordScan {

    private static final boolean[] LATIN1_WORD = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** The number of words in {@code text} plus the sum of their hashes, so nothing is optimised away. */
    static long scan(String text) {
        long words = 0;
        int hashes = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int h = 0;
            do {
                h = 31 * h + (c < 128 ? c | 0x20 : c); // lower case for ASCII letters; enough for a hash
                i++;
            } while (i < n && isWordChar(c = text.charAt(i)));
            words++;
            hashes += h;
        }
        return words + hashes;
    }

    private static boolean isWordChar(char c) {
        return c >= 256 || LATIN1_WORD[c];
    }
}
