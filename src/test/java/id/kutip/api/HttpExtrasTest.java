package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Request ids, gzip, OPTIONS and CORS (off by default), over HTTP. */
@QuarkusTest
class HttpExtrasTest {

    static final String PATH = "/api/v1/attributions";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL base;

    // --- X-Request-Id ---

    @Test
    void aClientsRequestIdIsEchoedAndNamedInProblems() {
        given().header("X-Request-Id", "kantor-berita-42").contentType("application/json")
                .body(Map.of("text", Articles.ONE_QUOTE)).post(PATH)
                .then().statusCode(200).header("X-Request-Id", "kantor-berita-42");
        assertProblem(given().header("X-Request-Id", "kantor-berita-43").contentType("application/json")
                .body("{\"text\": \"\"}").post(PATH).then(), ProblemType.VALIDATION, PATH)
                .header("X-Request-Id", "kantor-berita-43")
                .body("requestId", equalTo("kantor-berita-43"));
    }

    @Test
    void withoutOneTheServiceMakesOneForEveryRequest() {
        String first = given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE)).post(PATH)
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        String second = given().get("/q/health/ready").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }

    @Test
    void anUnusableRequestIdIsReplaced() {
        for (String bad : new String[] {"a b", "\"quoted\"", "x".repeat(129)}) {
            given().header("X-Request-Id", bad).get("/api/v1/lexicon")
                    .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        }
    }

    @Test
    void problemsOfTheRouterNameTheRequestToo() {
        String missing = "/api/v1/tidak-ada";
        assertProblem(given().header("X-Request-Id", "r-404").get(missing).then(), ProblemType.NOT_FOUND, missing)
                .header("X-Request-Id", "r-404").body("requestId", equalTo("r-404"));
        assertProblem(given().header("X-Request-Id", "r-405").get(PATH).then(), ProblemType.METHOD_NOT_ALLOWED, PATH)
                .body("requestId", equalTo("r-405"));
        assertProblem(given().header("X-Request-Id", "r-415").contentType("application/xml").body("<a/>").post(PATH)
                .then(), ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH).body("requestId", equalTo("r-415"));
    }

    // --- gzip ---

    @Test
    void repliesAreGzippedWhenTheClientAsks() throws Exception {
        HttpResponse<byte[]> zipped = get("/api/v1/lexicon", "Accept-Encoding", "gzip");
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        String json = gunzip(zipped.body());
        assertTrue(json.startsWith("{\"lexicons\""), json.substring(0, Math.min(80, json.length())));
        assertTrue(zipped.body().length * 2 < json.length(), "compressed " + zipped.body().length + " of " + json.length());

        HttpResponse<byte[]> plain = get("/api/v1/lexicon");
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(json, new String(plain.body(), StandardCharsets.UTF_8));
    }

    // --- OPTIONS and HEAD ---

    @Test
    void optionsListsOnlyWhatThePathAnswers() {
        given().options(PATH).then().statusCode(200).header("Allow", equalTo("POST, OPTIONS"));
        given().options(PATH + "/batch").then().statusCode(200).header("Allow", equalTo("POST, OPTIONS"));
        given().options("/api/v1/lexicon").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().head("/api/v1/lexicon").then().statusCode(200);
        given().head(PATH).then().statusCode(405).header("Allow", equalTo("POST"));
    }

    // --- CORS: off unless configured (CorsTest) ---

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "https://berita.example").header("Access-Control-Request-Method", "POST")
                .options(PATH).then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://berita.example").contentType("application/json")
                .body(Map.of("text", Articles.ONE_QUOTE)).post(PATH)
                .then().statusCode(200).header("Access-Control-Allow-Origin", not(equalTo("https://berita.example")));
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
