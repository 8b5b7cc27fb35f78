package id.kutip.api;

import id.kutip.engine.Analysis;
import id.kutip.engine.Attribution;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the engine does, counted where every door (HTTP today, a stream later) passes: in the
 * application service, not in the engine, which stays free of frameworks; and how full its
 * analysis slots are ({@link EngineSlots}). Served at {@code /q/metrics} as {@code kutip_engine_*}
 * and {@code kutip_html_pages_total}.
 */
@ApplicationScoped
public class EngineMetrics {

    static final String ARTICLES = "kutip.engine.articles";
    static final String CHARACTERS = "kutip.engine.characters";
    static final String ATTRIBUTIONS = "kutip.engine.attributions";
    static final String WITHOUT_SPEAKER = "kutip.engine.attributions.without.speaker";
    static final String TIME = "kutip.engine.analysis";
    static final String HTML_PAGES = "kutip.html.pages";
    static final String SLOTS = "kutip.engine.slots";
    static final String SLOTS_BUSY = "kutip.engine.slots.busy";
    static final String QUEUE_WAITING = "kutip.engine.queue.waiting";
    static final String SHED = "kutip.engine.shed";

    /** Bucket bounds of the engine-time histogram: a short article takes well under a millisecond. */
    static final Duration[] TIME_BUCKETS = {Duration.ofNanos(250_000), Duration.ofMillis(1), Duration.ofMillis(5),
        Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1)};

    private final MeterRegistry registry;
    private final Map<String, Counter> articles = new ConcurrentHashMap<>();
    private final Map<String, Counter> characters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> attributions = new ConcurrentHashMap<>();
    private final Map<String, Counter> withoutSpeaker = new ConcurrentHashMap<>();
    private final Counter htmlPages;
    /** Held here because Micrometer holds what a gauge reads only weakly. */
    private final EngineSlots slots;

    public EngineMetrics(MeterRegistry registry, EngineSlots slots) {
        this.registry = registry;
        this.slots = slots;
        this.htmlPages = Counter.builder(HTML_PAGES).description("HTML pages whose article text was taken out")
                .register(registry);
        Gauge.builder(SLOTS, slots, EngineSlots::slots).description("Analyses that may run at once").register(registry);
        Gauge.builder(SLOTS_BUSY, slots, EngineSlots::busy).description("Analyses running now").register(registry);
        Gauge.builder(QUEUE_WAITING, slots, EngineSlots::waiting).description("Requests waiting for an analysis slot")
                .register(registry);
        FunctionCounter.builder(SHED, slots, EngineSlots::shed)
                .description("Requests refused with 503 overloaded because no analysis slot came free in time")
                .register(registry);
    }

    /** Made at start-up, so that the slot gauges are served before the first analysis. */
    void start(@Observes StartupEvent event) {
        // nothing more: observing the event creates the bean
    }

    /** One HTML page whose article text was taken out (before it is analysed like any text). */
    void htmlPage() {
        htmlPages.increment();
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
