package id.kutip.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.api.AttributionReply;
import id.kutip.api.AttributionService;
import id.kutip.api.BatchResult;
import id.kutip.api.EngineSlots;
import id.kutip.api.KutipConfig;
import id.kutip.api.Problem;
import id.kutip.api.ProblemException;
import id.kutip.api.ProblemType;
import id.kutip.api.Problems;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * The Kafka door: reads an article from each record of the articles topic, has
 * {@link AttributionService} check and analyse it exactly as over HTTP, and writes the batch-result
 * shape to the attributions topic under the article's id. A record that cannot be analysed is
 * nacked with its problem, and the connector's dead-letter strategy writes its original bytes to
 * the dead-letter topic with the problem in {@link #PROBLEM_TYPE}, {@link #PROBLEM_TITLE} and
 * {@link #PROBLEM_DETAIL} headers.
 *
 * <p>The returned message carries the incoming record's acknowledgement, so an input offset is
 * committed only once its output record (or its dead letter) is acknowledged by the broker.
 *
 * <p>A record the service refuses only because it is overloaded ({@link ProblemType#OVERLOADED}:
 * every analysis slot busy and the queue full, HTTP requests included) is no bad record: it waits
 * {@link EngineSlots#RETRY_AFTER_SECONDS} s and is tried again, as long as it takes, and the
 * records behind it in its partition wait too (back-pressure: the connector pauses fetching). On
 * shutdown a waiting record is given up unacknowledged, so its offset stays uncommitted for the
 * next owner of its partition.
 */
@ApplicationScoped
public class ArticleStream {

    /** Channel names, bound to topics in {@code application.properties}. */
    static final String ARTICLES = "articles";
    static final String ATTRIBUTIONS = "attributions";

    /** Headers of a dead letter: the problem, as the HTTP API would answer it. */
    public static final String PROBLEM_TYPE = "problem-type";
    public static final String PROBLEM_TITLE = "problem-title";
    public static final String PROBLEM_DETAIL = "problem-detail";

    /** Refusals of one record between two warnings that it still waits (about a minute). */
    static final int REFUSALS_PER_WARNING = 60;

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);

    private final AttributionService service;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final AtomicLong overloadRefusals = new AtomicLong();
    private volatile boolean stopping;

    public ArticleStream(AttributionService service, ObjectMapper mapper, Validator validator) {
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Incoming(ARTICLES)
    @Outgoing(ATTRIBUTIONS)
    @Blocking // the engine is CPU work: off the event loop, still one record after another per consumer
    public Message<byte[]> attribute(Message<byte[]> record) {
        String source = source(record);
        Problem problem;
        try {
            BatchResult result = analyzeWhenFree(read(record.getPayload(), source), source);
            if (result == null) {
                return null; // shutting down: neither acknowledged nor dead-lettered, read again by the next owner
            }
            return record.withPayload(mapper.writeValueAsBytes(result))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(result.id()).build());
        } catch (RejectedRecord e) {
            problem = e.problem();
        } catch (ProblemException e) {
            problem = e.toProblem(source);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "internal error on the record %s", source);
            problem = Problem.of(ProblemType.INTERNAL, "The service failed on this record; the failure is logged. "
                    + "Please report it with the record.", source);
        }
        record.nack(new RejectedRecord(problem), Metadata.of(deadLetterHeaders(problem)));
        return null;
    }

    void announce(@Observes StartupEvent event, KutipConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String brokers) {
        KutipConfig.Kafka kafka = config.kafka();
        if (kafka.enabled()) {
            LOG.infof("Streaming mode: articles from %s, attributions to %s, dead letters to %s; group %s, "
                    + "%d consumer(s); brokers %s", kafka.articlesTopic(), kafka.attributionsTopic(),
                    kafka.deadLetterTopic(), kafka.groupId(), kafka.consumers(), brokers);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Times a record was refused because the service was overloaded, and tried again, since start. */
    long overloadRefusals() {
        return overloadRefusals.get();
    }

    /**
     * The article analysed, tried again after each refusal for overload; null when the service stops while
     * the record waits.
     */
    private BatchResult analyzeWhenFree(StreamArticle article, String source) {
        for (long refusals = 1; ; refusals++) {
            try {
                return analyze(article);
            } catch (ProblemException e) {
                if (e.type() != ProblemType.OVERLOADED) {
                    throw e;
                }
            }
            overloadRefusals.incrementAndGet();
            if (refusals % REFUSALS_PER_WARNING == 0) {
                LOG.warnf("The record %s has waited %d times for an analysis slot; the service is overloaded",
                        source, refusals);
            } else {
                LOG.debugf("The record %s waits for an analysis slot: the service is overloaded", source);
            }
            if (!pauseBeforeRetry()) {
                return null;
            }
        }
    }

    /** False when the service is stopping, or the thread was interrupted. */
    private boolean pauseBeforeRetry() {
        if (stopping) {
            return false;
        }
        try {
            Thread.sleep(EngineSlots.RETRY_AFTER_SECONDS * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopping;
    }

    private StreamArticle read(byte[] value, String source) {
        StreamArticle article;
        try {
            article = value == null ? null : mapper.readValue(value, StreamArticle.class);
        } catch (JsonProcessingException e) {
            throw new RejectedRecord(Problems.ofJson(e, source));
        } catch (IOException e) {
            throw new RejectedRecord(Problem.of(ProblemType.MALFORMED_JSON, "The record value could not be read.",
                    source));
        }
        if (article == null) {
            throw new RejectedRecord(Problem.of(ProblemType.EMPTY_BODY, "The record has no value, or JSON null; send "
                    + "a JSON object such as {\"id\": \"a1\", \"text\": \"…\"}.", source));
        }
        Set<ConstraintViolation<StreamArticle>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            throw new RejectedRecord(Problems.ofConstraintViolations(violations, source));
        }
        return article;
    }

    private BatchResult analyze(StreamArticle article) {
        AttributionReply reply = service.analyze(article.text(), article.language(), article.types());
        return new BatchResult(article.id(), reply.language(), reply.attributions(), reply.speakers(), null);
    }

    private static OutgoingKafkaRecordMetadata<String> deadLetterHeaders(Problem problem) {
        return OutgoingKafkaRecordMetadata.<String>builder().withHeaders(List.of(
                header(PROBLEM_TYPE, problem.type()),
                header(PROBLEM_TITLE, problem.title()),
                header(PROBLEM_DETAIL, problem.detail()))).build();
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code topic-partition@offset}: where the record came from, for problems and logs. */
    private static String source(Message<?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset())
                .orElse("kafka");
    }
}
