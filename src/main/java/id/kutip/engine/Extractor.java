package id.kutip.engine;

import id.kutip.engine.cue.Claim;
import id.kutip.engine.cue.DirectCues;
import id.kutip.engine.cue.FocusShift;
import id.kutip.engine.cue.IndirectCues;
import id.kutip.engine.cue.Rule;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.lexicon.WordClass;
import id.kutip.engine.quote.QuoteCandidate;
import id.kutip.engine.quote.QuoteFinder;
import id.kutip.engine.speaker.PersonRegistry;
import id.kutip.engine.speaker.SourceKind;
import id.kutip.engine.speaker.SpeakerParser;
import id.kutip.engine.speaker.SpeakerPhrase;
import id.kutip.engine.text.Boilerplate;
import id.kutip.engine.text.Document;
import id.kutip.engine.text.Paragraph;
import id.kutip.engine.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article's run through the pipeline: text → document → quotation candidates → cue claims →
 * speaker resolution → attributions. Holds the per-article state; thrown away afterwards.
 */
final class Extractor {

    private final Document doc;
    private final Vocabulary vocab;
    private final SpeakerParser parser;
    private final Sentences sentences;
    private final PersonRegistry registry;
    private final Calibration calibration;

    Extractor(String text, Vocabulary vocab, Boilerplate boilerplate, Calibration calibration) {
        this.doc = Document.of(text, boilerplate, vocab);
        this.vocab = vocab;
        this.parser = new SpeakerParser(doc, vocab);
        this.sentences = new Sentences(doc);
        this.registry = new PersonRegistry(vocab::isRank, vocab::spellOutRole);
        this.calibration = calibration;
    }

    Analysis run(Set<QuoteType> types) {
        DirectCues direct = new DirectCues(doc, vocab, parser, sentences);
        List<Claim> claims = new ArrayList<>(direct.claims(QuoteFinder.find(doc)));
        // Only real quotations hide text from reported speech; a term in quotation marks does not.
        boolean[] quoted = markQuoted(direct.keptQuotes());
        IndirectCues indirect = new IndirectCues(doc, vocab, parser, sentences, quoted);
        claims.addAll(indirect.claims());
        claims.sort(Comparator.comparingInt(Claim::start).thenComparingInt(c -> c.type().ordinal()));
        List<FocusShift> shifts = new ArrayList<>(indirect.focusShifts());
        fillRegistry(quoted, claims, shifts);
        for (FocusShift shift : indirect.focusShifts()) {
            registry.register(shift.phrase());
        }
        shifts.sort(Comparator.comparingInt(FocusShift::position));
        List<Attribution> resolved = new SpeakerResolver(doc, vocab, registry, direct, calibration)
                .resolve(withoutOverlaps(claims), shifts);
        List<Attribution> wanted = new ArrayList<>(resolved.size());
        for (Attribution a : resolved) {
            if (types.contains(a.type())) {
                wanted.add(a);
            }
        }
        return new Analysis(wanted, summarise(wanted));
    }

    private boolean[] markQuoted(List<QuoteCandidate> quotes) {
        boolean[] quoted = new boolean[doc.size()];
        for (QuoteCandidate q : quotes) {
            // An unpaired mark's quotation ends where its words end (before the next mark), so
            // candidates never overlap and marking them stays one pass over the tokens.
            int t = q.openToken();
            for (; t < doc.size() && doc.start(t) < q.end(); t++) {
                quoted[t] = true;
            }
            if (q.closeToken() >= 0) {
                quoted[q.closeToken()] = true;
            }
        }
        return quoted;
    }

    /**
     * Everyone the article names outside quotations: introduced with a title ("Sekretaris Jenderal
     * NATO, Jens Stoltenberg"), standing in any capitalised run ("Universitas X, Devie Rahmawati,"),
     * or named as a source.
     */
    private void fillRegistry(boolean[] quoted, List<Claim> claims, List<FocusShift> introductions) {
        boolean[] reported = new boolean[doc.size()];
        for (Claim c : claims) {
            for (int t = doc.tokenAtOrAfter(c.start()); t < doc.size() && doc.start(t) < c.end(); t++) {
                reported[t] = true;
            }
        }
        for (int t = 0; t < doc.size(); t++) {
            boolean runStart = !(t > 0 && doc.sameParagraph(t - 1, t) && doc.isCapitalised(t - 1));
            if (quoted[t] || !runStart) {
                continue;
            }
            boolean capitalised = doc.isCapitalised(t);
            boolean titled = vocab.titles.match(doc, t) > 0 || capitalised && vocab.ranks.match(doc, t) > 0;
            if (!titled && !capitalised) {
                continue;
            }
            boolean multiWordRun = t + 1 < doc.size() && doc.sameParagraph(t, t + 1) && doc.isCapitalised(t + 1);
            if (!titled && !multiWordRun) {
                continue; // a lone capitalised word holds no full name
            }
            int limit = doc.endToken(doc.paragraph(t));
            if (!capitalised && !capitalisedWithin(t + 1, limit, NAME_REACH)) {
                continue; // "warga", "pemain" with no capitalised word after it: nobody is named
            }
            boolean headline = doc.paragraphs().get(doc.paragraph(t)).titleCase();
            SpeakerPhrase p = titled ? parser.parseForward(t, limit) : headline ? null : parser.trailingName(t, limit);
            if (p != null && p.kind() == SourceKind.PERSON && registry.register(p) && p.role() != null
                    && !headline && !reported[t] && !afterPreposition(t) && !describesNamedPerson(t)) {
                // Someone the article introduces with a title (not in a headline, not inside what
                // another source says, not the object of a preposition: "dekat dengan Ketua X") is
                // who the next pronoun cue most likely means.
                introductions.add(new FocusShift(doc.start(t), p));
            }
        }
        for (Claim c : claims) {
            registry.registerSpeaker(c.phrase());
        }
        parser.bracketedAliases().forEach(registry::registerAlias);
        parser.organisationAcronyms().forEach(registry::registerOrganisationAlias);
    }

    /** How far after a lower-case title a name may start: "pelatih fisik tim muda Darmaji". */
    private static final int NAME_REACH = 8;

    private boolean capitalisedWithin(int from, int limit, int reach) {
        for (int k = from; k < limit && k < from + reach; k++) {
            if (doc.isCapitalised(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title at {@code t} opens a relative clause about the person just named: "kata
     * Rina, yang juga Wakil Ketua Aspesa" gives Rina a second role, it introduces no one.
     */
    private boolean describesNamedPerson(int t) {
        int k = t - 1;
        if (k >= 0 && doc.isWord(k) && (doc.is(k, "juga") || doc.is(k, "sekaligus"))) {
            k--;
        }
        if (k < 1 || !doc.isWord(k) || !doc.is(k, "yang") || !doc.sameParagraph(k - 1, t)) {
            return false;
        }
        int before = doc.isPunct(k - 1, ',') ? k - 2 : k - 1;
        return before >= 0 && doc.sameParagraph(before, t) && doc.isWord(before) && !doc.isAcronym(before)
                && parser.isNameWord(before);
    }

    /** Whether a preposition ("dengan", "kepada", "dari") stands right before token {@code t}. */
    private boolean afterPreposition(int t) {
        return t > 0 && doc.sameParagraph(t - 1, t) && doc.isWord(t - 1) && doc.has(t - 1, WordClass.PHRASE_BREAK)
                && !doc.has(t - 1, WordClass.MODAL) && !doc.isCapitalised(t - 1);
    }

    private static List<Claim> withoutOverlaps(List<Claim> sorted) {
        List<Claim> kept = new ArrayList<>(sorted.size());
        int reached = -1;
        for (Claim c : sorted) {
            if (c.start() >= reached) {
                kept.add(c);
                reached = c.end();
            }
        }
        return kept;
    }

    private static List<SpeakerSummary> summarise(List<Attribution> attributions) {
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker() == null) {
                continue;
            }
            String name = a.speaker().name();
            counts.merge(name, 1, Integer::sum);
            if (roles.get(name) == null) {
                roles.put(name, a.speaker().role());
            }
        }
        List<SpeakerSummary> out = new ArrayList<>(counts.size());
        counts.forEach((name, n) -> out.add(new SpeakerSummary(name, roles.get(name), n)));
        return out;
    }
}
