package id.kutip.engine.cue;

import id.kutip.engine.QuoteType;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.lexicon.WordClass;
import id.kutip.engine.speaker.SourceKind;
import id.kutip.engine.speaker.SpeakerParser;
import id.kutip.engine.speaker.SpeakerPhrase;
import id.kutip.engine.text.Document;
import id.kutip.engine.text.Paragraph;
import id.kutip.engine.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech without quotation marks, one scan over the words outside quotations:
 * <ul>
 *   <li>{@code X mengatakan (bahwa) …} and the other reporting verbs; speech acts such as
 *       {@code meminta agar …} with lower confidence;</li>
 *   <li>{@code Menurut X, …}, {@code …, menurut X.} and {@code …, menurutnya, …};</li>
 *   <li>a closing cue without marks: {@code …, kata X.} and {@code Biasanya, kata X, …}.</li>
 * </ul>
 * The quote is the reported clause only: not the verb, not {@code bahwa}, not the final stop.
 */
public final class IndirectCues {

    /** A reported clause shorter than this is a fragment, not a statement. */
    static final int MIN_CLAUSE_WORDS = 3;

    private final Document doc;
    private final Vocabulary vocab;
    private final SpeakerParser parser;
    private final Sentences sentences;
    private final boolean[] quoted;

    /**
     * @param quoted per token: inside a direct quotation (marks included), where no indirect rule looks
     */
    public IndirectCues(Document doc, Vocabulary vocab, SpeakerParser parser, Sentences sentences, boolean[] quoted) {
        this.doc = doc;
        this.vocab = vocab;
        this.parser = parser;
        this.sentences = sentences;
        this.quoted = quoted;
    }

    /**
     * People who become the one in focus without a statement being reported: the subject of a
     * reporting verb with no clause ("Abdian, Koordinator X, juga menyampaikan harapan serupa") or a
     * person opening a sentence ("Toto Sugito, pendiri komunitas itu, bersepeda …"). Pronoun cues
     * after them refer to them.
     */
    public List<FocusShift> focusShifts() {
        return focusShifts;
    }

    private final List<FocusShift> focusShifts = new ArrayList<>();
    /** End of the last reported clause found so far: a statement is attributed once. */
    private int reportedUpTo = -1;

    public List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (p.boilerplate() || p.titleCase()) {
                continue;
            }
            int t = doc.firstToken(p);
            while (t < doc.size() && doc.paragraph(t) == p.index()) {
                if (!quoted[t] && doc.isCapitalised(t) && sentences.startsSentence(t)) {
                    personOpening(t);
                }
                Claim c = quoted[t] || !doc.isWord(t) ? null : at(t);
                if (c != null) {
                    out.add(c);
                    reportedUpTo = Math.max(reportedUpTo, c.end());
                    // Continue after the reported clause: one attribution per statement.
                    t = Math.max(t + 1, doc.tokenAtOrAfter(c.end()));
                } else {
                    t++;
                }
            }
        }
        return out;
    }

    private Claim at(int t) {
        if (doc.classes(t) == 0) {
            return null;
        }
        boolean afterComma = t > 0 && doc.sameParagraph(t - 1, t) && doc.isPunct(t - 1, ',') && !quoted[t - 1];
        if (doc.has(t, WordClass.REPORTING_VERB)) {
            Claim c = reportingVerb(t, Rule.REPORTING_VERB);
            // "bilang" is both: "Dia bilang …" and "…, bilang Budi"
            if (c != null || !doc.has(t, WordClass.ANY_CLOSING_CUE) || !(afterComma || sentences.startsSentence(t))) {
                return c;
            }
            return midSentenceCue(t, Rule.REPORTED_CLOSING_CUE);
        }
        if (doc.has(t, WordClass.BORDERLINE_VERB)) {
            return reportingVerb(t, Rule.SPEECH_ACT);
        }
        if (doc.has(t, WordClass.ANY_ACCORDING_TO)) {
            return midSentenceCue(t, Rule.ACCORDING_TO);
        }
        if (doc.has(t, WordClass.ANY_CLOSING_CUE) && (afterComma || sentences.startsSentence(t))) {
            return midSentenceCue(t, Rule.REPORTED_CLOSING_CUE);
        }
        if (doc.has(t, WordClass.ANY_PASSIVE_CUE)) {
            return passiveCue(t, afterComma || sentences.startsSentence(t));
        }
        return null;
    }

    /**
     * A passive reporting verb: "Diungkapkan X bahwa …", "Disampaikan oleh X, …", "…, dikatakan X,
     * …", "Ditegaskannya, …" (the source in focus), "Ditambahkan, …" (no agent: the source in focus,
     * only for verbs of saying), "Hal itu disampaikan X" (the sentence before is X's). Elsewhere
     * ("Rasa lega diungkapkan Ani …") the agent only becomes the one in focus.
     */
    private Claim passiveCue(int cue, boolean opensClause) {
        int sentenceStart = sentences.startOf(cue);
        int sentenceEnd = sentences.endOf(cue);
        int k = cue + 1;
        if (k < sentenceEnd && doc.isWord(k) && doc.is(k, "oleh")) {
            k++;
        }
        if (doc.has(cue, WordClass.PASSIVE_CUE_NYA)) {
            if (!opensClause) {
                return null;
            }
            SpeakerPhrase pronoun = new SpeakerPhrase(SourceKind.PRONOUN, null, null,
                    doc.end(cue) - Vocabulary.NYA.length(), doc.end(cue), cue + 1);
            return clauseAfter(cue, k, sentenceEnd, pronoun);
        }
        if (previousStatementMarker(cue, sentenceStart)) {
            SpeakerPhrase agent = parser.parseForward(k, sentenceEnd);
            int[] before = previousSentence(sentenceStart);
            if (agent == null || agent.kind() == SourceKind.PRONOUN) {
                return null;
            }
            if (before == null || before[0] < reportedUpTo) {
                // the sentence before reports its own statement: X is only who is speaking now
                if (agent.kind() == SourceKind.PERSON) {
                    focusShifts.add(new FocusShift(doc.start(cue), agent));
                }
                return null;
            }
            return new Claim(QuoteType.INDIRECT, before[0], before[1], agent, doc.start(cue), doc.end(cue), Rule.PASSIVE_CUE, false);
        }
        boolean noAgent = k < sentenceEnd && (doc.isPunct(k, ',') || isComplementiser(k) || startsPredicate(k));
        if (noAgent) {
            if (!opensClause || !doc.has(cue, WordClass.SAYING_PASSIVE)) {
                return null;
            }
            // "Ditambahkan, …": said by whoever is in focus
            return clauseAfter(cue, k, sentenceEnd, new SpeakerPhrase(SourceKind.PRONOUN, null, null, -1, -1, k));
        }
        SpeakerPhrase agent = parser.parseForward(k, sentenceEnd);
        if (agent == null || agent.kind() == SourceKind.DESCRIPTION && !opensClause) {
            return null;
        }
        if (!opensClause) {
            // "Rasa lega diungkapkan Ani …": Ani speaks next; not "… saat dikonfirmasi wartawan"
            if (agent.kind() == SourceKind.PERSON && doc.has(cue, WordClass.SAYING_PASSIVE)
                    && !(cue > 0 && doc.isWord(cue - 1) && doc.has(cue - 1, WordClass.PHRASE_BREAK))) {
                focusShifts.add(new FocusShift(doc.start(cue), agent));
            }
            return null;
        }
        int after = agent.endToken();
        if (after >= sentenceEnd && cue - 1 > sentenceStart && doc.isPunct(cue - 1, ',')) {
            // "…, dikatakan X." — the clause came before the comma
            int[] clause = clause(sentenceStart, cue - 1);
            return clause == null ? null
                    : new Claim(QuoteType.INDIRECT, clause[0], clause[1], agent, doc.start(cue), doc.end(cue), Rule.PASSIVE_CUE, false);
        }
        if (after < sentenceEnd && (doc.isPunct(after, ',') || isComplementiser(after))) {
            return clauseAfter(cue, after, sentenceEnd, agent);
        }
        return null;
    }

    /** The claim for the clause after a comma or complementiser at {@code t}, or null when too short. */
    private Claim clauseAfter(int cue, int t, int sentenceEnd, SpeakerPhrase source) {
        int from = t;
        if (from < sentenceEnd && doc.isPunct(from, ',')) {
            from++;
        }
        if (from < sentenceEnd && isComplementiser(from)) {
            from++;
        }
        int[] clause = clause(from, sentenceEnd);
        return clause == null ? null
                : new Claim(QuoteType.INDIRECT, clause[0], clause[1], source, doc.start(cue), doc.end(cue), Rule.PASSIVE_CUE, false);
    }

    /** "Hal itu disampaikan", "Hal tersebut dikatakan", "Demikian disampaikan": the statement came before. */
    private boolean previousStatementMarker(int cue, int sentenceStart) {
        int k = cue - 1;
        while (k > sentenceStart && doc.isWord(k) && doc.has(k, WordClass.ADVERB)) {
            k--; // "Hal itu juga disampaikan"
        }
        if (k == sentenceStart && doc.isWord(k) && doc.is(k, "demikian")) {
            return true;
        }
        return k - 1 == sentenceStart && doc.isWord(k - 1) && doc.is(k - 1, "hal")
                && (doc.is(k, "itu") || doc.is(k, "tersebut") || doc.is(k, "ini"));
    }

    /** The sentence before the one starting at {@code sentenceStart}, outside quotations, without its stop. */
    private int[] previousSentence(int sentenceStart) {
        int end = sentenceStart - 1;
        while (end >= 0 && !doc.isWord(end)) {
            if (quoted[end] || doc.paragraphs().get(doc.paragraph(end)).boilerplate()) {
                return null;
            }
            end--;
        }
        if (end < 0 || quoted[end] || doc.paragraphs().get(doc.paragraph(end)).boilerplate()) {
            return null;
        }
        int start = sentences.startOf(end);
        return clause(start, end + 1);
    }

    /** X mengatakan (,|:|bahwa) clause. */
    private Claim reportingVerb(int verb, Rule rule) {
        int sentenceEnd = sentences.endOf(verb);
        int c = verb + 1;
        if (c < sentenceEnd && (doc.isPunct(c, ',') || doc.isPunct(c, ':'))) {
            c++;
        }
        if (c < sentenceEnd && doc.isQuoteMark(c)) {
            return null; // a direct quotation follows: the opening cue has it
        }
        if (c < sentenceEnd && isComplementiser(c)) {
            c++;
        }
        int[] clause = clause(c, sentenceEnd);
        if (clause != null && doc.has(verb, WordClass.NAMING_VERB) && hasWordBefore(c, sentenceEnd, "sebagai")) {
            return null; // "menyebut program itu sebagai …" names the programme, reports nothing
        }
        if (clause != null && c == verb + 1 && vocab.isObjectVerb(doc.lower(verb)) && readsAsObject(c, sentenceEnd)) {
            clause = null; // "menyampaikan sambutan dalam rapat": what was delivered, not what was said
        }
        SpeakerPhrase subject = parser.parseSubject(verb, sentences.startOf(verb));
        if (subject == null) {
            return null;
        }
        if (clause == null) {
            focusShifts.add(new FocusShift(doc.start(verb), subject));
            return null;
        }
        return new Claim(QuoteType.INDIRECT, clause[0], clause[1], subject, doc.start(verb), doc.end(verb), rule, false);
    }

    /**
     * A cue inside a sentence: "Menurut X, clause", "clause, menurut X.", "Ini, katanya, clause",
     * "Menurutnya clause".
     */
    private Claim midSentenceCue(int cue, Rule rule) {
        int sentenceStart = sentences.startOf(cue);
        int sentenceEnd = sentences.endOf(cue);
        SpeakerPhrase phrase;
        if (doc.has(cue, WordClass.PRONOUN_SUFFIXED)) {
            phrase = new SpeakerPhrase(SourceKind.PRONOUN, null, null, doc.end(cue) - Vocabulary.NYA.length(), doc.end(cue), cue + 1);
        } else {
            phrase = parser.parseForward(cue + 1, sentenceEnd);
        }
        if (phrase == null) {
            return null;
        }
        int after = phrase.endToken();
        boolean commaAfter = after < sentenceEnd && doc.isPunct(after, ',');
        int[] clause = null;
        if (after >= sentenceEnd) {
            // "…, menurut X." / "…, kata X." — the clause is what came before the comma.
            int commaBefore = cue - 1;
            if (commaBefore > sentenceStart && doc.isPunct(commaBefore, ',')) {
                clause = clause(sentenceStart, commaBefore);
            }
        } else if (commaAfter || rule == Rule.ACCORDING_TO && doc.isWord(after)
                || rule == Rule.REPORTED_CLOSING_CUE && cue > sentenceStart && startsPredicate(after)) {
            // "…, kata X terus menyisir …": no comma after the name, but a predicate begins
            int from = commaAfter ? after + 1 : after;
            if (from < sentenceEnd && isComplementiser(from)) {
                from++;
            }
            clause = clause(from, sentenceEnd);
        }
        if (clause == null) {
            return null;
        }
        return new Claim(QuoteType.INDIRECT, clause[0], clause[1], phrase, doc.start(cue), doc.end(cue), rule, false);
    }

    /**
     * A sentence that opens by introducing someone with a role ("Toto Sugito, pendiri komunitas
     * itu, bersepeda …") puts that person in focus.
     */
    private void personOpening(int t) {
        if (!parser.isNameWord(t) && !doc.has(t, WordClass.TITLE_START | WordClass.RANK_START | WordClass.HONORIFIC)) {
            return; // "Namun", "Sementara": most sentences open with no one's name
        }
        SpeakerPhrase p = parser.parseForward(t, sentences.endOf(t));
        if (p == null || p.kind() != SourceKind.PERSON || p.role() == null || p.endToken() >= doc.size()) {
            return;
        }
        int next = p.endToken();
        if (doc.isWord(next) && doc.startsLowerCase(next) && doc.sameParagraph(t, next)) {
            focusShifts.add(new FocusShift(doc.start(t), p));
        }
    }

    /**
     * Whether the words after a reporting verb are its object rather than a reported clause: no
     * predicate (no verb with an affix, modal, negation or copula) and a preposition within the
     * first three words ("sambutan dalam rapat", "selamat kepada tim", "pidato pertamanya sebagai
     * kepala negara"). A bare clause such as "harga cabai naik di pasar" has its preposition later.
     */
    private boolean readsAsObject(int from, int to) {
        int words = 0;
        boolean prepositionEarly = false;
        for (int k = from; k < to && !quoted[k]; k++) {
            if (!doc.isWord(k)) {
                continue;
            }
            words++;
            if (doc.has(k, WordClass.MODAL | WordClass.NEGATION) || doc.is(k, "adalah") || doc.is(k, "merupakan")
                    || isAffixedVerb(k)) {
                return false;
            }
            if (words > 1 && words <= 3 && (doc.has(k, WordClass.PHRASE_BREAK) || doc.is(k, "sebagai"))) {
                prepositionEarly = true;
            }
        }
        return prepositionEarly;
    }

    /** A lower-case adverb, modal, negation or affixed verb: where a predicate begins ("masih cukup", "terus menyisir"). */
    private boolean startsPredicate(int t) {
        return t < doc.size() && doc.isWord(t) && !doc.isCapitalised(t)
                && (doc.has(t, WordClass.ADVERB | WordClass.MODAL | WordClass.NEGATION) || isAffixedVerb(t));
    }

    /** meN-, ber-, di-, ter- on a dictionary root: a verb, the core of a predicate. */
    private boolean isAffixedVerb(int t) {
        return !doc.isCapitalised(t) && parser.isPrefixedVerb(t);
    }

    private boolean hasWordBefore(int from, int to, String lowerCaseWord) {
        for (int k = from; k < to; k++) {
            if (doc.isWord(k) && doc.is(k, lowerCaseWord)) {
                return true;
            }
        }
        return false;
    }

    private boolean isComplementiser(int t) {
        return doc.isWord(t) && (doc.is(t, "bahwa") || doc.is(t, "jika") || doc.is(t, "kalau") || doc.is(t, "agar")
                || doc.is(t, "supaya") || doc.is(t, "apabila"));
    }

    /** The clause over tokens {@code [from, to)}, stopping before a quotation; null if too short. */
    private int[] clause(int from, int to) {
        int words = 0;
        int last = -1;
        for (int k = from; k < to; k++) {
            if (quoted[k]) {
                break;
            }
            if (k > from && doc.isPunct(k, ',') && k + 1 < to && doc.isWord(k + 1)
                    && doc.has(k + 1, WordClass.ANY_ACCORDING_TO | WordClass.ANY_CLOSING_CUE)) {
                break; // "… batal, menurut Susi …": another source's statement begins
            }
            if (doc.isWord(k)) {
                words++;
            }
            last = k;
        }
        while (last >= from && !doc.isWord(last) && !doc.isPunct(last, ')') && !doc.isPunct(last, '%')) {
            last--;
        }
        if (words < MIN_CLAUSE_WORDS || last < from) {
            return null;
        }
        return new int[] {doc.start(from), doc.end(last)};
    }
}
