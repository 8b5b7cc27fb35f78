package id.kutip.engine.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people (and organisations) one article names, so that a later "kata Stoltenberg" resolves to
 * the fullest form given anywhere ("Jens Stoltenberg") with the role attached to it anywhere
 * ("Sekretaris Jenderal NATO"), and "kata Presiden" to the person the article calls Presiden.
 * Entries are indexed by their words, their first word and their initials, so a look-up costs the
 * same in a 1 MB text as in a short one.
 */
public final class PersonRegistry {

    /** A source the article names. Its role may be filled in later, while the registry is built. */
    public static final class Entry {
        final String name;
        final String[] tokens;
        final SourceKind kind;
        String role;

        Entry(String name, String[] tokens, String role, SourceKind kind) {
            this.name = name;
            this.tokens = tokens;
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

    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byInitials = new HashMap<>();
    private final Map<String, Entry> byRolePrefix = new HashMap<>();
    /** Entries by the exact name string they were registered or found under, per kind: an article repeats names. */
    private final Map<String, Entry> personsByName = new HashMap<>();
    private final Map<String, Entry> organisationsByName = new HashMap<>();

    /** Records a person or organisation phrase; returns whether it names someone not seen before. */
    public boolean register(SpeakerPhrase phrase) {
        if (phrase == null || phrase.name() == null
                || (phrase.kind() != SourceKind.PERSON && phrase.kind() != SourceKind.ORGANISATION)) {
            return false;
        }
        Map<String, Entry> byName = phrase.kind() == SourceKind.PERSON ? personsByName : organisationsByName;
        Entry known = byName.get(phrase.name());
        if (known == null) {
            String[] tokens = tokensOf(phrase.name());
            if (tokens.length == 0) {
                return false;
            }
            for (Entry e : byWord.getOrDefault(tokens[0], List.of())) {
                if (e.kind == phrase.kind() && Arrays.equals(e.tokens, tokens)) {
                    known = e;
                    break;
                }
            }
            if (known == null) {
                byName.put(phrase.name(), add(new Entry(phrase.name(), tokens, phrase.role(), phrase.kind())));
                return true;
            }
            byName.put(phrase.name(), known);
        }
        if (known.role == null && phrase.role() != null) {
            known.role = phrase.role();
            indexRole(known);
        }
        return false;
    }

    private Entry add(Entry entry) {
        String[] tokens = entry.tokens;
        for (int i = 0; i < tokens.length; i++) {
            if (!Arrays.asList(tokens).subList(0, i).contains(tokens[i])) { // "Abdul Rahman Abdul": indexed once
                byWord.computeIfAbsent(tokens[i], k -> new ArrayList<>(2)).add(entry);
            }
        }
        byFirstWord.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(entry);
        if (tokens.length >= 3) {
            byInitials.computeIfAbsent(initials(tokens), k -> new ArrayList<>()).add(entry);
        }
        indexRole(entry);
        return entry;
    }

    private void indexRole(Entry e) {
        if (e.kind != SourceKind.PERSON || e.role == null || e.tokens.length < 2 && e.role.equalsIgnoreCase(e.name)) {
            return;
        }
        // Every word-prefix of the role finds the person: "Kepala Dinas" finds the Kepala Dinas Kesehatan.
        String role = e.role.toLowerCase(Locale.ROOT);
        for (int i = role.indexOf(' '); ; i = role.indexOf(' ', i + 1)) {
            String prefix = i < 0 ? role : role.substring(0, i);
            if (i < 0) {
                byRolePrefix.put(prefix, e); // an exact role wins over a longer one starting the same
                break;
            }
            byRolePrefix.putIfAbsent(prefix, e);
        }
    }

    /** The fullest entry of that kind (a person, an organisation) the mention refers to, or null. */
    public Entry find(String mention, SourceKind kind) {
        String[] m = tokensOf(mention);
        if (m.length == 0) {
            return null;
        }
        Entry best = null;
        for (Entry e : candidates(m)) {
            if (e.kind == kind && refersTo(m, e.tokens) && (best == null || e.tokens.length > best.tokens.length
                    || e.tokens.length == best.tokens.length && best.role == null && e.role != null)) {
                best = e;
            }
        }
        if (best == null || best.role != null) {
            return best;
        }
        // A role from another entry of the same person: "Jens Stoltenberg" registered without one.
        for (Entry e : byWord.getOrDefault(best.tokens[0], List.of())) {
            if (e.kind == kind && e.role != null && refersTo(e.tokens, best.tokens)) {
                return new Entry(best.name, best.tokens, e.role, kind);
            }
        }
        return best;
    }

    private List<Entry> candidates(String[] m) {
        List<Entry> found = new ArrayList<>(byWord.getOrDefault(m[0], List.of()));
        if (m.length == 1) {
            String w = m[0];
            for (int cut = 2; cut <= w.length() - 2; cut++) {
                found.addAll(byFirstWord.getOrDefault(w.substring(0, cut), List.of())); // "Jokowi" → "Joko …"
            }
            found.addAll(byInitials.getOrDefault(w, List.of())); // "SBY"
        }
        return found;
    }

    /** The person the article gives this title, e.g. "Presiden" → the entry with role "Presiden". */
    public Entry findByTitle(String title) {
        return byRolePrefix.get(title.toLowerCase(Locale.ROOT));
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
            return full.length >= 3 && w.equals(initials(full));
        }
        return false;
    }

    private static String initials(String[] tokens) {
        StringBuilder sb = new StringBuilder(tokens.length);
        for (String t : tokens) {
            sb.append(t.charAt(0));
        }
        return sb.toString();
    }

    static String[] tokensOf(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= cleaned.length(); i++) {
            boolean separator = i == cleaned.length() || Character.isWhitespace(cleaned.charAt(i))
                    || cleaned.charAt(i) == '.' || cleaned.charAt(i) == ',';
            if (separator && start >= 0) {
                tokens.add(cleaned.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return tokens.toArray(new String[0]);
    }
}
