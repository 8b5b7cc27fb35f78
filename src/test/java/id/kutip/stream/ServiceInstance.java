package id.kutip.stream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged service ({@code target/quarkus-app/quarkus-run.jar}) in a process of
 * its own, with the heap of the README's command, on 127.0.0.1 and a free port; its log goes to
 * {@code target/kafka/<name>.log}. For the tests that start several instances and end one.
 */
final class ServiceInstance implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final ChildProcess process;

    private ServiceInstance(String name, ChildProcess process) {
        this.name = name;
        this.process = process;
    }

    /** Starts an instance with {@code settings} as system properties and returns once it is ready. */
    static ServiceInstance start(String name, Map<String, String> settings) {
        int port = ChildProcess.freePort();
        List<String> command = new ArrayList<>(List.of("-Xmx256m", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        ServiceInstance instance = new ServiceInstance(name,
                ChildProcess.startJava(command, Path.of("target", "kafka", name + ".log")));
        instance.awaitReady(port);
        return instance;
    }

    String name() {
        return name;
    }

    /** SIGKILL: the instance ends at once, whatever it was doing. */
    void kill() {
        process.kill();
    }

    /** SIGTERM: the service shuts down as it does when Kubernetes stops its pod. */
    void stop() {
        process.stop(60);
    }

    @Override
    public void close() {
        process.close();
    }

    private void awaitReady(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "):\n" + process.logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(250);
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        String log = process.logTail();
        close();
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + ":\n" + log);
    }
}
