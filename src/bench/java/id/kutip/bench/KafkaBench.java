package id.kutip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The driver of {@code bench/kafka.sh}: the same corpus articles (the texts of {@link Corpus},
 * cycled) through the streaming mode and through {@code POST /api/v1/attributions/batch}, measured
 * from outside the service. Each measuring command prints one {@code RESULT key=value …} line.
 *
 * <pre>
 *   topics BOOTSTRAP PREFIX PARTITIONS     creates PREFIX.articles and PREFIX.attributions (PARTITIONS each), PREFIX.dlq
 *   kafka  BOOTSTRAP PREFIX CONSUMERS      waits for CONSUMERS consumers in group PREFIX, then measures
 *   http   BASE_URL                        measures the batch endpoint
 * </pre>
 *
 * Kafka: a warm-up, then {@code articles} articles written as fast as the producer goes (articles/s
 * from the first write to the last output, which includes draining the backlog), then as many
 * offered at half that rate (end-to-end latency p50/p99 from each write to its output being read
 * here). HTTP: a warm-up, then the articles in batches of at most 100 documents and 500 000 chars,
 * {@code clients} requests at a time. System properties: {@code articles} (20000), {@code warmup}
 * (4000), {@code clients} (4), {@code corpus} (default), {@code timeout} (seconds per pass, 300).
 */
public final class KafkaBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = Integer.getInteger("articles", 20_000);
    private static final int WARMUP = Integer.getInteger("warmup", 4_000);
    private static final int CLIENTS = Integer.getInteger("clients", 4);
    private static final Duration PASS_TIMEOUT = Duration.ofSeconds(Integer.getInteger("timeout", 300));
    private static final int BATCH_DOCUMENTS = 100;
    private static final int BATCH_CHARS = 500_000;
    /** Kept referenced: the Kafka clients log every setting at INFO. */
    private static final Logger KAFKA_LOG = Logger.getLogger("org.apache.kafka");

    private KafkaBench() {
    }

    public static void main(String[] args) throws Exception {
        KAFKA_LOG.setLevel(Level.WARNING);
        switch (args.length == 0 ? "" : args[0]) {
            case "topics" -> createTopics(args[1], args[2], Integer.parseInt(args[3]));
            case "kafka" -> new KafkaBench().kafka(args[1], args[2], Integer.parseInt(args[3]));
            case "http" -> new KafkaBench().http(args[1]);
            default -> {
                System.err.println("usage: KafkaBench topics BOOTSTRAP PREFIX PARTITIONS | kafka BOOTSTRAP PREFIX "
                        + "CONSUMERS | http BASE_URL");
                System.exit(2);
            }
        }
    }

    private final List<String> texts = Corpus.texts(System.getProperty("corpus", "default"));

    private static void createTopics(String bootstrap, String prefix, int partitions) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(prefix + ".articles", partitions, (short) 1),
                    new NewTopic(prefix + ".attributions", partitions, (short) 1),
                    new NewTopic(prefix + ".dlq", 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    // ---- Kafka ----

    private void kafka(String bootstrap, String prefix, int consumers) throws Exception {
        awaitGroup(bootstrap, prefix, consumers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer());
                KafkaConsumer<String, byte[]> outputs = outputReader(bootstrap, prefix + ".attributions")) {
            String articles = prefix + ".articles";
            pass(producer, outputs, articles, "warm", WARMUP, 0);
            Pass backlog = pass(producer, outputs, articles, "rate", ARTICLES, 0);
            double offered = backlog.articlesPerSecond() / 2;
            Pass paced = pass(producer, outputs, articles, "paced", ARTICLES, offered);
            System.out.printf(Locale.ROOT, "RESULT mode=kafka consumers=%d articles=%d seconds=%.2f rate=%.1f "
                    + "backlog_p50_ms=%.1f backlog_p99_ms=%.1f offered=%.1f p50_ms=%.1f p99_ms=%.1f "
                    + "paced_rate=%.1f missing=%d duplicates=%d%n",
                    consumers, ARTICLES, backlog.seconds, backlog.articlesPerSecond(), backlog.percentile(50),
                    backlog.percentile(99), offered, paced.percentile(50), paced.percentile(99),
                    paced.articlesPerSecond(), backlog.missing + paced.missing, backlog.duplicates + paced.duplicates);
        }
    }

    /**
     * Writes {@code n} articles (all at once when {@code rate} is 0, else at {@code rate} articles/s)
     * and reads the attributions topic until each has its output or the pass times out.
     */
    private Pass pass(KafkaProducer<String, byte[]> producer, KafkaConsumer<String, byte[]> outputs, String topic,
            String name, int n, double rate) throws Exception {
        List<byte[]> values = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = name + "-" + i;
            ids.add(id);
            values.add(JSON.writeValueAsBytes(Map.of("id", id, "text", texts.get(i % texts.size()))));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        long[] written = new long[n];
        long[] received = new long[n];
        int[] outputsPerArticle = new int[n];

        long start = System.nanoTime();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                        sleepNanos(wait);
                    }
                }
                written[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, ids.get(i), values.get(i)));
            }
            producer.flush();
        }, "writer");
        writer.start();

        int done = 0;
        int duplicates = 0;
        long last = start;
        long deadline = start + PASS_TIMEOUT.toNanos();
        while (done < n && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : outputs.poll(Duration.ofMillis(20))) {
                long now = System.nanoTime();
                Integer i = index.get(r.key());
                if (i == null) {
                    continue;
                }
                if (outputsPerArticle[i]++ == 0) {
                    received[i] = now;
                    last = now;
                    done++;
                } else {
                    duplicates++;
                }
            }
        }
        writer.join(TimeUnit.NANOSECONDS.toMillis(Math.max(1, deadline - System.nanoTime())) + 1);
        double[] latencies = new double[done];
        for (int i = 0, k = 0; i < n; i++) {
            if (outputsPerArticle[i] > 0) {
                latencies[k++] = (received[i] - written[i]) / 1e6;
            }
        }
        Arrays.sort(latencies);
        Pass pass = new Pass(done, (last - start) / 1e9, latencies, n - done, duplicates);
        System.err.printf(Locale.ROOT, "%s: %d of %d articles out in %.2f s (%.1f/s), latency p50 %.1f ms p99 %.1f ms%n",
                name, done, n, pass.seconds, pass.articlesPerSecond(), pass.percentile(50), pass.percentile(99));
        if (done < n) {
            throw new IllegalStateException(name + ": " + (n - done) + " articles without output after " + PASS_TIMEOUT);
        }
        return pass;
    }

    private record Pass(int done, double seconds, double[] latenciesMs, int missing, int duplicates) {

        double articlesPerSecond() {
            return done / seconds;
        }

        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank))];
        }
    }

    private static KafkaConsumer<String, byte[]> outputReader(String bootstrap, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static void awaitGroup(String bootstrap, String group, int consumers) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription g = admin.describeConsumerGroups(List.of(group)).describedGroups()
                        .get(group).get(60, TimeUnit.SECONDS);
                if (g.groupState() == GroupState.STABLE && g.members().size() == consumers
                        && g.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("group " + group + " did not reach " + consumers + " consumers");
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    // ---- HTTP ----

    private void http(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(base + "/api/v1/attributions/batch");
        httpPass(client, uri, "warm", WARMUP);
        double[] measured = httpPass(client, uri, "rate", ARTICLES);
        System.out.printf(Locale.ROOT, "RESULT mode=http clients=%d articles=%d seconds=%.2f rate=%.1f "
                + "batch_p50_ms=%.1f batch_p99_ms=%.1f%n", CLIENTS, ARTICLES, measured[0], ARTICLES / measured[0],
                measured[1], measured[2]);
    }

    /** Sends {@code n} articles in batches, {@link #CLIENTS} at a time; returns seconds, batch p50 and p99 in ms. */
    private double[] httpPass(HttpClient client, URI uri, String name, int n) throws Exception {
        ConcurrentLinkedQueue<byte[]> batches = new ConcurrentLinkedQueue<>();
        List<Map<String, String>> docs = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < n; i++) {
            String text = texts.get(i % texts.size());
            if (docs.size() == BATCH_DOCUMENTS || chars + text.length() > BATCH_CHARS) {
                batches.add(JSON.writeValueAsBytes(Map.of("documents", docs)));
                docs = new ArrayList<>();
                chars = 0;
            }
            docs.add(Map.of("id", name + "-" + i, "text", text));
            chars += text.length();
        }
        batches.add(JSON.writeValueAsBytes(Map.of("documents", docs)));

        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                int results = 0;
                for (byte[] body; (body = batches.poll()) != null; ) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> reply = client.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json").timeout(PASS_TIMEOUT)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    times.add((System.nanoTime() - t0) / 1e6);
                    if (reply.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + reply.statusCode() + ": "
                                + new String(reply.body(), StandardCharsets.UTF_8));
                    }
                    JsonNode results0 = JSON.readTree(reply.body()).path("results");
                    results += results0.size();
                }
                return results;
            }));
        }
        int results = 0;
        for (Future<Integer> w : workers) {
            results += w.get(PASS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (results != n) {
            throw new IllegalStateException(name + ": " + results + " results for " + n + " articles");
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = sorted[Math.max(0, (int) Math.ceil(0.5 * sorted.length) - 1)];
        double p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
        System.err.printf(Locale.ROOT, "%s: %d articles in %d batches, %.2f s (%.1f/s), batch p50 %.1f ms p99 %.1f ms%n",
                name, n, sorted.length, seconds, n / seconds, p50, p99);
        return new double[] {seconds, p50, p99};
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(nanos, 5_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
