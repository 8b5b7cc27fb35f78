package id.kutip.engine.text;

/**
 * Sentence edges inside a paragraph, found on demand from the token stream: a full stop, question
 * or exclamation mark ends a sentence unless it follows an initial ("Didik J. Rachbini").
 */
public final class Sentences {

    /** Far enough back for any subject; a longer stretch without a full stop is not one sentence. */
    private static final int MAX_LOOKBACK = 60;
    /** Far enough ahead for any reported clause; keeps cue-dense text without full stops linear. */
    private static final int MAX_LOOKAHEAD = 200;

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
        if (t > 0 && doc.sameParagraph(t - 1, t) && doc.isWord(t - 1)
                && doc.end(t - 1) - doc.start(t - 1) == 1 && Character.isUpperCase(doc.firstChar(t - 1))) {
            return false; // an initial
        }
        // "inflasi.Ekspektasi" or "Rp1.000": a stop glued to the next word does not end a sentence.
        int next = t + 1;
        return next >= doc.size() || !doc.sameParagraph(t, next) || doc.start(next) > doc.end(t);
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
