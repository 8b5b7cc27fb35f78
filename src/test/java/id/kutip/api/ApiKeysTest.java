package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code kutip.api-keys} set, {@code /api/*} needs one of the keys; health, metrics and OpenAPI stay open. */
@QuarkusTest
@TestProfile(ApiKeysTest.TwoKeys.class)
class ApiKeysTest {

    static final String KEY = "kunci-rahasia-satu";
    static final String OTHER_KEY = "kunci-rahasia-dua";
    static final String PATH = "/api/v1/attributions";

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kutip.api-keys", KEY + "," + OTHER_KEY);
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
        ApiKeys keys = new ApiKeys(java.util.List.of(KEY));
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
