package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.Socket;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code kutip.api-keys} set, {@code /api/*} needs one of the keys, whatever the media type, and a
 * request without one is refused before its body is read; health, metrics, OpenAPI and a browser's CORS
 * preflight stay open.
 */
@QuarkusTest
@TestProfile(ApiKeysTest.TwoKeys.class)
class ApiKeysTest {

    static final String KEY = "kunci-rahasia-satu";
    static final String OTHER_KEY = "kunci-rahasia-dua";
    static final String PATH = "/api/v1/attributions";

    @TestHTTPResource("/")
    URL base;

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // CORS on too, as a page on another origin calling a guarded service needs.
            return Map.of("kutip.api-keys", KEY + "," + OTHER_KEY,
                    "quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", CorsTest.ORIGIN);
        }
    }

    @Test
    void withoutAKeyTheApiAnswers401() {
        try (LogCapture logs = LogCapture.all()) {
            assertProblem(post(), ProblemType.UNAUTHORIZED, PATH)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("X-API-Key"));
            assertProblem(given().get("/api/v1/lexicon").then(), ProblemType.UNAUTHORIZED, "/api/v1/lexicon");
            assertProblem(given().get("/api/v1/tidak-ada").then(), ProblemType.UNAUTHORIZED, "/api/v1/tidak-ada");
            assertFalse(logs.text().contains(KEY));
        }
    }

    @Test
    void aWrongKeyIs401() {
        try (LogCapture logs = LogCapture.all()) {
            assertProblem(post("Authorization", "Bearer kunci-palsu"), ProblemType.UNAUTHORIZED, PATH)
                    .body("detail", containsString("not valid"));
            assertProblem(post("X-API-Key", "kunci-palsu"), ProblemType.UNAUTHORIZED, PATH);
            assertProblem(post("X-API-Key", KEY + "x"), ProblemType.UNAUTHORIZED, PATH);
            assertProblem(post("Authorization", "Basic " + KEY), ProblemType.UNAUTHORIZED, PATH);
            assertFalse(logs.text().contains("kunci-palsu"), logs.text());
        }
    }

    @Test
    void htmlPagesNeedAKeyToo() {
        String page = "<p>" + Articles.ONE_QUOTE + "</p>";
        assertProblem(given().contentType("text/html").body(page).post(PATH).then(), ProblemType.UNAUTHORIZED, PATH);
        given().header("X-API-Key", KEY).contentType("text/html").body(page).post(PATH)
                .then().statusCode(200).body("attributions[0].speaker.name", equalTo("Budi"));
    }

    @Test
    void withoutAKeyTheBodyIsNotWaitedFor() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "X-Request-Id: tanpa-kunci\r\nContent-Length: 1000000\r\n\r\n");
            // Not one byte of the body is sent: the 401 comes anyway, and the connection is closed.
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            JsonNode problem = Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(),
                    ProblemType.UNAUTHORIZED, PATH);
            assertEquals("tanpa-kunci", problem.path("requestId").asText());
            assertEquals("tanpa-kunci", reply.header("X-Request-Id"));
            assertEquals("close", reply.header("Connection"));
            assertTrue(Http.closedSoon(socket.getInputStream()), "the server closes the connection");
        }
    }

    @Test
    void aBrowsersPreflightNeedsNoKey() {
        given().header("Origin", CorsTest.ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CorsTest.ORIGIN));
    }

    @Test
    void eitherConfiguredKeyOpensTheApi() {
        try (LogCapture logs = LogCapture.all()) {
            post("Authorization", "Bearer " + KEY).statusCode(200).body("attributions[0].speaker.name", equalTo("Budi"));
            post("authorization", "bearer " + OTHER_KEY).statusCode(200);
            post("X-API-Key", KEY).statusCode(200);
            given().header("X-API-Key", OTHER_KEY).get("/api/v1/lexicon").then().statusCode(200);
            assertFalse(logs.text().contains(KEY) || logs.text().contains(OTHER_KEY), logs.text());
        }
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void keysAreComparedOnlyWhole() {
        ApiKeys keys = new ApiKeys(null, java.util.List.of(KEY));
        assertFalse(keys.isKey(KEY.substring(0, KEY.length() - 1)));
        assertFalse(keys.isKey(""));
        assertFalse(keys.isKey(null));
    }

    private static io.restassured.response.ValidatableResponse post(String... header) {
        var request = given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE));
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return request.post(PATH).then();
    }
}
