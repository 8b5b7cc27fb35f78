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
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTML in: a {@code text/html} body, the {@code html} field of JSON and of batch documents. The
 * reply carries the extracted text, and every offset counts in it; the body limit holds for the
 * HTML, the text limit for the extracted text.
 */
@QuarkusTest
class HtmlInputTest {

    static final String PATH = "/api/v1/attributions";
    static final String PAGE = """
            <html><head><title>Kabar Sukamaju</title><script>var a = "\\"Bukan,\\" kata Iklan.";</script></head>
            <body><nav><a href="/">Beranda</a></nav>
            <article><h1>Rapat desa</h1><p>&quot;Kami siap bekerja keras tahun ini,&quot; kata Budi.</p></article>
            <footer>Hak cipta</footer></body></html>
            """;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anHtmlBodyIsReadAsItsArticle() {
        JsonNode reply = read(given().contentType("text/html; charset=utf-8").body(PAGE).when().post(PATH)
                .then().statusCode(200).extract().asString());
        String text = reply.path("text").asText();
        assertEquals("Rapat desa\n" + Articles.ONE_QUOTE, text);
        assertOneQuoteByBudi(reply);
        AttributionResourceTest.assertSpansFit(text, reply);
        // Without a charset, or with another spelling of the type, the same.
        String plainType = given().contentType("text/html").body(PAGE).when().post(PATH).then().statusCode(200)
                .extract().asString();
        assertEquals(reply.toString(), read(plainType).toString());
    }

    @Test
    void entitiesInAPageSentAsPlainTextAreNotQuotationMarks() {
        String page = "<p>&quot;Kami siap bekerja keras tahun ini,&quot; kata Budi.</p>";
        JsonNode asHtml = read(given().contentType("text/html").body(page).when().post(PATH).then().statusCode(200)
                .extract().asString());
        assertOneQuoteByBudi(asHtml);
        JsonNode asText = AttributionResourceTest.postJson(Map.of("text", page));
        asText.path("attributions").forEach(a -> assertFalse(a.path("type").asText().equals("direct"), a.toString()));
    }

    @Test
    void theCharsetComesFromTheContentTypeElseTheMetaElseUtf8() {
        Charset windows1252 = Charset.forName("windows-1252");
        String curly = "<p>“Kami siap bekerja keras tahun ini,” kata Budi.</p>";
        JsonNode declared = read(given().contentType("text/html; charset=windows-1252").body(curly.getBytes(windows1252))
                .when().post(PATH).then().statusCode(200).extract().asString());
        assertOneQuoteByBudi(declared);
        assertTrue(declared.path("text").asText().startsWith("“Kami"), declared.toString());

        String withMeta = "<html><head><meta charset=\"windows-1252\"></head><body>" + curly;
        JsonNode meta = read(given().contentType("text/html").body(withMeta.getBytes(windows1252)).when().post(PATH)
                .then().statusCode(200).extract().asString());
        assertEquals(declared.path("text"), meta.path("text"));

        JsonNode utf8 = read(given().contentType("text/html").body(curly.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(200).extract().asString());
        assertEquals(declared.path("text"), utf8.path("text"));
    }

    @Test
    void theHtmlFieldOfJsonIsTheAlternativeToText() {
        JsonNode fromHtml = AttributionResourceTest.postJson(Map.of("html", PAGE, "types", List.of("direct")));
        assertOneQuoteByBudi(fromHtml);
        assertEquals("Rapat desa\n" + Articles.ONE_QUOTE, fromHtml.path("text").asText());
        JsonNode fromText = AttributionResourceTest.postJson(Map.of("text", Articles.ONE_QUOTE));
        assertFalse(fromText.has("text"), "a reply to text carries no text: " + fromText);
        assertEquals(fromText.path("speakers"), fromHtml.path("speakers"));
    }

    @Test
    void exactlyOneOfTextAndHtml() {
        assertProblem(given().contentType("application/json").body(Map.of("text", "Teks.", "html", "<p>Teks.</p>"))
                .when().post(PATH).then(), ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("html"))
                .body("violations[0].message", containsString("exactly one of text and html"));
        for (String body : new String[] {"{\"html\": \"\"}", "{\"html\": \"  \"}"}) {
            assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                    ProblemType.VALIDATION, PATH)
                    .body("violations[0].field", equalTo("html"))
                    .body("violations[0].message", equalTo("must not be blank"));
        }
        assertProblem(given().contentType("application/json").body("{\"html\": 42}").when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("html"))
                .body("violations[0].message", equalTo("must be a string"));
    }

    @Test
    void aPageWithoutTextIs400SayingSo() {
        String empty = "<html><head><title>Judul</title><script>go()</script></head><body><nav>Menu</nav>"
                + "<p hidden>Tersembunyi</p></body></html>";
        assertProblem(given().contentType("text/html").body(empty).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("html"))
                .body("detail", containsString("no text"));
        assertProblem(given().contentType("application/json").body(Map.of("html", empty)).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("html"));
        assertProblem(given().contentType("text/html").body(new byte[0]).when().post(PATH).then(),
                ProblemType.EMPTY_BODY, PATH);
    }

    @Test
    void anUnknownCharsetIs415() {
        assertProblem(given().contentType("text/html; charset=klingon-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then(), ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH)
                .body("detail", containsString("klingon-8"));
    }

    @Test
    void theTextLimitHoldsForTheExtractedTextNotTheMarkup() {
        String markup = "<script>" + "x".repeat(250_000) + "</script><div class=\"" + "y".repeat(10_000) + "\">"
                + "<p>" + Articles.ONE_QUOTE + "</p></div>";
        JsonNode reply = read(given().contentType("text/html").body(markup).when().post(PATH).then().statusCode(200)
                .extract().asString());
        assertOneQuoteByBudi(reply);

        String tooLong = "<p>" + Articles.ofLength(200_001).replace("\n", "</p><p>") + "</p>";
        assertProblem(given().contentType("text/html").body(tooLong).when().post(PATH).then(),
                ProblemType.TEXT_TOO_LONG, PATH)
                .body("violations[0].field", equalTo("html"))
                .body("detail", containsString("kutip.max-text-length"));
        assertProblem(given().contentType("application/json").body(Map.of("html", tooLong)).when().post(PATH).then(),
                ProblemType.TEXT_TOO_LONG, PATH);
    }

    @Test
    void theBodyLimitHoldsForTheHtml() throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/html\r\n"
                    + "Content-Length: 104857600\r\n\r\n<html>");
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(), ProblemType.BODY_TOO_LARGE,
                    PATH);
        }
    }

    @Test
    void batchDocumentsMayBeHtml() {
        Map<String, Object> request = Map.of("documents", List.of(
                Map.of("id", "halaman", "html", PAGE),
                Map.of("id", "teks", "text", Articles.ONE_QUOTE)));
        JsonNode reply = read(given().contentType("application/json").body(request).when()
                .post(BatchResourceTest.PATH).then().statusCode(200).extract().asString());
        JsonNode page = reply.path("results").get(0);
        JsonNode text = reply.path("results").get(1);
        assertEquals("halaman", page.path("id").asText());
        assertEquals("Rapat desa\n" + Articles.ONE_QUOTE, page.path("text").asText());
        AttributionResourceTest.assertSpansFit(page.path("text").asText(), page);
        assertFalse(text.has("text"), text.toString());
        assertEquals(text.path("speakers"), page.path("speakers"));
    }

    @Test
    void batchDocumentsFollowTheSameRules() {
        String batch = BatchResourceTest.PATH;
        Map<String, Object> both = Map.of("documents", List.of(Map.of("id", "a", "text", "Teks.", "html", "<p>T</p>")));
        assertProblem(given().contentType("application/json").body(both).when().post(batch).then(),
                ProblemType.VALIDATION, batch)
                .body("violations[0].field", equalTo("documents[0].html"));
        Map<String, Object> neither = Map.of("documents", List.of(Map.of("id", "a")));
        assertProblem(given().contentType("application/json").body(neither).when().post(batch).then(),
                ProblemType.VALIDATION, batch)
                .body("violations[0].field", equalTo("documents[0].text"));
        Map<String, Object> noText = Map.of("documents", List.of(Map.of("id", "a", "text", "Teks."),
                Map.of("id", "b", "html", "<nav>Menu</nav>")));
        assertProblem(given().contentType("application/json").body(noText).when().post(batch).then(),
                ProblemType.VALIDATION, batch)
                .body("violations[0].field", equalTo("documents[1].html"));
        String tooLong = "<p>" + Articles.ofLength(200_001) + "</p>";
        Map<String, Object> longPage = Map.of("documents", List.of(Map.of("id", "a", "html", tooLong)));
        assertProblem(given().contentType("application/json").body(longPage).when().post(batch).then(),
                ProblemType.TEXT_TOO_LONG, batch)
                .body("violations[0].field", equalTo("documents[0].html"));
    }

    private static void assertOneQuoteByBudi(JsonNode reply) {
        JsonNode attributions = reply.path("attributions");
        assertEquals(1, attributions.size(), reply.toString());
        assertEquals("direct", attributions.get(0).path("type").asText());
        assertTrue(attributions.get(0).path("quote").path("text").asText().startsWith("Kami siap bekerja keras"),
                reply.toString());
        assertEquals("Budi", attributions.get(0).path("speaker").path("name").asText());
    }

    private static JsonNode read(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
