package id.kutip.api;

import static id.kutip.api.Http.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics} counts HTTP requests by route and status with latency buckets, and what the
 * engine did: articles, characters, attributions by type and rule, those without a speaker, and
 * engine time; HTML pages; and how full the load bounds are (analysis slots, body memory). Expected counts are read off the replies themselves, so they hold whatever the engine finds.
 */
@QuarkusTest
class MetricsTest {

    static final String PATH = "/api/v1/attributions";
    static final String UNATTRIBUTED = "\"Semua harus siap sebelum hujan datang.\"\n\n" + Articles.ONE_QUOTE;

    @Test
    void httpRequestsAreCountedByRouteAndStatusWithLatencyBuckets() {
        Map<String, String> ok = Map.of("method", "POST", "uri", PATH, "status", "200");
        Map<String, String> bad = Map.of("method", "POST", "uri", PATH, "status", "400");
        Metrics before = Metrics.scrape();
        given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE)).post(PATH).then().statusCode(200);
        given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE)).post(PATH).then().statusCode(200);
        given().contentType("application/json").body("{\"text\": \"\"}").post(PATH).then().statusCode(400);
        Metrics after = Metrics.scrape();

        assertEquals(2, after.sum("http_server_requests_seconds_count", ok)
                - before.sum("http_server_requests_seconds_count", ok), 1e-9);
        assertEquals(1, after.sum("http_server_requests_seconds_count", bad)
                - before.sum("http_server_requests_seconds_count", bad), 1e-9);
        Map<String, String> bucket = new HashMap<>(ok);
        bucket.put("le", "+Inf");
        assertTrue(after.sum("http_server_requests_seconds_bucket", bucket) >= 2, "no +Inf bucket for " + ok);
        bucket.put("le", "0.005");
        assertTrue(after.hasSeries("http_server_requests_seconds_bucket", bucket), "no 5 ms bucket for " + ok);
    }

    @Test
    void theEngineIsCountedPerArticle() {
        String[] texts = {Articles.ONE_QUOTE, UNATTRIBUTED, Articles.article(3)};
        Metrics before = Metrics.scrape();
        Map<String, Integer> byTypeAndRule = new HashMap<>();
        Map<String, Integer> withoutSpeakerByType = new HashMap<>();
        long chars = 0;
        for (String text : texts) {
            JsonPath reply = given().contentType("application/json").body(Map.of("text", text)).post(PATH)
                    .then().statusCode(200).extract().jsonPath();
            chars += text.length();
            List<Map<String, Object>> attributions = reply.getList("attributions");
            for (Map<String, Object> a : attributions) {
                byTypeAndRule.merge(a.get("type") + " " + a.get("rule"), 1, Integer::sum);
                if (a.get("speaker") == null) {
                    withoutSpeakerByType.merge((String) a.get("type"), 1, Integer::sum);
                }
            }
        }
        // A batch counts one article per document.
        given().contentType("application/json")
                .body(Map.of("documents", List.of(Map.of("id", "a", "text", "Tidak ada kutipan di sini."))))
                .post(BatchResourceTest.PATH).then().statusCode(200);
        Metrics after = Metrics.scrape();

        Map<String, String> id = Map.of("language", "id");
        assertEquals(texts.length + 1, delta(before, after, "kutip_engine_articles_total", id));
        assertEquals(chars + "Tidak ada kutipan di sini.".length(), delta(before, after, "kutip_engine_characters_total", id));
        assertEquals(texts.length + 1, delta(before, after, "kutip_engine_analysis_seconds_count", id));
        assertTrue(after.hasSeries("kutip_engine_analysis_seconds_bucket", Map.of("language", "id", "le", "0.001")),
                "engine time has buckets");
        assertTrue(!byTypeAndRule.isEmpty(), "the examples have attributions");
        byTypeAndRule.forEach((key, n) -> {
            String[] typeRule = key.split(" ");
            assertEquals(n.longValue(), delta(before, after, "kutip_engine_attributions_total",
                    Map.of("type", typeRule[0], "rule", typeRule[1])), key);
        });
        for (String type : List.of("direct", "indirect")) {
            assertEquals(withoutSpeakerByType.getOrDefault(type, 0).longValue(),
                    delta(before, after, "kutip_engine_attributions_without_speaker_total", Map.of("type", type)), type);
        }
    }

    @Test
    void htmlInputIsCountedAsPagesAndAsTheArticlesTakenOutOfThem() {
        String page = "<html><body><nav>Beranda</nav><p>" + Articles.ONE_QUOTE + "</p></body></html>";
        Metrics before = Metrics.scrape();
        String fromBody = given().contentType("text/html").body(page).post(PATH)
                .then().statusCode(200).extract().path("text");
        String fromField = given().contentType("application/json").body(Map.of("html", page)).post(PATH)
                .then().statusCode(200).extract().path("text");
        String fromBatch = given().contentType("application/json")
                .body(Map.of("documents", List.of(Map.of("id", "h", "html", page)))).post(BatchResourceTest.PATH)
                .then().statusCode(200).extract().path("results[0].text");
        Metrics after = Metrics.scrape();

        assertEquals(3, delta(before, after, "kutip_html_pages_total", Map.of()));
        assertEquals(3, delta(before, after, "kutip_engine_articles_total", Map.of("language", "id")));
        assertEquals(fromBody.length() + fromField.length() + fromBatch.length(),
                delta(before, after, "kutip_engine_characters_total", Map.of("language", "id")));
    }

    @Test
    void theLoadBoundsAreServed() {
        Metrics metrics = Metrics.scrape();
        assertEquals(Runtime.getRuntime().availableProcessors(), metrics.sum("kutip_engine_slots"), 1e-9);
        assertEquals(64 * 1024 * 1024, metrics.sum("kutip_http_body_memory_max_bytes"), 1e-9);
        for (String name : List.of("kutip_engine_slots_busy", "kutip_engine_queue_waiting", "kutip_engine_shed_total",
                "kutip_http_body_memory_bytes")) {
            assertTrue(metrics.hasSeries(name, Map.of()), name);
        }
    }

    @Test
    void refusedRequestsDoNotCountAsArticles() {
        Metrics before = Metrics.scrape();
        given().contentType("application/json").body("{\"text\": \"\"}").post(PATH).then().statusCode(400);
        given().contentType("application/json").body(Map.of("text", "Teks.", "language", "xx")).post(PATH)
                .then().statusCode(400);
        assertEquals(0, delta(before, Metrics.scrape(), "kutip_engine_articles_total", Map.of()));
    }

    private static long delta(Metrics before, Metrics after, String name, Map<String, String> labels) {
        return Math.round(after.sum(name, labels) - before.sum(name, labels));
    }
}
