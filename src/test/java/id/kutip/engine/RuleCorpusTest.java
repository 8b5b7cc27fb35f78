package id.kutip.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's examples, Duckling style: {@code src/test/resources/corpus/*.txt} hold texts the
 * engine must attribute exactly as written and texts it must leave alone. Format:
 * <pre>
 * # comment
 * &gt; first paragraph of the text
 * &gt; second paragraph
 * &gt;
 * &gt; a paragraph after a blank line
 * = type | quote | speaker | role | cue | rule
 * </pre>
 * A field {@code *} is not checked, {@code -} means null. An example with no {@code =} line must
 * yield no attribution at all. A blank line ends an example; a line {@code >} alone is an empty line
 * of the text. {@code \r} in a text is a carriage return; a line break inside a quote is written
 * {@code \n} in its expected text.
 */
class RuleCorpusTest {

    static final List<String> FILES = List.of("quotation-marks", "direct-cues", "speakers", "introductions", "aliases", "indirect", "passive", "sources", "names", "text");
    private static final AttributionEngine ENGINE = AttributionEngine.forLanguage("id").orElseThrow();

    record Example(String file, int line, String text, List<String[]> expected) {
        @Override
        public String toString() {
            return file + ":" + line + " " + (text.length() > 70 ? text.substring(0, 70) + "…" : text).replace('\n', '¶');
        }
    }

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            for (Example e : read(file)) {
                all.add(Arguments.of(e));
            }
        }
        return all.stream();
    }

    static List<Example> read(String file) throws IOException {
        String path = "/corpus/" + file + ".txt";
        try (InputStream in = RuleCorpusTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            List<Example> examples = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<String[]> expected = new ArrayList<>();
            int start = 0;
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i] : "";
                if (line.startsWith("> ") || line.equals(">")) {
                    if (text.length() == 0) {
                        start = i + 1;
                    } else {
                        text.append('\n');
                    }
                    text.append(line.substring(Math.min(2, line.length())).replace("\\r", "\r"));
                } else if (line.startsWith("= ")) {
                    String[] fields = line.substring(2).split("\\|", -1);
                    for (int f = 0; f < fields.length; f++) {
                        fields[f] = fields[f].strip();
                    }
                    if (fields.length != 6) {
                        throw new IllegalStateException(path + ":" + (i + 1) + " needs 6 fields");
                    }
                    expected.add(fields);
                } else if (line.isBlank() && text.length() > 0) {
                    examples.add(new Example(file, start, text.toString(), List.copyOf(expected)));
                    text.setLength(0);
                    expected.clear();
                }
            }
            return examples;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void attributesExactlyAsWritten(Example example) {
        List<Attribution> found = ENGINE.analyze(example.text()).attributions();
        assertEquals(describe(example.expected()), describeFound(found, example.expected()),
                () -> "for " + example + "\nengine found:\n" + describeFound(found, null));
        for (Attribution a : found) {
            assertEquals(a.quote().text(), example.text().substring(a.quote().start(), a.quote().end()));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.FieldSource("FILES")
    void everyFileHasExamplesToFindAndToLeaveAlone(String file) throws IOException {
        List<Example> examples = read(file);
        assertFalse(examples.stream().noneMatch(e -> e.expected().isEmpty()), file + " has no negative example");
        assertFalse(examples.stream().allMatch(e -> e.expected().isEmpty()), file + " has no positive example");
    }

    private static String describe(List<String[]> expected) {
        StringBuilder sb = new StringBuilder();
        for (String[] e : expected) {
            sb.append(String.join(" | ", e)).append('\n');
        }
        return sb.toString();
    }

    /** The found attributions in the expected shape, with fields the example does not check shown as {@code *}. */
    private static String describeFound(List<Attribution> found, List<String[]> expected) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            String[] want = expected != null && i < expected.size() ? expected.get(i) : null;
            String[] got = {
                    a.type().wireName(),
                    a.quote().text().replace("\n", "\\n").replace("\r", "\\r"),
                    a.speaker() == null ? "-" : a.speaker().name(),
                    a.speaker() == null || a.speaker().role() == null ? "-" : a.speaker().role(),
                    a.cue() == null ? "-" : a.cue().text(),
                    a.rule()};
            for (int f = 0; f < got.length; f++) {
                if (want != null && want[f].equals("*")) {
                    got[f] = "*";
                }
            }
            sb.append(String.join(" | ", got)).append('\n');
        }
        return sb.toString();
    }
}
