package id.kutip.engine.speaker;

import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.text.Document;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads speaker phrases: forward after a cue ("kata Gubernur BI Perry Warjiyo di Jakarta") and
 * backward from a reporting verb to its subject ("Dalam rapat itu, Budi juga mengatakan"). Splits
 * a phrase into role and name: titles and ranks from the lexicon open a role, a trailing run of name
 * words closes it, and a word the article elsewhere uses on its own as a name ("kata Perry") marks
 * where the name begins.
 */
public final class SpeakerParser {

    /** Longest subject the backward parse considers; longer spans are clauses, not subjects. */
    private static final int MAX_SUBJECT_TOKENS = 30;
    private static final int MAX_NAME_TOKENS = 7;
    private static final int MAX_DESCRIPTION_WORDS = 6;

    private final Document doc;
    private final Vocabulary vocab;
    private final Set<String> shortForms;

    public SpeakerParser(Document doc, Vocabulary vocab) {
        this.doc = doc;
        this.vocab = vocab;
        this.shortForms = collectShortForms();
    }

    // ---- forward -------------------------------------------------------------------------------

    /**
     * The speaker phrase starting at {@code t}, not reaching {@code limit}, or null if none starts
     * there.
     */
    public SpeakerPhrase parseForward(int t, int limit) {
        if (t >= limit || !doc.isWord(t)) {
            return null;
        }
        int phraseStart = t;
        String w = doc.lower(t);
        if (vocab.pronouns.contains(w)) {
            return new SpeakerPhrase(SourceKind.PRONOUN, null, null, doc.start(t), doc.end(t), t + 1);
        }
        t = skipIndefinite(t, limit);
        boolean indefinite = t > phraseStart;
        t = skipHonorifics(t, limit);
        int titleLen = vocab.titles.match(doc, t);
        boolean rank = titleLen == 0 && t < limit && isRank(t);
        if (titleLen > 0 || rank) {
            return parseTitled(phraseStart, t, rank ? 0 : titleLen, limit, indefinite);
        }
        if (indefinite) {
            return null;
        }
        int nameEnd = nameRun(t, limit);
        if (nameEnd > t) {
            return personWithTrailingRole(t, nameEnd, limit);
        }
        int orgLen = vocab.organisations.match(doc, t);
        if (orgLen > 0 || (doc.isAcronym(t) && !vocab.places.contains(w))) {
            int end = phraseRun(t + Math.max(orgLen, 1), limit, true);
            return new SpeakerPhrase(SourceKind.ORGANISATION, text(t, end), null, doc.start(t), doc.end(end - 1), end);
        }
        return lowerCaseDescription(t, limit);
    }

    private SpeakerPhrase parseTitled(int phraseStart, int titleStart, int titleLen, int limit, boolean indefinite) {
        int t = titleStart + titleLen;
        boolean descriptive = Character.isLowerCase(doc.firstChar(titleStart));
        // Ranks between title and name belong to neither: "Kapolres X AKBP Budi".
        int roleEnd;
        int runEnd = titleLen == 0 ? roleRun(t + 1, limit, false) : roleRun(t, limit, descriptive);
        int rankAt = -1;
        for (int k = titleStart + titleLen; k < runEnd; k++) {
            if (isRank(k)) {
                rankAt = k;
                break;
            }
        }
        int nameStart;
        int nameEnd;
        if (rankAt >= 0) {
            int afterRanks = rankAt;
            while (afterRanks < limit && isRank(afterRanks)) {
                afterRanks++;
            }
            afterRanks = skipHonorifics(afterRanks, limit);
            nameStart = afterRanks;
            nameEnd = nameRun(afterRanks, limit);
            roleEnd = rankAt == titleStart ? rankAt + 1 : rankAt;
        } else {
            nameStart = splitName(t, runEnd);
            nameEnd = nameStart < runEnd ? runEnd : nameStart;
            roleEnd = nameStart;
            if (nameStart == runEnd) {
                nameEnd = runEnd;
            }
        }
        String role = roleEnd > titleStart ? text(titleStart, roleEnd) : null;
        int end = Math.max(nameEnd, runEnd);
        if (nameEnd > nameStart) {
            return afterName(new SpeakerPhrase(SourceKind.PERSON, text(nameStart, nameEnd), role,
                    doc.start(nameStart), doc.end(nameEnd - 1), end), limit);
        }
        // "seorang pedagang di pasar, Mimin, ..." — the name follows as an appositive.
        if (end + 1 < limit && doc.isPunct(end, ',')) {
            int apposEnd = nameRun(end + 1, limit);
            if (apposEnd > end + 1) {
                String roleText = text(indefinite ? titleStart : titleStart, end);
                return afterName(new SpeakerPhrase(SourceKind.PERSON, text(end + 1, apposEnd), roleText,
                        doc.start(end + 1), doc.end(apposEnd - 1), apposEnd), limit);
            }
        }
        if (descriptive || indefinite) {
            String description = text(phraseStart, end);
            return new SpeakerPhrase(SourceKind.DESCRIPTION, description, null, doc.start(phraseStart), doc.end(end - 1), end);
        }
        return new SpeakerPhrase(SourceKind.TITLE, null, text(titleStart, end), doc.start(titleStart), doc.end(end - 1), end);
    }

    /** After a name: degrees, then a role given after it ("Sukarno pedagang ayam", "Budi, Kepala Dinas X,"). */
    private SpeakerPhrase afterName(SpeakerPhrase person, int limit) {
        int t = skipDegrees(person.endToken(), limit);
        t = skipParenthetical(t, limit);
        SpeakerPhrase result = person.withEnd(t);
        if (t >= limit) {
            return result;
        }
        boolean comma = doc.isPunct(t, ',');
        int roleStart = comma ? t + 1 : t;
        if (roleStart < limit && doc.isWord(roleStart) && doc.is(roleStart, "sebagai")) {
            roleStart++;
        }
        int titleLen = vocab.titles.match(doc, roleStart);
        if (titleLen == 0 || (!comma && !Character.isLowerCase(doc.firstChar(roleStart)) && roleStart == t)) {
            if (titleLen == 0) {
                return result;
            }
        }
        int runEnd = roleRun(roleStart + titleLen, limit, Character.isLowerCase(doc.firstChar(roleStart)));
        if (result.role() != null) {
            return result;
        }
        return new SpeakerPhrase(result.kind(), result.name(), text(roleStart, runEnd), result.mentionStart(),
                result.mentionEnd(), comma && runEnd < limit && doc.isPunct(runEnd, ',') ? runEnd + 1 : runEnd);
    }

    private SpeakerPhrase personWithTrailingRole(int nameStart, int nameEnd, int limit) {
        return afterName(new SpeakerPhrase(SourceKind.PERSON, text(nameStart, nameEnd), null,
                doc.start(nameStart), doc.end(nameEnd - 1), nameEnd), limit);
    }

    private SpeakerPhrase lowerCaseDescription(int t, int limit) {
        int end = t;
        int words = 0;
        while (end < limit && doc.isWord(end) && words < MAX_DESCRIPTION_WORDS) {
            String w = doc.lower(end);
            if (vocab.phraseBreaks.contains(w) && words > 0) {
                break;
            }
            if (vocab.closingCueBase(w) != null || vocab.isReportingVerb(w)) {
                return null;
            }
            end++;
            words++;
            if (w.equals("itu") || w.equals("tersebut")) {
                return new SpeakerPhrase(SourceKind.ANAPHOR, null, null, doc.start(t), doc.end(end - 1), end);
            }
        }
        return null;
    }

    // ---- backward ------------------------------------------------------------------------------

    /**
     * The subject of the reporting verb at {@code verb}, looking no further back than {@code floor}
     * (the start of its sentence). Null when there is none, or when the verb is negated.
     */
    public SpeakerPhrase parseSubject(int verb, int floor) {
        int end = verb;
        while (end > floor && doc.isWord(end - 1) && vocab.adverbs.contains(doc.lower(end - 1))) {
            end--;
        }
        if (end > floor && doc.isWord(end - 1) && vocab.negations.contains(doc.lower(end - 1))) {
            return null;
        }
        floor = Math.max(floor, verb - MAX_SUBJECT_TOKENS);
        String roleBefore = null;
        SpeakerPhrase found = null;
        while (end > floor) {
            if (doc.isPunct(end - 1, ',')) {
                end--;
                continue;
            }
            int segStart = end;
            while (segStart > floor && !doc.isPunct(segStart - 1, ',')) {
                segStart--;
            }
            if (found != null) {
                // A title segment before the name: "Lurah Kebon Jeruk, Ani Suryani, mengatakan".
                int titleLen = vocab.titles.match(doc, skipHonorifics(segStart, end));
                if (titleLen > 0 && found.role() == null) {
                    roleBefore = text(segStart, end);
                }
                break;
            }
            if (isAdverbial(segStart, end)) {
                end = segStart;
                continue;
            }
            found = subjectIn(segStart, end);
            if (found == null) {
                return null;
            }
            if (found.kind() != SourceKind.PERSON) {
                break;
            }
            end = segStart;
        }
        if (found != null && roleBefore != null) {
            found = found.withRole(roleBefore);
        }
        return found;
    }

    /** The leftmost phrase in {@code [from, to)} that parses right up to {@code to}. */
    private SpeakerPhrase subjectIn(int from, int to) {
        int yang = -1;
        for (int k = from; k < to; k++) {
            if (doc.isWord(k) && doc.is(k, "yang")) {
                yang = k;
                break;
            }
        }
        int stop = yang >= 0 ? yang : to;
        for (int s = from; s < stop; s++) {
            if (!doc.isWord(s)) {
                continue;
            }
            SpeakerPhrase p = parseForward(s, stop);
            if (p != null && skipParenthetical(p.endToken(), stop) >= stop) {
                return p;
            }
        }
        return null;
    }

    /** A comma-separated segment that says when or where, not who: "di Jakarta", "Sabtu malam", "(2/11)". */
    private boolean isAdverbial(int from, int to) {
        if (!doc.isWord(from)) {
            return doc.isPunct(from, '(');
        }
        String w = doc.lower(from);
        return vocab.phraseBreaks.contains(w) || Character.isDigit(doc.firstChar(from));
    }

    // ---- pieces --------------------------------------------------------------------------------

    /** Capitalised words, acronyms, "dan", short parentheses, a place after "di" for descriptions. */
    private int roleRun(int t, int limit, boolean descriptive) {
        int lowerWords = 0;
        while (t < limit) {
            if (doc.isPunct(t, '(')) {
                int close = skipParenthetical(t, limit);
                if (close == t) {
                    break;
                }
                t = close;
                continue;
            }
            if (!doc.isWord(t)) {
                break;
            }
            String w = doc.lower(t);
            if (doc.isCapitalised(t) || isRank(t)) {
                if (vocab.notNames.contains(w) && !vocab.places.contains(w)) {
                    break;
                }
                t++;
                continue;
            }
            if ((w.equals("dan") || w.equals("&")) && t + 1 < limit && doc.isCapitalised(t + 1)) {
                t++;
                continue;
            }
            if (descriptive) {
                if (w.equals("di") && t + 1 < limit && doc.isCapitalised(t + 1)) {
                    t++;
                    continue;
                }
                if (!vocab.phraseBreaks.contains(w) && vocab.closingCueBase(w) == null && !vocab.isReportingVerb(w)
                        && lowerWords < 3) {
                    lowerWords++;
                    t++;
                    continue;
                }
            } else if (!vocab.phraseBreaks.contains(w) && vocab.closingCueBase(w) == null && !vocab.isReportingVerb(w)
                    && lowerWords < 4 && t + 1 < limit && hasCapitalisedAhead(t + 1, limit)) {
                // "Petugas penanganan prasarana dan sarana umum (PPSU) Kebon Kacang"
                lowerWords++;
                t++;
                continue;
            }
            break;
        }
        return t;
    }

    private boolean hasCapitalisedAhead(int t, int limit) {
        for (int k = t; k < limit && k < t + 5; k++) {
            if (doc.isCapitalised(k) || doc.isPunct(k, '(')) {
                return true;
            }
            if (!doc.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** Where the name begins inside a title-led run, or {@code end} when there is no name. */
    private int splitName(int from, int end) {
        int fallback = end;
        int counted = 0;
        int k = end;
        while (k > from) {
            int prev = k - 1;
            if (doc.isPunct(prev, '.') && prev > from && isInitial(prev - 1)) {
                k = prev;
                continue;
            }
            if (!isNameWord(prev) || doc.isAcronym(prev) && !isInitial(prev) || isPlaceOrOrg(prev)) {
                break;
            }
            if (!isInitial(prev)) {
                counted++;
                if (counted > 2) {
                    break;
                }
            }
            k = prev;
        }
        fallback = k;
        for (int s = from; s < fallback; s++) {
            if (isNameWord(s) && !doc.isAcronym(s) && shortForms.contains(doc.lower(s)) && allNameWords(s, end)) {
                return s;
            }
        }
        return fallback;
    }

    private boolean allNameWords(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!(isNameWord(k) || isParticle(k) || doc.isPunct(k, '.') && k > from && isInitial(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPlaceOrOrg(int t) {
        String w = doc.lower(t);
        return vocab.places.contains(w) || vocab.organisations.containsWord(w) || vocab.titles.containsWord(w);
    }

    /** End of a run of name words starting at {@code t}, or {@code t} if none starts there. */
    public int nameRun(int t, int limit) {
        int k = t;
        int last = t;
        while (k < limit && k - t < MAX_NAME_TOKENS) {
            if (isNameWord(k)) {
                k++;
                last = k;
                if (k < limit && doc.isPunct(k, '.') && isInitial(k - 1) && k + 1 < limit && isNameWord(k + 1)) {
                    k++;
                }
                continue;
            }
            if (k > t && isParticle(k) && k + 1 < limit && isNameWord(k + 1)) {
                k++;
                continue;
            }
            break;
        }
        return last;
    }

    /** A capitalised word that can be part of a person's name. */
    public boolean isNameWord(int t) {
        if (!doc.isCapitalised(t)) {
            return false;
        }
        String w = doc.lower(t);
        return !vocab.notNames.contains(w) && !vocab.pronouns.contains(w) && !vocab.isReportingVerb(w)
                && vocab.closingCueBase(w) == null && vocab.accordingToBase(w) == null
                && !vocab.titles.containsWord(w) && !vocab.honorifics.contains(w) && !vocab.ranks.contains(w)
                && !vocab.organisations.containsWord(w);
    }

    private boolean isParticle(int t) {
        return doc.isWord(t) && vocab.nameParticles.contains(doc.lower(t));
    }

    private boolean isInitial(int t) {
        return doc.isWord(t) && doc.end(t) - doc.start(t) == 1 && Character.isUpperCase(doc.firstChar(t));
    }

    private boolean isRank(int t) {
        return doc.isWord(t) && doc.isCapitalised(t) && vocab.ranks.contains(doc.lower(t));
    }

    private int skipIndefinite(int t, int limit) {
        int k = t;
        if (k < limit && doc.isWord(k) && (doc.is(k, "salah") || doc.is(k, "satu"))) {
            // "salah seorang", "salah satu", "satu di antara"
            int n = k + 1;
            if (n < limit && doc.isWord(n) && (doc.is(n, "seorang") || doc.is(n, "satu"))) {
                k = n + 1;
            } else if (n + 1 < limit && doc.is(n, "di") && doc.is(n + 1, "antara")) {
                k = n + 2;
            } else {
                return t;
            }
            if (k < limit && doc.isWord(k) && doc.is(k, "dari")) {
                k++;
            }
            return k;
        }
        if (k < limit && doc.isWord(k) && (doc.is(k, "seorang") || doc.is(k, "beberapa") || doc.is(k, "sejumlah")
                || doc.is(k, "para"))) {
            return k + 1;
        }
        return t;
    }

    private int skipHonorifics(int t, int limit) {
        while (t < limit && doc.isWord(t) && doc.isCapitalised(t)
                && (vocab.honorifics.contains(doc.lower(t)) || vocab.degrees.contains(doc.lower(t)))
                && t + 1 < limit) {
            t++;
            if (t < limit && doc.isPunct(t, '.')) {
                t++;
            }
        }
        return t;
    }

    /** Skips ", S.H., M.H." style degrees after a name. */
    private int skipDegrees(int t, int limit) {
        int k = t;
        while (k < limit) {
            int s = doc.isPunct(k, ',') ? k + 1 : k;
            int e = s;
            StringBuilder letters = new StringBuilder();
            while (e < limit && (doc.isWord(e) || doc.isPunct(e, '.')) && letters.length() < 8) {
                if (doc.isWord(e)) {
                    letters.append(doc.word(e));
                }
                e++;
            }
            if (e > s && vocab.degrees.contains(letters.toString().toLowerCase(java.util.Locale.ROOT))
                    && letters.length() > 0 && Character.isUpperCase(letters.charAt(0))) {
                k = e;
            } else {
                break;
            }
        }
        return k;
    }

    /** Skips "(35)" or "(LP3EI)": a short parenthetical. Returns {@code t} if none is there. */
    private int skipParenthetical(int t, int limit) {
        if (t >= limit || !doc.isPunct(t, '(')) {
            return t;
        }
        for (int k = t + 1; k < limit && k < t + 8; k++) {
            if (doc.isPunct(k, ')')) {
                return k + 1;
            }
        }
        return t;
    }

    /** Words up to a phrase break or punctuation (organisation names). */
    private int phraseRun(int t, int limit, boolean allowLower) {
        int k = t;
        while (k < limit && doc.isWord(k) && k - t < 8) {
            String w = doc.lower(k);
            if (vocab.phraseBreaks.contains(w) || vocab.closingCueBase(w) != null || vocab.isReportingVerb(w)) {
                break;
            }
            if (!allowLower && !doc.isCapitalised(k)) {
                break;
            }
            k++;
        }
        return k;
    }

    private String text(int fromToken, int toTokenExclusive) {
        int e = toTokenExclusive - 1;
        while (e > fromToken && !doc.isWord(e) && !doc.isPunct(e, ')') && !doc.isPunct(e, '.')) {
            e--;
        }
        return doc.text().substring(doc.start(fromToken), doc.end(e));
    }

    /**
     * Capitalised words the article uses on their own, as a name is used after its first mention
     * ("kata Perry", "Didik menyebut"). They mark where a name starts inside "Gubernur BI Perry Warjiyo".
     */
    private Set<String> collectShortForms() {
        Set<String> forms = new HashSet<>();
        int n = doc.size();
        for (int t = 0; t < n; t++) {
            if (!doc.isCapitalised(t) || doc.isAcronym(t)) {
                continue;
            }
            boolean capitalisedBefore = t > 0 && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1);
            boolean capitalisedAfter = t + 1 < n && doc.sameParagraph(t, t + 1) && doc.isCapitalised(t + 1);
            if (capitalisedBefore || capitalisedAfter) {
                continue;
            }
            boolean afterCue = t > 0 && doc.isWord(t - 1) && (vocab.closingCueBase(doc.lower(t - 1)) != null
                    || vocab.accordingToBase(doc.lower(t - 1)) != null
                    || vocab.honorifics.contains(doc.lower(t - 1)));
            boolean beforeVerb = t + 1 < n && doc.isWord(t + 1)
                    && (vocab.isReportingVerb(doc.lower(t + 1)) || vocab.adverbs.contains(doc.lower(t + 1)));
            if (afterCue || beforeVerb) {
                String w = doc.lower(t);
                if (!vocab.places.contains(w) && !vocab.notNames.contains(w)) {
                    forms.add(w);
                }
            }
        }
        return forms;
    }

    /** Whether the word is used elsewhere in the article as a name on its own. */
    public boolean isShortForm(String lowerWord) {
        return shortForms.contains(lowerWord);
    }
}
