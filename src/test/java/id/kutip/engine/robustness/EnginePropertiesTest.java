package id.kutip.engine.robustness;

import id.kutip.engine.AttributionEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For any text the engine answers without throwing, and its answer is well-formed: spans inside the
 * text and equal to it, confidence in [0, 1], no overlapping quotes, text order, consistent speaker
 * summaries, same output for the same input. See {@link AnalysisInvariants} for the full list.
 *
 * <p>A failure names the broken invariant, the smallest input found that still breaks it (as a Java
 * literal to paste into a unit test) and the seed to reproduce the run. Tune with
 * {@code -Dkutip.props.seed=N|random} and {@code -Dkutip.props.tries-factor=F}.
 */
class EnginePropertiesTest {

    private static final AttributionEngine ENGINE = AttributionEngine.forLanguage("id").orElseThrow();

    private static void holds(String text) {
        AnalysisInvariants.checkEngine(ENGINE, text);
    }

    // ------------------------------------------------------------------ generated inputs

    @Test
    @DisplayName("arbitrary Unicode: controls, NUL, lone surrogates, emoji, RTL, combining marks, odd line ends")
    void arbitraryUnicode() {
        PropertyRunner.forAll("arbitrary Unicode", 1_500, TextGenerators::arbitraryUnicode, EnginePropertiesTest::holds);
    }

    @Test
    @DisplayName("only quotation marks")
    void quotationMarksOnly() {
        PropertyRunner.forAll("only quotation marks", 800, TextGenerators::quotationMarksOnly, EnginePropertiesTest::holds);
    }

    @Test
    @DisplayName("deeply alternating and nested quotation marks")
    void alternatingMarks() {
        PropertyRunner.forAll("alternating marks", 800, TextGenerators::alternatingMarks, EnginePropertiesTest::holds);
    }

    @Test
    @DisplayName("news-like Indonesian articles")
    void newsArticles() {
        PropertyRunner.forAll("news articles", 2_000, TextGenerators::newsArticle, EnginePropertiesTest::holds);
    }

    @Test
    @DisplayName("news-like Indonesian articles with random damage")
    void mutatedNewsArticles() {
        PropertyRunner.forAll("mutated news articles", 2_500, TextGenerators::mutatedNewsArticle, EnginePropertiesTest::holds);
    }

    @Test
    @DisplayName("all of the above mixed")
    void mixed() {
        PropertyRunner.forAll("mixed", 1_500, TextGenerators::mixed, EnginePropertiesTest::holds);
    }

    // ------------------------------------------------------------------ fixed large inputs

    @Test
    @DisplayName("a 1 MB paragraph with no full stop")
    void oneMegabyteParagraphWithoutFullStop() {
        String text = TextGenerators.paragraphWithoutFullStop(1 << 20);
        PropertyRunner.check("1 MB paragraph without full stop", text, EnginePropertiesTest::holds);
    }

    static Stream<Arguments> tenThousandUnpairedMarks() {
        List<Arguments> cases = new ArrayList<>();
        for (char mark : TextGenerators.MARKS.toCharArray()) {
            cases.add(Arguments.of("10 000 × " + Literals.java(String.valueOf(mark)), String.valueOf(mark).repeat(10_000)));
        }
        cases.add(Arguments.of("10 001 straight marks (odd count)", "\"".repeat(10_001)));
        cases.add(Arguments.of("10 000 opening marks with words", "“Harga naik ".repeat(10_000)));
        cases.add(Arguments.of("10 000 closing marks with cues", "Ya,” kata Budi. ".repeat(10_000)));
        cases.add(Arguments.of("10 000 opening marks, each its own paragraph", "“Kami menunggu.\n\n".repeat(10_000)));
        StringBuilder mixedMarks = new StringBuilder();
        SplittableRandom r = new SplittableRandom(7);
        String openers = "\"“‘'«„‹";
        for (int i = 0; i < 10_000; i++) {
            mixedMarks.append(openers.charAt(r.nextInt(openers.length()))).append(r.nextBoolean() ? "a " : " kata Rina ");
        }
        cases.add(Arguments.of("10 000 mixed opening marks", mixedMarks.toString()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @DisplayName("10 000 unpaired quotation marks")
    void tenThousandUnpairedMarks(String name, String text) {
        PropertyRunner.check(name, text, EnginePropertiesTest::holds);
    }

    // ------------------------------------------------------------------ small edge cases

    static Stream<Arguments> edgeCases() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("one space", " "),
                Arguments.of("NUL", "\u0000"),
                Arguments.of("NULs around a quote", "\u0000\"Ya,\u0000\" kata\u0000 Ani.\u0000"),
                Arguments.of("lone CR", "\r"),
                Arguments.of("CRLF", "\r\n"),
                Arguments.of("line ends only", "\n\r\n\r\r\n\n\u2028\u2029\u0085"),
                Arguments.of("lone high surrogate", "\uD800"),
                Arguments.of("lone low surrogate", "\uDFFF"),
                Arguments.of("surrogate pair split by a mark", "\uD83D\"\uDE00\""),
                Arguments.of("emoji as speaker", "\"Ya,\" kata \uD83D\uDE00."),
                Arguments.of("emoji inside a quote", "\"Kami senang \uD83D\uDE00,\" kata Budi Santoso."),
                Arguments.of("straight mark", "\""),
                Arguments.of("opening curly mark", "“"),
                Arguments.of("closing curly mark", "”"),
                Arguments.of("empty quote", "\"\""),
                Arguments.of("empty quote with cue", "\"\" kata Budi."),
                Arguments.of("one-letter quote", "\"a\""),
                Arguments.of("quote and cue without speaker", "\"Ya,\" kata"),
                Arguments.of("quote, cue and one-letter speaker", "\"Ya,\" kata B"),
                Arguments.of("cue word alone", "kata"),
                Arguments.of("according-to alone", "Menurut"),
                Arguments.of("according-to with pronoun only", "Menurut dia,"),
                Arguments.of("reported clause cut off", "Ia mengatakan bahwa"),
                Arguments.of("boilerplate alone", "Baca juga:"),
                Arguments.of("boilerplate line inside a quote", "\"Kami siap\nBaca juga: Harga Naik\nbekerja,\" kata Rina."),
                Arguments.of("byte order mark first", "\uFEFF\"Ya,\" kata Ani."),
                Arguments.of("right-to-left override", "\u202E\"Ya,\" kata Ani.\u202C"),
                Arguments.of("Hebrew speaker", "\"Ya,\" kata \u05D3\u05D5\u05D3."),
                Arguments.of("combining marks on the speaker", "\"Ya,\" kata B\u0301\u0302u\u0308di."),
                Arguments.of("case mapping that changes length", "\"Ya,\" KATA \u0130BRAHIM. \"Tidak,\" kata STRA\u00DFE."),
                Arguments.of("dotted capital I in cue", "\"Ya,\" K\u0130TA Budi."),
                Arguments.of("nested quote in quote", "\"Dia bilang 'tunggu', lalu pergi,\" kata Budi."),
                Arguments.of("guillemets", "«Kami menolak,» kata Rina Wijaya."),
                Arguments.of("quote reopened over paragraphs", "“Kalimat satu.\n\n“Kalimat dua.\n\n“Kalimat tiga,” kata Agus."),
                Arguments.of("cue before quote", "Budi mengatakan, \"Kami siap.\""),
                Arguments.of("colon cue", "Budi: \"Kami siap.\""),
                Arguments.of("split quote", "\"Kami siap,\" kata Budi. \"Besok mulai.\""),
                Arguments.of("speaker of a thousand capitalised words", "\"Ya,\" kata " + "Adi ".repeat(1_000) + "."),
                Arguments.of("only whitespace of many kinds", " \t\u00A0\u2003\u3000\u200B\u000B\u000C"),
                Arguments.of("non-characters", "\uFFFE\uFFFF\"\uFDD0,\" kata \uFFFF."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @DisplayName("small edge cases")
    void edgeCases(String name, String text) {
        PropertyRunner.check(name, text, EnginePropertiesTest::holds);
    }
}
