package id.kutip.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.api.Articles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service in one consumer group on a 4-partition topic, against a
 * real broker: they share the partitions, and when one of them ends mid-stream (killed, or
 * stopped with SIGTERM) every article still gets an output; an article gets two only if its
 * offset had not been committed when the instance ended.
 */
class KafkaScalingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final int PARTITIONS = 4;
    private static final int CONSUMERS_PER_INSTANCE = 2;
    /** Articles per test, written over about {@link #WRITE_SECONDS} s so that the stream is still going when an instance ends. */
    private static final int ARTICLES = 6_000;
    private static final int WRITE_SECONDS = 6;

    /** The test's own Kafka clients log every setting at INFO; this class runs without Quarkus's log settings. */
    private static final Logger KAFKA_LOG = Logger.getLogger("org.apache.kafka");

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        KAFKA_LOG.setLevel(Level.WARNING);
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndOneKilledMidStreamLosesNothing() throws Exception {
        endOneInstanceMidStream("kill", ServiceInstance::kill);
    }

    @Test
    void anInstanceStoppedMidStreamFinishesItsRecordsOrLeavesThemUncommitted() throws Exception {
        endOneInstanceMidStream("stop", ServiceInstance::stop);
    }

    private void endOneInstanceMidStream(String name, Consumer<ServiceInstance> end) throws Exception {
        String run = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        String articles = run + ".articles";
        String attributions = run + ".attributions";
        broker.createTopics(PARTITIONS, articles, attributions);
        broker.createTopics(1, run + ".dlq");

        List<ServiceInstance> instances = startInstances(run, articles, attributions, run + ".dlq", "a", "b");
        try (KafkaClient kafka = new KafkaClient(broker.bootstrapServers());
                KafkaClient.TopicReader outputs = kafka.reader(attributions);
                Admin admin = broker.admin()) {
            ServiceInstance leaving = instances.get(0);
            Map<String, Set<TopicPartition>> owned = awaitStableGroup(admin, run, instances);
            assertEquals(Set.of(PARTITIONS / 2), Set.copyOf(owned.values().stream().map(Set::size).toList()),
                    "each instance reads half the partitions: " + owned);

            Map<String, RecordMetadata> written = new HashMap<>();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> writeArticles(kafka, articles, run, written));

            int seen = distinctKeys(outputs.readUntil(read -> distinctKeys(read) >= ARTICLES / 4, WAIT));
            end.accept(leaving);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(run)
                    .partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
            assertTrue(seen >= ARTICLES / 4 && seen < ARTICLES,
                    "the instance must end mid-stream; outputs when it ended: " + seen);

            writing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            List<ConsumerRecord<String, byte[]>> read = outputs.readUntil(r -> distinctKeys(r) >= ARTICLES, WAIT);

            Map<String, Integer> outputsPerId = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : read) {
                assertEquals(r.key(), JSON.readTree(r.value()).path("id").asText());
                outputsPerId.merge(r.key(), 1, Integer::sum);
            }
            List<String> lost = written.keySet().stream().filter(id -> !outputsPerId.containsKey(id)).sorted().toList();
            assertEquals(List.of(), lost, "articles without an output after " + name);
            Map<TopicPartition, List<Long>> duplicatedBelowCommit = new TreeMap<>(
                    (x, y) -> Integer.compare(x.partition(), y.partition()));
            int duplicated = 0;
            for (var e : outputsPerId.entrySet()) {
                if (e.getValue() > 1) {
                    duplicated++;
                    RecordMetadata in = written.get(e.getKey());
                    TopicPartition tp = new TopicPartition(articles, in.partition());
                    OffsetAndMetadata commit = committed.get(tp);
                    if (commit != null && in.offset() < commit.offset()) {
                        duplicatedBelowCommit.computeIfAbsent(tp, k -> new ArrayList<>()).add(in.offset());
                    }
                }
            }
            assertEquals(Map.of(), duplicatedBelowCommit,
                    "articles output twice although their offsets were committed when the instance ended " + committed);
            System.out.printf("%s: %d articles, %d outputs when %s ended, %d articles output twice (offsets not yet "
                    + "committed then)%n", name, ARTICLES, seen, leaving.name(), duplicated);
        } finally {
            instances.forEach(ServiceInstance::close);
        }
    }

    private static List<ServiceInstance> startInstances(String group, String articles, String attributions,
            String deadLetters, String... names) throws Exception {
        List<CompletableFuture<ServiceInstance>> starting = new ArrayList<>();
        for (String name : names) {
            Map<String, String> settings = new TreeMap<>(Map.of(
                    "kutip.kafka.enabled", "true",
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "kutip.kafka.articles-topic", articles,
                    "kutip.kafka.attributions-topic", attributions,
                    "kutip.kafka.dead-letter-topic", deadLetters,
                    "kutip.kafka.group-id", group,
                    "kutip.kafka.consumers", String.valueOf(CONSUMERS_PER_INSTANCE),
                    "mp.messaging.incoming.articles.client-id-prefix", group + "-" + name + "-",
                    // A killed instance's partitions move after this long without its heartbeat (default 45 s); long
                    // enough that a loaded machine does not make the living ones miss it.
                    "mp.messaging.incoming.articles.session.timeout.ms", "10000",
                    "mp.messaging.incoming.articles.heartbeat.interval.ms", "2000"));
            starting.add(CompletableFuture.supplyAsync(() -> ServiceInstance.start(group + "-" + name, settings)));
        }
        List<ServiceInstance> started = new ArrayList<>();
        try {
            for (CompletableFuture<ServiceInstance> s : starting) {
                started.add(s.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
        } catch (ExecutionException | TimeoutException e) {
            starting.forEach(s -> s.thenAccept(ServiceInstance::close));
            throw e;
        }
        return started;
    }

    /** Waits until every consumer of every instance has joined and the partitions are assigned; returns each instance's. */
    private static Map<String, Set<TopicPartition>> awaitStableGroup(Admin admin, String group,
            List<ServiceInstance> instances) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        ConsumerGroupDescription description = null;
        while (System.nanoTime() < deadline) {
            description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(60, TimeUnit.SECONDS);
            int assigned = description.members().stream()
                    .mapToInt(m -> m.assignment().topicPartitions().size()).sum();
            if (description.groupState() == GroupState.STABLE
                    && description.members().size() == instances.size() * CONSUMERS_PER_INSTANCE
                    && assigned == PARTITIONS) {
                Map<String, Set<TopicPartition>> owned = new HashMap<>();
                for (ServiceInstance instance : instances) {
                    Set<TopicPartition> partitions = new HashSet<>();
                    for (MemberDescription m : description.members()) {
                        if (m.clientId().startsWith(instance.name() + "-")) {
                            partitions.addAll(m.assignment().topicPartitions());
                        }
                    }
                    owned.put(instance.name(), partitions);
                }
                return owned;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the group did not settle within " + WAIT + ": " + description);
    }

    /** Writes {@link #ARTICLES} articles keyed by id, in slices spread over about {@link #WRITE_SECONDS} s. */
    private static void writeArticles(KafkaClient kafka, String topic, String run, Map<String, RecordMetadata> written) {
        int slices = WRITE_SECONDS * 10;
        for (int slice = 0; slice < slices; slice++) {
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            List<byte[]> values = new ArrayList<>();
            for (int i = slice * ARTICLES / slices; i < (slice + 1) * ARTICLES / slices; i++) {
                String id = run + "-" + i;
                ids.add(id);
                try {
                    values.add(JSON.writeValueAsBytes(Map.of("id", id, "text", Articles.article(i))));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            List<RecordMetadata> metadata = kafka.sendAll(topic, ids, values);
            synchronized (written) {
                for (int i = 0; i < ids.size(); i++) {
                    written.put(ids.get(i), metadata.get(i));
                }
            }
            long left = 100 - (System.nanoTime() - start) / 1_000_000;
            if (left > 0) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static int distinctKeys(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> keys = new HashSet<>();
        records.forEach(r -> keys.add(r.key()));
        return keys.size();
    }
}
