package id.kutip.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * from outside the service. Every measured pass prints one {@code RESULT pass=… key=value …} line.
 *
 * <pre>
 *   topics  BOOTSTRAP PREFIX PARTITIONS          PREFIX.articles, PREFIX.attributions (PARTITIONS each), PREFIX.dlq
 *   compare BOOTSTRAP PREFIX CONSUMERS BASE_URL  one instance serving both doors: HTTP and Kafka passes in turn
 *   kafka   BOOTSTRAP PREFIX CONSUMERS           Kafka passes only (several instances)
 * </pre>
 *
 * Both commands first wait until the group PREFIX has CONSUMERS consumers, warm up, then run
 * {@code rounds} rounds and a paced pass. A Kafka pass writes {@code articles} articles as fast as
 * the producer goes and reads the attributions topic until each has its output: articles/s from
 * the first write to the last output (a backlog drained). An HTTP pass sends the same articles in
 * batches of at most 100 documents and 500 000 chars, {@code clients} requests at a time. The
 * paced pass offers the articles at half the Kafka rate measured, for the end-to-end latency (from
 * each write to its output being read here) of a stream that keeps up. Every pass counts the CPU
 * time of the service instances ({@code service.pids}), the broker ({@code broker.pid}) and this
 * driver per article: on a shared machine it says more than articles/s.
 * System properties: {@code articles} (20000), {@code warmup} (10000), {@code rounds} (3),
 * {@code clients} (2), {@code corpus} (default), {@code timeout} (seconds per pass, 300).
 */
public final class KafkaBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = Integer.getInteger("articles", 20_000);
    private static final int WARMUP = Integer.getInteger("warmup", 10_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final int CLIENTS = Integer.getInteger("clients", 2);
    private static final Duration PASS_TIMEOUT = Duration.ofSeconds(Integer.getInteger("timeout", 300));
    private static final int BATCH_DOCUMENTS = 100;
    private static final int BATCH_CHARS = 500_000;
    /** Kept referenced: the Kafka clients log every setting at INFO. */
    private static final Logger KAFKA_LOG = Logger.getLogger("org.apache.kafka");

    private final List<String> texts = Corpus.texts(System.getProperty("corpus", "default"));

    private KafkaBench() {
    }

    public static void main(String[] args) throws Exception {
        KAFKA_LOG.setLevel(Level.WARNING);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "topics" -> createTopics(args[1], args[2], Integer.parseInt(args[3]));
            case "compare", "kafka" -> new KafkaBench().run(args[1], args[2], Integer.parseInt(args[3]),
                    command.equals("compare") ? args[4] : null);
            default -> {
                System.err.println("usage: KafkaBench topics BOOTSTRAP PREFIX PARTITIONS | compare BOOTSTRAP PREFIX "
                        + "CONSUMERS BASE_URL | kafka BOOTSTRAP PREFIX CONSUMERS");
                System.exit(2);
            }
        }
    }

    private static void createTopics(String bootstrap, String prefix, int partitions) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(prefix + ".articles", partitions, (short) 1),
                    new NewTopic(prefix + ".attributions", partitions, (short) 1),
                    new NewTopic(prefix + ".dlq", 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    private void run(String bootstrap, String prefix, int consumers, String httpBase) throws Exception {
        awaitGroup(bootstrap, prefix, consumers);
        Http http = httpBase == null ? null : new Http(URI.create(httpBase + "/api/v1/attributions/batch"));
        try (Streaming stream = new Streaming(bootstrap, prefix)) {
            if (http != null) {
                http.pass(articles("http-warm", WARMUP));
            }
            stream.pass(articles("warm", WARMUP), 0);
            double kafkaRate = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                // HTTP first in odd rounds, Kafka first in even ones, so that neither always follows the other.
                if (http != null && round % 2 == 1) {
                    report("http", round, http.pass(articles("http-" + round, ARTICLES)));
                }
                Pass pass = stream.pass(articles("kafka-" + round, ARTICLES), 0);
                report("kafka", round, pass);
                kafkaRate += pass.articlesPerSecond() / ROUNDS;
                if (http != null && round % 2 == 0) {
                    report("http", round, http.pass(articles("http-" + round, ARTICLES)));
                }
            }
            report("paced", 0, stream.pass(articles("paced", ARTICLES), kafkaRate / 2));
        }
    }

    /** {@code n} articles as {@code {"id", "text"}} records, ids {@code name-i}, texts of the corpus cycled. */
    private Articles articles(String name, int n) {
        List<String> ids = new ArrayList<>(n);
        List<String> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(name + "-" + i);
            bodies.add(texts.get(i % texts.size()));
        }
        return new Articles(name, ids, bodies);
    }

    private record Articles(String name, List<String> ids, List<String> texts) {

        int size() {
            return ids.size();
        }
    }

    /** What a pass measured: wall time, latencies (per article, or per batch over HTTP), CPU per article. */
    private record Pass(String name, int articles, double seconds, double[] latenciesMs, Cpu cpu, int duplicates,
            double offered) {

        double articlesPerSecond() {
            return articles / seconds;
        }

        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank))];
        }
    }

    private static void report(String kind, int round, Pass pass) {
        System.out.printf(Locale.ROOT, "RESULT pass=%s round=%d articles=%d seconds=%.3f rate=%.1f p50_ms=%.1f "
                + "p99_ms=%.1f offered=%.1f duplicates=%d %s%n", kind, round, pass.articles, pass.seconds,
                pass.articlesPerSecond(), pass.percentile(50), pass.percentile(99), pass.offered, pass.duplicates,
                pass.cpu.perArticle(pass.articles));
        System.err.printf(Locale.ROOT, "%s: %d articles in %.2f s (%.1f/s), %s p50 %.1f ms p99 %.1f ms%n",
                pass.name, pass.articles, pass.seconds, pass.articlesPerSecond(),
                kind.equals("http") ? "batch" : "end-to-end", pass.percentile(50), pass.percentile(99));
    }

    // ---- Kafka ----

    /** The driver's producer of articles and reader of attributions. */
    private static final class Streaming implements AutoCloseable {

        private final String topic;
        private final KafkaProducer<String, byte[]> producer;
        private final KafkaConsumer<String, byte[]> outputs;

        Streaming(String bootstrap, String prefix) {
            topic = prefix + ".articles";
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                    new StringSerializer(), new ByteArraySerializer());
            outputs = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                    new StringDeserializer(), new ByteArrayDeserializer());
            String attributions = prefix + ".attributions";
            List<TopicPartition> partitions = outputs.partitionsFor(attributions, Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(attributions, p.partition())).toList();
            outputs.assign(partitions);
            outputs.seekToEnd(partitions);
            partitions.forEach(outputs::position);
        }

        /**
         * Writes the articles (all at once when {@code rate} is 0, else at {@code rate} a second) and
         * reads the attributions topic until each has its output; fails if the pass times out.
         */
        Pass pass(Articles articles, double rate) throws Exception {
            int n = articles.size();
            List<byte[]> values = new ArrayList<>(n);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                values.add(JSON.writeValueAsBytes(Map.of("id", articles.ids().get(i), "text", articles.texts().get(i))));
                index.put(articles.ids().get(i), i);
            }
            long[] written = new long[n];
            long[] received = new long[n];
            int[] outputsPerArticle = new int[n];

            Cpu before = Cpu.now();
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
                    producer.send(new ProducerRecord<>(topic, articles.ids().get(i), values.get(i)));
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
            Cpu used = Cpu.now().minus(before);
            if (done < n) {
                throw new IllegalStateException(articles.name() + ": " + (n - done) + " of " + n
                        + " articles without output after " + PASS_TIMEOUT);
            }
            double[] latencies = new double[n];
            for (int i = 0; i < n; i++) {
                latencies[i] = (received[i] - written[i]) / 1e6;
            }
            Arrays.sort(latencies);
            return new Pass(articles.name(), n, (last - start) / 1e9, latencies, used, duplicates, rate);
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(10));
            outputs.close(Duration.ofSeconds(10));
        }
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

    /** The batch endpoint, {@link #CLIENTS} requests at a time. */
    private static final class Http {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final URI uri;

        Http(URI uri) {
            this.uri = uri;
        }

        Pass pass(Articles articles) throws Exception {
            ConcurrentLinkedQueue<byte[]> batches = new ConcurrentLinkedQueue<>();
            List<Map<String, String>> docs = new ArrayList<>();
            int chars = 0;
            for (int i = 0; i < articles.size(); i++) {
                String text = articles.texts().get(i);
                if (docs.size() == BATCH_DOCUMENTS || chars + text.length() > BATCH_CHARS) {
                    batches.add(JSON.writeValueAsBytes(Map.of("documents", docs)));
                    docs = new ArrayList<>();
                    chars = 0;
                }
                docs.add(Map.of("id", articles.ids().get(i), "text", text));
                chars += text.length();
            }
            batches.add(JSON.writeValueAsBytes(Map.of("documents", docs)));

            ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            Cpu before = Cpu.now();
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
                        results += JSON.readTree(reply.body()).path("results").size();
                    }
                    return results;
                }));
            }
            int results = 0;
            try {
                for (Future<Integer> w : workers) {
                    results += w.get(PASS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Cpu used = Cpu.now().minus(before);
            if (results != articles.size()) {
                throw new IllegalStateException(articles.name() + ": " + results + " results for " + articles.size());
            }
            double[] latencies = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Pass(articles.name(), articles.size(), seconds, latencies, used, 0, 0);
        }
    }

    /**
     * CPU time of the service instances, of their JIT compiler threads alone, of the broker and of this
     * driver, in seconds. The compilers' share shows whether a pass measured warm code.
     */
    private record Cpu(double service, double jit, double broker, double driver) {

        /** Linux's USER_HZ: the unit of the per-thread times in /proc. */
        private static final double TICKS_PER_SECOND = 100;

        static Cpu now() {
            String services = System.getProperty("service.pids", "");
            return new Cpu(seconds(services), compilerSeconds(services), seconds(System.getProperty("broker.pid", "")),
                    seconds(String.valueOf(ProcessHandle.current().pid())));
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(service - earlier.service, jit - earlier.jit, broker - earlier.broker,
                    driver - earlier.driver);
        }

        String perArticle(int articles) {
            return String.format(Locale.ROOT, "service_cpu_ms=%.3f jit_cpu_ms=%.3f broker_cpu_ms=%.3f driver_cpu_ms=%.3f",
                    1000 * service / articles, 1000 * jit / articles, 1000 * broker / articles, 1000 * driver / articles);
        }

        private static double seconds(String pids) {
            double total = 0;
            for (String pid : pids(pids)) {
                total += ProcessHandle.of(Long.parseLong(pid)).flatMap(p -> p.info().totalCpuDuration())
                        .map(d -> d.toNanos() / 1e9).orElse(0.0);
            }
            return total;
        }

        /** CPU time of the threads named {@code C1 CompilerThre…} and {@code C2 CompilerThre…}. */
        private static double compilerSeconds(String pids) {
            long ticks = 0;
            for (String pid : pids(pids)) {
                File[] tasks = new File("/proc/" + pid + "/task").listFiles();
                for (File task : tasks == null ? new File[0] : tasks) {
                    try {
                        if (Files.readString(task.toPath().resolve("comm")).contains("CompilerThre")) {
                            String stat = Files.readString(task.toPath().resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        }

        private static List<String> pids(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
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
