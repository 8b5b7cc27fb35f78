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

    /** Confidence factors for what makes an attribution less certain. */
    private static final double PRONOUN_FACTOR = 0.9;
    private static final double UNPAIRED_FACTOR = 0.8;
    private static final double TITLE_FACTOR = 0.95;

    private final Document doc;
    private final Vocabulary vocab;
    private final SpeakerParser parser;
    private final Sentences sentences;
    private final PersonRegistry registry;
    private DirectCues direct;

    Extractor(String text, Vocabulary vocab, Boilerplate boilerplate) {
        this.doc = Document.of(text, boilerplate, vocab);
        this.vocab = vocab;
        this.parser = new SpeakerParser(doc, vocab);
        this.sentences = new Sentences(doc);
        this.registry = new PersonRegistry(vocab::isRank, vocab::spellOutRole);
    }

    Analysis run(Set<QuoteType> types) {
        direct = new DirectCues(doc, vocab, parser, sentences);
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
        List<Attribution> resolved = resolve(withoutOverlaps(claims), shifts);
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
                    && !headline && !reported[t] && !afterPreposition(t)) {
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

    private List<Attribution> resolve(List<Claim> claims, List<FocusShift> shifts) {
        List<Attribution> out = new ArrayList<>(claims.size());
        Speaker focus = null;
        Speaker previous = null;
        int previousParagraph = -1;
        String text = doc.text();
        int nextShift = 0;
        for (Claim c : claims) {
            while (nextShift < shifts.size() && shifts.get(nextShift).position() < c.start()) {
                SpeakerPhrase p = shifts.get(nextShift++).phrase();
                if (p.kind() == SourceKind.PERSON) {
                    focus = personSpeaker(p, null);
                }
            }
            Rule rule = c.rule();
            double confidence = rule.baseConfidence();
            SpeakerPhrase phrase = c.phrase();
            Speaker speaker = null;
            int paragraph = doc.paragraph(doc.tokenAtOrAfter(c.start()));
            if (phrase == null) {
                if (c.type() == QuoteType.DIRECT && previous != null && adjacent(previousParagraph, paragraph)) {
                    speaker = new Speaker(previous.name(), previous.role(), null);
                    rule = Rule.CONTINUATION;
                    confidence = rule.baseConfidence();
                }
            } else {
                Span mention = phrase.mentionStart() >= 0 ? Span.of(text, phrase.mentionStart(), phrase.mentionEnd()) : null;
                switch (phrase.kind()) {
                    case PERSON, ORGANISATION -> speaker = personSpeaker(phrase, mention);
                    case TITLE -> {
                        PersonRegistry.Entry e = registry.findByTitle(phrase.role(), c.start());
                        speaker = e != null
                                ? new Speaker(e.name(), e.role(), mention)
                                : new Speaker(phrase.role(), phrase.role(), mention);
                        confidence *= TITLE_FACTOR;
                    }
                    case DESCRIPTION -> {
                        // "…," ujar pelatih: a bare role after a quotation names the one the article
                        // gave it; before reported speech it is generic ("analis menilai …")
                        PersonRegistry.Entry e = c.type() == QuoteType.DIRECT && phrase.name().equals(phrase.role())
                                ? registry.findByTitle(phrase.role(), c.start()) : null;
                        if (e != null) {
                            speaker = new Speaker(e.name(), e.role(), mention);
                            confidence *= TITLE_FACTOR;
                        } else {
                            speaker = new Speaker(phrase.name(), null, mention);
                        }
                    }
                    case PRONOUN, ANAPHOR -> {
                        if (focus != null) {
                            speaker = new Speaker(focus.name(), focus.role(), mention);
                        }
                        confidence *= PRONOUN_FACTOR;
                    }
                }
            }
            if (c.unpaired()) {
                confidence *= UNPAIRED_FACTOR;
            }
            if (speaker == null) {
                confidence = Math.min(confidence, Rule.UNATTRIBUTED.baseConfidence());
            }
            Span cue = c.hasCue() ? Span.of(text, c.cueStart(), c.cueEnd()) : null;
            out.add(new Attribution(c.type(), Span.of(text, c.start(), c.end()), speaker, cue, round(confidence),
                    speaker == null && phrase == null ? Rule.UNATTRIBUTED.wireName() : rule.wireName()));
            if (speaker != null && movesFocus(phrase, rule)) {
                focus = speaker;
            }
            previous = isQuestion(c) ? answerer(c, previous) : speaker;
            previousParagraph = paragraph;
        }
        return out;
    }

    private boolean isQuestion(Claim c) {
        return c.hasCue() && vocab.isQuestionCue(doc.lower(doc.tokenAtOrAfter(c.cueStart())));
    }

    /**
     * Who answers a question: the one it was put to ("tanya wartawan kepada Bupati X"), else the
     * one who spoke before the question (an interview's guest).
     */
    private Speaker answerer(Claim question, Speaker before) {
        SpeakerPhrase asked = direct.addresseeOf(question.cueStart());
        if (asked != null && (asked.kind() == SourceKind.PERSON || asked.kind() == SourceKind.ORGANISATION)) {
            registry.register(asked);
            return personSpeaker(asked, null);
        }
        return before;
    }

    /**
     * Whether later pronoun cues can refer to this source: people do; organisations and the
     * subjects of mere speech acts ("petugas hotel wajib meminta …") do not.
     */
    private static boolean movesFocus(SpeakerPhrase phrase, Rule rule) {
        if (phrase == null) {
            return true; // carried over: the focus is already that speaker
        }
        return switch (phrase.kind()) {
            case ORGANISATION -> false;
            case DESCRIPTION -> rule != Rule.SPEECH_ACT && rule != Rule.REPORTING_VERB;
            default -> true;
        };
    }

    private Speaker personSpeaker(SpeakerPhrase phrase, Span mention) {
        PersonRegistry.Entry e = registry.findAlias(phrase.name());
        if (e != null && phrase.kind() == SourceKind.PERSON && phrase.name().indexOf(' ') > 0) {
            e = null; // an alias stands for one word; a longer name is the name it is
        }
        if (e == null) {
            e = registry.find(phrase.name(), phrase.kind());
        }
        String name = e != null ? e.name() : phrase.name();
        String role = phrase.role();
        if (e != null && e.role() != null && (role == null || vocab.isRank(role) && !vocab.isRank(e.role())
                || wordsWithin(role, e.role()))) {
            role = e.role(); // the fuller role the article gives the person: "pelatih Rajawali" → "… FC"
        }
        return new Speaker(name, role, mention);
    }

    /** Whether every word of {@code shorter} occurs in {@code longer}, ignoring case. */
    private static boolean wordsWithin(String shorter, String longer) {
        List<String> words = List.of(longer.toLowerCase(Locale.ROOT).split("[\\s,()]+"));
        for (String w : shorter.toLowerCase(Locale.ROOT).split("[\\s,()]+")) {
            if (!w.isEmpty() && !words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Same paragraph, or the next one with only boilerplate lines between. */
    private boolean adjacent(int earlier, int later) {
        if (earlier < 0 || later < earlier) {
            return false;
        }
        for (int p = earlier + 1; p < later; p++) {
            if (!doc.paragraphs().get(p).boilerplate()) {
                return false;
            }
        }
        return true;
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
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
