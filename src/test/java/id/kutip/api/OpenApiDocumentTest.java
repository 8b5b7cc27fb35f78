package id.kutip.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What the OpenAPI document says beyond the operations: version, licence, security, health, Swagger UI's defaults. */
@QuarkusTest
class OpenApiDocumentTest {

    static final java.util.Set<String> HTTP_METHODS = java.util.Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private static JsonNode document() throws Exception {
        return Http.JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void infoNamesTheProjectVersionAndLicence() throws Exception {
        JsonNode info = document().path("info");
        assertEquals(ConfigProvider.getConfig().getValue("quarkus.application.version", String.class),
                info.path("version").asText());
        assertEquals("Apache-2.0", info.path("license").path("name").asText());
        assertFalse(info.path("contact").isMissingNode());
    }

    @Test
    void everyOperationStatesItsSecurity() throws Exception {
        JsonNode doc = document();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals("bearer", schemes.path(OpenApiFilter.BEARER).path("scheme").asText());
        assertEquals(ApiKeys.API_KEY_HEADER, schemes.path(OpenApiFilter.API_KEY).path("name").asText());
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!HTTP_METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode security = op.getValue().path("security");
            assertTrue(security.isArray(), path.getKey() + " " + op.getKey() + " states no security");
            assertEquals(path.getKey().startsWith("/api/") ? 3 : 0, security.size(), path.getKey());
            assertFalse(op.getValue().path("description").asText().isBlank(), path.getKey() + " has no description");
        }));
        assertTrue(doc.path("paths").has("/q/health/ready") && doc.path("paths").has("/q/health/live"));
    }

    @Test
    void swaggerUiOpensWithTheSeedArticleAsJson() throws Exception {
        JsonNode post = document().path("paths").path(OpenApiFilter.ATTRIBUTIONS).path("post");
        JsonNode content = post.path("requestBody").path("content");
        assertEquals("application/json", content.fieldNames().next());
        assertEquals(OpenApiFilter.SEED_EXAMPLE, content.path("application/json").path("examples").fieldNames().next());
        JsonNode reply = post.path("responses").path("200").path("content").path("application/json").path("examples");
        assertEquals(OpenApiFilter.SEED_EXAMPLE, reply.fieldNames().next());
    }
}
