package id.kutip.api;

import id.kutip.engine.AttributionEngine;
import id.kutip.engine.QuoteType;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the engine of the default language has loaded its lexicon and analysed a sentence.
 * The check runs at start-up too, so that the first client does not pay for loading, and so that
 * a {@code kutip.default-language} the engine does not read stops the service at once. An
 * {@link AsyncHealthCheck}, so it runs on the event loop (a one-sentence analysis takes
 * microseconds): the probe answers even when every worker thread is busy.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements AsyncHealthCheck {

    private static final String PROBE = "\"Kami siap bekerja keras tahun ini,\" kata Budi.";

    private final KutipConfig config;

    public EngineReadiness(KutipConfig config) {
        this.config = config;
    }

    void warmUp(@Observes StartupEvent event) {
        AttributionEngine.forLanguage(config.defaultLanguage()).orElseThrow(() -> new IllegalStateException(
                "kutip.default-language=" + config.defaultLanguage() + " is not one of the engine's languages "
                        + AttributionEngine.supportedLanguages()))
                .analyze(PROBE, EnumSet.allOf(QuoteType.class));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check);
    }

    HealthCheckResponse check() {
        try {
            AttributionEngine engine = AttributionEngine.forLanguage(config.defaultLanguage()).orElseThrow();
            engine.analyze(PROBE, EnumSet.allOf(QuoteType.class));
            return HealthCheckResponse.named("engine").up()
                    .withData("languages", String.join(",", new TreeSet<>(AttributionEngine.supportedLanguages())))
                    .withData("lexicon-lists", engine.lexicon().lists().size())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
