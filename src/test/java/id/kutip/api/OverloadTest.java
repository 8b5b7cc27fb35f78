package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * More large texts at once than the analysis slots and queue take (one and one here): the surplus
 * is shed at once with 503 {@code overloaded} and {@code Retry-After}, the rest is served, and
 * liveness stays up throughout. Rounds of concurrent requests until one is shed, at most
 * {@link #ROUNDS}, so a slow machine only makes it take another round.
 */
@QuarkusTest
@TestProfile(SmallCapacityProfile.class)
class OverloadTest {

    static final int CLIENTS = 8;
    static final int ROUNDS = 10;

    @TestHTTPResource("/")
    URL base;

    @Test
    void requestsBeyondTheSlotsAndQueueAreShedWith503AndRetryAfter() throws Exception {
        URI uri = URI.create(base + "api/v1/attributions");
        byte[] large = Http.JSON.writeValueAsBytes(Map.of("text", Articles.ofLength(200_000)));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        HttpResponse<String> shed = null;
        try {
            for (int round = 0; round < ROUNDS && shed == null; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> replies = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    String id = "sibuk-" + round + "-" + i;
                    replies.add(pool.submit(() -> {
                        start.await();
                        return Http.post(uri, large, "Content-Type", "application/json", "X-Request-Id", id);
                    }));
                }
                start.countDown();
                int served = 0;
                for (Future<HttpResponse<String>> f : replies) {
                    HttpResponse<String> reply = f.get(120, TimeUnit.SECONDS);
                    if (reply.statusCode() == 200) {
                        served++;
                    } else {
                        assertEquals(503, reply.statusCode(), reply.body());
                        shed = reply;
                    }
                }
                assertTrue(served >= 1, "at least the request in the slot is served");
                assertLive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(shed != null, "no request was shed in " + ROUNDS + " rounds of " + CLIENTS + " at once");
        JsonNode problem = Http.assertProblem(shed.statusCode(), shed.headers().firstValue("Content-Type").orElse(null),
                shed.body(), ProblemType.OVERLOADED, "/api/v1/attributions");
        assertTrue(problem.path("detail").asText().contains("analysis slot"), shed.body());
        assertEquals(Integer.toString(EngineSlots.RETRY_AFTER_SECONDS),
                shed.headers().firstValue("Retry-After").orElse(null));
        String id = shed.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(id.startsWith("sibuk-"), id);
        assertEquals(id, problem.path("requestId").asText(), shed.body());

        // The operator sees the slots and what they shed.
        Metrics metrics = Metrics.scrape();
        assertEquals(1, metrics.sum("kutip_engine_slots"), 1e-9);
        assertTrue(metrics.sum("kutip_engine_shed_total") >= 1, "shed requests are counted");
        assertTrue(metrics.hasSeries("kutip_engine_slots_busy", Map.of()), "busy slots are served");
        assertTrue(metrics.hasSeries("kutip_engine_queue_waiting", Map.of()), "the queue is served");
    }

    private void assertLive() throws Exception {
        HttpResponse<String> live = Http.client().send(HttpRequest.newBuilder(URI.create(base + "q/health/live"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
    }
}
