package id.kutip.stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * A broker for a {@code @QuarkusTest}, with the streaming mode on and topics and a group of its
 * own: articles on 2 partitions (so that two consumers share them), attributions and dead letters
 * on 1 (so that their order is the order of writing), attributions taking records of at most
 * {@link KafkaStreamTest#LARGEST_OUTPUT} bytes.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start();
        String run = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String articles = run + ".articles";
        String attributions = run + ".attributions";
        String deadLetters = run + ".articles.dlq";
        broker.createTopics(2, articles);
        broker.createTopics(1, Map.of("max.message.bytes", String.valueOf(KafkaStreamTest.LARGEST_OUTPUT)),
                attributions);
        broker.createTopics(1, deadLetters);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "kutip.kafka.enabled", "true",
                "kutip.kafka.articles-topic", articles,
                "kutip.kafka.attributions-topic", attributions,
                "kutip.kafka.dead-letter-topic", deadLetters,
                "kutip.kafka.group-id", run);
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
