package id.kutip.engine.text;

/**
 * Tells the word classes (a bit set, see the lexicon's {@code WordClass}) of a lower-cased word,
 * read straight from a char range so the tokenizer can classify every word without allocating.
 */
@FunctionalInterface
public interface WordClassifier {

    WordClassifier NONE = (chars, start, end, hash) -> 0;

    /**
     * @param hash the range's {@link String#hashCode()}-style hash ({@code 31 * h + c} over its
     *             chars), which the tokenizer has already computed
     */
    int classify(char[] lowerCase, int start, int end, int hash);

    /**
     * Mixes all bits of a word hash into the low ones a power-of-two table's mask keeps: the plain
     * {@code 31 * h + c} hash clusters under linear probing. For every table keyed by word hash.
     */
    static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The hash {@link #classify} expects for {@code [start, end)}. */
    static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }
}
