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
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    public static List<QuoteCandidate> find(Document doc) {
        List<QuoteCandidate> found = new ArrayList<>();
        boolean previousContinues = false;
        for (Paragraph p : doc.paragraphs()) {
            if (p.boilerplate()) {
                previousContinues = false;
                continue;
            }
            previousContinues = findIn(doc, p, previousContinues, found);
        }
        return found;
    }

    /** Returns whether the paragraph ends inside an open quotation. */
    private static boolean findIn(Document doc, Paragraph p, boolean previousOpen, List<QuoteCandidate> out) {
        String text = doc.text();
        int open = -1;
        boolean openIsDouble = false;
        boolean openReopens = false;
        int first = doc.firstToken(p);
        int t = first;
        for (; t < doc.size() && doc.paragraph(t) == p.index(); t++) {
            if (!doc.isQuoteMark(t)) {
                continue;
            }
            int pos = doc.start(t);
            boolean isDouble = doc.isDoubleMark(t);
            int facing = doc.markFacing(t, p.start(), p.end());
            boolean canOpen = (facing & QuoteMarks.OPENS) != 0;
            boolean canClose = (facing & QuoteMarks.CLOSES) != 0;
            if (open < 0) {
                if (canOpen || !canClose) {
                    open = t;
                    openIsDouble = isDouble;
                    openReopens = previousOpen && t == first;
                }
                continue;
            }
            if (isDouble != openIsDouble) {
                continue; // an inner quote of the other family
            }
            if (canClose || !canOpen) {
                add(doc, p, open, t, doc.end(open), pos, openReopens, false, out);
                open = -1;
            } else {
                // Looks like a new opening while one is open: the earlier mark was never closed.
                add(doc, p, open, -1, doc.end(open), trimEnd(text, doc.end(open), pos), openReopens, false, out);
                open = t;
                openIsDouble = isDouble;
                openReopens = false;
            }
        }
        if (open < 0) {
            return false;
        }
        boolean nextReopens = nextParagraphOpensWith(doc, t, openIsDouble);
        add(doc, p, open, -1, doc.end(open), p.end(), openReopens, nextReopens, out);
        return nextReopens;
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

    private static void add(Document doc, Paragraph p, int open, int close, int from, int to,
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
        }
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Document.isBlank(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
