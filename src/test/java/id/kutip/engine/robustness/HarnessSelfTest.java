package id.kutip.engine.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.engine.Analysis;
import id.kutip.engine.Attribution;
import id.kutip.engine.QuoteType;
import id.kutip.engine.Span;
import id.kutip.engine.Speaker;
import id.kutip.engine.SpeakerSummary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests of the tests: the runner finds, shrinks and reports planted bugs, and every invariant
 * catches a broken analysis. Without these a harness that silently passes everything would look
 * exactly like a robust engine.
 */
class HarnessSelfTest {

    private static final Set<QuoteType> ALL = EnumSet.allOf(QuoteType.class);

    // ------------------------------------------------------------------ the runner

    @Test
    void shrinksAPlantedCrashToItsSmallestInputAndSaysWhere() {
        AssertionError error = assertThrows(AssertionError.class, () -> PropertyRunner.forAll("planted crash", 2_000,
                TextGenerators::mutatedNewsArticle, text -> {
                    if (text.contains("“") && text.contains("kata")) {
                        throw new StringIndexOutOfBoundsException("planted");
                    }
                }));
        String message = error.getMessage();
        assertTrue(message.contains("Property \"planted crash\" failed"), message);
        assertTrue(message.contains("threw java.lang.StringIndexOutOfBoundsException"), message);
        assertTrue(message.contains("smallest failing input (5 chars, Java literal)"), message);
        assertTrue(message.contains("\"\\u201Ckata\"") || message.contains("\"kata\\u201C\""), message);
        assertTrue(message.contains("-Dkutip.props.seed="), message);
        assertInstanceOf(StringIndexOutOfBoundsException.class, error.getCause());
    }

    @Test
    void shrinkingKeepsToTheSameBrokenInvariant() {
        // Two different invariants break on different inputs; the report must stay with the first one.
        AssertionError error = assertThrows(AssertionError.class, () -> PropertyRunner.check("two bugs",
                "xx\uD800yy\"zz", text -> {
                    if (text.indexOf('"') >= 0 && text.length() > 3) {
                        throw new InvariantViolation("quotes-overlap", "planted");
                    }
                    if (text.indexOf('\uD800') >= 0) {
                        throw new InvariantViolation("span-in-text", "planted");
                    }
                }));
        assertTrue(error.getMessage().contains("broke invariant \"quotes-overlap\""), error.getMessage());
        assertTrue(error.getMessage().contains("smallest failing input (4 chars"), error.getMessage());
    }

    @Test
    void sameSeedGivesSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(TextGenerators.mixed(PropertyRunner.randomFor(1, "p", i)));
            second.add(TextGenerators.mixed(PropertyRunner.randomFor(1, "p", i)));
        }
        assertEquals(first, second);
    }

    @Test
    void generatorsReachTheAwkwardCases() {
        boolean loneSurrogate = false;
        boolean supplementary = false;
        boolean nul = false;
        boolean loneCr = false;
        boolean rtl = false;
        boolean combining = false;
        for (int i = 0; i < 300; i++) {
            String s = TextGenerators.arbitraryUnicode(PropertyRunner.randomFor(3, "coverage", i));
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                boolean high = Character.isHighSurrogate(c);
                boolean pairs = high && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1));
                supplementary |= pairs;
                loneSurrogate |= (high && !pairs) || (Character.isLowSurrogate(c) && (j == 0 || !Character.isHighSurrogate(s.charAt(j - 1))));
                nul |= c == 0;
                loneCr |= c == '\r' && (j + 1 == s.length() || s.charAt(j + 1) != '\n');
                rtl |= c == '\u202E' || (c >= 0x05D0 && c <= 0x05EA);
                combining |= c >= 0x0300 && c < 0x0370;
            }
        }
        assertTrue(loneSurrogate && supplementary && nul && loneCr && rtl && combining,
                "lone surrogate " + loneSurrogate + ", emoji " + supplementary + ", NUL " + nul + ", lone CR " + loneCr
                        + ", RTL " + rtl + ", combining " + combining);
    }

    @Test
    void newsGeneratorWritesQuotesWithCues() {
        java.util.regex.Pattern closingCue = java.util.regex.Pattern.compile("[,!?][\"”’»'›“] ("
                + String.join("|", TextGenerators.CLOSING_CUES) + ") \\p{Lu}");
        int withCue = 0;
        for (int i = 0; i < 100; i++) {
            String s = TextGenerators.newsArticle(PropertyRunner.randomFor(5, "news", i));
            if (closingCue.matcher(s).find()) {
                withCue++;
            }
        }
        assertTrue(withCue > 40, "only " + withCue + " of 100 articles have a closing-cue quote");
    }

    @Test
    void literalsShowEveryCharacter() {
        assertEquals("\"a\\\"\\\\\\n\\r\\t\\u0000\\uD800\\u201C\"", Literals.java("a\"\\\n\r\t\u0000\uD800“"));
    }

    // ------------------------------------------------------------------ the invariants

    private static final String TEXT = "\"Ya,\" kata Ani. \"Tidak,\" kata Budi.";

    private static Attribution attribution(String text, int qs, int qe, String name, int ms, int me, double confidence) {
        Speaker speaker = name == null ? null : new Speaker(name, null, ms < 0 ? null : Span.of(text, ms, me));
        return new Attribution(QuoteType.DIRECT, Span.of(text, qs, qe), speaker, null, confidence, "test-rule");
    }

    private static Attribution ya() {
        return attribution(TEXT, 1, 4, "Ani", 11, 14, 0.9);
    }

    private static Attribution tidak() {
        return attribution(TEXT, 17, 23, "Budi", 30, 34, 0.9);
    }

    private static void assertBreaks(String invariant, String text, Analysis analysis) {
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> AnalysisInvariants.check(text, ALL, analysis));
        assertEquals(invariant, v.invariant(), v.getMessage());
    }

    @Test
    void aWellFormedAnalysisPasses() {
        assertEquals("Ya,", ya().quote().text());
        assertEquals("Budi", tidak().speaker().mention().text());
        AnalysisInvariants.check(TEXT, ALL, new Analysis(List.of(ya(), tidak()),
                List.of(new SpeakerSummary("Ani", null, 1), new SpeakerSummary("Budi", null, 1))));
    }

    @Test
    void catchesASpanOutsideTheText() {
        String longer = TEXT + " tambahan";
        Attribution outside = attribution(longer, 30, 40, null, -1, -1, 0.5);
        assertBreaks("span-in-text", TEXT, new Analysis(List.of(outside), List.of()));
    }

    @Test
    void catchesASpanWhoseTextIsNotTheText() {
        Attribution wrong = new Attribution(QuoteType.DIRECT, new Span("Yb,", 1, 4), null, null, 0.5, "r");
        assertBreaks("span-text", TEXT, new Analysis(List.of(wrong), List.of()));
    }

    @Test
    void catchesAWrongMentionOrCue() {
        Attribution badMention = new Attribution(QuoteType.DIRECT, Span.of(TEXT, 1, 4),
                new Speaker("Ani", null, new Span("Ani", 10, 13)), null, 0.5, "r");
        assertBreaks("span-text", TEXT, new Analysis(List.of(badMention), List.of(new SpeakerSummary("Ani", null, 1))));
        Attribution badCue = new Attribution(QuoteType.DIRECT, Span.of(TEXT, 1, 4), null, new Span("kata", 5, 9), 0.5, "r");
        assertBreaks("span-text", TEXT, new Analysis(List.of(badCue), List.of()));
    }

    @Test
    void catchesASpanThatSplitsAnEmoji() {
        String text = "\"\uD83D\uDE00,\" kata Ani.";
        Attribution split = new Attribution(QuoteType.DIRECT, Span.of(text, 1, 2), null, null, 0.5, "r");
        assertBreaks("span-splits-surrogate-pair", text, new Analysis(List.of(split), List.of()));
    }

    @Test
    void catchesConfidenceOutOfRange() {
        assertBreaks("confidence-range", TEXT, new Analysis(List.of(attribution(TEXT, 1, 4, null, -1, -1, 1.5)), List.of()));
        assertBreaks("confidence-range", TEXT, new Analysis(List.of(attribution(TEXT, 1, 4, null, -1, -1, -0.1)), List.of()));
        assertBreaks("confidence-range", TEXT, new Analysis(List.of(attribution(TEXT, 1, 4, null, -1, -1, Double.NaN)), List.of()));
    }

    @Test
    void catchesOverlapsRepeatsAndWrongOrder() {
        Attribution overlapping = attribution(TEXT, 2, 10, null, -1, -1, 0.5);
        assertBreaks("quotes-overlap", TEXT, new Analysis(List.of(attribution(TEXT, 1, 4, null, -1, -1, 0.5), overlapping), List.of()));
        assertBreaks("quotes-overlap", TEXT, new Analysis(List.of(attribution(TEXT, 1, 4, null, -1, -1, 0.5),
                attribution(TEXT, 1, 4, null, -1, -1, 0.7)), List.of()));
        assertBreaks("text-order", TEXT, new Analysis(List.of(tidak(), ya()),
                List.of(new SpeakerSummary("Budi", null, 1), new SpeakerSummary("Ani", null, 1))));
    }

    @Test
    void catchesInconsistentSpeakerSummaries() {
        List<Attribution> both = List.of(ya(), tidak());
        assertBreaks("speakers-order", TEXT, new Analysis(both,
                List.of(new SpeakerSummary("Budi", null, 1), new SpeakerSummary("Ani", null, 1))));
        assertBreaks("speakers-order", TEXT, new Analysis(both, List.of(new SpeakerSummary("Ani", null, 1))));
        assertBreaks("speakers-order", TEXT, new Analysis(List.of(ya()),
                List.of(new SpeakerSummary("Ani", null, 1), new SpeakerSummary("Cici", null, 1))));
        assertBreaks("speakers-quotes", TEXT, new Analysis(both,
                List.of(new SpeakerSummary("Ani", null, 0), new SpeakerSummary("Budi", null, 1))));
        assertBreaks("speakers-quotes", TEXT, new Analysis(both,
                List.of(new SpeakerSummary("Ani", null, 2), new SpeakerSummary("Budi", null, 1))));
    }

    @Test
    void catchesMissingNamesRulesAndUnrequestedTypes() {
        Attribution noRule = new Attribution(QuoteType.DIRECT, Span.of(TEXT, 1, 4), null, null, 0.5, " ");
        assertBreaks("rule-named", TEXT, new Analysis(List.of(noRule), List.of()));
        Attribution blankName = new Attribution(QuoteType.DIRECT, Span.of(TEXT, 1, 4), new Speaker("", null, null), null, 0.5, "r");
        assertBreaks("speaker-named", TEXT, new Analysis(List.of(blankName), List.of(new SpeakerSummary("", null, 1))));
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> AnalysisInvariants.check(TEXT,
                EnumSet.of(QuoteType.INDIRECT), new Analysis(List.of(ya()), List.of(new SpeakerSummary("Ani", null, 1)))));
        assertEquals("requested-type", v.invariant());
    }

    @Test
    void catchesNondeterminism() {
        Analysis one = new Analysis(List.of(ya()), List.of(new SpeakerSummary("Ani", null, 1)));
        Analysis other = new Analysis(List.of(attribution(TEXT, 1, 4, "Ani", 11, 14, 0.8)), List.of(new SpeakerSummary("Ani", null, 1)));
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> AnalysisInvariants.checkSame(TEXT, one, other));
        assertEquals("deterministic", v.invariant());
    }
}
