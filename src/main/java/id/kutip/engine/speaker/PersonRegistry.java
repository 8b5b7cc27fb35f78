package id.kutip.engine.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people (and organisations) one article names, so that a later "kata Stoltenberg" resolves to
 * the fullest form given anywhere ("Jens Stoltenberg") with the role attached to it anywhere
 * ("Sekretaris Jenderal NATO"), and "kata Presiden" to the person the article calls Presiden.
 */
public final class PersonRegistry {

    /** A source the article names. Mutable only while the registry is being filled. */
    public static final class Entry {
        final String name;
        final String[] tokens;
        final SourceKind kind;
        String role;

        Entry(String name, String role, SourceKind kind) {
            this.name = name;
            this.tokens = tokensOf(name);
            this.role = role;
            this.kind = kind;
        }

        public String name() {
            return name;
        }

        public String role() {
            return role;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records a person or organisation phrase; returns whether it names someone not seen before. */
    public boolean register(SpeakerPhrase phrase) {
        if (phrase == null || phrase.name() == null
                || (phrase.kind() != SourceKind.PERSON && phrase.kind() != SourceKind.ORGANISATION)) {
            return false;
        }
        String[] tokens = tokensOf(phrase.name());
        for (Entry e : entries) {
            if (e.kind == phrase.kind() && java.util.Arrays.equals(e.tokens, tokens)) {
                if (e.role == null) {
                    e.role = phrase.role();
                }
                return false;
            }
        }
        entries.add(new Entry(phrase.name(), phrase.role(), phrase.kind()));
        return true;
    }

    /** The fullest entry of that kind (a person, an organisation) the mention refers to, or null. */
    public Entry find(String mention, SourceKind kind) {
        String[] m = tokensOf(mention);
        if (m.length == 0) {
            return null;
        }
        Entry best = null;
        for (Entry e : entries) {
            if (e.kind == kind && refersTo(m, e.tokens) && (best == null || e.tokens.length > best.tokens.length
                    || e.tokens.length == best.tokens.length && best.role == null && e.role != null)) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        // Prefer a role from any entry of the same person: "Jens Stoltenberg" registered without one.
        if (best.role == null) {
            for (Entry e : entries) {
                if (e.kind == kind && e.role != null && refersTo(e.tokens, best.tokens)) {
                    return new Entry(best.name, e.role, kind);
                }
            }
        }
        return best;
    }

    /** The person the article gives this title, e.g. "Presiden" → the entry with role "Presiden". */
    public Entry findByTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        Entry startsWith = null;
        for (Entry e : entries) {
            if (e.kind != SourceKind.PERSON || e.role == null || e.tokens.length < 2 && e.role.equalsIgnoreCase(e.name)) {
                continue;
            }
            String r = e.role.toLowerCase(Locale.ROOT);
            if (r.equals(t)) {
                return e;
            }
            if (startsWith == null && (r.startsWith(t + " ") || t.startsWith(r + " "))) {
                startsWith = e;
            }
        }
        return startsWith;
    }

    /**
     * Whether mention tokens {@code m} name the same source as {@code full}: a contiguous part of it
     * ("Stoltenberg" of "Jens Stoltenberg"), a portmanteau of its first two words ("Jokowi" of
     * "Joko Widodo"), or its initials ("SBY").
     */
    static boolean refersTo(String[] m, String[] full) {
        if (m.length > full.length) {
            return false;
        }
        outer:
        for (int s = 0; s + m.length <= full.length; s++) {
            for (int k = 0; k < m.length; k++) {
                if (!m[k].equals(full[s + k])) {
                    continue outer;
                }
            }
            return true;
        }
        if (m.length == 1 && full.length >= 2) {
            String w = m[0];
            if (w.startsWith(full[0]) && w.length() - full[0].length() >= 2
                    && full[1].startsWith(w.substring(full[0].length()))) {
                return true;
            }
            if (w.length() == full.length && full.length >= 3) {
                for (int k = 0; k < full.length; k++) {
                    if (full[k].isEmpty() || full[k].charAt(0) != w.charAt(k)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static String[] tokensOf(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replace('.', ' ').replace(',', ' ').strip();
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cleaned.length(); i++) {
            boolean blank = i == cleaned.length() || Character.isWhitespace(cleaned.charAt(i));
            if (blank && start >= 0) {
                tokens.add(cleaned.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return tokens.toArray(new String[0]);
    }
}
