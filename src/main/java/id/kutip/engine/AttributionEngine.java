package id.kutip.engine;

import id.kutip.engine.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in, attributions out. Built once per language and shared: it holds no per-request state.
 */
public final class AttributionEngine {

    private static final Map<String, AttributionEngine> ENGINES = Map.of("id", new AttributionEngine(Lexicon.load("id")));

    // Placeholder until the rule engine lands: "…," kata/ujar Name.
    private static final Pattern SIMPLE = Pattern.compile("\"([^\"\\n]{1,2000})\",? (kata|ujar) (\\p{Lu}\\p{L}{1,40})");

    private final Lexicon lexicon;

    private AttributionEngine(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The codes of the languages the engine reads, e.g. {@code id}. */
    public static Set<String> supportedLanguages() {
        return ENGINES.keySet();
    }

    /** The engine for a language code, if supported. */
    public static Optional<AttributionEngine> forLanguage(String language) {
        return Optional.ofNullable(ENGINES.get(language));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** All attributions of both types. */
    public Analysis analyze(String text) {
        return analyze(text, EnumSet.allOf(QuoteType.class));
    }

    /** The attributions of the given types in {@code text}, in text order. */
    public Analysis analyze(String text, Set<QuoteType> types) {
        List<Attribution> found = new ArrayList<>();
        if (types.contains(QuoteType.DIRECT)) {
            Matcher m = SIMPLE.matcher(text);
            while (m.find()) {
                Speaker speaker = new Speaker(m.group(3), null, Span.of(text, m.start(3), m.end(3)));
                found.add(new Attribution(QuoteType.DIRECT, Span.of(text, m.start(1), m.end(1)), speaker,
                        Span.of(text, m.start(2), m.end(2)), 0.8, "closing-cue"));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        found.forEach(a -> counts.merge(a.speaker().name(), 1, Integer::sum));
        List<SpeakerSummary> speakers = new ArrayList<>();
        counts.forEach((name, n) -> speakers.add(new SpeakerSummary(name, null, n)));
        return new Analysis(found, speakers);
    }
}
