package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.kutip.engine.AttributionEngine;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/lexicon}, the root redirect, health and the API description. */
@QuarkusTest
class LexiconResourceTest {

    static final String PATH = "/api/v1/lexicon";

    @Test
    void listsEveryLanguagesWordLists() {
        given().when().get(PATH).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("lexicons", hasSize(1))
                .body("lexicons[0].language", equalTo("id"))
                .body("lexicons[0].lists", hasKey("closing-cues"))
                .body("lexicons[0].lists", hasKey("honorifics"))
                .body("lexicons[0].lists", hasKey("ranks"))
                .body("lexicons[0].lists", hasKey("titles"))
                .body("lexicons[0].lists", equalTo(AttributionEngine.forLanguage("id").orElseThrow().lexicon().lists()))
                .body("lexicons[0].lists.'closing-cues'", not(hasItem(startsWith("#"))));
    }

    @Test
    void oneLanguage() {
        given().queryParam("language", "id").when().get(PATH).then().statusCode(200)
                .body("lexicons.language", equalTo(java.util.List.of("id")));
        assertProblem(given().queryParam("language", "jv").when().get(PATH).then(), ProblemType.UNSUPPORTED_LANGUAGE,
                PATH)
                .body("violations[0].field", equalTo("language"));
    }

    @Test
    void rootLeadsABrowserToSwaggerUi() {
        given().redirects().follow(false).when().get("/").then()
                .statusCode(303)
                .header("Location", startsWith("http"))
                .header("Location", org.hamcrest.Matchers.endsWith("/q/swagger-ui/"));
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("engine"));
    }

    @Test
    void openApiIsServed() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/attributions/batch"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/lexicon"));
    }
}
