package id.kutip.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker (KRaft: broker and controller in one JVM) for the tests and
 * {@code bench/kafka.sh}, from the Kafka jars on the test class path: no Docker, no download.
 *
 * <p>{@link #start()} runs it in a child JVM on 127.0.0.1 and two free ports, with its storage
 * under {@code target/kafka/}; {@link #close()} stops it (SIGTERM, then SIGKILL) and deletes the
 * storage. The child also exits when the process that started it does, so a broker never
 * outlives its test run. From a shell: {@code java -cp … id.kutip.stream.KafkaBroker DIR}
 * runs the broker in the foreground and writes {@code DIR/bootstrap.servers} once it serves.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Written by the broker process once it serves: its {@code host:port}. */
    public static final String BOOTSTRAP_FILE = "bootstrap.servers";

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int START_ATTEMPTS = 3;

    private final ChildProcess process;
    private final Path dir;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, Path dir, String bootstrapServers) {
        this.process = process;
        this.dir = dir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker and returns once it answers an admin request. */
    public static KafkaBroker start() {
        try {
            Path base = Files.createDirectories(Path.of("target", "kafka"));
            IllegalStateException failure = null;
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                Path dir = Files.createTempDirectory(base, "broker-");
                ChildProcess process = ChildProcess.startJava(List.of("-Xms64m", "-Xmx512m",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-cp", System.getProperty("java.class.path"), KafkaBroker.class.getName(), dir.toString()),
                        dir.resolve("broker.log"));
                try {
                    KafkaBroker broker = new KafkaBroker(process, dir, awaitBootstrapFile(process, dir));
                    broker.awaitAdmin();
                    return broker;
                } catch (IllegalStateException e) {
                    // Most likely a port taken between choosing it and binding it: try again on others.
                    process.close();
                    failure = e;
                }
            }
            throw failure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** An admin client for this broker; close it after use. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Creates topics with {@code partitions} partitions each (replication factor 1). */
    public void createTopics(int partitions, String... names) {
        createTopics(partitions, Map.of(), names);
    }

    /** Creates topics with {@code partitions} partitions each (replication factor 1) and the topic settings {@code config}. */
    public void createTopics(int partitions, Map<String, String> config, String... names) {
        try (Admin admin = admin()) {
            admin.createTopics(Stream.of(names).map(n -> new NewTopic(n, partitions, (short) 1).configs(config)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + List.of(names), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the broker (a clean shutdown, SIGKILL after 30 s) and deletes its storage; its log stays. */
    @Override
    public void close() {
        try {
            process.stop(30);
        } finally {
            process.close();
            deleteTree(dir.resolve("data"));
        }
    }

    private static String awaitBootstrapFile(ChildProcess process, Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve(BOOTSTRAP_FILE);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited (" + process.exitValue() + "):\n"
                        + process.logTail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the Kafka broker did not start within " + START_TIMEOUT + ":\n"
                + process.logTail());
    }

    private void awaitAdmin() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Kafka broker does not answer:\n" + process.logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for mvn clean
        }
    }

    // ---- the broker process ----

    /** Runs a broker with its storage in {@code args[0]}, until SIGTERM or until its parent process exits. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        logWarningsToStdout();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.out.println("the process that started this broker exited; stopping");
            System.exit(0);
        }));

        int port = ChildProcess.freePort();
        int controllerPort = ChildProcess.freePort();
        Properties props = serverProperties(dir.resolve("data"), port, controllerPort);
        Path config = dir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "single-node KRaft broker for Kutip's tests");
        }
        int formatted = StorageTool.execute(new String[] {
            "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()}, System.out);
        if (formatted != 0) {
            System.exit(formatted);
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "kafka-shutdown"));
        server.startup();
        Path ready = dir.resolve(BOOTSTRAP_FILE + ".tmp");
        Files.writeString(ready, HOST + ":" + port + "\n");
        Files.move(ready, dir.resolve(BOOTSTRAP_FILE), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Kafka broker ready on " + HOST + ":" + port);
        server.awaitShutdown();
    }

    /** One node that is both broker and controller; every internal topic with one replica, as one node needs. */
    static Properties serverProperties(Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", data.toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // A consumer group starts at once instead of waiting 3 s for more members.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** Kafka logs warnings and errors to standard output (slf4j → JBoss LogManager, which has no handler until given one). */
    private static void logWarningsToStdout() {
        Logger root = Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler() {
            {
                setOutputStream(System.out);
            }
        };
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return String.format("%1$tT %2$s [%3$s] %4$s%n", r.getMillis(), r.getLevel(), r.getLoggerName(),
                        formatMessage(r)) + (r.getThrown() == null ? "" : r.getThrown() + "\n");
            }
        });
        console.setLevel(Level.WARNING);
        root.setLevel(Level.WARNING);
        root.addHandler(console);
    }
}
