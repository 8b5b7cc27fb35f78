package id.kutip.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Latency histograms for Quarkus's HTTP server metric ({@code http_server_requests_seconds}, by
 * route, method and status), so that an operator can read percentiles across instances. A few
 * fixed buckets rather than Micrometer's ~70, to keep {@code /q/metrics} short. And the memory that
 * request bodies hold ({@link BodyReader}), beside its bound {@code kutip.http.max-body-memory}.
 */
public class HttpMetrics {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final String BODY_MEMORY = "kutip.http.body.memory";

    private static final double[] BUCKETS_NANOS = {
        Duration.ofMillis(1).toNanos(), Duration.ofMillis(5).toNanos(), Duration.ofMillis(10).toNanos(),
        Duration.ofMillis(25).toNanos(), Duration.ofMillis(50).toNanos(), Duration.ofMillis(100).toNanos(),
        Duration.ofMillis(250).toNanos(), Duration.ofMillis(500).toNanos(), Duration.ofSeconds(1).toNanos(),
        Duration.ofSeconds(5).toNanos()};

    @Produces
    @Singleton
    MeterFilter httpLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS_NANOS).build().merge(config);
            }
        };
    }

    void bodyMemory(@Observes StartupEvent event, MeterRegistry registry, BodyReader bodies, KutipConfig config) {
        Gauge.builder(BODY_MEMORY, bodies, BodyReader::heldBytes).baseUnit("bytes")
                .description("Bytes held by the bodies of the requests in progress").strongReference(true)
                .register(registry);
        Gauge.builder(BODY_MEMORY + ".max", config, c -> c.http().maxBodyMemory().asLongValue()).baseUnit("bytes")
                .description("The bound on those bytes (kutip.http.max-body-memory)").strongReference(true)
                .register(registry);
    }
}
