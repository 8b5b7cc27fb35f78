package id.kutip.engine.lexicon;

import id.kutip.engine.text.Document;
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

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final int startBit;

    /** @param startBit the {@link WordClass} bit the tokenizer sets on every entry's first word */
    public PhraseSet(List<String> entries, int startBit) {
        this.startBit = startBit;
        for (String entry : entries) {
            String[] words = entry.toLowerCase(Locale.ROOT).split("\\s+");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
    }

    /** How many tokens from {@code token} on form the longest entry, 0 if none (words only, same paragraph). */
    public int match(Document doc, int token) {
        if (token >= doc.size() || !doc.has(token, startBit)) {
            return 0;
        }
        List<String[]> candidates = byFirstWord.get(doc.lower(token));
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
