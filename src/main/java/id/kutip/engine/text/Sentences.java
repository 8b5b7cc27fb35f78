package id.kutip.engine.text;

import id.kutip.engine.lexicon.WordClass;

/**
 * Sentence edges inside a paragraph, found on demand from the token stream: a full stop, question
 * or exclamation mark ends a sentence, but a full stop does not after an initial ("Budi S.
 * Wirawan"), nor after an abbreviation from the lexicon or a name's two initials before a name
 * ("dr. Rina", "Prof. Budi", "Ahmad MZ. Fauzi"), nor when a word is glued to it ("Rp1.000").
 */
public final class Sentences {

    /** Far enough back for any subject; a longer stretch without a full stop is not one sentence. */
    private static final int MAX_LOOKBACK = 60;
    /** Far enough ahead for any reported clause; keeps cue-dense text without full stops linear. */
    private static final int MAX_LOOKAHEAD = 200;

    /** Words before two capitals that make them an office or an acronym, not a name's initials. */
    private static final int NOT_PART_OF_A_NAME = WordClass.TITLE_WORD | WordClass.TITLE_START | WordClass.RANK_WORD
            | WordClass.ORGANISATION_WORD | WordClass.ORGANISATION_START | WordClass.OFFICE_WORD | WordClass.PLACE
            | WordClass.NOT_NAME;

    private final Document doc;

    public Sentences(Document doc) {
        this.doc = doc;
    }

    /** Whether token {@code t} ends a sentence. */
    public boolean endsSentence(int t) {
        if (doc.isWord(t) || doc.isQuoteMark(t)) {
            return false;
        }
        char c = doc.firstChar(t);
        if (c == '!' || c == '?' || c == '…') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int next = t + 1;
        boolean nextInParagraph = next < doc.size() && doc.sameParagraph(t, next);
        // "inflasi.Ekspektasi" or "Rp1.000": a stop glued to the next word does not end a sentence.
        if (nextInParagraph && doc.start(next) == doc.end(t)) {
            return false;
        }
        int before = t - 1;
        if (before < 0 || !doc.sameParagraph(before, t) || !doc.isWord(before) || doc.end(before) != doc.start(t)) {
            return true;
        }
        if (isInitial(before)) {
            return false;
        }
        return !(nextInParagraph && startsName(next) && (doc.has(before, WordClass.ABBREVIATION) || isNameInitials(before)));
    }

    /** "Budi S. Wirawan": one capital letter. */
    private boolean isInitial(int t) {
        return doc.end(t) - doc.start(t) == 1 && Character.isUpperCase(doc.firstChar(t));
    }

    /**
     * "Ahmad MZ. Fauzi": two capitals between capitalised name words. An office or acronym before
     * them ("Presiden RI.", "DPR RI.") leaves the stop a sentence end.
     */
    private boolean isNameInitials(int t) {
        if (doc.end(t) - doc.start(t) != 2 || !doc.isAcronym(t) || t == 0 || !doc.sameParagraph(t - 1, t)) {
            return false;
        }
        int before = t - 1;
        return doc.isWord(before) && doc.isCapitalised(before) && !doc.isAcronym(before)
                && !doc.has(before, NOT_PART_OF_A_NAME);
    }

    /** A capitalised word that can start a name: not a pronoun or a sentence opener ("Ia", "Namun"). */
    private boolean startsName(int t) {
        return doc.isWord(t) && doc.isCapitalised(t) && !doc.has(t, WordClass.NOT_NAME | WordClass.PRONOUN);
    }

    /** Whether token {@code t} opens a sentence: first in its paragraph, or right after a sentence end. */
    public boolean startsSentence(int t) {
        return t == 0 || !doc.sameParagraph(t - 1, t) || endsSentence(t - 1);
    }

    /** The first token of the sentence holding {@code t} (bounded look-back). */
    public int startOf(int t) {
        int k = t;
        int floor = Math.max(0, t - MAX_LOOKBACK);
        while (k > floor && doc.sameParagraph(k - 1, t) && !endsSentence(k - 1)) {
            k--;
        }
        return k;
    }

    /**
     * The token after the last one of the sentence holding {@code t}: its final stop, the paragraph
     * end, or a bounded distance ahead.
     */
    public int endOf(int t) {
        int k = t;
        int ceiling = t + MAX_LOOKAHEAD;
        while (k < doc.size() && k < ceiling && doc.sameParagraph(k, t) && !endsSentence(k)) {
            k++;
        }
        return k;
    }
}
