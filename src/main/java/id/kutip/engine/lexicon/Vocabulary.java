package id.kutip.engine.lexicon;

import java.util.Set;

/**
 * The lexicon lists in the shapes the rules look them up in, built once per language: hash sets of
 * lower-case words and longest-first phrase sets.
 */
public final class Vocabulary {

    /** The suffix that turns a cue into its pronoun form: kata → katanya, menurut → menurutnya. */
    public static final String NYA = "nya";

    public final Set<String> closingCues;
    public final Set<String> reportingVerbs;
    public final Set<String> borderlineVerbs;
    public final Set<String> accordingTo;
    public final Set<String> pronouns;
    public final PhraseSet titles;
    public final PhraseSet ranks;
    public final Set<String> honorifics;
    public final Set<String> degrees;
    public final PhraseSet organisations;
    public final Set<String> places;
    public final Set<String> notNames;
    public final Set<String> phraseBreaks;
    public final Set<String> adverbs;
    public final Set<String> negations;
    public final Set<String> nameParticles;
    public final Set<String> officeWords;
    public final Set<String> placeUnits;
    public final Set<String> boilerplate;

    public Vocabulary(Lexicon lexicon) {
        closingCues = lexicon.lowerCaseSet("closing-cues");
        reportingVerbs = lexicon.lowerCaseSet("reporting-verbs");
        borderlineVerbs = lexicon.lowerCaseSet("borderline-verbs");
        accordingTo = lexicon.lowerCaseSet("according-to");
        pronouns = lexicon.lowerCaseSet("pronouns");
        titles = new PhraseSet(lexicon.list("titles"));
        ranks = new PhraseSet(lexicon.list("ranks"));
        honorifics = lexicon.lowerCaseSet("honorifics");
        degrees = lexicon.lowerCaseSet("degrees");
        organisations = new PhraseSet(lexicon.list("organisations"));
        places = lexicon.lowerCaseSet("places");
        notNames = lexicon.lowerCaseSet("not-names");
        phraseBreaks = lexicon.lowerCaseSet("phrase-breaks");
        adverbs = lexicon.lowerCaseSet("adverbs");
        negations = lexicon.lowerCaseSet("negations");
        nameParticles = lexicon.lowerCaseSet("name-particles");
        officeWords = lexicon.lowerCaseSet("office-words");
        placeUnits = lexicon.lowerCaseSet("place-units");
        boilerplate = lexicon.lowerCaseSet("boilerplate");
    }

    /** The base of a closing cue ({@code kata} for {@code kata} and {@code katanya}), or null. */
    public String closingCueBase(String lowerWord) {
        return baseOf(lowerWord, closingCues);
    }

    /** The base of an according-to cue ({@code menurut} for {@code menurutnya}), or null. */
    public String accordingToBase(String lowerWord) {
        return baseOf(lowerWord, accordingTo);
    }

    private static String baseOf(String lowerWord, Set<String> bases) {
        if (bases.contains(lowerWord)) {
            return lowerWord;
        }
        if (lowerWord.endsWith(NYA)) {
            String base = lowerWord.substring(0, lowerWord.length() - NYA.length());
            if (bases.contains(base)) {
                return base;
            }
        }
        return null;
    }

    public boolean isReportingVerb(String lowerWord) {
        return reportingVerbs.contains(lowerWord);
    }

    public boolean isBorderlineVerb(String lowerWord) {
        return borderlineVerbs.contains(lowerWord);
    }
}
