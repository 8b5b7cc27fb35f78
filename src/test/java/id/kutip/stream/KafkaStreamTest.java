package id.kutip.stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.api.Articles;
import id.kutip.api.EngineSlots;
import id.kutip.api.ProblemType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The streaming mode against a real broker ({@link KafkaBrokerResource}): articles in, batch
 * results out under the same key, every kind of bad record to the dead-letter topic with its
 * problem, a record refused for overload kept and analysed later, order within a partition. Each
 * test writes ids of its own.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class KafkaStreamTest {

    /**
     * The attributions topic takes no larger record ({@link KafkaBrokerResource}): above the producer's
     * batch.size (256 KB), as a topic must be, below the output of an article at the text limit.
     */
    static final int LARGEST_OUTPUT = 300_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(120);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "kutip.kafka.articles-topic")
    String articlesTopic;
    @ConfigProperty(name = "kutip.kafka.attributions-topic")
    String attributionsTopic;
    @ConfigProperty(name = "kutip.kafka.dead-letter-topic")
    String deadLetterTopic;
    @ConfigProperty(name = "kutip.max-text-length")
    int maxTextLength;
    @Inject
    EngineSlots slots;
    @Inject
    ArticleStream stream;

    private KafkaClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anArticleComesBackAsItsBatchResultUnderItsKey() throws Exception {
        String id = unique("artikel");
        Map<String, Object> article = Map.of("id", id, "text", Articles.article(7));
        kafka.send(articlesTopic, null, id, JSON.writeValueAsBytes(article));

        ConsumerRecord<String, byte[]> out = outputFor(id);
        assertEquals(id, out.key());
        assertEquals(httpBatchResult(article, null), JSON.readTree(out.value()));
    }

    @Test
    void languageAndTypesAreReadAsOverHttp() throws Exception {
        String id = unique("tipe");
        Map<String, Object> article = Map.of("id", id, "text", Articles.article(4), "language", "id",
                "types", List.of("indirect"));
        kafka.send(articlesTopic, null, id, JSON.writeValueAsBytes(article));

        JsonNode result = JSON.readTree(outputFor(id).value());
        assertEquals(httpBatchResult(Map.of("id", id, "text", article.get("text"), "language", "id"),
                List.of("indirect")), result);
        result.path("attributions").forEach(a -> assertEquals("indirect", a.path("type").asText()));
    }

    @Test
    void everyKindOfBadRecordGoesToTheDeadLetterTopicWithItsProblemAndTheNextRecordIsRead() throws Exception {
        String deep = "[".repeat(70) + "]".repeat(70);
        Map<String, BadRecord> cases = new LinkedHashMap<>();
        cases.put("not-json", bad("{\"id\": \"a\", \"text\": ", ProblemType.MALFORMED_JSON));
        cases.put("more-after-the-object", bad("{\"id\": \"a\", \"text\": \"Teks.\"} {}", ProblemType.MALFORMED_JSON));
        cases.put("not-utf8", new BadRecord(concat("{\"id\": \"a\", \"text\": \"", new byte[] {(byte) 0xC3, (byte) 0x28},
                "\"}"), ProblemType.INVALID_ENCODING, "UTF-8"));
        cases.put("empty", new BadRecord(new byte[0], ProblemType.EMPTY_BODY, "empty"));
        cases.put("no-value", new BadRecord(null, ProblemType.EMPTY_BODY, "no value"));
        cases.put("json-null", bad("null", ProblemType.EMPTY_BODY));
        cases.put("array", bad("[{\"id\": \"a\", \"text\": \"Teks.\"}]", ProblemType.NOT_AN_OBJECT));
        cases.put("too-deep", bad("{\"id\": \"a\", \"text\": \"Teks.\", \"x\": " + deep + "}", ProblemType.JSON_TOO_DEEP));
        cases.put("no-id", new BadRecord(utf8("{\"text\": \"Teks.\"}"), ProblemType.VALIDATION, "id: must not be blank"));
        cases.put("no-text", new BadRecord(utf8("{\"id\": \"a\"}"), ProblemType.VALIDATION, "text: must not be blank"));
        cases.put("blank-text", new BadRecord(utf8("{\"id\": \"a\", \"text\": \" \"}"), ProblemType.VALIDATION,
                "text: must not be blank"));
        cases.put("long-id", new BadRecord(utf8("{\"id\": \"" + "a".repeat(201) + "\", \"text\": \"Teks.\"}"),
                ProblemType.VALIDATION, "id: must be at most 200 characters"));
        cases.put("text-not-a-string", new BadRecord(utf8("{\"id\": \"a\", \"text\": 5}"), ProblemType.VALIDATION,
                "text: must be a string"));
        cases.put("unknown-type", new BadRecord(utf8("{\"id\": \"a\", \"text\": \"Teks.\", \"types\": [\"quoted\"]}"),
                ProblemType.VALIDATION, "types[0]"));
        cases.put("html", new BadRecord(utf8("{\"id\": \"a\", \"html\": \"<p>Teks.</p>\"}"), ProblemType.VALIDATION,
                "html: is not read from Kafka"));
        cases.put("no-types", new BadRecord(utf8("{\"id\": \"a\", \"text\": \"Teks.\", \"types\": []}"),
                ProblemType.VALIDATION, "types: must not be empty"));
        cases.put("unsupported-language", new BadRecord(utf8("{\"id\": \"a\", \"text\": \"Teks.\", \"language\": \"xx\"}"),
                ProblemType.UNSUPPORTED_LANGUAGE, "\"xx\" is not supported"));
        cases.put("text-too-long", new BadRecord(JSON.writeValueAsBytes(Map.of("id", "a", "text",
                Articles.ofLength(maxTextLength + 1))), ProblemType.TEXT_TOO_LONG, "at most " + maxTextLength));

        // All on partition 0, then a good record behind them: none of them may hold it up.
        Map<String, String> keyOfCase = new HashMap<>();
        Map<String, RecordMetadata> written = new HashMap<>();
        for (var c : cases.entrySet()) {
            String key = unique(c.getKey());
            keyOfCase.put(c.getKey(), key);
            written.put(key, kafka.send(articlesTopic, 0, key, c.getValue().value()));
        }
        String goodId = unique("setelah");
        kafka.send(articlesTopic, 0, goodId, JSON.writeValueAsBytes(Map.of("id", goodId, "text", Articles.ONE_QUOTE)));
        assertNotNull(outputFor(goodId));

        Set<String> keys = Set.copyOf(keyOfCase.values());
        Map<String, ConsumerRecord<String, byte[]>> deadLetters = kafka.readUntil(deadLetterTopic,
                read -> read.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys), WAIT)
                .stream().filter(r -> keys.contains(r.key()))
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r, (a, b) -> a));
        for (var c : cases.entrySet()) {
            String key = keyOfCase.get(c.getKey());
            BadRecord bad = c.getValue();
            ConsumerRecord<String, byte[]> letter = deadLetters.get(key);
            assertNotNull(letter, c.getKey() + ": no dead letter");
            assertArrayEquals(bad.value(), letter.value(), c.getKey() + ": the original bytes");
            assertEquals(bad.type().uri(), header(letter, ArticleStream.PROBLEM_TYPE), c.getKey());
            assertEquals(bad.type().title(), header(letter, ArticleStream.PROBLEM_TITLE), c.getKey());
            String detail = header(letter, ArticleStream.PROBLEM_DETAIL);
            assertTrue(detail.contains(bad.detailPart()), c.getKey() + ": " + detail);
            assertEquals(articlesTopic, header(letter, "dead-letter-topic"), c.getKey());
            assertEquals("0", header(letter, "dead-letter-partition"), c.getKey());
            assertEquals(String.valueOf(written.get(key).offset()), header(letter, "dead-letter-offset"), c.getKey());
        }
        List<ConsumerRecord<String, byte[]>> outputs = kafka.readUntil(attributionsTopic, read -> false,
                Duration.ofSeconds(2));
        assertFalse(outputs.stream().anyMatch(r -> keys.contains(r.key())), "a bad record has an output");
    }

    @Test
    void anArticleWhoseOutputTheBrokerRefusesGoesToTheDeadLetterTopic() throws Exception {
        String id = unique("besar");
        String text = Articles.ofLength(maxTextLength);
        int outputBytes = httpBatchResult(Map.of("id", id, "text", text), null).toString()
                .getBytes(StandardCharsets.UTF_8).length;
        assertTrue(outputBytes > LARGEST_OUTPUT, "the output must be over the topic's limit: " + outputBytes);
        byte[] value = JSON.writeValueAsBytes(Map.of("id", id, "text", text));
        RecordMetadata written = kafka.send(articlesTopic, 1, id, value);
        String after = unique("sesudah");
        kafka.send(articlesTopic, 1, after, JSON.writeValueAsBytes(Map.of("id", after, "text", Articles.ONE_QUOTE)));

        ConsumerRecord<String, byte[]> letter = kafka.readUntil(deadLetterTopic, read -> keysOf(read).contains(id), WAIT)
                .stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter for " + id));
        assertArrayEquals(value, letter.value());
        assertEquals(String.valueOf(written.offset()), header(letter, "dead-letter-offset"));
        assertTrue(header(letter, "dead-letter-reason").contains("larger than"), header(letter, "dead-letter-reason"));
        assertNotNull(outputFor(after));
    }

    @Test
    void anArticleRefusedBecauseTheServiceIsOverloadedWaitsAndIsAnalysedNeverDeadLettered() throws Exception {
        String id = unique("sibuk");
        long refusedBefore = stream.overloadRefusals();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService occupants = Executors.newFixedThreadPool(slots.slots() + slots.maxQueue());
        try {
            // Every analysis slot busy, then every queue place taken: one more analysis is refused for overload.
            occupy(occupants, slots.slots(), release);
            await(() -> slots.busy() == slots.slots(), "every slot busy");
            occupy(occupants, slots.maxQueue(), release);
            await(() -> slots.waiting() == slots.maxQueue(), "the queue full");
            kafka.send(articlesTopic, 0, id, JSON.writeValueAsBytes(Map.of("id", id, "text", Articles.ONE_QUOTE)));
            await(() -> stream.overloadRefusals() > refusedBefore, "the record refused for overload");
        } finally {
            release.countDown();
            occupants.shutdown();
            assertTrue(occupants.awaitTermination(60, TimeUnit.SECONDS));
        }

        assertEquals(httpBatchResult(Map.of("id", id, "text", Articles.ONE_QUOTE), null),
                JSON.readTree(outputFor(id).value()));
        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readUntil(deadLetterTopic, read -> false,
                Duration.ofSeconds(2));
        assertFalse(keysOf(deadLetters).contains(id), "a record refused for overload went to the dead-letter topic");
    }

    @Test
    void recordsOfOnePartitionComeOutInTheirOrder() throws Exception {
        String run = unique("urut");
        List<String> ids = new ArrayList<>();
        Map<String, Integer> partitionOf = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            String id = run + "-" + i;
            int partition = i % 2;
            ids.add(id);
            partitionOf.put(id, partition);
            kafka.send(articlesTopic, partition, id, JSON.writeValueAsBytes(Map.of("id", id, "text", Articles.article(i))));
        }
        // The attributions topic has one partition: its order is the order the outputs were written in.
        List<String> written = kafka.readUntil(attributionsTopic, read -> keysOf(read).containsAll(ids), WAIT).stream()
                .map(ConsumerRecord::key).filter(partitionOf::containsKey).toList();
        for (int partition = 0; partition < 2; partition++) {
            int p = partition;
            List<String> in = ids.stream().filter(id -> partitionOf.get(id) == p).toList();
            List<String> out = written.stream().filter(id -> partitionOf.get(id) == p).distinct().toList();
            assertEquals(in, out, "partition " + p);
        }
    }

    @Test
    void livenessWatchesTheChannelsAndReadinessIsTheEnginesAlone() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("articles")).body(containsString("attributions"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(not(containsString("articles")));
    }

    private ConsumerRecord<String, byte[]> outputFor(String id) {
        return kafka.readUntil(attributionsTopic, read -> keysOf(read).contains(id), WAIT).stream()
                .filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no output for " + id + " within " + WAIT));
    }

    /** {@code count} analyses that hold their slot, or their queue place, until {@code release}. */
    private void occupy(ExecutorService pool, int count, CountDownLatch release) {
        for (int i = 0; i < count; i++) {
            pool.submit(() -> slots.call(() -> {
                try {
                    return release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    private static JsonNode httpBatchResult(Map<String, Object> document, List<String> types) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("documents", List.of(document));
        if (types != null) {
            body.put("types", types);
        }
        String reply = given().contentType("application/json").body(JSON.writeValueAsString(body))
                .when().post("/api/v1/attributions/batch").then().statusCode(200).extract().asString();
        return JSON.readTree(reply).path("results").get(0);
    }

    private static Set<String> keysOf(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID();
    }

    private static BadRecord bad(String value, ProblemType type) {
        return new BadRecord(utf8(value), type, "");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = utf8(head);
        byte[] t = utf8(tail);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }

    /** A record value that must become a dead letter of {@code type}, whose detail contains {@code detailPart}. */
    private record BadRecord(byte[] value, ProblemType type, String detailPart) {
    }
}
