package id.kutip.engine.cue;

import id.kutip.engine.QuoteType;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.lexicon.WordClass;
import id.kutip.engine.quote.QuoteCandidate;
import id.kutip.engine.speaker.SourceKind;
import id.kutip.engine.speaker.SpeakerParser;
import id.kutip.engine.speaker.SpeakerPhrase;
import id.kutip.engine.text.Document;
import id.kutip.engine.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches cues to quotation candidates: a closing cue after the closing mark, an inverted
 * "X menambahkan" after it, or an opening cue before the opening mark. Quotes of a multi-paragraph
 * quotation, and cue-less quotes sharing a paragraph with a cued one, take their speaker from it.
 * Candidates with no cue that read like terms rather than speech are dropped.
 */
public final class DirectCues {

    /** A cue-less quotation shorter than this is a term or a scare quote, not speech. */
    static final int MIN_UNCUED_WORDS = 4;

    private final Document doc;
    private final Vocabulary vocab;
    private final SpeakerParser parser;
    private final Sentences sentences;

    public DirectCues(Document doc, Vocabulary vocab, SpeakerParser parser, Sentences sentences) {
        this.doc = doc;
        this.vocab = vocab;
        this.parser = parser;
        this.sentences = sentences;
    }

    private final List<QuoteCandidate> keptQuotes = new ArrayList<>();

    /** The candidates the last {@link #claims} call kept as quotations (terms and scare quotes dropped). */
    public List<QuoteCandidate> keptQuotes() {
        return keptQuotes;
    }

    public List<Claim> claims(List<QuoteCandidate> quotes) {
        List<Claim> claims = new ArrayList<>(quotes.size());
        for (QuoteCandidate q : quotes) {
            Claim c = closing(q);
            if (c == null) {
                c = opening(q);
            }
            if (c == null) {
                c = new Claim(QuoteType.DIRECT, q.start(), q.end(), null, -1, -1, Rule.UNATTRIBUTED, q.unpaired());
            }
            claims.add(c);
        }
        shareWithinQuotations(quotes, claims);
        List<Claim> kept = new ArrayList<>(claims.size());
        keptQuotes.clear();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.phrase() != null || c.hasCue() || c.rule() != Rule.UNATTRIBUTED || readsLikeSpeech(quotes.get(i))) {
                kept.add(c);
                keptQuotes.add(quotes.get(i));
            }
        }
        return kept;
    }

    /** "…," kata X. / "…," ujarnya. / "…," X menambahkan. */
    private Claim closing(QuoteCandidate q) {
        if (q.closeToken() < 0) {
            return null;
        }
        int limit = paragraphLimit(q.closeToken());
        int t = q.closeToken() + 1;
        if (t < limit && (doc.isPunct(t, ',') || doc.isPunct(t, '-') || doc.isPunct(t, '—') || doc.isPunct(t, '–'))) {
            t++;
        }
        if (t < limit && doc.isWord(t) && doc.is(t, "demikian")) {
            t++;
        }
        if (t >= limit || !doc.isWord(t)) {
            return null;
        }
        if (doc.has(t, WordClass.ANY_CLOSING_CUE) && !startsNewSentence(q.closeToken(), t)) {
            return cueClaim(q, t, limit, Rule.CLOSING_CUE);
        }
        // Inverted: "…," Budi menambahkan. / "…," ia menjelaskan.
        SpeakerPhrase phrase = parser.parseForward(t, limit);
        if (phrase != null && phrase.endToken() < limit) {
            int v = phrase.endToken();
            while (v < limit && doc.isWord(v) && doc.has(v, WordClass.ADVERB)) {
                v++;
            }
            if (v < limit && doc.isWord(v) && (doc.has(v, WordClass.REPORTING_VERB) || doc.has(v, WordClass.ANY_CLOSING_CUE))
                    && !startsNewSentence(q.closeToken(), t)) {
                return new Claim(QuoteType.DIRECT, q.start(), q.end(), phrase, doc.start(v), doc.end(v),
                        Rule.INVERTED_CUE, q.unpaired());
            }
        }
        return null;
    }

    /** A capitalised word right after a closing mark that ends in a full stop opens a new sentence. */
    private boolean startsNewSentence(int closeToken, int t) {
        int before = closeToken - 1;
        return before >= 0 && doc.isPunct(before, '.') && doc.isCapitalised(t) && !doc.is(t, "kata");
    }

    /** The claim for a cue word at {@code cue}: its -nya, a pronoun, or the phrase after it. */
    private Claim cueClaim(QuoteCandidate q, int cue, int limit, Rule rule) {
        SpeakerPhrase phrase;
        if (doc.has(cue, WordClass.PRONOUN_SUFFIXED)) {
            phrase = nyaPronoun(cue);
        } else {
            phrase = parser.parseForward(cue + 1, limit);
        }
        if (vocab.isQuestionCue(doc.lower(cue))) {
            // "…?" tanya wartawan kepada Bupati X: the answer that follows is the Bupati's
            int k = phrase != null ? phrase.endToken() : cue + 1;
            if (k + 1 < limit && doc.isWord(k) && doc.is(k, "kepada")) {
                SpeakerPhrase asked = parser.parseForward(k + 1, limit);
                if (asked != null) {
                    addressees.put(doc.start(cue), asked);
                }
            }
        }
        return new Claim(QuoteType.DIRECT, q.start(), q.end(), phrase, doc.start(cue), doc.end(cue), rule, q.unpaired());
    }

    private final Map<Integer, SpeakerPhrase> addressees = new HashMap<>();

    /** The one asked by a question cue starting at char {@code cueStart} ("tanya X kepada Y" → Y), or null. */
    public SpeakerPhrase addresseeOf(int cueStart) {
        return addressees.get(cueStart);
    }

    /** X mengatakan, "…" / X berkata: "…" / X: "…" / Kata X, "…" / Menurut X, "…" */
    private Claim opening(QuoteCandidate q) {
        int open = q.openToken();
        int paraStart = doc.firstToken(doc.paragraphs().get(q.paragraph()));
        int t = open - 1;
        if (t < paraStart) {
            return openingFromPreviousParagraph(q, paraStart);
        }
        boolean colon = doc.isPunct(t, ':');
        if (colon || doc.isPunct(t, ',')) {
            t--;
        }
        if (t < paraStart || !doc.isWord(t)) {
            return null;
        }
        int floor = sentences.startOf(t);
        if (doc.is(t, "bahwa") && t - 1 >= floor && doc.has(t - 1, WordClass.REPORTING_VERB)) {
            t--;
        }
        if (doc.has(t, WordClass.REPORTING_VERB | WordClass.CLOSING_CUE_NYA)) {
            if (doc.has(t, WordClass.CLOSING_CUE_NYA)) {
                return new Claim(QuoteType.DIRECT, q.start(), q.end(), nyaPronoun(t),
                        doc.start(t), doc.end(t), Rule.OPENING_CUE, q.unpaired());
            }
            SpeakerPhrase subject = parser.parseSubject(t, floor);
            if (subject != null) {
                return new Claim(QuoteType.DIRECT, q.start(), q.end(), subject, doc.start(t), doc.end(t),
                        Rule.OPENING_CUE, q.unpaired());
            }
            return null;
        }
        // "Kata X," or "Menurut X," at the start of the sentence.
        if (doc.isWord(floor)) {
            if (doc.has(floor, WordClass.ANY_CLOSING_CUE | WordClass.ANY_ACCORDING_TO)) {
                SpeakerPhrase phrase = doc.has(floor, WordClass.PRONOUN_SUFFIXED)
                        ? nyaPronoun(floor)
                        : parser.parseForward(floor + 1, open);
                if (phrase != null && phrase.endToken() >= t) {
                    return new Claim(QuoteType.DIRECT, q.start(), q.end(), phrase, doc.start(floor), doc.end(floor),
                            Rule.OPENING_CUE, q.unpaired());
                }
            }
        }
        if (colon) {
            SpeakerPhrase phrase = parser.parseSubject(t + 1, floor);
            if (phrase != null && phrase.kind() != SourceKind.PRONOUN) {
                return new Claim(QuoteType.DIRECT, q.start(), q.end(), phrase, -1, -1, Rule.COLON, q.unpaired());
            }
        }
        return null;
    }

    /** "Ia mengatakan:" closing one paragraph, the quotation opening the next. */
    private Claim openingFromPreviousParagraph(QuoteCandidate q, int paraStart) {
        int t = paraStart - 1;
        if (t < 0 || !doc.isPunct(t, ':') || doc.paragraphs().get(doc.paragraph(t)).boilerplate()) {
            return null;
        }
        int v = t - 1;
        if (v < 0 || !doc.isWord(v) || !doc.sameParagraph(v, t)) {
            return null;
        }
        int floor = sentences.startOf(v);
        if (doc.has(v, WordClass.REPORTING_VERB)) {
            SpeakerPhrase subject = parser.parseSubject(v, floor);
            if (subject != null) {
                return new Claim(QuoteType.DIRECT, q.start(), q.end(), subject, doc.start(v), doc.end(v),
                        Rule.OPENING_CUE, q.unpaired());
            }
        }
        return null;
    }

    /**
     * A quotation over several paragraphs takes the speaker of whichever paragraph names one; a
     * cue-less quote takes the speaker of the nearest cued quote in its own paragraph ("A," kata X. "B.").
     */
    private void shareWithinQuotations(List<QuoteCandidate> quotes, List<Claim> claims) {
        int n = claims.size();
        int chainStart = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && quotes.get(i).reopened() && quotes.get(i - 1).continues()) {
                continue;
            }
            chainStart = i;
            int chainEnd = i;
            while (chainEnd + 1 < n && quotes.get(chainEnd).continues() && quotes.get(chainEnd + 1).reopened()) {
                chainEnd++;
            }
            if (chainEnd > chainStart) {
                Claim named = null;
                for (int k = chainStart; k <= chainEnd && named == null; k++) {
                    if (claims.get(k).phrase() != null) {
                        named = claims.get(k);
                    }
                }
                if (named != null) {
                    for (int k = chainStart; k <= chainEnd; k++) {
                        if (claims.get(k).phrase() == null) {
                            claims.set(k, inherit(claims.get(k), named, Rule.MULTI_PARAGRAPH));
                        }
                    }
                }
            }
        }
        // Nearest named quote before (any cue) or after (a closing cue) in the same paragraph, found
        // in one pass each way so a paragraph of thousands of quotes stays linear.
        int[] namedBefore = new int[n];
        int[] closingAfter = new int[n];
        for (int i = 0, last = -1; i < n; i++) {
            if (last >= 0 && quotes.get(last).paragraph() != quotes.get(i).paragraph()) {
                last = -1;
            }
            namedBefore[i] = last;
            if (claims.get(i).phrase() != null) {
                last = i;
            }
        }
        for (int i = n - 1, next = -1; i >= 0; i--) {
            if (next >= 0 && quotes.get(next).paragraph() != quotes.get(i).paragraph()) {
                next = -1;
            }
            closingAfter[i] = next;
            if (claims.get(i).phrase() != null && claims.get(i).rule() == Rule.CLOSING_CUE) {
                next = i;
            }
        }
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            if (c.phrase() != null || c.rule() != Rule.UNATTRIBUTED) {
                continue;
            }
            int from = namedBefore[i] >= 0 ? namedBefore[i] : closingAfter[i];
            // A title in quotation marks beside a cued quote ("bertajuk \"…\"") is no part of it.
            if (from >= 0 && (readsLikeSpeech(quotes.get(i)) || followsComma(quotes.get(i)))) {
                claims.set(i, inherit(c, claims.get(from), Rule.SPLIT));
            }
        }
    }

    private static Claim inherit(Claim c, Claim from, Rule rule) {
        // The phrase is shared, but the mention belongs to the cued quote: mark it carried over.
        SpeakerPhrase carried = new SpeakerPhrase(from.phrase().kind(), from.phrase().name(), from.phrase().role(),
                -1, -1, from.phrase().endToken());
        return new Claim(c.type(), c.start(), c.end(), carried, -1, -1, rule, c.unpaired());
    }

    /**
     * Whether a cue-less quotation reads like speech rather than a term in quotation marks: a few
     * words at least, standing at the start of a paragraph or a sentence, or after a colon.
     */
    private boolean readsLikeSpeech(QuoteCandidate q) {
        int words = 0;
        for (int t = q.openToken() + 1; t < doc.size() && doc.start(t) < q.end(); t++) {
            if (doc.isWord(t)) {
                words++;
            }
        }
        if (words < MIN_UNCUED_WORDS) {
            return false;
        }
        int before = q.openToken() - 1;
        if (before < 0 || !doc.sameParagraph(before, q.openToken())) {
            return true;
        }
        return sentences.endsSentence(before) || doc.isPunct(before, ':') || doc.isQuoteMark(before);
    }

    /** '"…," kata X, "…"': the second part of an interrupted quotation opens after a comma. */
    private boolean followsComma(QuoteCandidate q) {
        int before = q.openToken() - 1;
        return before >= 0 && doc.sameParagraph(before, q.openToken()) && doc.isPunct(before, ',');
    }

    /** The -nya of "katanya" as the mention of a pronoun. */
    private SpeakerPhrase nyaPronoun(int cue) {
        return new SpeakerPhrase(SourceKind.PRONOUN, null, null, doc.end(cue) - Vocabulary.NYA.length(), doc.end(cue), cue + 1);
    }

    private int paragraphLimit(int t) {
        int p = doc.paragraph(t);
        int k = t;
        while (k < doc.size() && doc.paragraph(k) == p) {
            if (k > t && doc.isQuoteMark(k)) {
                return k;
            }
            k++;
        }
        return k;
    }
}
