package id.kutip.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} at the top of the repository is the contract exactly as the service serves
 * it at {@code /q/openapi}, so the two cannot drift. After changing the API, regenerate it with
 * {@code ./mvnw -B test -Dtest=OpenApiDriftTest -Dopenapi.write=true} and review the diff.
 */
@QuarkusTest
class OpenApiDriftTest {

    static final Path FILE = Path.of("openapi.yaml");

    @Test
    void openapiYamlEqualsTheServedDocument() throws IOException {
        byte[] bytes = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        String served = new String(bytes, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(FILE, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml differs from /q/openapi; regenerate it with "
                + "./mvnw -B test -Dtest=OpenApiDriftTest -Dopenapi.write=true");
    }
}
