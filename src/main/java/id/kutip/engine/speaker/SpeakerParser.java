package id.kutip.engine.speaker;

import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.lexicon.WordClass;
import id.kutip.engine.text.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
    private static final int MAX_UNLISTED_ROLE_WORDS = 3;
    /** Words that end a speaker phrase: breaks like "di", "saat", and any cue or reporting verb. */
    private static final int PHRASE_ENDERS = WordClass.PHRASE_BREAK | WordClass.ANY_CLOSING_CUE | WordClass.REPORTING_VERB;
    /** Words that are never part of a person's name. */
    private static final int NEVER_IN_NAMES = WordClass.NOT_NAME | WordClass.PRONOUN | WordClass.REPORTING_VERB
            | WordClass.PLACE_UNIT | WordClass.ANY_CLOSING_CUE | WordClass.ANY_ACCORDING_TO | WordClass.TITLE_WORD
            | WordClass.HONORIFIC | WordClass.RANK_WORD | WordClass.ORGANISATION_WORD;
    private static final int MAX_KNOWN_NAME_TOKENS = 4;
    /** Longest role run: "Ketua Lembaga Pengkajian … (LP3EI) Kamar Dagang dan Industri Indonesia". */
    private static final int MAX_ROLE_TOKENS = 30;
    /** Name words (initials aside) a title-led run gives the name when nothing else tells. */
    private static final int MAX_FALLBACK_NAME_WORDS = 4;

    private final Document doc;
    private final Vocabulary vocab;
    private final Set<String> knownNames;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Word ids that begin some known name: most words begin none, and need no string built. */
    private final Set<Integer> knownNameStarts = new HashSet<>();
    /** By word id: also written in lower case, a common word ("Mandiri", "Kemiskinan"), not a name. */
    private boolean[] writtenLowerCase;
    /** By word id: capitalised and followed by different words, an organisation ("Bukalapak"), not a given name. */
    private boolean[] freeStanding;
    /** By word id: written somewhere right after an organisation's head word ("Partai Gemilang"), a body's name. */
    private boolean[] bodyName;
    /** By word id: written capitalised somewhere inside a sentence, as names are. */
    private boolean[] capitalisedInside;
    /** By word id: the lexicon's facts about the word, two bits each (see {@link #fact}). */
    private short[] facts;
    private static final int DERIVED = 0;
    private static final int ORDINARY = 1;
    private static final int PREFIXED_VERB = 2;
    private static final int DICTIONARY_ROOT = 3;
    private static final int LISTED_PERSON_NAME = 4;
    private static final int UNSEEN = -2;
    private static final int NOTHING = -1;

    public SpeakerParser(Document doc, Vocabulary vocab) {
        this.doc = doc;
        this.vocab = vocab;
        this.nameWords = new byte[doc.size()];
        collectWordHabits();
        this.knownNames = collectKnownNames();
    }

    private void collectWordHabits() {
        int words = doc.distinctWords();
        writtenLowerCase = new boolean[words];
        freeStanding = new boolean[words];
        facts = new short[words];
        capitalisedInside = new boolean[words];
        bodyName = new boolean[words];
        int[] nextOf = new int[words];
        Arrays.fill(nextOf, UNSEEN);
        for (int t = 0; t < doc.size(); t++) {
            if (!doc.isWord(t)) {
                continue;
            }
            int id = doc.wordId(t);
            if (doc.startsLowerCase(t)) {
                writtenLowerCase[id] = true;
            } else if (doc.isCapitalised(t)) {
                if (t > 0 && doc.sameParagraph(t - 1, t) && (doc.isWord(t - 1) || doc.isPunct(t - 1, ','))) {
                    capitalisedInside[id] = true;
                }
                if (t > 0 && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1) && isOrganisationHead(t - 1)) {
                    bodyName[id] = true;
                }
                int next = t + 1 < doc.size() && doc.sameParagraph(t, t + 1) && doc.isCapitalised(t + 1)
                        ? doc.wordId(t + 1) : NOTHING;
                if (nextOf[id] == UNSEEN) {
                    nextOf[id] = next;
                } else if (nextOf[id] != next) {
                    freeStanding[id] = true;
                }
            }
        }
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
        // The same phrase is asked for by the registry, the cue rules and the subject search:
        // parse each start and limit once.
        long key = (long) t << 32 | limit;
        SpeakerPhrase known = parsed.get(key);
        if (known != null || parsed.containsKey(key)) {
            return known;
        }
        SpeakerPhrase p = parseForwardOnce(t, limit);
        parsed.put(key, p);
        return p;
    }

    private final Map<Long, SpeakerPhrase> parsed = new HashMap<>();

    private SpeakerPhrase parseForwardOnce(int t, int limit) {
        int phraseStart = t;
        if (doc.has(t, WordClass.PRONOUN)) {
            return new SpeakerPhrase(SourceKind.PRONOUN, null, null, doc.start(t), doc.end(t), t + 1);
        }
        t = skipIndefinite(t, limit);
        boolean indefinite = t > phraseStart;
        t = skipHonorifics(t, limit);
        if (t >= limit) {
            return null; // "kata dr." at the end of the text: an honorific and nothing after it
        }
        int titleLen = vocab.titles.match(doc, t);
        int rankLen = titleLen == 0 ? rankLength(t, limit) : 0;
        if (titleLen > 0 || rankLen > 0) {
            return parseTitled(phraseStart, t, titleLen, limit, indefinite);
        }
        if (indefinite) {
            return indefiniteDescription(phraseStart, t, limit);
        }
        int institutionEnd = institutionRun(t, limit);
        if (institutionEnd > t) {
            // the name without its bracketed acronym: "Kementerian Pertanian (Kementan)"
            int end = skipParenthetical(institutionEnd, limit);
            return new SpeakerPhrase(SourceKind.ORGANISATION, text(t, institutionEnd), null, doc.start(t),
                    doc.end(institutionEnd - 1), end);
        }
        int nameEnd = nameRun(t, limit);
        if (nameEnd == t + 1 && isOrdinaryOpening(t)) {
            return null; // "Identitas pelaku …": an ordinary word opening a sentence names no one
        }
        if (nameEnd > t && nameEnd < limit && doc.isCapitalised(nameEnd) && !knownNameStarts.contains(doc.wordId(t))) {
            int titleAfter = vocab.titles.match(doc, nameEnd);
            if (titleAfter > 0) {
                // "Senior Vice President PT X, Budi": words the lexicon does not know before a title qualify it
                return withRoleFrom(t, parseTitled(nameEnd, nameEnd, titleAfter, limit, false));
            }
        }
        if (nameEnd > t) {
            return personWithTrailingRole(t, nameEnd, limit);
        }
        if (doc.isCapitalised(t) && doc.has(t, WordClass.OFFICE_WORD)) {
            // "kata Corporate Communications PT Sinar Rina Lestari": office words the lexicon lists
            // as no title still make a role before the name that closes the run, if that name opens
            // with a word used alone as a name or listed as one ("Data Harga Sayur Nasional" names a body)
            SpeakerPhrase named = trailingName(t, limit);
            int first = named == null ? t : doc.tokenAtOrAfter(named.mentionStart());
            if (named != null && named.kind() == SourceKind.PERSON && named.role() == null && first > t
                    && (knownNameStarts.contains(doc.wordId(first)) || isPersonNameWord(first) && !isCommonWord(first))) {
                return named.withRole(text(t, first));
            }
        }
        int orgLen = vocab.organisations.match(doc, t);
        if (orgLen > 0 || (doc.isAcronym(t) && !doc.has(t, WordClass.PLACE))) {
            int end = phraseRun(t + Math.max(orgLen, 1), limit, true);
            for (int k = t + 1; k < end && !doc.isCapitalised(t); k++) {
                if (doc.has(k, WordClass.TITLE_START) && vocab.titles.match(doc, k) > 0) {
                    // "tim kuasa hukum terdakwa, Rahmat Hidayat": the team's member speaks
                    SpeakerPhrase member = parseForward(k, limit);
                    if (member != null && member.kind() == SourceKind.PERSON) {
                        return withRoleFrom(t, member);
                    }
                    break;
                }
            }
            return new SpeakerPhrase(SourceKind.ORGANISATION, text(t, end), null, doc.start(t), doc.end(end - 1), end);
        }
        return lowerCaseDescription(t, limit);
    }

    private SpeakerPhrase parseTitled(int phraseStart, int titleStart, int titleLen, int limit, boolean indefinite) {
        int t = titleStart + titleLen;
        boolean descriptive = Character.isLowerCase(doc.firstChar(titleStart));
        int runEnd = titleLen == 0 ? roleRun(t + rankLength(t, limit), limit, false) : roleRun(t, limit, descriptive);
        int nameStart;
        int nameEnd;
        int roleEnd;
        int rankAt = -1;
        for (int k = titleStart + titleLen; k < runEnd; k++) {
            int innerTitle = vocab.titles.match(doc, k);
            if (innerTitle > 1 && rankLength(k, limit) < innerTitle) {
                k += innerTitle - 1; // "Plt Direktur Jenderal X": the rank word belongs to a title
                continue;
            }
            if (rankLength(k, limit) > 0) {
                rankAt = k;
                break;
            }
        }
        if (rankAt >= 0) {
            // Ranks between title and name belong to neither: "Kapolres X AKBP Budi".
            int afterRanks = skipRanks(rankAt, limit);
            nameStart = afterRanks;
            nameEnd = nameRunAfterRank(nameStart, limit);
            roleEnd = rankAt == titleStart ? afterRanks : rankAt;
        } else {
            // "pedagang di Pasar Minggu": what follows "di" is a place, never the name.
            int searchEnd = runEnd;
            for (int k = t; k < runEnd; k++) {
                if (doc.isWord(k) && doc.is(k, "di") && !doc.isAcronym(k)) { // not "DI Yogyakarta"
                    searchEnd = k;
                    break;
                }
            }
            int[] name = splitName(t, searchEnd);
            nameStart = name[0];
            nameEnd = name[1];
            if (nameEnd - nameStart == 1 && nameEnd == runEnd && !knownNameStarts.contains(doc.wordId(nameStart))
                    && isOrdinaryWord(nameStart)) {
                nameStart = nameEnd; // "Jubir Satgas Pangan mengatakan": an ordinary word closes the role
            }
            if (startsWithPlaceName(titleStart, titleLen, nameStart, nameEnd) || namesHeadedBody(nameStart, nameEnd)) {
                nameStart++;
            }
            roleEnd = nameEnd > nameStart ? nameStart : runEnd;
        }
        int end = runEnd;
        int[] appositive = appositiveName(end, limit);
        // "Direktur Utama PT Kereta Sukamaju, Arif Wibisono": words after an organisation's head
        // word name the organisation when the person's name follows after a comma.
        boolean organisationNameInRun = nameEnd == runEnd && nameStart > titleStart + titleLen
                && doc.has(nameStart - 1, WordClass.ORGANISATION_WORD);
        // One unknown word left for the name is more likely the end of the role: "Camat Neglasari,
        // Kabupaten Tangerang, Ubaidillah Ansar".
        boolean loneWordInRun = nameEnd - nameStart == 1 && !knownNameStarts.contains(doc.wordId(nameStart));
        // "Senior Vice President Samudra Line, Robert Tan": words the article never uses as a name,
        // closing the run before a comma and a name, name the body the role belongs to.
        boolean unknownNameInRun = nameEnd == runEnd && !knownNameStarts.contains(doc.wordId(nameStart));
        if (indefinite && appositive == null && nameEnd - nameStart == 1 && !knownNameStarts.contains(doc.wordId(nameStart))) {
            // "kata seorang warga Cibening": an unnamed source; the capitalised word says where from
            return new SpeakerPhrase(SourceKind.DESCRIPTION, text(phraseStart, end), text(titleStart, end),
                    doc.start(phraseStart), doc.end(end - 1), end);
        }
        if (nameEnd > nameStart && !(appositive != null && (organisationNameInRun || loneWordInRun || unknownNameInRun))) {
            String role = roleEnd > titleStart ? text(titleStart, roleEnd) : null;
            return afterName(new SpeakerPhrase(SourceKind.PERSON, text(nameStart, nameEnd), role,
                    doc.start(nameStart), doc.end(nameEnd - 1), skipParenthetical(nameEnd, limit)), limit);
        }
        if (appositive != null) {
            return afterName(new SpeakerPhrase(SourceKind.PERSON, text(appositive[0], appositive[1]), text(titleStart, roleEndBefore(appositive[2])),
                    doc.start(appositive[0]), doc.end(appositive[1] - 1), appositive[1]), limit);
        }
        if (end < limit && doc.isWord(end) && isDemonstrative(end)) {
            // "menurut Rais Aam PBNU ini": the title points back to someone already named.
            return new SpeakerPhrase(SourceKind.ANAPHOR, null, text(titleStart, end), doc.start(titleStart), doc.end(end), end + 1);
        }
        if (descriptive || indefinite) {
            return new SpeakerPhrase(SourceKind.DESCRIPTION, text(phraseStart, end), text(titleStart, end),
                    doc.start(phraseStart), doc.end(end - 1), end);
        }
        return new SpeakerPhrase(SourceKind.TITLE, null, text(titleStart, end), doc.start(titleStart), doc.end(end - 1), end);
    }

    /**
     * The name after a role and a comma ("seorang pedagang di pasar, Mimin", "Kepala Dusun X,
     * Kelurahan Y, Budi"), as {start, end, start of its segment} tokens, or null. The segment may
     * open with ranks and honorifics that belong to neither role nor name.
     */
    private int[] appositiveName(int end, int limit) {
        int appos = end;
        // Skip comma-separated parts of the role: "Kepala Puskesmas X, Jakarta Utara, Edison",
        // "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD".
        for (int seg; appos + 1 < limit && doc.isPunct(appos, ',') && (seg = roleSegment(appos + 1, limit)) > appos + 1; ) {
            if (seg < limit && !doc.isPunct(seg, ',')) {
                int[] name = {seg, nameRun(seg, limit), seg};
                return name[1] > name[0] ? name : null;
            }
            appos = seg;
        }
        if (appos + 1 < limit && doc.isPunct(appos, ',')) {
            int apposStart = skipRanks(skipHonorifics(appos + 1, limit), limit);
            int apposEnd = nameRun(apposStart, limit);
            if (apposEnd > apposStart) {
                return new int[] {apposStart, apposEnd, appos + 1};
            }
        }
        return null;
    }

    /**
     * The name run after a rank, which may open with initials written as one short acronym:
     * "Brigjen TNI AS Wirawan", "Kolonel (Inf) IGN Budi Santoso".
     */
    private int nameRunAfterRank(int t, int limit) {
        int end = nameRun(t, limit);
        if (end == t && t + 1 < limit && doc.isAcronym(t) && doc.end(t) - doc.start(t) <= 3
                && !doc.has(t, WordClass.PLACE | WordClass.RANK_WORD) && isNameWord(t + 1) && !doc.isAcronym(t + 1)) {
            int rest = nameRun(t + 1, limit);
            return rest > t + 1 ? rest : t;
        }
        return end;
    }

    /** Past ranks and a bracketed rank acronym: "Ajun Komisaris Besar Polisi (AKBP) Budi" → "Budi". */
    private int skipRanks(int t, int limit) {
        int k = t;
        for (int len; k < limit && (len = rankLength(k, limit)) > 0; ) {
            k = skipParenthetical(k + len, limit);
        }
        return k > t ? skipHonorifics(k, limit) : t;
    }

    /** The token after the role that ends just before the name at {@code nameStart} (its comma excluded). */
    private int roleEndBefore(int nameStart) {
        int k = nameStart;
        while (k > 0 && (doc.isPunct(k - 1, ',') || !doc.isWord(k - 1) && !doc.isPunct(k - 1, ')'))) {
            k--;
        }
        return k;
    }

    /**
     * The end of a comma-separated piece of a role starting at {@code t}: places ("Jakarta Utara",
     * "Kabupaten Tangerang"), office words ("Hukum", "dan Keamanan"); {@code t} if none.
     */
    private int roleSegment(int t, int limit) {
        int k = t;
        if (k < limit && doc.is(k, "dan")) {
            k++;
        }
        int words = 0;
        while (k < limit && doc.isCapitalised(k)
                && (doc.has(k, WordClass.PLACE | WordClass.PLACE_UNIT | WordClass.OFFICE_WORD) || followsPlaceUnit(k))) {
            k++;
            words++;
        }
        return words > 0 ? k : t;
    }

    /**
     * "Bupati Sukamaju Darwis Lubis", "Kepala Cabang PLN Sukamaju Rudi Hartawan": right after a
     * title that heads a region, or after an organisation's acronym, the first of three or more
     * capitalised words names the place, unless the article uses it as a name elsewhere or it is a
     * listed name word ("Kepala Cabang PLN Yohanes Rudi Hartawan").
     */
    private boolean startsWithPlaceName(int titleStart, int titleLen, int nameStart, int nameEnd) {
        if (nameEnd - nameStart < 3 || isInitial(nameStart) || isInitial(nameStart + 1)
                || knownNameStarts.contains(doc.wordId(nameStart)) || isPersonNameWord(nameStart)) {
            return false;
        }
        boolean afterRegionalTitle = nameStart == titleStart + titleLen
                && vocab.regionalTitles.match(doc, titleStart) == titleLen;
        return afterRegionalTitle || nameStart - 1 > titleStart && namesOrganisationNext(nameStart - 1);
    }

    /**
     * "Ketua Partai Gemilang", "Rektor Universitas Sukamaju Budi": the word right after an
     * organisation's head word (a common word, not a short form that names the body itself:
     * "Kemenhub Budi") is the body's own name, however short the run, unless the article uses it
     * as a person's name.
     */
    private boolean namesHeadedBody(int nameStart, int nameEnd) {
        return nameEnd > nameStart && nameEnd - nameStart < 3 && nameStart > 0 && doc.sameParagraph(nameStart - 1, nameStart)
                && isOrganisationHead(nameStart - 1) && !knownNameStarts.contains(doc.wordId(nameStart));
    }

    /** An organisation's head word that is a common word ("Partai", "Universitas"), not a short form ("Kemenhub"). */
    private boolean isOrganisationHead(int t) {
        return doc.isWord(t) && doc.has(t, WordClass.ORGANISATION_WORD) && isCommonWord(t);
    }

    /** A dictionary word or one derived from it: "Partai", "Kementerian"; not a body's short form ("Kemenhub", "Polri"). */
    private boolean isCommonWord(int t) {
        return fact(t, DICTIONARY_ROOT) || isDerived(t);
    }

    /**
     * After an organisation's acronym or head word, or a number ("PLN Sukamaju", "Universitas
     * Sukamaju", "SD Negeri 5 Sukamaju"), the next capitalised word names the place or the body.
     */
    private boolean namesOrganisationNext(int t) {
        return doc.isAcronym(t) && !isInitial(t) || doc.has(t, WordClass.ORGANISATION_WORD)
                || doc.isWord(t) && (Character.isDigit(doc.firstChar(t)) || isDerived(t)); // "Dinas Pendidikan Sleman"
    }

    /** The "itu"/"tersebut" closing a relative clause within a few words ("yang akrab disapa Jon itu"), or -1. */
    private int demonstrativeClosing(int from, int limit) {
        for (int k = from; k < limit && k < from + MAX_DESCRIPTION_WORDS + 2 && doc.isWord(k); k++) {
            if (doc.is(k, "itu") || doc.is(k, "tersebut")) {
                return k + 1 >= limit || !doc.isWord(k + 1) ? k : -1;
            }
        }
        return -1;
    }

    private boolean isDemonstrative(int t) {
        return doc.is(t, "ini") || doc.is(t, "itu") || doc.is(t, "tersebut");
    }

    /** After a name: degrees, then a role given after it ("Sukarno pedagang ayam", "Budi, Kepala Dinas X,"). */
    private SpeakerPhrase afterName(SpeakerPhrase person, int limit) {
        noteBracketedAlias(person);
        int t = skipParenthetical(skipDegrees(person.endToken(), limit), limit);
        SpeakerPhrase result = person.withEnd(t);
        if (t >= limit || person.role() != null) {
            return result;
        }
        boolean comma = doc.isPunct(t, ',');
        int roleStart = comma ? t + 1 : t;
        boolean announced = false;
        if (roleStart < limit && doc.isWord(roleStart) && (doc.is(roleStart, "sebagai") || doc.is(roleStart, "selaku"))) {
            roleStart++;
            announced = true;
        } else if (!comma && roleStart + 1 < limit && doc.is(roleStart, "dari") && doc.isCapitalised(roleStart + 1)
                && !doc.has(roleStart + 1, WordClass.NOT_NAME | WordClass.PLACE)) {
            // "Maria Ulfa dari Koalisi Warga Cibening": the body she speaks for is her role
            int orgEnd = roleRun(roleStart + 1, limit, false);
            return new SpeakerPhrase(result.kind(), result.name(), text(roleStart + 1, orgEnd), result.mentionStart(),
                    result.mentionEnd(), orgEnd);
        } else if (!comma && roleStart < limit && doc.isCapitalised(roleStart)) {
            return result; // a capitalised title straight after a name starts another phrase
        }
        if (roleStart >= limit || !doc.isWord(roleStart)) {
            return result;
        }
        int titleLen = vocab.titles.match(doc, roleStart);
        int runEnd;
        if (titleLen > 0) {
            runEnd = roleRun(roleStart + titleLen, limit, Character.isLowerCase(doc.firstChar(roleStart)));
        } else if (announced && !doc.has(roleStart, PHRASE_ENDERS)) {
            runEnd = roleRun(roleStart, limit, true); // "selaku pelatih kiper": whatever follows is the role
        } else {
            return result;
        }
        if (!comma) {
            for (int k = roleStart + titleLen; k < runEnd; k++) {
                if (isPlainNameWord(k) && !doc.has(k, WordClass.PLACE)) {
                    // "Pernyataan presiden Arman Siregar": the title belongs to the name after it
                    return result;
                }
            }
        } else if (!closesAppositive(runEnd, limit)) {
            return result; // "Kata Hendra, warga tidak ingin …": a clause follows the comma, not a role
        }
        int end = comma && runEnd < limit && doc.isPunct(runEnd, ',') ? runEnd + 1 : runEnd;
        return new SpeakerPhrase(result.kind(), result.name(), text(roleStart, runEnd), result.mentionStart(),
                result.mentionEnd(), end);
    }

    /** "Bima Wicaksono (BW)", "Basuki Tjahaja Purnama (Ahok)": one word in brackets right after a name. */
    private void noteBracketedAlias(SpeakerPhrase person) {
        if (person.kind() != SourceKind.PERSON || person.name() == null || person.mentionEnd() < 0) {
            return;
        }
        int open = doc.tokenAtOrAfter(person.mentionEnd());
        if (open + 2 < doc.size() && doc.isPunct(open, '(') && doc.isWord(open + 1) && doc.isCapitalised(open + 1)
                && doc.isPunct(open + 2, ')') && !doc.hasDigit(open + 1) && !doc.has(open + 1, WordClass.PLACE)) {
            aliases.putIfAbsent(doc.word(open + 1), person.name());
        }
    }

    /** Short forms the article gives in brackets after a name, alias → name as written, in text order. */
    public Map<String, String> bracketedAliases() {
        return aliases;
    }

    /**
     * Organisations' acronyms the article gives in brackets after the full name, acronym → full
     * name, in text order: "Kepala Badan Pengawas Obat dan Makanan (BPOM)" → BPOM → "Badan Pengawas
     * Obat dan Makanan" (titles before the name are left out). A bracket after a person's name is
     * an alias of the person instead ({@link #bracketedAliases()}).
     */
    public Map<String, String> organisationAcronyms() {
        Map<String, String> found = new LinkedHashMap<>();
        for (int t = 2; t + 1 < doc.size(); t++) {
            if (!doc.isPunct(t - 1, '(') || !doc.isWord(t) || !doc.isPunct(t + 1, ')') || !doc.isCapitalised(t)
                    || !doc.sameParagraph(t - 2, t)) {
                continue;
            }
            int end = t - 1;
            int start = end;
            while (start - 1 >= 0 && doc.sameParagraph(start - 1, t)
                    && (doc.isCapitalised(start - 1) || isConnector(start - 1) && start - 2 >= 0 && doc.isCapitalised(start - 2))) {
                start--;
            }
            while (start < end && vocab.titles.match(doc, start) > 0 && !doc.has(start, WordClass.ORGANISATION_WORD)) {
                start += vocab.titles.match(doc, start); // "Kepala Badan …": the office is not the body's name
            }
            if (end - start < 2 || !looksLikeInstitution(start, end, t)) {
                continue;
            }
            found.putIfAbsent(doc.word(t), text(start, end));
        }
        return found;
    }

    /** A run that names a body: an all-capitals acronym after it, or an organisation or derived word in it. */
    private boolean looksLikeInstitution(int start, int end, int acronym) {
        if (doc.isAcronym(acronym) && doc.end(acronym) - doc.start(acronym) >= 2) {
            return nameRun(start, end) != end; // "Bima Wicaksono (BW)" is a person's short form
        }
        for (int k = start; k < end; k++) {
            if (doc.isWord(k) && (doc.has(k, WordClass.ORGANISATION_WORD) || isDerived(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isConnector(int t) {
        return doc.isWord(t) && (doc.is(t, "dan") || doc.is(t, "of") || doc.is(t, "for") || doc.is(t, "and"));
    }

    /**
     * Whether a role between commas ends where a role can: at a comma, the end of the phrase, a
     * reporting word or a word that ends a speaker phrase ("di", "saat"), or a sentence stop.
     */
    private boolean closesAppositive(int t, int limit) {
        if (t >= limit) {
            return true;
        }
        if (!doc.isWord(t)) {
            return !doc.isPunct(t, '(');
        }
        return doc.has(t, PHRASE_ENDERS | WordClass.ADVERB | WordClass.BORDERLINE_VERB) && !doc.has(t, WordClass.MODAL);
    }

    private SpeakerPhrase personWithTrailingRole(int nameStart, int nameEnd, int limit) {
        return afterName(new SpeakerPhrase(SourceKind.PERSON, text(nameStart, nameEnd), null,
                doc.start(nameStart), doc.end(nameEnd - 1), nameEnd), limit);
    }

    /**
     * "seorang tukang parkir", "beberapa pedagang": an unnamed source; its name is the whole
     * description, its role the words after the article. Null when no plain noun follows.
     */
    private SpeakerPhrase indefiniteDescription(int phraseStart, int t, int limit) {
        int end = t;
        while (end < limit && end - t < MAX_DESCRIPTION_WORDS && doc.isWord(end) && !doc.isCapitalised(end)
                && !doc.has(end, PHRASE_ENDERS | WordClass.NEGATION | WordClass.ADVERB | WordClass.BORDERLINE_VERB)
                && !looksLikeVerb(end)) {
            end++;
        }
        if (end == t) {
            return null;
        }
        return new SpeakerPhrase(SourceKind.DESCRIPTION, text(phraseStart, end), text(t, end),
                doc.start(phraseStart), doc.end(end - 1), end);
    }

    private SpeakerPhrase lowerCaseDescription(int t, int limit) {
        int end = t;
        int words = 0;
        for (int k = t; k < limit && k < t + MAX_UNLISTED_ROLE_WORDS && doc.isWord(k) && !doc.isCapitalised(k)
                && !doc.has(k, PHRASE_ENDERS); k++) {
            if (k > t && doc.has(k, WordClass.TITLE_START)) {
                // "tim kuasa hukum Munarman, Ahmad Michdan": a title after unlisted words heads the role
                SpeakerPhrase titled = vocab.titles.match(doc, k) > 0 ? parseForward(k, limit) : null;
                if (titled != null && titled.kind() == SourceKind.PERSON) {
                    // "pernyataan ketua panitia X": a derived noun before the title is no part of the role
                    return anyDerived(t, k) ? titled : withRoleFrom(t, titled);
                }
                break;
            }
            int nameEnd = nameRun(k + 1, limit);
            if (nameEnd > k + 1 && !(nameEnd < limit && isDemonstrative(nameEnd))) {
                // "kata kurator Pieter van der Berg": words the lexicon does not list still describe the person
                return afterName(new SpeakerPhrase(SourceKind.PERSON, text(k + 1, nameEnd), text(t, k + 1),
                        doc.start(k + 1), doc.end(nameEnd - 1), nameEnd), limit);
            }
        }
        while (end < limit && doc.isWord(end) && words < MAX_DESCRIPTION_WORDS) {
            if (doc.has(end, WordClass.PHRASE_BREAK) && words > 0) {
                if (doc.is(end, "yang") && words <= 2 && !doc.has(t, WordClass.PRONOUN)) {
                    int demonstrative = demonstrativeClosing(end + 1, limit);
                    if (demonstrative > 0) {
                        // "kata pria yang akrab disapa Jon itu": points back to someone already named
                        return new SpeakerPhrase(SourceKind.ANAPHOR, null, null, doc.start(t), doc.end(demonstrative), demonstrative + 1);
                    }
                    // "kata remaja yang berdiri di depan toko": the one described is the source
                    return new SpeakerPhrase(SourceKind.DESCRIPTION, text(t, end), null, doc.start(t), doc.end(end - 1), end);
                }
                break;
            }
            if (doc.has(end, WordClass.ANY_CLOSING_CUE | WordClass.REPORTING_VERB)) {
                return null;
            }
            boolean demonstrative = doc.is(end, "itu") || doc.is(end, "tersebut");
            end++;
            words++;
            if (demonstrative) {
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
        while (end > floor && doc.isWord(end - 1) && doc.has(end - 1, WordClass.ADVERB)) {
            end--;
        }
        if (end > floor && doc.isWord(end - 1) && doc.has(end - 1, WordClass.NEGATION)) {
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
                // A role segment before the name: "Lurah Kebon Jeruk, Ani Suryani, mengatakan",
                // "Senior Vice President PT X, Ani Suryani mengatakan" (a rank there is no role).
                if ((found.role() == null || vocab.isRank(found.role())) && found.kind() == SourceKind.PERSON
                        && (vocab.titles.match(doc, skipHonorifics(segStart, end)) > 0 || isUnlistedRole(segStart, end))) {
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
            if (found.kind() == SourceKind.TITLE || found.kind() == SourceKind.DESCRIPTION) {
                // "Marullah, Wali Kota Jakarta Selatan, mengatakan": the name is in the segment before.
                SpeakerPhrase person = personBefore(segStart, floor);
                if (person != null) {
                    return person.withRole(found.role() != null ? found.role() : found.name());
                }
                break;
            }
            if (found.kind() != SourceKind.PERSON) {
                break;
            }
            if (found.role() != null && vocab.titles.match(doc, segStart) > 0) {
                // "Budi Santoso, Kepala Dinas X, mengatakan": a bare name before a title segment is
                // the person, the whole segment their role.
                SpeakerPhrase person = personBefore(segStart, floor);
                if (person != null && person.role() == null) {
                    return person.withRole(text(segStart, end));
                }
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
            if (p == null) {
                continue;
            }
            int after = skipParenthetical(p.endToken(), stop);
            if (after >= stop || doc.isWord(after) && doc.has(after, WordClass.PHRASE_BREAK)) {
                return yang >= 0 && (p.kind() == SourceKind.TITLE || p.kind() == SourceKind.DESCRIPTION)
                        ? nameClosingRelative(p, yang, to) : p;
            }
        }
        return null;
    }

    private boolean anyDerived(int from, int to) {
        for (int k = from; k < to; k++) {
            if (vocab.morphology.isDerived(doc.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The phrase with its role (or title) extended back to begin at token {@code from}. */
    private SpeakerPhrase withRoleFrom(int from, SpeakerPhrase p) {
        String role = p.role();
        if (role == null) {
            return p;
        }
        int roleStart = doc.text().indexOf(role, doc.start(from));
        if (roleStart < 0) {
            return p;
        }
        String extended = doc.text().substring(doc.start(from), roleStart + role.length());
        if (p.kind() == SourceKind.TITLE) {
            return new SpeakerPhrase(p.kind(), p.name(), extended, doc.start(from), p.mentionEnd(), p.endToken());
        }
        return p.withRole(extended);
    }

    /**
     * "Wakil ketua DPRD yang juga ketua panitia Hasan Basri mengatakan": a title, a relative clause
     * giving a second role, and the name right before the verb. The title is the role; {@code
     * titled} itself when no name closes the segment.
     */
    private SpeakerPhrase nameClosingRelative(SpeakerPhrase titled, int yang, int to) {
        int start = to;
        while (start - 1 > yang && isNameWord(start - 1)) {
            start--;
        }
        while (start < to && nameRun(start, to) != to) {
            start++;
        }
        if (start >= to || start - 1 <= yang || doc.isCapitalised(start - 1) && !doc.has(start - 1, WordClass.TITLE_WORD)) {
            return titled;
        }
        String role = titled.kind() == SourceKind.TITLE ? titled.role() : titled.name();
        return new SpeakerPhrase(SourceKind.PERSON, text(start, to), role, doc.start(start), doc.end(to - 1), to);
    }

    /** The person named by the comma-separated segment ending before {@code comma}, or null. */
    private SpeakerPhrase personBefore(int comma, int floor) {
        if (comma <= floor || !doc.isPunct(comma - 1, ',')) {
            return null;
        }
        int segStart = comma - 1;
        while (segStart > floor && !doc.isPunct(segStart - 1, ',')) {
            segStart--;
        }
        SpeakerPhrase p = subjectIn(segStart, comma - 1);
        return p != null && p.kind() == SourceKind.PERSON ? p : null;
    }

    /**
     * Whether {@code [from, to)} reads as a role the lexicon does not list: a noun phrase of
     * capitalised words and acronyms ("Pjs Corporate Secretary PT Sinar", "Staf ahli PT Sinar"),
     * not a place, a date, a connective ("Sementara itu") or a clause ("Menanggapi hal itu").
     */
    private boolean isUnlistedRole(int from, int to) {
        if (to - from < 2 || !doc.isCapitalised(from) || isAdverbial(from, to) || looksLikeVerb(from)
                || nameRun(from, to) == to // "Menteri X, Peter Szijjarto, Retno menuturkan": a name, not a role
                || doc.has(from, WordClass.NOT_NAME | WordClass.PHRASE_BREAK | WordClass.ANY_ACCORDING_TO
                        | WordClass.ANY_CLOSING_CUE | WordClass.PRONOUN | WordClass.REPORTING_VERB)) {
            return false;
        }
        boolean capitalisedLast = false;
        for (int k = from; k < to; k++) {
            if (doc.isPunct(k, '(')) {
                int close = skipParenthetical(k, to);
                if (close == k) {
                    return false;
                }
                k = close - 1;
                capitalisedLast = true;
                continue;
            }
            if (!doc.isWord(k) || doc.hasDigit(k) && !doc.isCapitalised(k)) {
                return false;
            }
            if (doc.isCapitalised(k)) {
                capitalisedLast = true;
            } else if (isDemonstrative(k) || doc.has(k, WordClass.NEGATION | WordClass.ADVERB) || looksLikeVerb(k)) {
                return false;
            } else {
                capitalisedLast = false;
            }
        }
        return capitalisedLast;
    }

    /**
     * A comma-separated segment that says when or where, not who: "di Jakarta", "Sabtu malam",
     * "(2/11)", "Banten".
     */
    private boolean isAdverbial(int from, int to) {
        if (!doc.isWord(from)) {
            return doc.isPunct(from, '(');
        }
        if (doc.has(from, WordClass.PHRASE_BREAK) || Character.isDigit(doc.firstChar(from))) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!doc.isWord(k) || !(doc.has(k, WordClass.PLACE) || doc.has(k, WordClass.PLACE_UNIT))) {
                return false;
            }
        }
        return true;
    }

    // ---- pieces --------------------------------------------------------------------------------

    /** Capitalised words, acronyms, "dan", short parentheses, a place after "di" for descriptions. */
    private int roleRun(int t, int limit, boolean descriptive) {
        int lowerWords = 0;
        boolean sawCapitalised = false;
        limit = Math.min(limit, t + MAX_ROLE_TOKENS);
        while (t < limit) {
            if (doc.isPunct(t, '(')) {
                int close = skipParenthetical(t, limit);
                if (close == t) {
                    break;
                }
                t = close;
                continue;
            }
            if (doc.isPunct(t, '/') && t + 1 < limit && doc.isCapitalised(t + 1)) {
                t++;
                continue;
            }
            if (doc.isPunct(t, '.') && t > 0 && shortensName(t - 1) && t + 1 < limit && doc.isCapitalised(t + 1)) {
                t++; // "… Moh. Ilyas": the stop of a short form inside the name
                continue;
            }
            if (!doc.isWord(t)) {
                break;
            }
            if (isDemonstrative(t)) {
                break;
            }
            if (doc.isCapitalised(t)) {
                // "DI Yogyakarta": a function word written in capitals before a name is an acronym
                boolean acronym = doc.isAcronym(t) && t + 1 < limit && doc.isCapitalised(t + 1);
                if (doc.has(t, WordClass.NOT_NAME) && !doc.has(t, WordClass.PLACE | WordClass.OFFICE_WORD) && !acronym) {
                    break;
                }
                sawCapitalised = true;
                t++;
                continue;
            }
            if (doc.is(t, "dan") && t + 1 < limit && doc.isCapitalised(t + 1)) {
                t++;
                continue;
            }
            if ((doc.is(t, "di") || doc.is(t, "pada") || doc.is(t, "dari")) && t + 1 < limit && doc.isCapitalised(t + 1)
                    && !doc.has(t + 1, WordClass.NOT_NAME)) {
                // "Peneliti pada Lembaga X", "dosen di Universitas Y": where the role is held
                t++;
                continue;
            }
            if (doc.has(t, WordClass.NEGATION | WordClass.ADVERB)) {
                break; // "warga tidak …", "warga juga …": a clause has begun
            }
            if (descriptive) {
                if (!doc.has(t, PHRASE_ENDERS) && !looksLikeVerb(t) && lowerWords < 3) {
                    lowerWords++;
                    t++;
                    continue;
                }
            } else if (!doc.has(t, PHRASE_ENDERS) && lowerWords < 2 && t + 1 < limit && doc.isPunct(t + 1, ',')
                    && !looksLikeVerb(t) && !isPrefixedVerb(t)) {
                // "Ketua RT setempat, Slamet": a modifier closing the role before the appositive (a
                // verb there is the predicate: "… Budi Santoso menjabarkan, …")
                lowerWords++;
                t++;
                continue;
            } else if (!(sawCapitalised && (isCoordinator(t) || !nextIsCapitalised(t, limit))) && !doc.has(t, PHRASE_ENDERS)
                    && !looksLikeVerb(t) && lowerWords < 4 && t + 1 < limit && hasCapitalisedAhead(t + 1, limit)) {
                // "Petugas penanganan prasarana dan sarana umum (PPSU) Kebon Kacang"; after a capitalised
                // word only one lower-case word right before another capitalised one ("(MUI) pusat KH"),
                // never "dan" ("… Irwan dan asisten …") nor a clause ("… Lumentut turut melepas …").
                lowerWords++;
                t++;
                continue;
            }
            break;
        }
        return t;
    }

    /**
     * Words with the verb prefixes meN- and ber- ("menerbitkan", "berkata") end a role: a role is a
     * noun phrase ("penanganan prasarana dan sarana umum").
     */
    private boolean looksLikeVerb(int t) {
        String text = doc.text();
        int s = doc.start(t);
        int length = doc.end(t) - s;
        return length > 4 && (text.regionMatches(true, s, "me", 0, 2) || text.regionMatches(true, s, "ber", 0, 3));
    }

    private boolean nextIsCapitalised(int t, int limit) {
        return t + 1 < limit && (doc.isCapitalised(t + 1) || doc.isPunct(t + 1, '('));
    }

    private boolean isCoordinator(int t) {
        return doc.is(t, "dan") || doc.is(t, "atau") || doc.is(t, "serta");
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

    /**
     * Where the name lies inside a title-led run {@code [from, end)}: {start, end}, empty (start ==
     * end) when the run holds no name. A name the article uses on its own elsewhere wins; else the
     * trailing name words that are not places, offices or organisations.
     */
    private int[] splitName(int from, int end) {
        if (end > from && doc.isPunct(end - 1, ')')) {
            for (int k = end - 2; k >= from; k--) {
                if (doc.isPunct(k, '(')) {
                    end = k; // "Joko Widodo (Jokowi)": the parenthesis is a short form, not part of the name
                    break;
                }
            }
        }
        int counted = 0;
        int k = end;
        while (k > from) {
            int prev = k - 1;
            if (doc.isPunct(prev, '.') && prev > from && shortensName(prev - 1)) {
                k = prev;
                continue;
            }
            if (!isPlainNameWord(prev) && !(prev == end - 1 && endsNameAsTitleWord(prev, end))) {
                break;
            }
            if (!isInitial(prev)) {
                counted++;
                // Past two words, only a word that is always followed by the same name word and
                // never written in lower case extends the name ("Tri Yunis Miko Wahyono", not
                // "Bukalapak Rachmat Kaimuddin").
                // A run that opens a sentence has no role or organisation before the name to stop at.
                if (counted > MAX_FALLBACK_NAME_WORDS || counted > 2 && !extendsNameLeftward(prev, from, counted)) {
                    break;
                }
            }
            k = prev;
        }
        for (int s = from; s < end; s++) {
            // after a place unit only a name the article uses on its own: "Wali Kota Rusminah" and "tanya Rusminah"
            if (!isNameWord(s) || doc.isAcronym(s) || !knownNameStarts.contains(doc.wordId(s))) {
                continue;
            }
            for (int m = Math.min(MAX_KNOWN_NAME_TOKENS, end - s); m >= 1; m--) {
                if (knownNames.contains(joinedLower(s, s + m))) {
                    if (m == 1) {
                        // "kata Saiful", "kata Guterres": one word of the name; the trailing name
                        // words around it belong to it too, but not one ordinary word right before it
                        // ("Ayah Ika", "Suami Neni": a relation, not a name).
                        if (s >= k) {
                            boolean ordinaryBefore = s == k + 1 && isOrdinaryWord(k);
                            return new int[] {ordinaryBefore ? s : k, end};
                        }
                        return new int[] {s, allNameWords(s, end) ? end : Math.max(s + 1, nameRun(s, end))};
                    }
                    // A known full name takes at most one more word ("Rina Hapsari" → "… Wulandari"),
                    // and the initials right before it ("I Made …", "M Yusran").
                    int rest = end - (s + m);
                    int start = s;
                    while (start - 1 >= from && isInitial(start - 1)) {
                        start--;
                    }
                    return new int[] {start, rest <= 1 && allNameWords(s, end) ? end : s + m};
                }
            }
        }
        return new int[] {k, end};
    }

    /**
     * The person's name at the end of the capitalised run starting at {@code t} ("Universitas
     * Palangka Raya Darmae Nasir" → "Darmae Nasir"), or null. For filling the article's registry.
     */
    public SpeakerPhrase trailingName(int t, int limit) {
        int end = t;
        limit = Math.min(limit, t + MAX_ROLE_TOKENS);
        while (end < limit && (doc.isCapitalised(end) || doc.isPunct(end, '.') && end > t && isInitial(end - 1))) {
            end++;
        }
        int[] name = splitName(t, end);
        if (name[1] - name[0] >= 3 && name[0] == t && t > 0 && doc.sameParagraph(t - 1, t) && namesOrganisationNext(t - 1)
                && !knownNameStarts.contains(doc.wordId(t))) {
            name[0]++;
        }
        if (name[1] - name[0] < 2 || nameRun(name[0], name[1]) != name[1]) {
            return null;
        }
        SpeakerPhrase person = new SpeakerPhrase(SourceKind.PERSON, text(name[0], name[1]), null,
                doc.start(name[0]), doc.end(name[1] - 1), name[1]);
        // "Dewi Kartika, Ketua Komunitas Baca, membuka …": a role after the name closing the run
        return name[1] == end ? afterName(person, limit) : person.withEnd(end);
    }

    /**
     * An ordinary word (not a given name) capitalised only because it opens a sentence: the article
     * never writes it capitalised inside a sentence, nor uses it as a name.
     */
    private boolean isOrdinaryOpening(int t) {
        int id = doc.wordId(t);
        return opensSentence(t) && !capitalisedInside[id] && !knownNameStarts.contains(id)
                && isOrdinaryWord(t);
    }

    private boolean opensSentence(int t) {
        if (t == 0 || !doc.sameParagraph(t - 1, t)) {
            return true;
        }
        char c = doc.firstChar(t - 1);
        return !doc.isWord(t - 1) && (c == '.' || c == '!' || c == '?');
    }

    /**
     * Whether {@code t}, before two or more name words closing a title-led run, still belongs to
     * the name: a word the article uses as a name, one listed in people's names ("Dedi" of "Kepala
     * Dinas Sosial Dedi Surya Wirawan", even when the article also writes "Dedi" alone), or, as a
     * third word only, one always written before the same name word; never one that closes a
     * body's name or a title.
     */
    private boolean extendsNameLeftward(int t, int from, int counted) {
        if (knownNameStarts.contains(doc.wordId(t)) || t == from && opensSentence(t)) {
            return true;
        }
        if (closesBodyOrTitle(t)) {
            return false;
        }
        return isPersonNameWord(t) || counted < MAX_FALLBACK_NAME_WORDS && isFixedNamePart(t);
    }

    /**
     * Whether the word before {@code t} makes it part of a body's name or a title rather than a
     * person's: "Kejaksaan Agung", "Hakim Agung", "Partai Gemilang", "Satgas Pangan" (after a body's
     * short form, a listed name word that is no common word opens a name: "Kemenkop Mochamad …").
     */
    private boolean closesBodyOrTitle(int t) {
        if (t == 0 || !doc.sameParagraph(t - 1, t) || !doc.isWord(t - 1)) {
            return false;
        }
        int before = t - 1;
        boolean derivedHead = isDerived(before) && !doc.has(before, WordClass.OFFICE_WORD); // not "Kesehatan"
        boolean organisationHead = doc.has(before, WordClass.ORGANISATION_WORD)
                && (isCommonWord(before) || !isPersonNameWord(t) || isCommonWord(t));
        return derivedHead || organisationHead || vocab.titles.match(doc, before) > 1;
    }

    /** A name word listed in people's names, Indonesian or other ("Dedi", "Robert"), that is no place. */
    private boolean isPersonNameWord(int t) {
        return doc.isWord(t) && isNameWord(t) && !doc.has(t, WordClass.PLACE) && fact(t, LISTED_PERSON_NAME);
    }

    private boolean isFixedNamePart(int t) {
        int id = doc.wordId(t);
        return !writtenLowerCase[id] && (!freeStanding[id] || knownNames.contains(doc.lower(t)));
    }

    /** A name word that is no place, office, organisation or acronym, and follows no place unit. */
    private boolean isPlainNameWord(int t) {
        return isNameWord(t) && !(doc.isAcronym(t) && !isInitial(t)) && !isPlaceOrOrg(t) && !followsPlaceUnit(t);
    }

    /**
     * After a place unit ("Kota", "Hotel", "Perumahan"), the capitalised word names the place,
     * unless it is a listed name word with another name word after it: "Wali Kota Yohanes Rudi",
     * "General Manager Sinar Hotel Dedi Kurnia".
     */
    private boolean followsPlaceUnit(int t) {
        return t > 0 && doc.sameParagraph(t - 1, t) && doc.isWord(t - 1) && doc.has(t - 1, WordClass.PLACE_UNIT)
                && !(isPersonNameWord(t) && t + 1 < doc.size() && isNameWord(t + 1) && !doc.has(t + 1, WordClass.PLACE));
    }

    private boolean allPlainNameWords(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!isPlainNameWord(k) && !isInitial(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean allNameWords(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!(isNameWord(k) || isParticle(k) || doc.isPunct(k, '.') && k > from && shortensName(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPlaceOrOrg(int t) {
        return doc.has(t, WordClass.PLACE | WordClass.OFFICE_WORD | WordClass.ORGANISATION_WORD | WordClass.TITLE_WORD);
    }

    /** End of a run of name words starting at {@code t}, or {@code t} if none starts there. */
    public int nameRun(int t, int limit) {
        if (t >= limit || !isNameWord(t) || doc.isAcronym(t) && !isInitial(t) && !opensAbbreviatedName(t, limit)
                || doc.has(t, WordClass.PLACE) || doc.has(t, WordClass.OFFICE_WORD)) {
            return t;
        }
        int k = t;
        int last = t;
        while (k < limit && k - t < MAX_NAME_TOKENS) {
            if (k > t && doc.has(k, WordClass.PLACE) && !knownNameStarts.contains(doc.wordId(t))) {
                break; // "Gerindra Sumatera Barat Andre …": a place inside a run ends what went before
            }
            if (isNameWord(k) && (!doc.isAcronym(k) || isInitial(k) || opensAbbreviatedName(k, limit)
                    || k > t && isShortAcronymInside(k, limit))) {
                k++;
                last = k;
                if (k < limit && doc.isPunct(k, '.') && shortensName(k - 1) && k + 1 < limit && isNameWord(k + 1)) {
                    k++;
                }
                continue;
            }
            if (k > t && endsNameAsTitleWord(k, limit)) {
                k++;
                last = k;
                break;
            }
            if (k > t && isParticle(k)) {
                int after = k + 1;
                while (after < limit && isParticle(after)) {
                    after++; // "van der"
                }
                if (after < limit && isNameWord(after)) {
                    k = after;
                    continue;
                }
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
        if (nameWords[t] == 0) {
            nameWords[t] = isNameWordOnce(t) ? YES : NO;
        }
        return nameWords[t] == YES;
    }

    /**
     * "Sri Tutur Lestari", "Budi Tegas Wiranto": a cue word written capitalised inside a sentence,
     * between name words, is a name word (as a cue it is written in lower case).
     */
    private boolean isCueWordInsideName(int t) {
        return (doc.classes(t) & NEVER_IN_NAMES & ~WordClass.ANY_CLOSING_CUE) == 0 && !opensSentence(t)
                && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1) && !doc.has(t - 1, NEVER_IN_NAMES)
                && isNameWord(t - 1) && t + 1 < doc.size() && doc.sameParagraph(t, t + 1) && doc.isCapitalised(t + 1);
    }

    /** By token: 0 not decided yet, {@link #YES} or {@link #NO}: whether it can be part of a name. */
    private final byte[] nameWords;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private boolean isNameWordOnce(int t) {
        if (doc.has(t, NEVER_IN_NAMES) && !isCueWordInsideName(t)) {
            return false;
        }
        // "Berturut-turut", "Masing-masing" open sentences; "Covid-19" is no one's name. After a
        // name word, a repeated form with a lower-case second half is a clan name: "Ruth Karo-karo"
        // (an organisation writes both halves capitalised: "Perserikatan Bangsa-Bangsa").
        if (doc.hasDigit(t) || !doc.isAcronym(t) && isInnerCapitalised(t) || isDerived(t)) {
            return false;
        }
        return !doc.isReduplication(t) || t > 0 && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1)
                && !doc.isReduplication(t - 1) && !doc.has(t - 1, NEVER_IN_NAMES) && secondHalfLowerCase(t);
    }

    /**
     * The end of an institution's name starting at {@code t} ("Otoritas Jasa Keuangan", "Badan
     * Pemeriksa Keuangan"): a capitalised run with a derived common word after its first word,
     * which no person's name holds; {@code t} if there is none.
     */
    private int institutionRun(int t, int limit) {
        int k = t;
        boolean derivedInside = false;
        while (k < limit && k - t < MAX_ROLE_TOKENS && doc.isCapitalised(k) && !doc.has(k, WordClass.NOT_NAME)) {
            derivedInside |= k > t && isDerived(k);
            k++;
            if (k + 1 < limit && doc.is(k, "dan") && doc.isCapitalised(k + 1)) {
                k++;
            }
        }
        return derivedInside ? k : t;
    }

    /** "Diungkapkan", "Kemenangan", "Mulanya": an affixed common word (looked up once per word). */
    private boolean isDerived(int t) {
        return fact(t, DERIVED);
    }

    /** An ordinary word of the dictionary that is no given name: "pangan", not "teguh" (looked up once per word). */
    public boolean isOrdinaryWord(int t) {
        return fact(t, ORDINARY);
    }

    /** meN-, ber-, di-, ter- on a dictionary root ("berada", "dilakukan"), for lower-case words (looked up once per word). */
    public boolean isPrefixedVerb(int t) {
        return fact(t, PREFIXED_VERB);
    }

    /**
     * One of the lexicon's facts about the word at {@code t}, computed on first need and kept per
     * word id: two bits a fact, whether it is known and whether it holds.
     */
    private boolean fact(int t, int which) {
        if (!doc.isWord(t)) {
            return false; // "K H.Dewi": the stop between initials is no word
        }
        int id = doc.wordId(t);
        int known = 1 << (2 * which);
        int holds = known << 1;
        if ((facts[id] & known) == 0) {
            String lower = doc.lower(t);
            boolean value = switch (which) {
                case DERIVED -> vocab.morphology.isDerived(lower);
                case ORDINARY -> vocab.isOrdinaryWord(lower);
                case DICTIONARY_ROOT -> vocab.morphology.isRoot(lower);
                case LISTED_PERSON_NAME -> vocab.isPersonNameWord(lower);
                default -> vocab.morphology.isPrefixedVerb(lower);
            };
            facts[id] |= (short) (known | (value ? holds : 0));
        }
        return (facts[id] & holds) != 0;
    }

    /** "MotoGP", "WhatsApp": capitals inside a word after lower case, the shape of brands, not names. */
    private boolean isInnerCapitalised(int t) {
        if (doc.isAcronym(t)) {
            return false;
        }
        String text = doc.text();
        for (int i = doc.start(t) + 1; i < doc.end(t) - 1; i++) {
            if (Character.isLowerCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))
                    && (i + 2 == doc.end(t) || Character.isUpperCase(text.charAt(i + 2)) || i + 2 < doc.end(t)
                    && Character.isLowerCase(text.charAt(i + 2)) && i - doc.start(t) >= 3)) {
                return true;
            }
        }
        return false;
    }

    private boolean secondHalfLowerCase(int t) {
        int hyphen = doc.text().indexOf('-', doc.start(t));
        return hyphen > 0 && hyphen + 1 < doc.end(t) && Character.isLowerCase(doc.text().charAt(hyphen + 1));
    }

    /**
     * "Bambang PS Brodjonegoro", "Mahfud MD": two capitals after a name word are initials, between
     * name words or closing the name.
     */
    private boolean isShortAcronymInside(int t, int limit) {
        if (doc.end(t) - doc.start(t) > 2 || doc.has(t, WordClass.PLACE)) {
            return false;
        }
        boolean nameWordNext = t + 1 < limit && isNameWord(t + 1) && !doc.isAcronym(t + 1);
        boolean endsRun = t + 1 >= limit || !doc.sameParagraph(t, t + 1) || !doc.isCapitalised(t + 1);
        return nameWordNext || endsRun;
    }

    /**
     * "Lukman Hakim", "Ahmad Imam": a word the lexicon lists as a title ends a name when a name word
     * precedes it and no capitalised word follows.
     */
    private boolean endsNameAsTitleWord(int t, int limit) {
        boolean onlyTitle = doc.isCapitalised(t) && (doc.classes(t) & NEVER_IN_NAMES) == WordClass.TITLE_WORD;
        return onlyTitle && t > 0 && doc.sameParagraph(t - 1, t) && isNameWord(t - 1)
                && (t + 1 >= limit || !doc.sameParagraph(t, t + 1) || !doc.isCapitalised(t + 1));
    }

    private boolean isParticle(int t) {
        return doc.isWord(t) && doc.has(t, WordClass.NAME_PARTICLE);
    }

    /** "MZ. Budi", "Moh. Ilyas": a short form, its stop, then a name word. */
    private boolean opensAbbreviatedName(int t, int limit) {
        return t + 2 < limit && doc.isPunct(t + 1, '.') && shortensName(t) && isNameWord(t + 2);
    }

    /**
     * A short form written with a stop inside a name: an initial ("Didik J. Rachbini"), two or three
     * capitals ("MZ. Budi"), or a listed abbreviation of a given name ("Moh. Ilyas", "Abd. Rahman");
     * not a form of address, degree or rank ("dr.", "Prof.", "Kol."), which stay out of names.
     */
    private boolean shortensName(int t) {
        if (isInitial(t)) {
            return true;
        }
        if (!doc.isWord(t) || !doc.isCapitalised(t)
                || doc.has(t, WordClass.HONORIFIC | WordClass.DEGREE | WordClass.RANK_WORD | WordClass.PLACE_UNIT
                        | WordClass.TITLE_WORD | WordClass.PLACE)) {
            return false;
        }
        return doc.has(t, WordClass.ABBREVIATION) || doc.isAcronym(t) && doc.end(t) - doc.start(t) <= 3;
    }

    private boolean isInitial(int t) {
        return doc.isWord(t) && doc.end(t) - doc.start(t) == 1 && Character.isUpperCase(doc.firstChar(t));
    }

    /** How many tokens the rank at {@code t} spans ("AKBP" 1, "Komisaris Besar" 2), 0 if none. */
    private int rankLength(int t, int limit) {
        if (t >= limit || !doc.isCapitalised(t)) {
            return 0;
        }
        int len = vocab.ranks.match(doc, t);
        return t + len <= limit ? len : 0;
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
        while (t < limit && doc.isWord(t) && (doc.isCapitalised(t) || t + 1 < limit && doc.isPunct(t + 1, '.'))
                && doc.has(t, WordClass.HONORIFIC | WordClass.DEGREE)
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
            int first = s;
            while (first < limit && doc.isPunct(first, '.')) {
                first++;
            }
            if (first >= limit || !doc.isWord(first) || !Character.isUpperCase(doc.firstChar(first))) {
                break; // degrees are written with a capital: most names go on with a verb or a comma
            }
            int e = s;
            StringBuilder letters = new StringBuilder();
            while (e < limit && (doc.isWord(e) || doc.isPunct(e, '.')) && letters.length() < 8) {
                if (doc.isWord(e)) {
                    letters.append(doc.word(e));
                }
                e++;
            }
            if (e > s && vocab.degrees.contains(letters.toString().toLowerCase(Locale.ROOT))
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
            if (doc.has(k, PHRASE_ENDERS)) {
                break;
            }
            if (!doc.isCapitalised(k) && (!allowLower || looksLikeVerb(k)
                    || doc.has(k, WordClass.NEGATION | WordClass.ADVERB | WordClass.BORDERLINE_VERB))) {
                break; // "majelis hakim memberikan …": a verb ends the organisation's name
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
        return doc.phrase(doc.start(fromToken), doc.end(e));
    }

    /**
     * Names the article writes on their own, without a title in front: "kata Perry", "Sri Mulyani
     * yang …", "Didik menyebut". Inside "Gubernur BI Perry Warjiyo" they mark where the name begins.
     */
    private Set<String> collectKnownNames() {
        Set<String> names = new HashSet<>();
        int n = doc.size();
        int t = 0;
        while (t < n) {
            if (!doc.isCapitalised(t) || t > 0 && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1)) {
                t++;
                continue;
            }
            int runEnd = t;
            while (runEnd < n && doc.sameParagraph(t, runEnd) && doc.isCapitalised(runEnd)) {
                runEnd++;
            }
            int length = runEnd - t;
            // "Direktur Center for Coastal Studies Dedi Kurnia mengatakan": a run after "for",
            // "of", "dan" or "&" goes on naming a body, whatever person closes it.
            boolean continuesBody = t > 1 && doc.sameParagraph(t - 2, t) && doc.isCapitalised(t - 2)
                    && (isConnector(t - 1) || doc.isPunct(t - 1, '&'));
            if (length <= MAX_KNOWN_NAME_TOKENS && !continuesBody) {
                boolean afterCue = t > 0 && doc.isWord(t - 1) && (doc.has(t - 1, WordClass.ANY_CLOSING_CUE)
                        || doc.has(t - 1, WordClass.ANY_ACCORDING_TO));
                int verb = runEnd;
                while (verb < n && doc.isWord(verb) && doc.has(verb, WordClass.ADVERB)) {
                    verb++;
                }
                boolean beforeVerb = verb < n && doc.isWord(verb)
                        && (doc.has(verb, WordClass.REPORTING_VERB) || doc.has(verb, WordClass.BORDERLINE_VERB));
                // "pelatih Rajawali FC, Paul Munaf dalam jumpa pers …": a name set off by a comma
                boolean appositive = t > 0 && doc.isPunct(t - 1, ',') && runEnd < n && length >= 2
                        && (doc.isPunct(runEnd, ',') || doc.isWord(runEnd) && doc.has(runEnd, WordClass.PHRASE_BREAK));
                // "kata Dewi KA": initials may close a known name
                int plainEnd = runEnd - 1 > t && doc.isAcronym(runEnd - 1) && doc.end(runEnd - 1) - doc.start(runEnd - 1) <= 3
                        ? runEnd - 1 : runEnd;
                if ((afterCue || beforeVerb || appositive) && nameRun(t, runEnd) == runEnd && allPlainNameWords(t, plainEnd)
                        && !bodyName[doc.wordId(t)]) { // "Gemilang menolak": the party of "Partai Gemilang" speaks
                    names.add(joinedLower(t, runEnd));
                    knownNameStarts.add(doc.wordId(t));
                }
            }
            t = runEnd;
        }
        return names;
    }

    private String joinedLower(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(doc.lower(k));
        }
        return sb.toString();
    }

}
