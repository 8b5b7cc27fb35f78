package id.kutip.engine.lexicon;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells derived Indonesian words from roots, against the dictionary's root words: a word built with
 * an affix ("diungkapkan" = di- + ungkap + -kan, "kemenangan" = ke- + menang + -an, "mulanya" =
 * mula + -nya) is a common word even when capitalised, never part of a person's name.
 *
 * <p>Only affixations that names rarely take count: a confix or a suffix, -nya, or a verb prefix
 * before a root of at least {@link #MIN_BARE_PREFIX_ROOT} letters. A bare prefix before a short
 * root ("Dimas" = di- + mas, "Mentari" = meN- + tari, "Permata" = per- + mata) is left alone,
 * because given names take exactly that shape. A word the dictionary lists itself is a root.
 */
public final class Morphology {

    /** Shortest root a derivation may rest on: shorter ones match by accident ("Dian" = di- + an). */
    private static final int MIN_ROOT = 3;
    /** Shortest root after a prefix with no suffix: "ditangkap", not "Dimas" or "Mentari". */
    private static final int MIN_BARE_PREFIX_ROOT = 5;

    private static final String[] PARTICLES = {"lah", "kah", "pun", "nya"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};
    /**
     * Shortest root under each suffix: names end in -i and -an as often as words do ("Permadi",
     * "Setiawan"), so those need a longer root to count ("kepolisian").
     */
    private static final int[] MIN_SUFFIXED_ROOT = {3, 4, 5};
    /** Whether each suffix counts without a prefix: -kan does ("tandaskan"); -an and -i end too many names ("Abdian"). */
    private static final boolean[] SUFFIX_ALONE = {true, false, false};

    private final Set<String> roots;

    /** @param roots lower-case root words of the dictionary */
    public Morphology(Set<String> roots) {
        this.roots = roots;
    }

    /** Whether the lower-case {@code word} is listed as a root. */
    public boolean isRoot(String word) {
        return roots.contains(word);
    }

    /**
     * Answers already given, shared by every request: news repeats its words, and the analysis
     * takes a few hash look-ups a word. Bounded, so an adversarial vocabulary cannot grow it.
     */
    private final Map<String, Boolean> derivedCache = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    /** Whether the lower-case {@code word} is an affixed form of a dictionary root. */
    public boolean isDerived(String word) {
        Boolean known = derivedCache.get(word);
        if (known != null) {
            return known;
        }
        boolean derived = analyseDerived(word);
        if (derivedCache.size() < MAX_CACHED) {
            derivedCache.put(word, derived);
        }
        return derived;
    }

    private boolean analyseDerived(String word) {
        if (roots.contains(word) || word.indexOf('-') >= 0) {
            return false;
        }
        for (String particle : PARTICLES) {
            if (word.endsWith(particle)) {
                String rest = word.substring(0, word.length() - particle.length());
                // "mulanya", "sebelumnya", "katanya": -nya on a root or on a derived word
                if (rest.length() >= MIN_ROOT && (roots.contains(rest) || withAffixes(rest, true))) {
                    return true;
                }
            }
        }
        return withAffixes(word, false);
    }

    /**
     * Whether {@code word} is prefixes + root + suffix with at least one affix; {@code affixed}
     * says an affix was already taken off (a particle), so a bare root is enough.
     */
    private boolean withAffixes(String word, boolean affixed) {
        for (int i = 0; i < SUFFIXES.length; i++) {
            String suffix = SUFFIXES[i];
            int minRoot = affixed ? MIN_ROOT : MIN_SUFFIXED_ROOT[i];
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
                String stem = word.substring(0, word.length() - suffix.length());
                // A suffix alone ("tandaskan") or with prefixes ("kemenangan", "diungkapkan").
                if ((affixed || SUFFIX_ALONE[i]) && stem.length() >= minRoot && roots.contains(stem)
                        || withPrefixes(stem, minRoot, 2)) {
                    return true;
                }
            }
        }
        return withPrefixes(word, affixed ? MIN_ROOT : MIN_BARE_PREFIX_ROOT, 2);
    }

    /** Whether {@code word} is up to {@code depth} prefixes on a root of at least {@code minRoot} letters. */
    private boolean withPrefixes(String word, int minRoot, int depth) {
        if (depth == 0) {
            return false;
        }
        for (String stem : prefixStems(word)) {
            if (stem == null || stem.length() < MIN_ROOT) {
                continue;
            }
            if (stem.length() >= minRoot && roots.contains(stem) || withPrefixes(stem, minRoot, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case {@code word} is a verb: meN-, ber-, di- or ter- on a dictionary root,
     * with or without -kan or -i ("berada", "terjadi", "dilakukan"). Looser than {@link #isDerived},
     * for words already known to be lower case, where no name is at stake.
     */
    public boolean isPrefixedVerb(String word) {
        if (!(word.startsWith("me") || word.startsWith("be") || word.startsWith("di") || word.startsWith("te"))) {
            return false;
        }
        for (String stem : prefixStems(word)) {
            if (stem.length() >= MIN_ROOT && (roots.contains(stem) || roots.contains(withoutSuffix(stem)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stem a meN- verb shares with its di- passive ("mengatakan" → "katakan", "menyampaikan" →
     * "sampaikan", "memperkirakan" → "perkirakan"), the one that rests on a dictionary root (on one
     * of {@code cueRoots} first); null if the verb has no meN- or no stem does.
     */
    public String passiveStem(String verb, Set<String> cueRoots) {
        if (!verb.startsWith("me")) {
            return null;
        }
        String[] stems = prefixStems(verb);
        // "mengatakan" could rest on "ata" or "kata": a root that is itself a cue word wins
        for (String stem : stems) {
            if (stem.length() >= MIN_ROOT && (cueRoots.contains(stem) || cueRoots.contains(withoutSuffix(stem)))) {
                return stem;
            }
        }
        for (String stem : stems) {
            if (stem.length() >= MIN_ROOT
                    && (roots.contains(stem) || roots.contains(withoutSuffix(stem)) || withPrefixes(withoutSuffix(stem), MIN_ROOT, 1))) {
                return stem;
            }
        }
        return null;
    }

    /** The word without a final -kan or -i: "katakan" → "kata", "akui" → "aku". */
    public static String withoutSuffix(String stem) {
        if (stem.endsWith("kan") && stem.length() > 5) {
            return stem.substring(0, stem.length() - 3);
        }
        if (stem.endsWith("i") && stem.length() >= 4) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /**
     * What may remain after one prefix, with the sound changes of meN- and peN- undone:
     * "menulis" → "tulis", "mengambil" → "ambil", "menyapu" → "sapu", "memukul" → "pukul".
     */
    private static String[] prefixStems(String w) {
        if (w.length() < 4) {
            return new String[0];
        }
        boolean vowelAfter3 = w.length() > 3 && isVowel(w.charAt(3));
        if (w.startsWith("meng") || w.startsWith("peng")) {
            return new String[] {w.substring(4), "k" + w.substring(4), w.substring(2)};
        }
        if (w.startsWith("meny") || w.startsWith("peny")) {
            return new String[] {"s" + w.substring(4), w.substring(2)};
        }
        if (w.startsWith("mem") || w.startsWith("pem")) {
            // before a vowel the p of the root dropped ("memaparkan"), before b or f nothing did ("membantah")
            return vowelAfter3 ? new String[] {"p" + w.substring(3), w.substring(3), w.substring(2)}
                    : new String[] {w.substring(3), w.substring(2)};
        }
        if (w.startsWith("men") || w.startsWith("pen")) {
            // before a vowel the t of the root dropped ("menambahkan"), before c, d, j nothing did
            return vowelAfter3 ? new String[] {"t" + w.substring(3), w.substring(3), w.substring(2)}
                    : new String[] {w.substring(3), w.substring(2)};
        }
        if (w.startsWith("ber") || w.startsWith("ter") || w.startsWith("per")) {
            return new String[] {w.substring(3), w.substring(2)};
        }
        if (w.startsWith("me") || w.startsWith("pe") || w.startsWith("di") || w.startsWith("ke")
                || w.startsWith("se") || w.startsWith("be")) {
            return new String[] {w.substring(2)};
        }
        return new String[0];
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
