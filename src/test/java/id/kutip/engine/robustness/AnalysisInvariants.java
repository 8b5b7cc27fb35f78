package id.kutip.engine.robustness;

import id.kutip.engine.Analysis;
import id.kutip.engine.Attribution;
import id.kutip.engine.AttributionEngine;
import id.kutip.engine.QuoteType;
import id.kutip.engine.Span;
import id.kutip.engine.Speaker;
import id.kutip.engine.SpeakerSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What must hold for every text, whatever the engine makes of it. Each check throws an
 * {@link InvariantViolation} naming the invariant and the attribution that broke it.
 *
 * <p>Invariant names (used in failure messages):
 * <ul>
 *   <li>{@code not-null}: analysis, lists, elements, type and quote are present</li>
 *   <li>{@code requested-type}: only the requested quote types come back</li>
 *   <li>{@code span-in-text}: {@code 0 <= start <= end <= text.length()} for quote, mention and cue</li>
 *   <li>{@code span-text}: {@code text.substring(start, end)} equals the span's text</li>
 *   <li>{@code span-splits-surrogate-pair}: no span boundary falls between the two halves of an
 *       emoji or other supplementary character (JSON clients would get broken characters)</li>
 *   <li>{@code confidence-range}: confidence in [0, 1], not NaN</li>
 *   <li>{@code rule-named}: rule is a non-blank name</li>
 *   <li>{@code speaker-named}: a non-null speaker has a non-blank name</li>
 *   <li>{@code text-order}: attributions are ordered by quote start</li>
 *   <li>{@code quotes-overlap}: no two quote spans overlap (nor repeat)</li>
 *   <li>{@code speakers-quotes}: every speaker summary has {@code quotes > 0}, equal to the
 *       number of attributions naming that speaker</li>
 *   <li>{@code speakers-order}: summaries list each attributed speaker name once, in order of
 *       first quote, and no other names</li>
 *   <li>{@code deterministic}: the same input gives an equal analysis</li>
 *   <li>{@code no-types-no-output}: asking for no quote types gives no attributions</li>
 * </ul>
 */
final class AnalysisInvariants {

    private static final Set<QuoteType> ALL = EnumSet.allOf(QuoteType.class);

    private AnalysisInvariants() {
    }

    /**
     * Runs the engine on {@code text} with every type set and checks all invariants, including
     * determinism. Exceptions thrown by the engine propagate unchanged (the property harness reports
     * them as "the engine threw").
     */
    static void checkEngine(AttributionEngine engine, String text) {
        Analysis first = engine.analyze(text);
        check(text, ALL, first);
        Analysis second = engine.analyze(text);
        checkSame(text, first, second);
        Analysis explicitAll = engine.analyze(text, EnumSet.allOf(QuoteType.class));
        checkSame(text, first, explicitAll);
        for (QuoteType type : QuoteType.values()) {
            check(text, EnumSet.of(type), engine.analyze(text, EnumSet.of(type)));
        }
        Analysis none = engine.analyze(text, EnumSet.noneOf(QuoteType.class));
        check(text, EnumSet.noneOf(QuoteType.class), none);
        if (!none.attributions().isEmpty() || !none.speakers().isEmpty()) {
            throw new InvariantViolation("no-types-no-output", "analyze(text, {}) returned "
                    + none.attributions().size() + " attributions and " + none.speakers().size() + " speakers");
        }
    }

    /** Checks one analysis of {@code text} made for {@code types}; pure, no engine call. */
    static void check(String text, Set<QuoteType> types, Analysis analysis) {
        if (analysis == null) {
            throw new InvariantViolation("not-null", "analyze returned null");
        }
        List<Attribution> attributions = analysis.attributions();
        List<SpeakerSummary> speakers = analysis.speakers();
        if (attributions == null || speakers == null) {
            throw new InvariantViolation("not-null", "attributions or speakers list is null");
        }
        for (int i = 0; i < attributions.size(); i++) {
            checkAttribution(text, types, i, attributions.get(i));
        }
        checkOrderAndOverlap(attributions);
        checkSpeakers(attributions, speakers);
    }

    /** Both analyses of the same text must be equal. */
    static void checkSame(String text, Analysis first, Analysis second) {
        if (Objects.equals(first, second)) {
            return;
        }
        List<Attribution> a = first.attributions();
        List<Attribution> b = second.attributions();
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                throw new InvariantViolation("deterministic", "attribution #" + i + " differs between two runs on "
                        + "the same text:\n    first:  " + describe(a.get(i)) + "\n    second: " + describe(b.get(i)));
            }
        }
        if (a.size() != b.size()) {
            throw new InvariantViolation("deterministic", "two runs on the same text gave " + a.size() + " and "
                    + b.size() + " attributions");
        }
        throw new InvariantViolation("deterministic", "speaker summaries differ between two runs on the same text:\n"
                + "    first:  " + first.speakers() + "\n    second: " + second.speakers());
    }

    private static void checkAttribution(String text, Set<QuoteType> types, int index, Attribution a) {
        if (a == null) {
            throw new InvariantViolation("not-null", "attribution #" + index + " is null");
        }
        if (a.type() == null || a.quote() == null) {
            throw new InvariantViolation("not-null", "attribution #" + index + " has no type or no quote: " + describe(a));
        }
        if (!types.contains(a.type())) {
            throw new InvariantViolation("requested-type", "attribution #" + index + " is " + a.type()
                    + " but only " + types + " were asked for: " + describe(a));
        }
        checkSpan(text, index, "quote", a.quote(), a);
        checkSpan(text, index, "cue", a.cue(), a);
        Speaker speaker = a.speaker();
        if (speaker != null) {
            if (speaker.name() == null || speaker.name().isBlank()) {
                throw new InvariantViolation("speaker-named", "attribution #" + index + " has a speaker without a name: "
                        + describe(a));
            }
            checkSpan(text, index, "speaker mention", speaker.mention(), a);
        }
        double c = a.confidence();
        if (Double.isNaN(c) || c < 0.0 || c > 1.0) {
            throw new InvariantViolation("confidence-range", "attribution #" + index + " has confidence " + c
                    + ", outside [0, 1]: " + describe(a));
        }
        if (a.rule() == null || a.rule().isBlank()) {
            throw new InvariantViolation("rule-named", "attribution #" + index + " does not name its rule: " + describe(a));
        }
    }

    private static void checkSpan(String text, int index, String what, Span span, Attribution a) {
        if (span == null) {
            return;
        }
        int start = span.start();
        int end = span.end();
        if (start < 0 || end < start || end > text.length()) {
            throw new InvariantViolation("span-in-text", what + " span [" + start + ", " + end
                    + ") lies outside the text of length " + text.length() + " in attribution #" + index + ": " + describe(a));
        }
        String actual = text.substring(start, end);
        if (!actual.equals(span.text())) {
            throw new InvariantViolation("span-text", what + " span [" + start + ", " + end + ") says "
                    + Literals.javaShort(span.text(), 80) + " but the text there is " + Literals.javaShort(actual, 80)
                    + " in attribution #" + index + ": " + describe(a));
        }
        for (int boundary : new int[] {start, end}) {
            if (boundary > 0 && boundary < text.length()
                    && Character.isHighSurrogate(text.charAt(boundary - 1))
                    && Character.isLowSurrogate(text.charAt(boundary))) {
                throw new InvariantViolation("span-splits-surrogate-pair", what + " span [" + start + ", " + end
                        + ") has a boundary at " + boundary + ", inside the surrogate pair "
                        + Literals.java(text.substring(boundary - 1, boundary + 1)) + " in attribution #" + index
                        + ": " + describe(a));
            }
        }
    }

    private static void checkOrderAndOverlap(List<Attribution> attributions) {
        Comparator<Attribution> byPosition = Comparator.comparingInt((Attribution a) -> a.quote().start())
                .thenComparingInt(a -> a.quote().end());
        for (int i = 1; i < attributions.size(); i++) {
            if (byPosition.compare(attributions.get(i - 1), attributions.get(i)) > 0) {
                throw new InvariantViolation("text-order", "attribution #" + i + " starts before #" + (i - 1)
                        + ":\n    #" + (i - 1) + " " + describe(attributions.get(i - 1))
                        + "\n    #" + i + " " + describe(attributions.get(i)));
            }
        }
        List<Attribution> sorted = new ArrayList<>(attributions);
        sorted.sort(byPosition);
        for (int i = 1; i < sorted.size(); i++) {
            Span previous = sorted.get(i - 1).quote();
            Span next = sorted.get(i).quote();
            boolean overlap = previous.end() > next.start();
            boolean repeated = previous.start() == next.start() && previous.end() == next.end();
            if (overlap || repeated) {
                throw new InvariantViolation("quotes-overlap", "two quotes " + (repeated ? "repeat" : "overlap") + ":\n    "
                        + describe(sorted.get(i - 1)) + "\n    " + describe(sorted.get(i)));
            }
        }
    }

    private static void checkSpeakers(List<Attribution> attributions, List<SpeakerSummary> speakers) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker() != null) {
                expected.merge(a.speaker().name(), 1, Integer::sum);
            }
        }
        List<String> actualNames = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerSummary s = speakers.get(i);
            if (s == null || s.name() == null) {
                throw new InvariantViolation("not-null", "speaker summary #" + i + " is null or has no name: " + s);
            }
            if (s.quotes() <= 0) {
                throw new InvariantViolation("speakers-quotes", "speaker summary #" + i + " " + s + " has no quotes");
            }
            actualNames.add(s.name());
        }
        List<String> expectedNames = new ArrayList<>(expected.keySet());
        if (!actualNames.equals(expectedNames)) {
            throw new InvariantViolation("speakers-order", "speaker summaries name " + actualNames
                    + " but the attributions' speakers in order of first quote are " + expectedNames);
        }
        for (SpeakerSummary s : speakers) {
            int count = expected.get(s.name());
            if (s.quotes() != count) {
                throw new InvariantViolation("speakers-quotes", "speaker summary " + s + " counts " + s.quotes()
                        + " quotes but " + count + " attributions name " + Literals.java(s.name()));
            }
        }
    }

    /** One attribution on one line, texts escaped and shortened. */
    static String describe(Attribution a) {
        if (a == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        out.append(a.type()).append(" quote=").append(span(a.quote()));
        Speaker s = a.speaker();
        if (s == null) {
            out.append(" speaker=null");
        } else {
            out.append(" speaker=").append(s.name() == null ? "null" : Literals.javaShort(s.name(), 40));
            if (s.role() != null) {
                out.append(" role=").append(Literals.javaShort(s.role(), 40));
            }
            out.append(" mention=").append(span(s.mention()));
        }
        out.append(" cue=").append(span(a.cue()));
        out.append(" confidence=").append(a.confidence());
        out.append(" rule=").append(a.rule());
        return out.toString();
    }

    private static String span(Span span) {
        if (span == null) {
            return "null";
        }
        return "[" + span.start() + "," + span.end() + ")" + Literals.javaShort(span.text(), 60);
    }
}
