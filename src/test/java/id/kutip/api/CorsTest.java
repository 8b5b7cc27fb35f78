package id.kutip.api;

import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS switched on with one allowed origin, as an operator would: a browser's preflight from it passes, others not. */
@QuarkusTest
@TestProfile(CorsTest.OneOrigin.class)
class CorsTest {

    static final String ORIGIN = "https://berita.example";
    static final String PATH = "/api/v1/attributions";

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", ORIGIN);
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginPasses() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("content-type"));
    }

    @Test
    void theActualRequestMayBeReadByThePageWithItsRequestId() {
        given().header("Origin", ORIGIN).contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE))
                .post(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://lain.example").header("Access-Control-Request-Method", "POST")
                .options(PATH)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
