package id.kutip.engine.lexicon;

import id.kutip.engine.text.WordClassifier;

/**
 * An open-addressing hash table from lower-case words to {@link WordClass} bits, looked up by char
 * range without building a String. Filled once per language, read-only afterwards.
 */
final class WordTable implements WordClassifier {

    private char[][] keys;
    private int[] values;
    private int size;

    WordTable() {
        keys = new char[1024][];
        values = new int[1024];
    }

    /** Adds {@code bits} to the classes of {@code word} (lower case). */
    void add(String word, int bits) {
        if (size * 4 >= keys.length) { // sparse: most look-ups are misses, which probe to a free slot
            grow();
        }
        char[] key = word.toCharArray();
        int slot = slotOf(key, 0, key.length, WordClassifier.hash(key, 0, key.length));
        if (keys[slot] == null) {
            keys[slot] = key;
            size++;
        }
        values[slot] |= bits;
    }

    @Override
    public int classify(char[] chars, int start, int end, int hash) {
        int slot = slotOf(chars, start, end, hash);
        return keys[slot] == null ? 0 : values[slot];
    }

    private int slotOf(char[] chars, int start, int end, int hash) {
        int mask = keys.length - 1;
        int slot = WordClassifier.spread(hash) & mask;
        while (keys[slot] != null && !equals(keys[slot], chars, start, end)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static boolean equals(char[] key, char[] chars, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i], 0, oldKeys[i].length, WordClassifier.hash(oldKeys[i], 0, oldKeys[i].length));
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                size++;
            }
        }
    }
}
