package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The largest requests the limits allow are served well under a second. The bound is loose on
 * purpose (this machine has 2 cores and other work); the time of each run is printed. Bodies are
 * serialised once and sent with java.net.http, so the time is the service's, not the client's.
 */
@QuarkusTest
class LimitsTest {

    static final long BOUND_MILLIS = 1000;

    @TestHTTPResource("/")
    URL base;

    @Test
    void largestSingleTextIsServedUnderASecond() throws Exception {
        byte[] body = Http.JSON.writeValueAsBytes(Map.of("text", Articles.ofLength(200_000)));
        long best = bestOf(3, URI.create(base + "api/v1/attributions"), body);
        assertTrue(best < BOUND_MILLIS, "largest single request took " + best + " ms");
    }

    @Test
    void largestBatchIsServedUnderASecond() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            docs.add(Map.of("id", "d" + i, "text", Articles.ofLength(5_000)));
        }
        byte[] body = Http.JSON.writeValueAsBytes(Map.of("documents", docs));
        long best = bestOf(3, URI.create(base + "api/v1/attributions/batch"), body);
        assertTrue(best < BOUND_MILLIS, "largest batch took " + best + " ms");
    }

    private static long bestOf(int runs, URI uri, byte[] body) throws Exception {
        send(uri, body); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            send(uri, body);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("LimitsTest " + uri.getPath() + ": " + ms + " ms");
            best = Math.min(best, ms);
        }
        return best;
    }

    private static void send(URI uri, byte[] body) throws Exception {
        HttpResponse<String> reply = Http.post(uri, body, "Content-Type", "application/json");
        assertEquals(200, reply.statusCode(), reply.body());
    }
}
