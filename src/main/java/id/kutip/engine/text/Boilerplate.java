package id.kutip.engine.text;

import java.util.List;

/**
 * Recognises lines of scraped news pages that are not article text ("Baca juga: …",
 * "ADVERTISEMENT", "Editor: …") by their case-insensitive prefix.
 */
public final class Boilerplate {

    private final List<String> prefixes;
    /** Chars that equal a prefix's first char ignoring case: most lines start with none of them. */
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];

    public Boilerplate(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (String prefix : this.prefixes) {
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("empty boilerplate prefix");
            }
            char u = Character.toUpperCase(prefix.charAt(0));
            upper.append(u);
            lower.append(Character.toLowerCase(u));
        }
        String uppers = upper.toString();
        String lowers = lower.toString();
        // The same comparison as String.regionMatches(true, …) makes per char.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char u = Character.toUpperCase((char) c);
            firstChars[c] = uppers.indexOf(u) >= 0 || lowers.indexOf(Character.toLowerCase(u)) >= 0;
        }
    }

    /** Whether the line starting at {@code start} is boilerplate. */
    public boolean startsLine(String text, int start) {
        return prefixEnd(text, start) >= 0;
    }

    /** Where the boilerplate prefix starting at {@code start} ends, or -1 if none starts there. */
    public int prefixEnd(String text, int start) {
        if (start >= text.length() || !firstChars[text.charAt(start)]) {
            return -1;
        }
        for (String prefix : prefixes) {
            boolean colon = prefix.endsWith(":");
            int length = colon ? prefix.length() - 1 : prefix.length();
            if (text.regionMatches(true, start, prefix, 0, length)) {
                int after = start + length;
                if (colon) {
                    // "Editor:" and "Editor :" alike.
                    while (after < text.length() && text.charAt(after) == ' ') {
                        after++;
                    }
                    if (after < text.length() && text.charAt(after) == ':') {
                        return after + 1;
                    }
                } else if (after >= text.length() || !Character.isLetter(text.charAt(after))) {
                    // "Baca juga" must be the whole word, not "Baca jugalah".
                    return after;
                }
            }
        }
        return -1;
    }
}
