package id.kutip.engine.lexicon;

import id.kutip.engine.text.WordClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexicon lists in the shapes the rules look them up in, built once per language: one hash
 * table from every listed word to its {@link WordClass} bits (the tokenizer reads it once per word),
 * longest-first phrase sets for multi-word titles, ranks and organisations.
 */
public final class Vocabulary implements WordClassifier {

    /** The suffix that turns a cue into its pronoun form: kata → katanya, menurut → menurutnya. */
    public static final String NYA = "nya";

    public final PhraseSet titles;
    public final PhraseSet ranks;
    public final PhraseSet organisations;
    public final PhraseSet regionalTitles;
    /** Degrees as letters without dots ("sh" for S.H.), matched across the dotted tokens. */
    public final Set<String> degrees;
    private final Set<String> rankEntries;
    private final Set<String> rankFirstWords = new HashSet<>();
    private final Set<String> objectVerbs;
    private final Set<String> questionCues = new HashSet<>();
    /** Office acronyms, lower case, to what they stand for: "jubir" → "juru bicara". */
    private final Map<String, String> officeAcronyms = new HashMap<>();
    private static final Pattern BRACKETS_AND_DOTS = Pattern.compile("\\([^)]*\\)|\\.");
    /** Derived words (affix + dictionary root) are common words, never names. */
    public final Morphology morphology;
    private final Set<String> givenNames;
    private final Set<String> personNames;

    private final WordTable table = new WordTable();

    public Vocabulary(Lexicon lexicon) {
        words(lexicon, "closing-cues", WordClass.CLOSING_CUE);
        for (String base : lexicon.lowerCaseSet("closing-cues")) {
            table.add(base + NYA, WordClass.CLOSING_CUE_NYA);
        }
        words(lexicon, "according-to", WordClass.ACCORDING_TO);
        for (String base : lexicon.lowerCaseSet("according-to")) {
            table.add(base + NYA, WordClass.ACCORDING_TO_NYA);
        }
        words(lexicon, "reporting-verbs", WordClass.REPORTING_VERB);
        words(lexicon, "borderline-verbs", WordClass.BORDERLINE_VERB);
        words(lexicon, "pronouns", WordClass.PRONOUN);
        words(lexicon, "honorifics", WordClass.HONORIFIC);
        words(lexicon, "degrees", WordClass.DEGREE);
        words(lexicon, "places", WordClass.PLACE);
        // One-word regencies and cities are places; multi-word ones are made of words listed on
        // their own (directions, "Kota") or are names in their own right ("Aceh Jaya").
        for (String region : lexicon.lowerCaseSet("regions")) {
            if (region.indexOf(' ') < 0) {
                table.add(region, WordClass.PLACE);
            }
        }
        words(lexicon, "not-names", WordClass.NOT_NAME);
        words(lexicon, "phrase-breaks", WordClass.PHRASE_BREAK);
        words(lexicon, "modals", WordClass.PHRASE_BREAK | WordClass.MODAL);
        objectVerbs = lexicon.lowerCaseSet("object-verbs");
        for (String cue : lexicon.lowerCaseSet("question-cues")) {
            questionCues.add(cue);
            questionCues.add(cue + NYA);
        }
        words(lexicon, "adverbs", WordClass.ADVERB);
        words(lexicon, "negations", WordClass.NEGATION);
        words(lexicon, "name-particles", WordClass.NAME_PARTICLE);
        words(lexicon, "office-words", WordClass.OFFICE_WORD);
        words(lexicon, "place-units", WordClass.PLACE_UNIT);
        words(lexicon, "naming-verbs", WordClass.NAMING_VERB);
        words(lexicon, "abbreviations", WordClass.ABBREVIATION);
        words(lexicon, "headline-function-words", WordClass.HEADLINE_FUNCTION_WORD);
        // Occupations and office acronyms open a role like titles do: "kata penyanyi Sinta",
        // "Pelatih fisik Darmaji", "Kasat Reskrim Polres X".
        List<String> roleHeads = new ArrayList<>(lexicon.list("titles"));
        roleHeads.addAll(lexicon.list("occupations"));
        for (String line : lexicon.list("office-acronyms")) {
            int eq = line.indexOf('=');
            String acronym = line.substring(0, eq).strip();
            officeAcronyms.put(acronym.toLowerCase(Locale.ROOT), line.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
            roleHeads.add(acronym);
        }
        titles = phrases(roleHeads, WordClass.TITLE_WORD, WordClass.TITLE_START);
        ranks = phrases(lexicon.list("ranks"), WordClass.RANK_WORD, WordClass.RANK_START);
        organisations = phrases(lexicon.list("organisations"), WordClass.ORGANISATION_WORD, WordClass.ORGANISATION_START);
        regionalTitles = phrases(lexicon.list("regional-titles"), 0, WordClass.REGIONAL_TITLE_START);
        degrees = lexicon.lowerCaseSet("degrees");
        rankEntries = lexicon.lowerCaseSet("ranks");
        for (String rank : rankEntries) {
            int space = rank.indexOf(' ');
            rankFirstWords.add(space < 0 ? rank : rank.substring(0, space));
        }
        morphology = new Morphology(lexicon.lowerCaseSet("dictionary-words"));
        givenNames = lexicon.lowerCaseSet("given-names");
        personNames = lexicon.lowerCaseSet("person-names");
        Set<String> sayingRoots = lexicon.lowerCaseSet("closing-cues");
        for (String verb : lexicon.lowerCaseSet("reporting-verbs")) {
            String stem = morphology.passiveStem(verb, sayingRoots);
            if (stem != null) {
                int saying = sayingRoots.contains(Morphology.withoutSuffix(stem)) ? WordClass.SAYING_PASSIVE : 0;
                table.add("di" + stem, WordClass.PASSIVE_CUE | saying);
                table.add("di" + stem + NYA, WordClass.PASSIVE_CUE_NYA | saying);
            }
        }
    }

    /** Whether a lower-case reporting verb often takes a noun-phrase object ("menyampaikan sambutan"). */
    public boolean isObjectVerb(String lowerCase) {
        return objectVerbs.contains(lowerCase);
    }

    /** Whether a lower-case cue word asks a question: tanya, tanyanya, bertanya. */
    public boolean isQuestionCue(String lowerCase) {
        return questionCues.contains(lowerCase);
    }

    /**
     * Whether a lower-case word is an ordinary word that is not also a given name: "pangan" is,
     * "teguh" and "sari" are not (people are called so).
     */
    public boolean isOrdinaryWord(String lowerCase) {
        return morphology.isRoot(lowerCase) && !givenNames.contains(lowerCase);
    }

    /** Whether a lower-case word is listed as part of people's names, Indonesian or any other. */
    public boolean isPersonNameWord(String lowerCase) {
        return givenNames.contains(lowerCase) || personNames.contains(lowerCase);
    }

    /**
     * The role in lower case with an office acronym at its start spelled out ("Jubir Satgas Pangan"
     * → "juru bicara satgas pangan"), so that both forms of a role find the same person.
     */
    public String spellOutRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        // The longest acronym (one or two words) that opens the role.
        int second = lower.indexOf(' ', lower.indexOf(' ') + 1);
        for (int end : new int[] {second, lower.indexOf(' '), lower.length()}) {
            if (end > 0) {
                String expansion = officeAcronyms.get(lower.substring(0, end));
                if (expansion != null) {
                    return expansion + lower.substring(end);
                }
            }
        }
        return lower;
    }

    /**
     * Whether a role is only a rank ("AKBP", "Komisaris Besar"): a weaker role than an office,
     * which replaces it wherever the article gives one.
     */
    public boolean isRank(String role) {
        if (role == null || role.isEmpty()) {
            return false;
        }
        String lower = role.toLowerCase(Locale.ROOT);
        int firstEnd = lower.indexOf(' ');
        if (!rankFirstWords.contains(firstEnd < 0 ? lower : lower.substring(0, firstEnd))) {
            return false; // most roles open with an office, not a rank: decided with one look-up
        }
        if (rankEntries.contains(lower)) {
            return true;
        }
        // "Kombes Pol.", "Ajun Komisaris Besar Polisi (AKBP)": ranks one after another, brackets and dots aside
        String[] words = BRACKETS_AND_DOTS.matcher(lower).replaceAll(" ").trim().split("\\s+");
        int i = 0;
        while (i < words.length) {
            int next = -1;
            StringBuilder phrase = new StringBuilder();
            for (int j = i; j < words.length; j++) {
                phrase.append(j > i ? " " : "").append(words[j]);
                if (rankEntries.contains(phrase.toString())) {
                    next = j + 1;
                }
            }
            if (next < 0) {
                return false;
            }
            i = next;
        }
        return true;
    }

    private void words(Lexicon lexicon, String list, int bit) {
        for (String word : lexicon.lowerCaseSet(list)) {
            table.add(word, bit);
        }
    }

    /** Single-word entries get {@code wordBit}; every entry's first word gets {@code startBit}. */
    private PhraseSet phrases(List<String> entries, int wordBit, int startBit) {
        for (String entry : entries) {
            String[] words = entry.toLowerCase(Locale.ROOT).split(" ");
            table.add(words[0], startBit | (words.length == 1 ? wordBit : 0));
        }
        return new PhraseSet(entries, startBit);
    }

    @Override
    public int classify(char[] lowerCase, int start, int end, int hash) {
        return table.classify(lowerCase, start, end, hash);
    }
}
