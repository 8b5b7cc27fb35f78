package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

/**
 * Slow clients hold a connection each, never a worker thread: with 500 bodies trickling in one
 * byte a second, health and a normal request still answer, and every slow body gets 408
 * {@code request-timeout} at its deadline, however steadily its bytes come. Loopback only; bounded
 * by counts, with deadlines generous for a loaded machine.
 */
@QuarkusTest
@TestProfile(SmallCapacityProfile.class)
class SlowClientsTest {

    static final int SLOW_CLIENTS = 500;
    static final String PATH = "/api/v1/attributions";

    @TestHTTPResource("/")
    URL base;

    @Test
    void slowBodiesHoldNoWorkerAndGet408AtTheirDeadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (LogCapture accessLog = LogCapture.on(LoggingTest.ACCESS_LOG)) {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = connect();
                slow.add(socket);
                Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: lambat-" + i
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            }
            // One byte a second on every connection: none of them is ever idle.
            trickle.scheduleWithFixedDelay(() -> slow.forEach(SlowClientsTest::sendOneByte), 1, 1, TimeUnit.SECONDS);

            assertHealthy("/q/health/ready");
            assertHealthy("/q/health/live");
            HttpResponse<String> normal = Http.post(uri(PATH), Articles.ONE_QUOTE.getBytes(StandardCharsets.UTF_8),
                    "Content-Type", "text/plain");
            assertEquals(200, normal.statusCode(), normal.body());
            assertTrue(normal.body().contains("\"Budi\""), normal.body());
            for (Socket socket : slow) {
                assertStillWaiting(socket);
            }

            for (int i = 0; i < slow.size(); i++) {
                Socket socket = slow.get(i);
                socket.setSoTimeout((SmallCapacityProfile.BODY_TIMEOUT_SECONDS + 60) * 1000);
                Http.RawReply reply = Http.readReply(socket.getInputStream());
                JsonNode problem = Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(),
                        ProblemType.REQUEST_TIMEOUT, PATH);
                assertTrue(problem.path("detail").asText().contains("kutip.http.body-timeout"), reply.body());
                assertEquals("close", reply.header("Connection"));
                assertEquals("lambat-" + i, reply.header("X-Request-Id"));
                assertEquals("lambat-" + i, problem.path("requestId").asText());
                assertTrue(Http.closedSoon(socket.getInputStream()), "the server closes the connection");
            }
            String logged = accessLog.await(l -> l.message().endsWith("requestId=lambat-0")).message();
            assertTrue(logged.startsWith("POST " + PATH + " 408 "), logged);
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertHealthy("/q/health/ready");
    }

    /** The bodies of all requests in progress share a memory bound: two large bodies at once, one is refused. */
    @Test
    void bodiesTogetherOverTheMemoryBoundAreRefusedWith503() throws Exception {
        int size = SmallCapacityProfile.MAX_BODY_MEMORY * 3 / 5;
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] open = "{\"text\": \"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, body, 0, open.length);
        // Requests of an earlier test in this profile (queued for the one analysis slot) may still hold their bodies.
        awaitBodyMemory(held -> held == 0, "none");
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (Socket first = connect(); Socket second = connect()) {
            // Both bodies arrive but for their last two bytes, so that both are held at once.
            Future<?> one = writers.submit(() -> send(first, "memori-1", size, body, size - 2));
            one.get(60, TimeUnit.SECONDS);
            // Sent is not yet received: without this wait both bodies could grow together and both be refused.
            awaitBodyMemory(held -> held >= size - 2, "at least " + (size - 2));
            Future<?> two = writers.submit(() -> send(second, "memori-2", size, body, size - 2));
            two.get(60, TimeUnit.SECONDS);
            Socket refused = firstToAnswer(first, second);
            Socket served = refused == first ? second : first;

            Http.RawReply shed = Http.readReply(refused.getInputStream());
            JsonNode problem = Http.assertProblem(shed.status(), shed.header("Content-Type"), shed.body(),
                    ProblemType.OVERLOADED, PATH);
            assertEquals(Integer.toString(EngineSlots.RETRY_AFTER_SECONDS), shed.header("Retry-After"));
            assertEquals("close", shed.header("Connection"));
            String id = refused == first ? "memori-1" : "memori-2";
            assertEquals(id, shed.header("X-Request-Id"));
            assertEquals(id, problem.path("requestId").asText());

            OutputStream out = served.getOutputStream();
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Http.RawReply reply = Http.readReply(served.getInputStream());
            Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(), ProblemType.TEXT_TOO_LONG,
                    PATH);
        } finally {
            writers.shutdownNow();
        }
        // Both bodies' memory is free again.
        HttpResponse<String> after = Http.post(uri(PATH), Arrays.copyOf(body, SmallCapacityProfile.MAX_BODY_MEMORY / 2),
                "Content-Type", "text/plain");
        assertEquals(413, after.statusCode(), after.body()); // read whole, then too long a text
    }

    private Void send(Socket socket, String requestId, int declared, byte[] body, int count) throws IOException {
        Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Request-Id: " + requestId + "\r\nContent-Length: " + declared + "\r\n\r\n");
        try {
            OutputStream out = socket.getOutputStream();
            out.write(body, 0, count);
            out.flush();
        } catch (SocketException e) {
            // Refused and closed by the server while sending: its reply is read below.
        }
        return null;
    }

    /** Waits (bounded) until the bytes of bodies the service holds, as its metric says, pass {@code check}. */
    private static void awaitBodyMemory(DoublePredicate check, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        double held;
        while (!check.test(held = Metrics.scrape().sum("kutip_http_body_memory_bytes"))) {
            if (System.nanoTime() > deadline) {
                fail("the service holds " + held + " bytes of bodies, not " + expected);
            }
            Thread.sleep(20);
        }
    }

    /** The socket the service answers first; the other must stay silent until its body is complete. */
    private static Socket firstToAnswer(Socket a, Socket b) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Socket s : new Socket[] {a, b}) {
                if (s.getInputStream().available() > 0) {
                    return s;
                }
            }
            Thread.sleep(10);
        }
        return fail("neither connection was answered");
    }

    private void assertHealthy(String path) throws Exception {
        HttpResponse<String> reply = Http.client().send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), path + ": " + reply.body());
        assertTrue(reply.body().contains("\"UP\""), reply.body());
    }

    /** Nothing has come back on {@code socket} yet: no reply, no close. */
    private static void assertStillWaiting(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            int b = socket.getInputStream().read();
            fail("a slow client got " + (b < 0 ? "its connection closed" : "a reply") + " before its deadline");
        } catch (SocketTimeoutException expected) {
            // still waiting
        }
    }

    private static void sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException e) {
            // answered and closed: nothing more to send
        }
    }

    private URI uri(String path) {
        return URI.create(base + path.substring(1));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        return socket;
    }
}
