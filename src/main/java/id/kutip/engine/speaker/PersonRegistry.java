package id.kutip.engine.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
        /** Named as the source of some quote: of two people sharing a word, the one who speaks wins. */
        boolean spoke;
        /** Where the article first names this entry (char offset), for the latest holder of a title. */
        int firstSeen = Integer.MAX_VALUE;

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
    /** The words of person names in order, so a nickname finds the words it starts ("Yuli" → "Yuliantoro"). */
    private final NavigableSet<String> personWords = new TreeSet<>();
    /** Short forms the article gives in brackets after a name: "Bima Wicaksono (BW)". */
    private final Map<String, Entry> aliases = new HashMap<>();
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byInitials = new HashMap<>();
    /** Per word-prefix of a role (lower case, office acronyms spelled out): who holds it, exact holders marked. */
    private final Map<String, List<RoleHolder>> byRolePrefix = new HashMap<>();

    /** A person under a prefix of their role; {@code exact} when the prefix is the whole role. */
    private record RoleHolder(Entry entry, boolean exact) {
    }
    /** Entries by the exact name string they were registered or found under, per kind: an article repeats names. */
    private final Map<String, Entry> personsByName = new HashMap<>();
    private final Map<String, Entry> organisationsByName = new HashMap<>();
    /** Roles that any other role replaces: a rank alone ("AKBP") is kept only while nothing better is known. */
    private final Predicate<String> weakRole;

    /** Spells out a role's office acronym in lower case ("Jubir Satgas" → "juru bicara satgas"). */
    private final UnaryOperator<String> roleExpander;

    /**
     * @param weakRole     tells roles that a later, fuller role replaces (ranks)
     * @param roleExpander spells out an office acronym opening a role, in lower case
     */
    public PersonRegistry(Predicate<String> weakRole, UnaryOperator<String> roleExpander) {
        this.weakRole = weakRole;
        this.roleExpander = roleExpander;
    }

    private boolean lacksRole(Entry e) {
        return e.role == null || weakRole.test(e.role);
    }

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
                Entry created = new Entry(phrase.name(), tokens, phrase.role(), phrase.kind());
                created.firstSeen = seenAt(phrase);
                byName.put(phrase.name(), add(created));
                return true;
            }
            byName.put(phrase.name(), known);
        }
        known.firstSeen = Math.min(known.firstSeen, seenAt(phrase));
        if (phrase.role() != null && (known.role == null || weakRole.test(known.role) && !weakRole.test(phrase.role()))) {
            known.role = phrase.role();
            indexRole(known);
        }
        return false;
    }

    private static int seenAt(SpeakerPhrase phrase) {
        return phrase.mentionStart() >= 0 ? phrase.mentionStart() : Integer.MAX_VALUE;
    }

    /** Records the source of a quote: like {@link #register}, and marks the person as one who speaks. */
    public void registerSpeaker(SpeakerPhrase phrase) {
        register(phrase);
        if (phrase != null && phrase.kind() == SourceKind.PERSON && phrase.name() != null) {
            Entry e = personsByName.get(phrase.name());
            if (e != null) {
                e.spoke = true;
            }
        }
    }

    /** Records a short form the article gives for a person: "Bima Wicaksono (BW)", "Basuki (Ahok)". */
    public void registerAlias(String alias, String fullName) {
        Entry e = personsByName.get(fullName);
        String key = alias.toLowerCase(Locale.ROOT);
        if (e != null && !key.isEmpty()) {
            aliases.putIfAbsent(key, e);
        }
    }

    /** The person a bracketed short form stands for ("BW", "Ahok"), whatever kind the mention looked like. */
    public Entry findAlias(String mention) {
        Entry e = mention == null ? null : aliases.get(mention.toLowerCase(Locale.ROOT));
        return e == null ? null : find(e.name, e.kind);
    }

    /**
     * Records an organisation's acronym the article gives in brackets after its full name
     * ("Badan Pengawas Obat dan Makanan (BPOM)"): a later "BPOM menyatakan" speaks under the full name.
     */
    public void registerOrganisationAlias(String acronym, String fullName) {
        String key = acronym.toLowerCase(Locale.ROOT);
        if (aliases.containsKey(key)) {
            return; // a person's short form came first
        }
        String[] tokens = tokensOf(fullName);
        if (tokens.length == 0) {
            return;
        }
        Entry e = organisationsByName.get(fullName);
        if (e == null) {
            e = add(new Entry(fullName, tokens, null, SourceKind.ORGANISATION));
            organisationsByName.put(fullName, e);
        }
        aliases.put(key, e);
    }

    private Entry add(Entry entry) {
        String[] tokens = entry.tokens;
        if (entry.kind == SourceKind.PERSON) {
            personWords.addAll(Arrays.asList(tokens));
        }
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
        indexRole(e, e.role.toLowerCase(Locale.ROOT));
        String spelledOut = roleExpander.apply(e.role);
        if (!spelledOut.equals(e.role.toLowerCase(Locale.ROOT))) {
            indexRole(e, spelledOut); // "Jubir Satgas" is found as "Juru Bicara Satgas" too
        }
    }

    /** Every word-prefix of the role finds the person: "Kepala Dinas" finds the Kepala Dinas Kesehatan. */
    private void indexRole(Entry e, String role) {
        for (int i = role.indexOf(' '); ; i = role.indexOf(' ', i + 1)) {
            String prefix = i < 0 ? role : role.substring(0, i);
            List<RoleHolder> holders = byRolePrefix.computeIfAbsent(prefix, k -> new ArrayList<>(2));
            if (holders.stream().noneMatch(h -> h.entry == e)) {
                holders.add(new RoleHolder(e, i < 0));
            }
            if (i < 0) {
                break;
            }
        }
    }

    /** The fullest entry of that kind (a person, an organisation) the mention refers to, or null. */
    public Entry find(String mention, SourceKind kind) {
        String[] m = tokensOf(mention);
        if (m.length == 0) {
            return null;
        }
        Entry best = bestOf(candidates(m), m, kind);
        if ((best == null || best.tokens.length == 1) && kind == SourceKind.PERSON && m.length == 1
                && m[0].length() >= MIN_NICKNAME_LENGTH) {
            // Only the mention itself is known: a longer name that the mention starts a word of
            Entry longer = bestOf(nicknameCandidates(m[0]), m, kind);
            if (longer != null) {
                best = longer;
            }
        }
        if (best == null || !lacksRole(best)) {
            return best;
        }
        // A role from another entry of the same person: "Jens Stoltenberg" registered without one.
        for (Entry e : byWord.getOrDefault(best.tokens[0], List.of())) {
            if (e.kind == kind && !lacksRole(e) && refersTo(e.tokens, best.tokens)) {
                return new Entry(best.name, best.tokens, e.role, kind);
            }
        }
        return best;
    }

    /** Shortest nickname that may stand for a longer name word: "Yuli" for "Yuliantoro", "Ade" for "Ademar". */
    private static final int MIN_NICKNAME_LENGTH = 3;

    /**
     * The entry {@code m} refers to among {@code found}: the fullest; of equally full ones, one who
     * speaks, then one with a role.
     */
    private Entry bestOf(List<Entry> found, String[] m, SourceKind kind) {
        Entry best = null;
        for (Entry e : found) {
            if (e.kind != kind || !refersTo(m, e.tokens) && !startsNameWord(m, e.tokens)) {
                continue;
            }
            if (best == null || e.tokens.length > best.tokens.length
                    || e.tokens.length == best.tokens.length && rank(e) > rank(best)) {
                best = e;
            }
        }
        return best;
    }

    private int rank(Entry e) {
        return (e.spoke ? 2 : 0) + (lacksRole(e) ? 0 : 1);
    }

    /** People with a name word that the one-word mention {@code w} starts. */
    private List<Entry> nicknameCandidates(String w) {
        List<Entry> found = new ArrayList<>();
        for (String word : personWords.tailSet(w, false)) {
            if (!word.startsWith(w)) {
                break;
            }
            found.addAll(byWord.getOrDefault(word, List.of()));
        }
        return found;
    }

    /** A one-word nickname: the start of one of the name's words ("Yuri" of "Achmad Yurianto"). */
    private static boolean startsNameWord(String[] m, String[] full) {
        if (m.length != 1) {
            return false;
        }
        for (String word : full) {
            if (word.length() > m[0].length() && word.startsWith(m[0])) {
                return true;
            }
        }
        return false;
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

    /**
     * "Jubir banjir" for the Juru bicara penanganan banjir: the holders of the title's head (its
     * longest word-prefix that is indexed) whose role holds every word of the title; null if none.
     */
    private List<RoleHolder> holdersOfAllWords(String title) {
        String[] words = title.split(" ");
        for (int n = words.length - 1; n >= 1; n--) {
            List<RoleHolder> head = byRolePrefix.get(String.join(" ", Arrays.copyOf(words, n)));
            if (head == null) {
                continue;
            }
            List<RoleHolder> found = new ArrayList<>(head.size());
            for (RoleHolder h : head) {
                List<String> roleWords = Arrays.asList(roleExpander.apply(h.entry.role).split(" "));
                if (roleWords.containsAll(Arrays.asList(words))) {
                    found.add(h);
                }
            }
            return found.isEmpty() ? null : found;
        }
        return null;
    }

    private static boolean isBefore(RoleHolder h, int position) {
        return h.entry.firstSeen < position;
    }

    /**
     * The person the article gives this title, e.g. "Presiden" → the entry with role "Presiden",
     * under the fullest name the article gives them ("Presiden Jokowi" → "Joko Widodo"). Of several,
     * the one the article introduced last before {@code position} ("kata pelatih" after two coaches:
     * the second), then one whose whole role it is.
     */
    public Entry findByTitle(String title, int position) {
        List<RoleHolder> holders = byRolePrefix.get(title.toLowerCase(Locale.ROOT));
        if (holders == null) {
            holders = byRolePrefix.get(roleExpander.apply(title));
        }
        if (holders == null) {
            holders = holdersOfAllWords(roleExpander.apply(title));
        }
        if (holders == null) {
            return null;
        }
        RoleHolder best = null;
        for (RoleHolder h : holders) {
            if (best == null || isBefore(h, position) && !isBefore(best, position)
                    || isBefore(h, position) == isBefore(best, position)
                    && (h.entry.firstSeen > best.entry.firstSeen || h.entry.firstSeen == best.entry.firstSeen && h.exact)) {
                best = h;
            }
        }
        Entry e = best.entry;
        Entry fuller = find(e.name, e.kind);
        return fuller != null && fuller.tokens.length > e.tokens.length ? new Entry(fuller.name, fuller.tokens, e.role, e.kind) : e;
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
        if (m.length >= 2 && m[0].equals(full[0])) {
            // "Paulus Nugroho" of "Paulus Adi Nugroho": the first and last words, in order
            if (m[m.length - 1].equals(full[full.length - 1]) && isSubsequence(m, full)) {
                return true;
            }
            // "Dewi KA" of "Dewi Kartika Anggraini": the given name and the initials of the rest
            if (m.length == 2 && m[1].length() == full.length - 1) {
                return m[1].equals(initials(Arrays.copyOfRange(full, 1, full.length)));
            }
        }
        return false;
    }

    private static boolean isSubsequence(String[] m, String[] full) {
        int k = 0;
        for (String word : full) {
            if (k < m.length && m[k].equals(word)) {
                k++;
            }
        }
        return k == m.length;
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
