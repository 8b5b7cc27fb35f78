package id.kutip.engine.quote;

import id.kutip.engine.text.Document;
import id.kutip.engine.text.Paragraph;
import id.kutip.engine.text.QuoteMarks;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph in one pass. Which way a mark faces is read from its
 * neighbours (space before and a letter after opens, a letter or punctuation before and space after
 * closes), because Indonesian papers open quotes with ” as often as with “. Straight marks that
 * could face either way toggle. Marks nested inside an open quotation of the other family are
 * inner quotes and are left to the outer one. Two single marks side by side ({@code ‘’…’’},
 * {@code ''…''}) are one double mark.
 *
 * <p>A quotation left open at the end of a paragraph runs on into the next one when that paragraph
 * reopens it with a mark of the same family (the newspaper convention), or, for double marks, when
 * the first mark of that paragraph can only close it: "…tidak bisa.¶Kami menunggu," kata X.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    public static List<QuoteCandidate> find(Document doc) {
        List<QuoteCandidate> found = new ArrayList<>();
        int runsOn = NONE;
        for (Paragraph p : doc.paragraphs()) {
            if (p.boilerplate()) {
                runsOn = NONE;
                continue;
            }
            runsOn = findIn(doc, p, runsOn, found);
        }
        return found;
    }

    /** How the quotation open at the end of a paragraph goes on, as {@link #findIn} returns it. */
    private static final int NONE = 0;
    /** The next paragraph reopens it with a mark. */
    private static final int REOPENED = 1;
    /**
     * No mark reopens it: a double quotation the next paragraph may close. A single one may not:
     * single marks left open are as often apostrophes ("era '90-an") as quotations.
     */
    private static final int OPEN_DOUBLE = 2;

    /**
     * Pairs the marks of one paragraph. {@code before} tells how the previous paragraph ended; the
     * return value how this one ends.
     */
    private static int findIn(Document doc, Paragraph p, int before, List<QuoteCandidate> out) {
        int open = -1;
        boolean openIsDouble = false;
        boolean openReopens = false;
        int first = doc.firstToken(p);
        int t = first;
        boolean firstMark = true;
        for (; t < doc.size() && doc.paragraph(t) == p.index(); t++) {
            if (!doc.isQuoteMark(t)) {
                continue;
            }
            boolean isDouble = doc.isDoubleMark(t);
            int facing = doc.markFacing(t, p.start(), p.end());
            boolean canOpen = (facing & QuoteMarks.OPENS) != 0;
            boolean canClose = (facing & QuoteMarks.CLOSES) != 0;
            if (firstMark && canClose && !canOpen && isDouble && before == OPEN_DOUBLE) {
                continueWithoutMark(doc, p, t, out);
                firstMark = false;
                continue;
            }
            firstMark = false;
            if (open < 0) {
                if (canOpen || !canClose) {
                    open = t;
                    openIsDouble = isDouble;
                    openReopens = before == REOPENED && t == first;
                }
                continue;
            }
            if (isDouble != openIsDouble) {
                continue; // an inner quote of the other family
            }
            if (canClose || !canOpen) {
                add(doc, p, open, t, doc.end(open), doc.start(t), openReopens, false, out);
                open = -1;
            } else {
                // Looks like a new opening while one is open: the earlier mark was never closed.
                add(doc, p, open, -1, doc.end(open), trimEnd(doc.text(), doc.end(open), doc.start(t)), openReopens, false, out);
                open = t;
                openIsDouble = isDouble;
                openReopens = false;
            }
        }
        if (open < 0) {
            return NONE;
        }
        boolean nextReopens = nextParagraphOpensWith(doc, t, openIsDouble);
        boolean added = add(doc, p, open, -1, doc.end(open), p.end(), openReopens, nextReopens, out);
        return nextReopens ? REOPENED : added && openIsDouble ? OPEN_DOUBLE : NONE;
    }

    /**
     * The previous paragraph's quotation runs on into this one up to its closing mark {@code close}:
     * that quotation goes on, and this paragraph's text up to the mark is its next part.
     */
    private static void continueWithoutMark(Document doc, Paragraph p, int close, List<QuoteCandidate> out) {
        QuoteCandidate last = out.get(out.size() - 1);
        out.set(out.size() - 1, new QuoteCandidate(last.openToken(), last.closeToken(), last.start(), last.end(),
                last.paragraph(), last.reopened(), true));
        add(doc, p, doc.firstToken(p), close, p.start(), doc.start(close), true, false, out);
    }

    private static boolean nextParagraphOpensWith(Document doc, int t, boolean isDouble) {
        if (t >= doc.size() || !doc.isQuoteMark(t)) {
            return false;
        }
        Paragraph next = doc.paragraphs().get(doc.paragraph(t));
        if (next.boilerplate() || doc.start(t) != next.start()) {
            return false;
        }
        return doc.isDoubleMark(t) == isDouble;
    }

    /** Adds the candidate for the words in {@code [from, to)}, unless there are none; returns whether it did. */
    private static boolean add(Document doc, Paragraph p, int open, int close, int from, int to,
                               boolean reopened, boolean continues, List<QuoteCandidate> out) {
        String text = doc.text();
        int s = from;
        int e = to;
        while (s < e && Document.isBlank(text.charAt(s))) {
            s++;
        }
        e = trimEnd(text, s, e);
        if (s < e) {
            out.add(new QuoteCandidate(open, close, s, e, p.index(), reopened, continues));
            return true;
        }
        return false;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Document.isBlank(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
