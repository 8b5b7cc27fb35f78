package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/attributions/batch}: order, ids, independence and the batch limits. */
@QuarkusTest
class BatchResourceTest {

    static final String PATH = "/api/v1/attributions/batch";

    @Test
    void resultsComeInRequestOrderWithTheirIdsAndEqualSingleCalls() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(Map.of("id", "doc-" + (12 - i), "text", Articles.article(i)));
        }
        docs.add(Map.of("id", "tanpa-kutipan", "text", "Hujan turun sejak pagi di Bandung.", "language", "id"));
        String reply = given().contentType("application/json").body(Map.of("documents", docs))
                .when().post(PATH).then().statusCode(200).extract().asString();
        JsonNode results = Http.JSON.readTree(reply).path("results");
        assertEquals(docs.size(), results.size());
        for (int i = 0; i < docs.size(); i++) {
            JsonNode result = results.get(i);
            assertEquals(docs.get(i).get("id"), result.path("id").asText());
            assertEquals("id", result.path("language").asText());
            JsonNode single = AttributionResourceTest.postJson(Map.of("text", docs.get(i).get("text")));
            assertEquals(single.path("attributions"), result.path("attributions"), "document " + i);
            assertEquals(single.path("speakers"), result.path("speakers"), "document " + i);
            AttributionResourceTest.assertSpansFit((String) docs.get(i).get("text"), result);
        }
        assertEquals(0, results.get(docs.size() - 1).path("attributions").size());
    }

    @Test
    void typesApplyToEveryDocument() {
        Map<String, Object> body = Map.of("types", List.of("indirect"), "documents", List.of(
                Map.of("id", "a", "text", Articles.ONE_QUOTE), Map.of("id", "b", "text", Articles.article(3))));
        given().contentType("application/json").body(body)
                .when().post(PATH).then().statusCode(200)
                .body("results.id", equalTo(List.of("a", "b")))
                .body("results.flatten().attributions.flatten().type.findAll { it != 'indirect' }", hasSize(0));
    }

    @Test
    void zeroDocumentsIsAValidationProblem() {
        assertProblem(given().contentType("application/json").body("{\"documents\": []}").when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations.field", hasItem("documents"));
    }

    @Test
    void missingDocumentsIsAValidationProblem() {
        assertProblem(given().contentType("application/json").body("{\"texts\": []}").when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations.field", hasItem("documents"));
    }

    @Test
    void missingOrBlankIdOrTextIsNamedByIndex() {
        String body = "{\"documents\": [{\"id\": \"a\", \"text\": \"Teks.\"}, {\"text\": \"Teks.\"}, "
                + "{\"id\": \" \", \"text\": \"Teks.\"}, {\"id\": \"d\"}, null]}";
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations.field", equalTo(List.of("documents[1].id", "documents[2].id", "documents[3].text",
                        "documents[4]")));
    }

    @Test
    void duplicateIdIsNamed() {
        String body = "{\"documents\": [{\"id\": \"a1\", \"text\": \"Satu.\"}, {\"id\": \"b\", \"text\": \"Dua.\"}, "
                + "{\"id\": \"a1\", \"text\": \"Tiga.\"}]}";
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("documents[2].id"))
                .body("violations[0].message", containsString("documents[0]"));
    }

    @Test
    void tooManyDocumentsIs413() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            docs.add(Map.of("id", "d" + i, "text", "Teks " + i + "."));
        }
        assertProblem(given().contentType("application/json").body(Map.of("documents", docs)).when().post(PATH).then(),
                ProblemType.BATCH_TOO_LARGE, PATH)
                .body("detail", containsString("101"))
                .body("detail", containsString("kutip.batch.max-documents"));
    }

    @Test
    void theMostDocumentsAreAllowed() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            docs.add(Map.of("id", "d" + i, "text", Articles.quote(i, Articles.NAMES.get(i % 16))));
        }
        given().contentType("application/json").body(Map.of("documents", docs)).when().post(PATH)
                .then().statusCode(200).body("results", hasSize(100)).body("results[99].id", equalTo("d99"));
    }

    @Test
    void tooMuchTextInAllIs413() {
        String text = Articles.ofLength(200_000);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(Map.of("id", "d" + i, "text", text));
        }
        docs.add(Map.of("id", "last", "text", "a"));
        // 600001 > 500000 (kutip.batch.max-total-length)
        assertProblem(given().contentType("application/json").body(Map.of("documents", docs)).when().post(PATH).then(),
                ProblemType.BATCH_TOO_LARGE, PATH)
                .body("detail", containsString("600001"))
                .body("detail", containsString("kutip.batch.max-total-length"));
    }

    @Test
    void oneDocumentTooLongIs413NamingIt() {
        List<Map<String, Object>> docs = List.of(Map.of("id", "a", "text", "Pendek."),
                Map.of("id", "b", "text", Articles.ofLength(200_001)));
        assertProblem(given().contentType("application/json").body(Map.of("documents", docs)).when().post(PATH).then(),
                ProblemType.TEXT_TOO_LONG, PATH)
                .body("violations[0].field", equalTo("documents[1].text"));
    }

    @Test
    void unsupportedLanguageOfOneDocumentIsNamed() {
        Map<String, Object> second = new HashMap<>(Map.of("id", "b", "text", "Teks.", "language", "xx"));
        List<Map<String, Object>> docs = List.of(Map.of("id", "a", "text", "Teks."), second);
        assertProblem(given().contentType("application/json").body(Map.of("documents", docs)).when().post(PATH).then(),
                ProblemType.UNSUPPORTED_LANGUAGE, PATH)
                .body("violations[0].field", equalTo("documents[1].language"))
                .body("detail", containsString("id"));
    }

    @Test
    void documentsMustBeObjects() {
        assertProblem(given().contentType("application/json").body("{\"documents\": [\"teks\"]}").when().post(PATH)
                .then(), ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("documents[0]"))
                .body("violations[0].message", equalTo("must be an object"));
    }
}
