package id.kutip.engine;

import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.text.Boilerplate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Text in, attributions out. Built once per language and shared: it holds no per-request state.
 */
public final class AttributionEngine {

    private static final Map<String, AttributionEngine> ENGINES =
            Map.of("id", new AttributionEngine(Lexicon.load("id"), Calibration.load("id")));

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final Boilerplate boilerplate;
    private final Calibration calibration;

    private AttributionEngine(Lexicon lexicon, Calibration calibration) {
        this.lexicon = lexicon;
        this.vocabulary = new Vocabulary(lexicon);
        this.boilerplate = new Boilerplate(lexicon.list("boilerplate"));
        this.calibration = calibration;
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
        return new Extractor(text, vocabulary, boilerplate, calibration).run(types);
    }
}
