package id.kutip.engine;

import id.kutip.engine.cue.Claim;
import id.kutip.engine.cue.DirectCues;
import id.kutip.engine.cue.FocusShift;
import id.kutip.engine.cue.Rule;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.speaker.PersonRegistry;
import id.kutip.engine.speaker.SourceKind;
import id.kutip.engine.speaker.SpeakerPhrase;
import id.kutip.engine.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns claims into attributions in text order: resolves each speaker phrase against the article's
 * registry, pronouns and descriptions through the speaker in focus, carries speakers over to
 * cue-less continuations, and gives each attribution the confidence measured for its rule and the
 * kind of evidence it rests on.
 */
final class SpeakerResolver {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,()]+");

    private final Document doc;
    private final Vocabulary vocab;
    private final PersonRegistry registry;
    private final DirectCues direct;
    private final Calibration calibration;

    private Speaker focus;
    /** The paragraph where the one in focus was last named or spoke. */
    private int focusParagraph = -1;
    private Speaker previous;
    private int previousParagraph = -1;
    private int currentParagraph;

    SpeakerResolver(Document doc, Vocabulary vocab, PersonRegistry registry, DirectCues direct, Calibration calibration) {
        this.doc = doc;
        this.vocab = vocab;
        this.registry = registry;
        this.direct = direct;
        this.calibration = calibration;
    }

    /** A speaker and how it was found. */
    private record Found(Speaker speaker, Evidence evidence) {
        static final Found NOBODY = new Found(null, Evidence.NONE);
    }

    List<Attribution> resolve(List<Claim> claims, List<FocusShift> shifts) {
        List<Attribution> out = new ArrayList<>(claims.size());
        String text = doc.text();
        int nextShift = 0;
        for (Claim c : claims) {
            while (nextShift < shifts.size() && shifts.get(nextShift).position() < c.start()) {
                FocusShift shift = shifts.get(nextShift++);
                if (shift.phrase().kind() == SourceKind.PERSON) {
                    focus = personSpeaker(shift.phrase(), null).speaker();
                    focusParagraph = doc.paragraph(doc.tokenAtOrAfter(shift.position()));
                }
            }
            Rule rule = c.rule();
            int paragraph = doc.paragraph(doc.tokenAtOrAfter(c.start()));
            currentParagraph = paragraph;
            Found found;
            if (c.phrase() == null) {
                found = continuation(c, paragraph);
                if (found.speaker() != null) {
                    rule = Rule.CONTINUATION;
                }
            } else {
                found = fromPhrase(c);
            }
            Speaker speaker = found.speaker();
            String ruleName = speaker == null && c.phrase() == null ? Rule.UNATTRIBUTED.wireName() : rule.wireName();
            Span cue = c.hasCue() ? Span.of(text, c.cueStart(), c.cueEnd()) : null;
            out.add(new Attribution(c.type(), Span.of(text, c.start(), c.end()), speaker, cue,
                    calibration.confidence(ruleName, found.evidence()), ruleName, found.evidence()));
            if (speaker != null && movesFocus(c.phrase(), rule)) {
                focus = speaker;
                focusParagraph = paragraph;
            }
            previous = isQuestion(c) ? answerer(c, previous) : speaker;
            previousParagraph = paragraph;
        }
        return out;
    }

    /** A cue-less direct quote right after another: the same speaker, carried over. */
    private Found continuation(Claim c, int paragraph) {
        if (c.type() == QuoteType.DIRECT && previous != null && adjacent(previousParagraph, paragraph)) {
            return new Found(new Speaker(previous.name(), previous.role(), null), Evidence.CARRIED);
        }
        return Found.NOBODY;
    }

    private Found fromPhrase(Claim c) {
        Found found = named(c);
        boolean carried = c.phrase().mentionStart() < 0 && (c.rule() == Rule.SPLIT || c.rule() == Rule.MULTI_PARAGRAPH);
        return carried && found.speaker() != null ? new Found(found.speaker(), Evidence.CARRIED) : found;
    }

    /** The speaker the claim's phrase names, resolved by its kind. */
    private Found named(Claim c) {
        SpeakerPhrase phrase = c.phrase();
        Span mention = phrase.mentionStart() >= 0 ? Span.of(doc.text(), phrase.mentionStart(), phrase.mentionEnd()) : null;
        return switch (phrase.kind()) {
            case PERSON, ORGANISATION -> personSpeaker(phrase, mention);
            case TITLE -> {
                PersonRegistry.Entry e = registry.findByTitle(phrase.role(), c.start());
                yield e != null
                        ? new Found(new Speaker(e.name(), e.role(), mention), Evidence.TITLE)
                        : new Found(new Speaker(phrase.role(), phrase.role(), mention), Evidence.DESCRIBED);
            }
            case DESCRIPTION -> {
                // "…," ujar pelatih: a bare role after a quotation names the one the article gave
                // it; before reported speech it is generic ("analis menilai …")
                PersonRegistry.Entry e = c.type() == QuoteType.DIRECT && phrase.name().equals(phrase.role())
                        ? registry.findByTitle(phrase.role(), c.start()) : null;
                yield e != null
                        ? new Found(new Speaker(e.name(), e.role(), mention), Evidence.TITLE)
                        : new Found(new Speaker(phrase.name(), null, mention), Evidence.DESCRIBED);
            }
            case PRONOUN, ANAPHOR -> focus == null ? Found.NOBODY
                    : new Found(new Speaker(focus.name(), focus.role(), mention),
                            currentParagraph - focusParagraph >= 2 ? Evidence.FOCUS_FAR : Evidence.FOCUS);
        };
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

    /** A person or organisation under the fullest name and role the article gives it. */
    private Found personSpeaker(SpeakerPhrase phrase, Span mention) {
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
        Evidence evidence = phrase.kind() == SourceKind.ORGANISATION ? Evidence.ORGANISATION
                : name.equals(phrase.name()) ? Evidence.NAMED : Evidence.LINKED;
        return new Found(new Speaker(name, role, mention), evidence);
    }

    /** Whether every word of {@code shorter} occurs in {@code longer}, ignoring case. */
    private static boolean wordsWithin(String shorter, String longer) {
        List<String> words = List.of(WORD_SEPARATORS.split(longer.toLowerCase(Locale.ROOT)));
        for (String w : WORD_SEPARATORS.split(shorter.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !words.contains(w)) {
                return false;
            }
        }
        return true;
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
            return personSpeaker(asked, null).speaker();
        }
        return before;
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
}
