package id.kutip.engine.text;

import java.util.List;

/**
 * Recognises lines of scraped news pages that are not article text ("Baca juga: …",
 * "ADVERTISEMENT", "Editor: …") by their case-insensitive prefix.
 */
public final class Boilerplate {

    private final List<String> prefixes;

    public Boilerplate(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** Whether the line starting at {@code start} is boilerplate. */
    public boolean startsLine(String text, int start) {
        for (String prefix : prefixes) {
            if (text.regionMatches(true, start, prefix, 0, prefix.length())) {
                int after = start + prefix.length();
                // "Baca juga" must be the whole word, not "Baca jugalah"; a prefix ending in ':' is enough.
                if (prefix.endsWith(":") || after >= text.length() || !Character.isLetter(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }
}
