package id.kutip.api;

import id.kutip.engine.Analysis;
import id.kutip.engine.Attribution;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the engine does, counted where every door (HTTP today, a stream later) passes: in the
 * application service, not in the engine, which stays free of frameworks. Served at
 * {@code /q/metrics} as {@code kutip_engine_*}.
 */
@ApplicationScoped
public class EngineMetrics {

    static final String ARTICLES = "kutip.engine.articles";
    static final String CHARACTERS = "kutip.engine.characters";
    static final String ATTRIBUTIONS = "kutip.engine.attributions";
    static final String WITHOUT_SPEAKER = "kutip.engine.attributions.without.speaker";
    static final String TIME = "kutip.engine.analysis";

    /** Bucket bounds of the engine-time histogram: a short article takes well under a millisecond. */
    static final Duration[] TIME_BUCKETS = {Duration.ofNanos(250_000), Duration.ofMillis(1), Duration.ofMillis(5),
        Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1)};

    private final MeterRegistry registry;
    private final Map<String, Counter> articles = new ConcurrentHashMap<>();
    private final Map<String, Counter> characters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> attributions = new ConcurrentHashMap<>();
    private final Map<String, Counter> withoutSpeaker = new ConcurrentHashMap<>();

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code analysis} of {@code text} in {@code language}, timing it and counting what it found. */
    Analysis record(String language, String text, Supplier<Analysis> analysis) {
        Analysis result = timers.computeIfAbsent(language, l -> Timer.builder(TIME)
                .description("Time the engine took per article")
                .tag("language", l)
                .serviceLevelObjectives(TIME_BUCKETS)
                .register(registry)).record(analysis);
        articles.computeIfAbsent(language, l -> Counter.builder(ARTICLES)
                .description("Articles analysed").tag("language", l).register(registry)).increment();
        characters.computeIfAbsent(language, l -> Counter.builder(CHARACTERS)
                .description("UTF-16 code units of text analysed").tag("language", l).register(registry))
                .increment(text.length());
        for (Attribution a : result.attributions()) {
            String type = a.type().wireName();
            attributions.computeIfAbsent(type + ' ' + a.rule(), k -> Counter.builder(ATTRIBUTIONS)
                    .description("Attributions found, by quote type and rule")
                    .tag("type", type).tag("rule", a.rule()).register(registry)).increment();
            if (a.speaker() == null) {
                withoutSpeaker.computeIfAbsent(type, t -> Counter.builder(WITHOUT_SPEAKER)
                        .description("Attributions found without a speaker").tag("type", t).register(registry))
                        .increment();
            }
        }
        return result;
    }
}
