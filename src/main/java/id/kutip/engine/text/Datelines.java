package id.kutip.engine.text;

import id.kutip.engine.lexicon.WordClass;

/**
 * Datelines, the place and outlet that open a news text before a dash: "SUKAMAJU, KABARWARGA.com -",
 * "WARTADESA.CO.ID, SUKAMAJU --", "Sukamaju, BWT Indonesia -". In text whose line breaks were lost,
 * the headline before a dateline is a paragraph of its own.
 */
final class Datelines {

    private final Document doc;

    Datelines(Document doc) {
        this.doc = doc;
    }

    /**
     * The first token of a dateline ending at dash {@code dash}: one or two parts separated by a
     * comma, each a web address ("KABARWARGA.com", "WARTADESA.CO.ID"), words in capitals ("SUKAMAJU",
     * "BWT Indonesia") or a place ("Jakarta"), and a capitalised word after the dash. -1 if none.
     */
    int start(int dash, int to) {
        int after = dash + 1;
        while (after < to && isDash(after)) {
            after++;
        }
        if (after >= to || !doc.isWord(after) || !doc.isCapitalised(after)) {
            return -1;
        }
        int k = dash - 1;
        while (k >= 0 && isDash(k) && doc.end(k) == doc.start(k + 1)) {
            k--;
        }
        int first = datelinePart(k, dash, true);
        if (first < 0) {
            return -1;
        }
        if (first > 0 && doc.isPunct(first - 1, ',') && doc.sameParagraph(first - 1, dash)) {
            int second = datelinePart(first - 2, dash, false);
            if (second >= 0) {
                first = second;
            }
        }
        return first;
    }

    /**
     * The first token of one part of a dateline ending at token {@code last}: a web address or words
     * in capitals, or (nearest the dash) one capitalised word after capitals ("BWT Indonesia"), or one
     * place. -1 if {@code last} ends no such part.
     */
    private int datelinePart(int last, int dash, boolean nearestDash) {
        if (last < 0 || !doc.isWord(last) || !doc.sameParagraph(last, dash)) {
            return -1;
        }
        int k = last;
        if (!isDateline(k)) {
            if (!doc.isCapitalised(k)) {
                return -1;
            }
            boolean afterCapitals = nearestDash && k > 0 && doc.isWord(k - 1) && doc.isAcronym(k - 1)
                    && doc.end(k - 1) - doc.start(k - 1) >= 3 && doc.sameParagraph(k - 1, dash);
            if (!afterCapitals) {
                return doc.has(k, WordClass.PLACE) ? k : -1;
            }
            k--;
        }
        int first = k;
        while (k >= 0 && doc.sameParagraph(k, dash) && (isDateline(k) || doc.isPunct(k, '.') && isDomainPart(k + 1))) {
            if (doc.isWord(k)) {
                first = k;
            }
            k--;
        }
        return first;
    }

    /** A word that can stand in a dateline's capitals: a web address part or an acronym of three capitals or more. */
    private boolean isDateline(int t) {
        return doc.isWord(t) && (isDomainPart(t) || doc.isAcronym(t) && doc.end(t) - doc.start(t) >= 3);
    }

    /** A word glued to a dot in a web address: "KABARWARGA.com", "wartadesa.id", "WARTADESA.CO.ID". */
    boolean isDomainPart(int t) {
        if (t >= doc.size() || !doc.isWord(t)) {
            return false;
        }
        boolean dotBefore = t > 0 && doc.isPunct(t - 1, '.') && doc.end(t - 1) == doc.start(t);
        boolean dotAfter = t + 1 < doc.size() && doc.isPunct(t + 1, '.') && doc.end(t) == doc.start(t + 1)
                && t + 2 < doc.size() && doc.isWord(t + 2) && doc.end(t + 1) == doc.start(t + 2);
        return dotBefore || dotAfter;
    }

    boolean isDash(int t) {
        return doc.isPunct(t, '-') || doc.isPunct(t, '—') || doc.isPunct(t, '–');
    }
}
