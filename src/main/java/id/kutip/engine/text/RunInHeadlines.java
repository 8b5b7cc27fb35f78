package id.kutip.engine.text;

import id.kutip.engine.lexicon.WordClass;
import java.util.Arrays;

/**
 * Where a headline run into the next sentence ends, in text whose line breaks were lost: "Harga
 * Beras Turun di Pasar Tradisional Dedi Kurniawan juga mengatakan …". A headline runs over
 * capitalised words and the function words headlines keep in lower case; the sentence begins in the
 * capitalised run before its first other lower-case word, at a sentence opener, a title, or a name
 * the text repeats (see {@link #subjectStart}). After a boilerplate prefix ("Baca juga:") a headline
 * is sure to come; elsewhere the words must read as one.
 */
final class RunInHeadlines {

    /** How far a headline is looked for: longer runs of capitalised words are no headline. */
    private static final int MAX_HEADLINE_TOKENS = 40;
    /** A headline has at least this many words. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** A subject name run into after a headline has at most this many words. */
    private static final int MAX_NAME_WORDS = 3;
    /** A quoted term inside a headline has at most this many words. */
    private static final int MAX_TERM_TOKENS = 6;
    /** Occurrences of a word compared when looking for a name elsewhere: bounds the cost of repeated words. */
    private static final int MAX_OCCURRENCES_CHECKED = 64;

    /** Capitalised words that open a sentence rather than continue a headline. */
    private static final int SENTENCE_OPENERS = WordClass.NOT_NAME | WordClass.PRONOUN | WordClass.ANY_ACCORDING_TO;
    /** Words that start the subject of a sentence: a title, a rank, an honorific, an organisation. */
    private static final int SUBJECT_STARTS = WordClass.TITLE_START | WordClass.RANK_START | WordClass.HONORIFIC
            | WordClass.ORGANISATION_START;
    /** Words inside a role or an office's name: a title word after one of them continues the role. */
    private static final int ROLE_WORDS = WordClass.TITLE_WORD | WordClass.TITLE_START | WordClass.RANK_WORD
            | WordClass.RANK_START | WordClass.ORGANISATION_WORD | WordClass.ORGANISATION_START | WordClass.OFFICE_WORD
            | WordClass.PLACE | WordClass.PLACE_UNIT | WordClass.HONORIFIC;
    /** Words that end roles and names of offices rather than belong to a person's name. */
    private static final int NOT_IN_NAMES = WordClass.PLACE | WordClass.ORGANISATION_WORD | WordClass.ORGANISATION_START
            | WordClass.OFFICE_WORD | WordClass.TITLE_WORD | WordClass.TITLE_START | WordClass.RANK_WORD
            | WordClass.RANK_START | WordClass.NOT_NAME | WordClass.PLACE_UNIT;

    private final Document doc;
    private final Sentences sentences;
    private final Boilerplate boilerplate;
    private final Datelines datelines;
    /** Per word id its first token, per token the next token with the same word (-1 at the end). */
    private int[] firstSameWord;
    private int[] nextSameWord;

    RunInHeadlines(Document doc, Sentences sentences, Boilerplate boilerplate, Datelines datelines) {
        this.doc = doc;
        this.sentences = sentences;
        this.boilerplate = boilerplate;
        this.datelines = datelines;
    }

    /**
     * Where the sentence after a headline starting at {@code head} begins, or -1 when no headline
     * starts there. A headline runs over capitalised words and the function words headlines keep in
     * lower case, and the sentence begins in the capitalised run before its first other lower-case
     * word (see {@link #subjectStart}). Elsewhere than after a boilerplate prefix a headline never
     * starts with a sentence opener ("Pada", "Menurut", "Sebelumnya"). A boilerplate prefix may also
     * link a headline written as a sentence ("Baca juga: Warga diminta waspada banjir"): it ends
     * before a capitalised word that a lower-case word precedes and a lower-case word follows, or
     * before the capitalised run in its text whose subject reading holds.
     */
    int sentenceAfter(int head, int to, boolean afterBoilerplate) {
        if (!afterBoilerplate && (head >= to || !doc.isWord(head)
                || doc.has(head, SENTENCE_OPENERS | WordClass.PHRASE_BREAK))) {
            return -1;
        }
        int words = 0;
        int capitalised = 0;
        boolean sentenceCase = false;
        int limit = Math.min(to, head + MAX_HEADLINE_TOKENS);
        for (int k = head; k < limit; k++) {
            if (doc.isWord(k)) {
                if (doc.isCapitalised(k) || doc.hasDigit(k) || doc.isAcronym(k)) {
                    capitalised++;
                    if (sentenceCase && k > head && doc.startsLowerCase(k - 1) && boilerplate.prefixEnd(doc.text(), doc.start(k)) >= 0) {
                        return k;
                    }
                } else if (!doc.has(k, WordClass.HEADLINE_FUNCTION_WORD) && !datelines.isDomainPart(k)) {
                    int sentence = subjectStart(head, k, afterBoilerplate);
                    if (sentence > head && (afterBoilerplate || isHeadline(words(head, sentence), capitalised(head, sentence)))) {
                        return sentence;
                    }
                    if (!afterBoilerplate || !(sentenceCase || capitalised <= 1)) {
                        return -1;
                    }
                    sentenceCase = true;
                }
                words++;
            } else if (doc.isQuoteMark(k)) {
                int after = afterQuotedTerm(k, limit);
                if (after < 0) {
                    // A quotation opens the next paragraph: a headline holds only short quoted terms,
                    // and a colon or comma before the mark introduces it in the same sentence.
                    boolean introduced = k > head && (doc.isPunct(k - 1, ':') || doc.isPunct(k - 1, ','));
                    return afterBoilerplate || !introduced && isHeadline(words, capitalised) ? k : -1;
                }
                k = after - 1;
            } else if (sentences.endsSentence(k)) {
                return -1;
            } else if (datelines.isDash(k)) {
                int d = datelines.start(k, to);
                if (d >= 0) {
                    return afterBoilerplate || isHeadline(words(head, d), capitalised(head, d)) ? d : -1;
                }
            }
        }
        return -1;
    }

    private static boolean isHeadline(int words, int capitalised) {
        return words >= MIN_HEADLINE_WORDS && capitalised * 10 >= words * 7;
    }

    /**
     * A short quoted term in a headline ("Resep Juara: 'Bertahan' dengan Sabar"): the token
     * after its closing mark, or -1 if the mark at {@code open} does not close over a few words.
     */
    private int afterQuotedTerm(int open, int limit) {
        Paragraph p = doc.paragraphs().get(doc.paragraph(open));
        if ((doc.markFacing(open, p.start(), p.end()) & QuoteMarks.OPENS) == 0) {
            return -1;
        }
        boolean isDouble = doc.isDoubleMark(open);
        for (int k = open + 1; k < limit && k <= open + MAX_TERM_TOKENS; k++) {
            if (doc.isQuoteMark(k)) {
                return doc.isDoubleMark(k) == isDouble && doc.start(k) == doc.end(k - 1) ? k + 1 : -1;
            }
            if (!doc.isWord(k) || !(doc.isCapitalised(k) || doc.has(k, WordClass.HEADLINE_FUNCTION_WORD))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the sentence begins in the capitalised run before lower-case word {@code k}, or -1 when
     * the run reads as the subject of one sentence rather than a headline and a subject. In order:
     * <ol>
     *   <li>a sentence opener ("Dia", "Menurut", "Karena" before a lower-case word);</li>
     *   <li>a title, rank or organisation ("Mantan Kepala Dinas …"), found over brackets and numbers
     *       too ("Komandan Kodim 1201 Sukamaju Letnan Kolonel (Inf) …"): at the run's head it means no
     *       headline;</li>
     *   <li>a name (see {@link #nameStart}).</li>
     * </ol>
     * A headline outside boilerplate ends in a capitalised word, not in punctuation or a lower-case
     * word: "Sebagai Ketua DPRD Kota Sukamaju, Wahyu …" is one sentence.
     */
    private int subjectStart(int head, int k, boolean afterBoilerplate) {
        k = beforeBracketedShortForm(head, k);
        int runStart = k;
        while (runStart > head && doc.isWord(runStart - 1) && doc.isCapitalised(runStart - 1)) {
            runStart--;
        }
        if (runStart == k) {
            return -1;
        }
        int cut = -1;
        for (int r = k - 1; r >= runStart && cut < 0; r--) {
            if (opensSentence(r, k)) {
                cut = r;
            }
        }
        if (cut < 0) {
            int roleStart = runStart;
            while (roleStart > head && isRoleToken(roleStart - 1)) {
                roleStart--;
            }
            for (int r = roleStart; r < k && cut < 0; r++) {
                // Past a boilerplate prefix a headline is sure to come first: a title at its head is
                // the headline's, and the subject's title is a later one that starts a role afresh.
                boolean headlines = afterBoilerplate && (r == head || doc.has(r - 1, ROLE_WORDS) || doc.isAcronym(r - 1));
                if (doc.isWord(r) && doc.has(r, SUBJECT_STARTS) && !headlines) {
                    cut = r;
                }
            }
        }
        if (cut < 0) {
            cut = nameStart(runStart, k);
        }
        int before = cut - 1;
        boolean headlineEnd = cut > head && doc.isWord(before)
                && (afterBoilerplate || doc.isCapitalised(before) || doc.isAcronym(before) || doc.hasDigit(before));
        return headlineEnd ? cut : -1;
    }

    /**
     * The first word of the name that ends the run {@code [runStart, k)}: the longest run of up to
     * {@value #MAX_NAME_WORDS} name-like words before {@code k} that the text writes elsewhere too
     * ("… soal Harga Pupuk Dedi Kurniawan juga" → "Dedi Kurniawan"), else the whole run if it is only a few
     * name-like words, else the last word; -1 if that is no name-like word.
     */
    private int nameStart(int runStart, int k) {
        int first = k;
        while (first > runStart && k - first < MAX_NAME_WORDS && isNameLike(first - 1)) {
            first--;
        }
        for (int r = first; r < k - 1; r++) {
            if (occursElsewhere(r, k)) {
                return r;
            }
        }
        // A run of a few name-like words and nothing else is one name: "…, Sri Handayani Putri mengatakan".
        return first == runStart ? first : first < k ? k - 1 : -1;
    }

    /**
     * {@code k}, or the start of a bracketed short form right before it: "Badan Pusat Statistik (BPS) mencatat"
     * reads as "Badan Pusat Statistik mencatat".
     */
    private int beforeBracketedShortForm(int head, int k) {
        if (k - 1 <= head || !doc.isPunct(k - 1, ')')) {
            return k;
        }
        for (int b = k - 2; b > head && b >= k - 5; b--) {
            if (doc.isPunct(b, '(')) {
                return b;
            }
            if (!doc.isWord(b)) {
                return k;
            }
        }
        return k;
    }

    /** Whether the words {@code [from, to)} stand, in that order, somewhere else in the text (ignoring case). */
    private boolean occursElsewhere(int from, int to) {
        if (nextSameWord == null) {
            indexWords();
        }
        int checked = 0;
        for (int t = firstSameWord[doc.wordId(from)]; t >= 0 && checked < MAX_OCCURRENCES_CHECKED; t = nextSameWord[t], checked++) {
            if (t == from || t + (to - from) > doc.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 1; i < to - from && same; i++) {
                same = doc.isWord(t + i) && doc.wordId(t + i) == doc.wordId(from + i);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Links every word to the next occurrence of the same word: one pass, for {@link #occursElsewhere}. */
    private void indexWords() {
        firstSameWord = new int[doc.distinctWords()];
        Arrays.fill(firstSameWord, -1);
        nextSameWord = new int[doc.size()];
        for (int t = doc.size() - 1; t >= 0; t--) {
            if (doc.isWord(t)) {
                int id = doc.wordId(t);
                nextSameWord[t] = firstSameWord[id];
                firstSameWord[id] = t;
            }
        }
    }

    /**
     * A token of a role or an office's name, looked back over for its title: capitalised words,
     * capitals, numbers, brackets, slashes and the function words inside names ("Kamar Dagang dan
     * Industri", "Kepala Kantor Pertanahan di Sukamaju"), but not "yang", which starts a clause.
     */
    private boolean isRoleToken(int t) {
        if (!doc.isWord(t)) {
            return doc.isPunct(t, '(') || doc.isPunct(t, ')') || doc.isPunct(t, '/');
        }
        return doc.isCapitalised(t) || doc.isAcronym(t) || doc.hasDigit(t)
                || doc.has(t, WordClass.HEADLINE_FUNCTION_WORD) && !doc.is(t, "yang");
    }

    /**
     * A sentence opener: a pronoun or "Menurut", or a connective ("Karena", "Namun") that a lower-case
     * word or a comma follows; "Terakhir" and "Dalam" before a capital belong to a headline.
     */
    private boolean opensSentence(int r, int k) {
        if (doc.has(r, WordClass.PRONOUN | WordClass.ANY_ACCORDING_TO)) {
            return true;
        }
        return doc.has(r, WordClass.NOT_NAME) && (r + 1 == k || doc.isPunct(r + 1, ','));
    }

    /** A capitalised word that can be part of a person's name, not of a role, an office or a place. */
    private boolean isNameLike(int t) {
        return doc.isWord(t) && doc.isCapitalised(t) && !doc.isAcronym(t) && !doc.hasDigit(t)
                && !doc.has(t, NOT_IN_NAMES);
    }

    private int words(int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            n += doc.isWord(t) ? 1 : 0;
        }
        return n;
    }

    private int capitalised(int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            n += doc.isWord(t) && (doc.isCapitalised(t) || doc.hasDigit(t) || doc.isAcronym(t)) ? 1 : 0;
        }
        return n;
    }
}
