package id.kutip.engine.lexicon;

import id.kutip.engine.text.Document;
import id.kutip.engine.text.WordClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Case-insensitive multi-word entries ("Sekretaris Jenderal", "Wali Kota") looked up by their first
 * word in a hash map, then matched longest first against the token stream.
 */
public final class PhraseSet {

    /**
     * Open addressing by the first word's hash (the tokenizer's word hash, so a look-up builds no
     * String): first words, and per first word its entries, longest first.
     */
    private final String[] firstWords;
    private final List<String[]>[] entriesByFirstWord;
    private final int startBit;

    /** @param startBit the {@link WordClass} bit the tokenizer sets on every entry's first word */
    @SuppressWarnings("unchecked")
    public PhraseSet(List<String> entries, int startBit) {
        this.startBit = startBit;
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String entry : entries) {
            String[] words = entry.toLowerCase(Locale.ROOT).split("\\s+");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        int capacity = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4 - 1)) * 2;
        firstWords = new String[capacity];
        entriesByFirstWord = new List[capacity];
        byFirstWord.forEach((word, list) -> {
            int slot = slotOf(word, word.hashCode());
            firstWords[slot] = word;
            entriesByFirstWord[slot] = List.copyOf(list);
        });
    }

    private int slotOf(String word, int hash) {
        int mask = firstWords.length - 1;
        int slot = WordClassifier.spread(hash) & mask;
        while (firstWords[slot] != null && !firstWords[slot].equals(word)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** How many tokens from {@code token} on form the longest entry, 0 if none (words only, same paragraph). */
    public int match(Document doc, int token) {
        if (token >= doc.size() || !doc.has(token, startBit)) {
            return 0;
        }
        List<String[]> candidates = entriesOf(doc, token);
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (matchesAt(doc, token, words)) {
                return words.length;
            }
        }
        return 0;
    }

    private List<String[]> entriesOf(Document doc, int token) {
        int mask = firstWords.length - 1;
        for (int slot = WordClassifier.spread(doc.wordHash(token)) & mask; firstWords[slot] != null; slot = (slot + 1) & mask) {
            if (doc.is(token, firstWords[slot])) {
                return entriesByFirstWord[slot];
            }
        }
        return null;
    }

    private static boolean matchesAt(Document doc, int token, String[] words) {
        if (token + words.length > doc.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            int t = token + k;
            if (!doc.isWord(t) || !doc.sameParagraph(token, t) || !doc.is(t, words[k])) {
                return false;
            }
        }
        return true;
    }
}
