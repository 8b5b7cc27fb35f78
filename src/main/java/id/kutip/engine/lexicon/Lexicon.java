package id.kutip.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word lists of one language, read once from {@code lexicon/<lang>/<name>.txt} on the class
 * path: one entry a line, {@code #} starts a comment, blank lines are ignored. Immutable, so one
 * instance is shared by every request.
 */
public final class Lexicon {

    /** The lists every language provides, by file name without {@code .txt}. */
    public static final List<String> LIST_NAMES = List.of(
            "closing-cues", "reporting-verbs", "borderline-verbs", "according-to", "pronouns",
            "titles", "ranks", "honorifics", "degrees", "organisations", "places", "not-names",
            "phrase-breaks", "adverbs", "negations", "name-particles", "office-words", "place-units",
            "regional-titles", "naming-verbs", "boilerplate", "abbreviations", "headline-function-words",
            "occupations", "regions", "office-acronyms", "modals", "object-verbs", "question-cues");

    /**
     * Large generated reference lists, read like the others but not part of {@link #lists()} (and
     * so not shown in full by the API): the dictionary's root words, given names, and name words of any origin.
     */
    public static final List<String> REFERENCE_NAMES = List.of("dictionary-words", "given-names", "person-names");

    private final String language;
    private final Map<String, List<String>> lists;
    private final Map<String, Set<String>> lowerCaseSets;

    private Lexicon(String language, Map<String, List<String>> lists, Map<String, List<String>> references) {
        this.language = language;
        this.lists = Collections.unmodifiableMap(lists);
        Map<String, List<String>> all = new TreeMap<>(lists);
        all.putAll(references);
        Map<String, Set<String>> sets = new TreeMap<>();
        all.forEach((name, entries) -> {
            Set<String> lower = new LinkedHashSet<>();
            entries.forEach(e -> lower.add(e.toLowerCase(Locale.ROOT)));
            sets.put(name, Collections.unmodifiableSet(lower));
        });
        this.lowerCaseSets = Collections.unmodifiableMap(sets);
    }

    /** Loads the lists of {@code language} from the class path; fails fast if one is missing. */
    public static Lexicon load(String language) {
        return new Lexicon(language, read(language, LIST_NAMES), read(language, REFERENCE_NAMES));
    }

    private static Map<String, List<String>> read(String language, List<String> names) {
        Map<String, List<String>> lists = new TreeMap<>();
        for (String name : names) {
            String path = "lexicon/" + language + "/" + name + ".txt";
            try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file missing from the class path: " + path);
                }
                lists.put(name, readEntries(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return lists;
    }

    static List<String> readEntries(InputStream in) throws IOException {
        List<String> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    public String language() {
        return language;
    }

    /** Every list by name, entries as written in the file, in file order. */
    public Map<String, List<String>> lists() {
        return lists;
    }

    /** The entries of one list, as written. */
    public List<String> list(String name) {
        List<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no lexicon list " + name);
        }
        return list;
    }

    /** The entries of one list or reference list, lower-cased, for case-insensitive look-ups. */
    public Set<String> lowerCaseSet(String name) {
        Set<String> set = lowerCaseSets.get(name);
        if (set == null) {
            throw new IllegalArgumentException("no lexicon list " + name);
        }
        return set;
    }
}
