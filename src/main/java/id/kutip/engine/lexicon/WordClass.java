package id.kutip.engine.lexicon;

/**
 * Bits for what the lexicon says about one lower-case word. The tokenizer looks every word up once
 * and keeps its bits, so rules test a bit instead of hashing strings again.
 */
public final class WordClass {

    private WordClass() {
    }

    /** A closing cue in its base form: kata, ujar. */
    public static final int CLOSING_CUE = 1;
    /** A closing cue with -nya: katanya, ujarnya. */
    public static final int CLOSING_CUE_NYA = 1 << 1;
    public static final int REPORTING_VERB = 1 << 2;
    public static final int BORDERLINE_VERB = 1 << 3;
    /** menurut */
    public static final int ACCORDING_TO = 1 << 4;
    /** menurutnya */
    public static final int ACCORDING_TO_NYA = 1 << 5;
    public static final int PRONOUN = 1 << 6;
    /** A title on its own: Presiden, warga. */
    public static final int TITLE_WORD = 1 << 7;
    /** The first word of some title: Sekretaris (Jenderal), Wali (Kota). */
    public static final int TITLE_START = 1 << 8;
    public static final int RANK_WORD = 1 << 9;
    public static final int RANK_START = 1 << 10;
    public static final int HONORIFIC = 1 << 11;
    public static final int DEGREE = 1 << 12;
    public static final int ORGANISATION_WORD = 1 << 13;
    public static final int ORGANISATION_START = 1 << 14;
    public static final int PLACE = 1 << 15;
    public static final int NOT_NAME = 1 << 16;
    public static final int PHRASE_BREAK = 1 << 17;
    public static final int ADVERB = 1 << 18;
    public static final int NEGATION = 1 << 19;
    public static final int NAME_PARTICLE = 1 << 20;
    public static final int OFFICE_WORD = 1 << 21;
    public static final int PLACE_UNIT = 1 << 22;
    /** The first word of a title followed by the region it heads: Bupati, Wali (Kota). */
    public static final int REGIONAL_TITLE_START = 1 << 23;
    /** A verb that names rather than reports when "sebagai" follows: menyebut. */
    public static final int NAMING_VERB = 1 << 24;
    /** The di- form of a reporting verb: dikatakan, disampaikan (derived from the reporting verbs). */
    public static final int PASSIVE_CUE = 1 << 25;
    /** Its -nya form, the source in focus as agent: ditegaskannya. */
    public static final int PASSIVE_CUE_NYA = 1 << 26;
    /** A passive cue that reports speech even without an agent: "Ditambahkan, …" (its root is a closing cue). */
    public static final int SAYING_PASSIVE = 1 << 27;
    /** A modal or aspect word (akan, harus, sudah): ends a speaker phrase, opens a clause. */
    public static final int MODAL = 1 << 28;
    /** An abbreviation written with a full stop before a name: dr., Prof., Moh., Jl. */
    public static final int ABBREVIATION = 1 << 29;
    /** A function word a headline keeps in lower case: di, ke, dari, dan, yang. */
    public static final int HEADLINE_FUNCTION_WORD = 1 << 30;
    // One bit is left (1 << 31); lists looked up once per claim rather than per token (question
    // cues, object verbs) are sets in Vocabulary instead.

    public static final int ANY_CLOSING_CUE = CLOSING_CUE | CLOSING_CUE_NYA;
    public static final int ANY_PASSIVE_CUE = PASSIVE_CUE | PASSIVE_CUE_NYA;
    public static final int ANY_ACCORDING_TO = ACCORDING_TO | ACCORDING_TO_NYA;
    /** Forms ending in -nya that stand for a pronoun: katanya, menurutnya. */
    public static final int PRONOUN_SUFFIXED = CLOSING_CUE_NYA | ACCORDING_TO_NYA;
}
