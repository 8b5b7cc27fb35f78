package id.kutip.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The service's own settings, under {@code kutip.*} in {@code application.properties} (or as
 * {@code KUTIP_*} environment variables). Lengths count UTF-16 code units, like every offset in
 * the API. The HTTP body limit in bytes is Quarkus's {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "kutip")
public interface KutipConfig {

    /** Longest {@code text} accepted in one request or one batch document; longer gets 413. Default 200000. */
    @WithDefault("200000")
    @Min(1)
    int maxTextLength();

    /** The language used when a request names none. Default {@code id}; must be one the engine supports. */
    @WithDefault("id")
    @NotBlank
    String defaultLanguage();

    /**
     * API keys, comma-separated; none by default. When there are any, every {@code /api/*} request
     * must carry one ({@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}) or gets 401;
     * health, metrics, OpenAPI and Swagger UI stay open.
     */
    Optional<List<String>> apiKeys();

    /** Limits of {@code POST /api/v1/attributions/batch}. */
    Batch batch();

    interface Batch {

        /** Most documents in one batch; more gets 413. Default 100. */
        @WithDefault("100")
        @Min(1)
        int maxDocuments();

        /** Most text in one batch, all documents' {@code text} lengths added up; more gets 413. Default 500000. */
        @WithDefault("500000")
        @Min(1)
        int maxTotalLength();
    }

    /** How request bodies are received. */
    Http http();

    /** How many analyses run at once, and how many wait. */
    Engine engine();

    /** The Kafka streaming mode (README, "Running at scale"): off unless {@code kutip.kafka.enabled=true}. */
    Kafka kafka();

    interface Http {

        /**
         * Longest time from a request's headers to the last byte of its body; past it the request gets 408
         * {@code request-timeout} and the connection is closed. Default 30s.
         */
        @WithDefault("30s")
        Duration bodyTimeout();

        /**
         * Most bytes that the bodies of all requests in progress may hold in memory together; a body that would
         * go past it gets 503 {@code overloaded}. Default 64M.
         */
        @WithDefault("64M")
        MemorySize maxBodyMemory();
    }

    interface Engine {

        /** Analyses that run at once; default the number of cores the JVM sees. */
        @Min(1)
        OptionalInt maxConcurrency();

        /**
         * Requests that may wait for a free analysis slot; one more gets 503 {@code overloaded}. Default 64 per
         * slot.
         */
        @Min(0)
        OptionalInt maxQueue();

        /** Longest wait for a slot; past it the request gets 503 {@code overloaded}. Default 10s. */
        @WithDefault("10s")
        Duration maxQueueWait();
    }

    /**
     * The streaming mode reads articles from one topic and writes attributions to another, beside the
     * HTTP API. {@code application.properties} passes these to the {@code articles} and
     * {@code attributions} channels of SmallRye Reactive Messaging; the brokers are Quarkus's
     * {@code kafka.bootstrap.servers}.
     */
    interface Kafka {

        /** Whether the streaming mode runs. Default false: the service is HTTP only and needs no broker. */
        @WithDefault("false")
        boolean enabled();

        /** Topic the articles are read from, {@code {"id", "text", "language"?, "types"?}}. Default kutip.articles. */
        @WithDefault("kutip.articles")
        @NotBlank
        String articlesTopic();

        /** Topic the attributions are written to, keyed by article id. Default kutip.attributions. */
        @WithDefault("kutip.attributions")
        @NotBlank
        String attributionsTopic();

        /** Topic a record that cannot be analysed goes to, with the problem in its headers. Default kutip.articles.dlq. */
        @WithDefault("kutip.articles.dlq")
        @NotBlank
        String deadLetterTopic();

        /** Consumer group of all instances; each partition is read by one of them. Default kutip. */
        @WithDefault("kutip")
        @NotBlank
        String groupId();

        /** Kafka consumers in one instance, each with its own partitions, read in order. Default 2. */
        @WithDefault("2")
        @Min(1)
        int consumers();
    }
}
