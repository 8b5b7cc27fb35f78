package id.kutip.engine.lexicon;

import id.kutip.engine.text.WordClassifier;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        words(lexicon, "not-names", WordClass.NOT_NAME);
        words(lexicon, "phrase-breaks", WordClass.PHRASE_BREAK);
        words(lexicon, "adverbs", WordClass.ADVERB);
        words(lexicon, "negations", WordClass.NEGATION);
        words(lexicon, "name-particles", WordClass.NAME_PARTICLE);
        words(lexicon, "office-words", WordClass.OFFICE_WORD);
        words(lexicon, "place-units", WordClass.PLACE_UNIT);
        words(lexicon, "naming-verbs", WordClass.NAMING_VERB);
        words(lexicon, "abbreviations", WordClass.ABBREVIATION);
        words(lexicon, "headline-function-words", WordClass.HEADLINE_FUNCTION_WORD);
        titles = phrases(lexicon.list("titles"), WordClass.TITLE_WORD, WordClass.TITLE_START);
        ranks = phrases(lexicon.list("ranks"), WordClass.RANK_WORD, WordClass.RANK_START);
        organisations = phrases(lexicon.list("organisations"), WordClass.ORGANISATION_WORD, WordClass.ORGANISATION_START);
        regionalTitles = phrases(lexicon.list("regional-titles"), 0, WordClass.REGIONAL_TITLE_START);
        degrees = lexicon.lowerCaseSet("degrees");
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
