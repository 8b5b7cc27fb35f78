package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine and lexicons are shared: 64 clients at once get exactly what one client at a time gets. */
@QuarkusTest
class ConcurrencyTest {

    static final int CLIENTS = 64;
    static final int ROUNDS = 3;

    @TestHTTPResource("/api/v1/attributions")
    URL url;

    @Test
    void concurrentClientsGetTheSequentialResults() throws Exception {
        URI uri = url.toURI();
        List<byte[]> bodies = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String text = "Kabar ke-" + i + " 🎉\n" + Articles.article(i) + Articles.article(i * 7 + 1);
            byte[] body = ("{\"text\": " + AttributionResourceTest.quoteJson(text) + "}").getBytes(StandardCharsets.UTF_8);
            bodies.add(body);
            expected.add(send(uri, body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        // Each client sends its own article, then a neighbour's, so texts cross in flight.
                        got.add(send(uri, bodies.get((client + round) % CLIENTS)));
                    }
                    return got;
                };
                clients.add(pool.submit(work));
            }
            start.countDown();
            for (int i = 0; i < CLIENTS; i++) {
                List<String> got = clients.get(i).get(120, TimeUnit.SECONDS);
                for (int round = 0; round < ROUNDS; round++) {
                    assertEquals(expected.get((i + round) % CLIENTS), got.get(round),
                            "client " + i + ", round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String send(URI uri, byte[] body) throws Exception {
        HttpResponse<String> reply = Http.post(uri, body, "Content-Type", "application/json");
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body();
    }
}
