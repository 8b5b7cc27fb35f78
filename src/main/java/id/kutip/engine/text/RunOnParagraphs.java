package id.kutip.engine.text;

import id.kutip.engine.lexicon.WordClass;
import java.util.Arrays;

/**
 * Paragraph-like units in text whose paragraph breaks were lost (scrapers and JSON exports that
 * send a whole article on one line), found in one pass over its tokens so that the rules that read
 * paragraphs keep working. A unit ends where a paragraph most likely ended:
 * <ul>
 *   <li>at the first sentence end outside quotations after a quotation closed (a quotation and its
 *       cue close a paragraph far more often than narrative does), or right after a quotation that
 *       ends a sentence when a new sentence follows it; never inside a quotation;</li>
 *   <li>before a mark that reopens a quotation after a sentence end while the quotation is still
 *       open (the newspaper convention for a quotation over several paragraphs);</li>
 *   <li>before a dateline ({@code SUKAMAJU, KABARWARGA.com -}, see {@link Datelines}), leaving the
 *       headline before it in a unit of its own;</li>
 *   <li>around page furniture ({@code Baca juga: …}, {@code (Foto: …)}), which runs to the end of
 *       the headline it links, its closing bracket or its sentence end;</li>
 *   <li>after a headline run into the next sentence, where that sentence begins (see
 *       {@link RunInHeadlines}).</li>
 * </ul>
 */
final class RunOnParagraphs {

    /** A unit: its first token and what it is. */
    record Unit(int firstToken, boolean boilerplate, boolean headline) {
    }

    /** A bracket opened before boilerplate closes within this many tokens ("(Foto: Dok. Warga)"). */
    private static final int MAX_BRACKETED_TOKENS = 40;
    /** After this many sentence ends inside one quotation, its opening mark was a stray one. */
    private static final int MAX_QUOTED_SENTENCES = 12;

    private final Document doc;
    private final Sentences sentences;
    private final Boilerplate boilerplate;
    private final Datelines datelines;
    private final RunInHeadlines headlines;

    private Unit[] units = new Unit[8];
    private int unitCount;
    /** A quotation closed in the current unit. */
    private boolean quoteClosed;

    RunOnParagraphs(Document doc, Boilerplate boilerplate) {
        this.doc = doc;
        this.sentences = new Sentences(doc);
        this.boilerplate = boilerplate;
        this.datelines = new Datelines(doc);
        this.headlines = new RunInHeadlines(doc, sentences, boilerplate, datelines);
    }

    /** The units of the tokens {@code [from, to)}, one paragraph as the text was read; the first starts at {@code from}. */
    Unit[] split(int from, int to) {
        unitCount = 0;
        String text = doc.text();
        int lineStart = doc.start(from);
        int lineEnd = doc.end(to - 1);
        int open = -1;
        boolean openIsDouble = false;
        int quotedSentences = 0;
        int cut = startUnit(from, to, false);
        for (int t = from; t < to; t++) {
            if (t == cut) {
                cut = startUnit(t, to, false);
            }
            if (doc.isQuoteMark(t)) {
                boolean isDouble = doc.isDoubleMark(t);
                int facing = doc.markFacing(t, lineStart, lineEnd);
                boolean canOpen = (facing & QuoteMarks.OPENS) != 0;
                boolean canClose = (facing & QuoteMarks.CLOSES) != 0;
                if (open < 0) {
                    if (canOpen || !canClose) {
                        open = t;
                        openIsDouble = isDouble;
                        quotedSentences = 0;
                    }
                } else if (isDouble == openIsDouble) {
                    if (canClose || !canOpen) {
                        open = -1;
                        quoteClosed = true;
                        if (t + 1 < to && endsQuotedSentence(t) && doc.isWord(t + 1) && doc.isCapitalised(t + 1)
                                && !doc.has(t + 1, WordClass.ANY_CLOSING_CUE)) {
                            cut = startUnit(t + 1, to, false);
                        }
                    } else {
                        // Reopened after a sentence end: the newspaper way of running a quotation over
                        // several paragraphs. Any other new opening (a stray mark, a quotation inside
                        // the quotation) reads on as quoted, as the quotation finder reads it.
                        if (t > from && sentences.endsSentence(t - 1)) {
                            cut = startUnit(t, to, false);
                        }
                        open = t;
                    }
                }
                continue;
            }
            if (sentences.endsSentence(t)) {
                if (open >= 0 && ++quotedSentences > MAX_QUOTED_SENTENCES) {
                    open = -1; // a stray mark: what follows it is not quoted
                }
                // Boilerplate ends at its sentence end, unless where it ends is known already ("(Foto: Dok. Warga)").
                boolean inBoilerplate = units[unitCount - 1].boilerplate() && cut < t;
                if (open < 0 && t + 1 < to && cut < t
                        && (quoteClosed || inBoilerplate || headlines.sentenceAfter(t + 1, to, false) > t + 1)) {
                    cut = startUnit(t + 1, to, false);
                }
                continue;
            }
            if (open >= 0) {
                continue;
            }
            if (doc.isWord(t) && doc.isCapitalised(t)) {
                int prefixEnd = boilerplate.prefixEnd(text, doc.start(t));
                if (prefixEnd >= 0 && standsApart(prefixEnd, lineEnd)) {
                    // "(Foto: Istimewa)": the bracket goes with it.
                    boolean bracketed = t > from && doc.isPunct(t - 1, '(') && doc.end(t - 1) == doc.start(t);
                    cut = startUnit(bracketed ? t - 1 : t, to, true);
                }
            } else if (datelines.isDash(t)) {
                int d = datelines.start(t, to);
                if (d > units[unitCount - 1].firstToken()) {
                    startUnit(d, to, false);
                }
            }
        }
        return Arrays.copyOf(units, unitCount);
    }

    /** A stop, question or exclamation mark (or an ellipsis) right before closing mark {@code t}. */
    private boolean endsQuotedSentence(int t) {
        int before = t - 1;
        if (before < 0 || doc.isWord(before) || doc.isQuoteMark(before)) {
            return false;
        }
        char c = doc.firstChar(before);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * Starts a unit at token {@code t} (ignored if one already starts there or later) and looks for
     * a headline at its head. Returns where the sentence after that headline starts, or -1.
     */
    private int startUnit(int t, int to, boolean isBoilerplate) {
        if (t >= to) {
            return -1;
        }
        quoteClosed = false;
        if (unitCount > 0 && units[unitCount - 1].firstToken() >= t) {
            if (units[unitCount - 1].firstToken() == t && isBoilerplate) {
                units[unitCount - 1] = new Unit(t, true, false);
            } else {
                return -1;
            }
        } else {
            if (unitCount == units.length) {
                units = Arrays.copyOf(units, unitCount * 2);
            }
            units[unitCount++] = new Unit(t, isBoilerplate, false);
        }
        int head = t;
        if (isBoilerplate) {
            if (doc.isPunct(t, '(')) {
                return closingBracket(t, to);
            }
            int prefixEnd = boilerplate.prefixEnd(doc.text(), doc.start(t));
            head = doc.tokenAtOrAfter(prefixEnd);
            while (head < to && (doc.isPunct(head, ':') || doc.isPunct(head, '-'))) {
                head++;
            }
        }
        int sentence = headlines.sentenceAfter(head, to, isBoilerplate);
        if (sentence > t && !isBoilerplate) {
            units[unitCount - 1] = new Unit(t, false, true);
        }
        return sentence > t ? sentence : -1;
    }

    /** The token after the bracket that closes the one at {@code open}, or -1 if none closes it soon. */
    private int closingBracket(int open, int to) {
        for (int k = open + 1; k < to && k < open + MAX_BRACKETED_TOKENS; k++) {
            if (doc.isPunct(k, ')')) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the boilerplate prefix ending at {@code prefixEnd} stands apart from running text: it
     * ends in a colon, or a colon, a capital or a quotation mark follows it.
     */
    private boolean standsApart(int prefixEnd, int lineEnd) {
        String text = doc.text();
        if (text.charAt(prefixEnd - 1) == ':') {
            return true;
        }
        int i = prefixEnd;
        while (i < lineEnd && Document.isBlank(text.charAt(i))) {
            i++;
        }
        if (i >= lineEnd) {
            return true;
        }
        char c = text.charAt(i);
        return c == ':' || Character.isUpperCase(c) || QuoteMarks.isQuoteMark(c);
    }
}
