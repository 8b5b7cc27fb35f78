package id.kutip.api;

import static id.kutip.api.Http.assertProblem;
import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything a client can get wrong, and what it gets back: always an RFC 9457 problem with a
 * stable type and a detail that says what to fix; never a 500, an HTML page or a stack trace.
 */
@QuarkusTest
class HttpErrorsTest {

    static final String PATH = "/api/v1/attributions";

    @TestHTTPResource("/")
    URL base;

    // --- 400: the JSON body ---

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"a\"", "{text: \"a\"}", "{\"text\": \"a\",}", "<teks>a</teks>", "\"a",
        "{\"text\": \"a\"} {\"text\": \"b\"}", "{\"text\": \"a\", \"text\": \"b\"}", "{\"text\": 'a'}"})
    void malformedJsonIs400(String body) {
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.MALFORMED_JSON, PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"text\": \"a\"}]", "\"kata Budi\"", "42", "true"})
    void jsonThatIsNotAnObjectIs400(String body) {
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.NOT_AN_OBJECT, PATH)
                .body("detail", containsString("JSON object"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": null}", "{\"text\": \"\"}", "{\"text\": \" \\n\\t \"}",
        "{\"teks\": \"Kami siap.\"}"})
    void missingOrBlankTextIs400(String body) {
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 42}", "{\"text\": 4.2}", "{\"text\": true}", "{\"text\": [\"a\"]}",
        "{\"text\": {\"isi\": \"a\"}}"})
    void nonStringTextIs400(String body) {
        assertProblem(given().contentType("application/json").body(body).when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("must be a string"));
    }

    @Test
    void emptyBodyIs400() {
        assertProblem(given().contentType("application/json").body(new byte[0]).when().post(PATH).then(),
                ProblemType.EMPTY_BODY, PATH);
        assertProblem(given().contentType("application/json").body("null").when().post(PATH).then(),
                ProblemType.EMPTY_BODY, PATH);
        assertProblem(given().contentType("text/plain").body(new byte[0]).when().post(PATH).then(),
                ProblemType.EMPTY_BODY, PATH);
        assertProblem(given().contentType("application/json").body(new byte[0]).when()
                .post(BatchResourceTest.PATH).then(), ProblemType.EMPTY_BODY, BatchResourceTest.PATH);
    }

    @Test
    void blankPlainTextIs400() {
        assertProblem(given().contentType("text/plain").body("  \n ").when().post(PATH).then(),
                ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("text"));
    }

    @Test
    void invalidUtf8Is400() {
        byte[] json = "{\"text\": \"Kami  siap\"}".getBytes(StandardCharsets.UTF_8);
        json[json.length - 7] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        assertProblem(given().contentType("application/json").body(json).when().post(PATH).then(),
                ProblemType.INVALID_ENCODING, PATH)
                .body("detail", containsString("UTF-8"));
        byte[] lone = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        assertProblem(given().contentType("application/json").body(lone).when().post(PATH).then(),
                ProblemType.INVALID_ENCODING, PATH);
        byte[] plain = {'K', 'a', 'm', 'i', ' ', (byte) 0xE2, (byte) 0x82, ' ', 's', 'i', 'a', 'p'};
        assertProblem(given().contentType("text/plain; charset=utf-8").body(plain).when().post(PATH).then(),
                ProblemType.INVALID_ENCODING, PATH);
        assertProblem(given().contentType("text/plain").body(plain).when().post(PATH).then(),
                ProblemType.INVALID_ENCODING, PATH);
    }

    @Test
    void unknownCharsetIs415() {
        assertProblem(given().contentType("text/plain; charset=klingon-8").body("Teks.".getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then(), ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH)
                .body("detail", containsString("klingon-8"));
    }

    @Test
    void jsonNested100000DeepIs400() throws Exception {
        // Sent with java.net.http: RestAssured runs out of memory on such a body before sending it.
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertDeep(PATH, "{\"text\": \"a\", \"x\": " + deep + "}");
        assertDeep(PATH, "{\"a\":".repeat(100_000));
        assertDeep(BatchResourceTest.PATH, "{\"documents\": [{\"id\": \"a\", \"text\": \"b\", \"x\": " + deep + "}]}");
    }

    private void assertDeep(String path, String body) throws Exception {
        HttpResponse<String> reply = Http.post(URI.create(base + path.substring(1)),
                body.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        JsonNode problem = Http.assertProblem(reply.statusCode(), reply.headers().firstValue("Content-Type").orElse(null),
                reply.body(), ProblemType.JSON_TOO_DEEP, path);
        assertTrue(problem.path("detail").asText().contains(String.valueOf(StrictJson.MAX_NESTING_DEPTH)), reply.body());
    }

    // --- 400: field values ---

    @Test
    void unsupportedLanguageIs400NamingTheSupportedOnes() {
        assertProblem(given().contentType("application/json").body(Map.of("text", "Teks.", "language", "en"))
                .when().post(PATH).then(), ProblemType.UNSUPPORTED_LANGUAGE, PATH)
                .body("detail", containsString("\"en\""))
                .body("detail", containsString("supported: id"))
                .body("violations[0].field", equalTo("language"));
        assertProblem(given().contentType("application/json").body(Map.of("text", "Teks.", "language", ""))
                .when().post(PATH).then(), ProblemType.UNSUPPORTED_LANGUAGE, PATH);
        assertProblem(given().contentType("application/json").body("{\"text\": \"Teks.\", \"language\": 7}")
                .when().post(PATH).then(), ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("language"));
    }

    @Test
    void unknownTypeIs400() {
        assertProblem(given().contentType("application/json")
                .body(Map.of("text", "Teks.", "types", List.of("direct", "paraphrase")))
                .when().post(PATH).then(), ProblemType.VALIDATION, PATH)
                .body("violations[0].field", equalTo("types[1]"))
                .body("violations[0].message", containsString("direct, indirect"));
        for (String types : new String[] {"[\"DIRECT\"]", "[0]", "\"direct\"", "[null]", "[]", "{\"direct\": true}"}) {
            assertProblem(given().contentType("application/json").body("{\"text\": \"Teks.\", \"types\": " + types + "}")
                    .when().post(PATH).then(), ProblemType.VALIDATION, PATH)
                    .body("violations[0].field", containsString("types"));
        }
    }

    // --- 413 ---

    @Test
    void textOverTheLimitIs413() {
        String text = Articles.ofLength(200_001);
        assertProblem(given().contentType("application/json").body(Map.of("text", text)).when().post(PATH).then(),
                ProblemType.TEXT_TOO_LONG, PATH)
                .body("detail", containsString("200001"))
                .body("detail", containsString("kutip.max-text-length"))
                .body("violations[0].field", equalTo("text"));
        assertProblem(given().contentType("text/plain").body(text).when().post(PATH).then(),
                ProblemType.TEXT_TOO_LONG, PATH);
    }

    @Test
    void textAtTheLimitIsServed() {
        given().contentType("application/json").body(Map.of("text", Articles.ofLength(200_000)))
                .when().post(PATH).then().statusCode(200);
    }

    @Test
    void bodyDeclaredOverTheLimitIs413BeforeItIsRead() throws IOException {
        try (Socket socket = connect()) {
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: besar-dinyatakan\r\nContent-Length: 104857600\r\n\r\n{\"text\": \"");
            // Not one more byte is sent: the reply must come anyway.
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            JsonNode problem = Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(),
                    ProblemType.BODY_TOO_LARGE, PATH);
            assertTrue(problem.path("detail").asText().contains("quarkus.http.limits.max-body-size"));
            assertEquals("close", reply.header("Connection"));
            assertEquals("besar-dinyatakan", reply.header("X-Request-Id"));
            assertEquals("besar-dinyatakan", problem.path("requestId").asText());
        }
    }

    @Test
    void slowlyStreamedBodyOverTheLimitIs413WithoutReadingItAll() throws Exception {
        long limit = 4L * 1024 * 1024;
        long willingToSend = 4 * limit;
        AtomicLong sent = new AtomicLong();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Socket socket = connect()) {
            socket.setSoTimeout(30_000);
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "X-Request-Id: besar-mengalir\r\nTransfer-Encoding: chunked\r\n\r\n");
            Future<?> writing = writer.submit(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    OutputStream out = socket.getOutputStream();
                    while (sent.get() < willingToSend) {
                        out.write(size);
                        out.write(chunk);
                        out.write(new byte[] {'\r', '\n'});
                        out.flush();
                        sent.addAndGet(chunk.length);
                        Thread.sleep(2);
                    }
                } catch (IOException | InterruptedException e) {
                    // The server stopped reading and closed the connection: expected.
                }
                return null;
            });
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            JsonNode problem = Http.assertProblem(reply.status(), reply.header("Content-Type"), reply.body(),
                    ProblemType.BODY_TOO_LARGE, PATH);
            assertEquals("close", reply.header("Connection"));
            assertEquals("besar-mengalir", reply.header("X-Request-Id"));
            assertEquals("besar-mengalir", problem.path("requestId").asText());
            assertTrue(sentWhenAnswered < willingToSend, "answered after " + sentWhenAnswered + " bytes");
            assertTrue(Http.closedSoon(socket.getInputStream()), "the server closes the connection");
            writing.get(30, TimeUnit.SECONDS);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void chunkedBodyUnderTheLimitIsServed() throws IOException {
        try (Socket socket = connect()) {
            byte[] body = ("{\"text\": " + AttributionResourceTest.quoteJson(Articles.ONE_QUOTE) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.body().contains("\"Budi\""), reply.body());
        }
    }

    @Test
    void bodyAfter100ContinueIsServed() throws IOException {
        try (Socket socket = connect()) {
            byte[] body = Articles.ONE_QUOTE.getBytes(StandardCharsets.UTF_8);
            Http.writeHead(socket, "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n");
            byte[] interim = socket.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            Http.RawReply reply = Http.readReply(socket.getInputStream());
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.body().contains("\"Budi\""), reply.body());
        }
    }

    // --- 415 ---

    @Test
    void wrongMediaTypeIs415() throws Exception {
        for (String type : new String[] {"application/xml", "application/octet-stream", "image/png"}) {
            assertProblem(given().contentType(type).body("<teks/>".getBytes(StandardCharsets.UTF_8)).when().post(PATH)
                    .then(), ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH)
                    .body("detail", containsString(type));
        }
        assertProblem(given().contentType("text/plain").body("Teks.").when().post(BatchResourceTest.PATH).then(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE, BatchResourceTest.PATH);
        HttpResponse<String> form = Http.post(URI.create(base + PATH.substring(1)),
                "text=Teks".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded");
        Http.assertProblem(form.statusCode(), form.headers().firstValue("Content-Type").orElse(null), form.body(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH);
    }

    @Test
    void missingContentTypeIs415() throws Exception {
        byte[] body = ("{\"text\": " + AttributionResourceTest.quoteJson(Articles.ONE_QUOTE) + "}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> reply = Http.post(URI.create(base + PATH.substring(1)), body);
        Http.assertProblem(reply.statusCode(), reply.headers().firstValue("Content-Type").orElse(null), reply.body(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH);
        assertTrue(reply.body().contains("Content-Type header is missing"), reply.body());
        HttpResponse<String> empty = Http.post(URI.create(base + PATH.substring(1)), new byte[0]);
        Http.assertProblem(empty.statusCode(), empty.headers().firstValue("Content-Type").orElse(null), empty.body(),
                ProblemType.UNSUPPORTED_MEDIA_TYPE, PATH);
    }

    // --- 404, 405, 406 ---

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/atribusi", "/api/v2/attributions", "/api/v1/attributions/batch/extra",
        "/index.html", "/q/tidak-ada", "/api/v1/lexicon/id"})
    void unknownPathIs404(String path) {
        assertProblem(given().when().get(path).then(), ProblemType.NOT_FOUND, path);
        assertProblem(given().contentType("application/json").body("{}").when().post(path).then(),
                ProblemType.NOT_FOUND, path);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        assertProblem(given().when().get(PATH).then(), ProblemType.METHOD_NOT_ALLOWED, PATH)
                .header("Allow", equalTo("POST"))
                .body("detail", containsString("POST"));
        assertProblem(given().when().delete(BatchResourceTest.PATH).then(), ProblemType.METHOD_NOT_ALLOWED,
                BatchResourceTest.PATH)
                .header("Allow", equalTo("POST"));
        assertProblem(given().contentType("application/json").body("{}").when().post(LexiconResourceTest.PATH).then(),
                ProblemType.METHOD_NOT_ALLOWED, LexiconResourceTest.PATH)
                .header("Allow", equalTo("GET, HEAD"));
        assertProblem(given().contentType("application/json").body("{}").when().put(PATH).then(),
                ProblemType.METHOD_NOT_ALLOWED, PATH);
    }

    @Test
    void unacceptableAcceptIs406() {
        assertProblem(given().contentType("application/json").accept("text/html")
                .body(Map.of("text", Articles.ONE_QUOTE)).when().post(PATH).then(), ProblemType.NOT_ACCEPTABLE, PATH)
                .body("detail", containsString("text/html"));
        given().contentType("application/json").accept("application/json, text/html;q=0.5")
                .body(Map.of("text", Articles.ONE_QUOTE)).when().post(PATH).then().statusCode(200);
        given().contentType("application/json").accept("*/*")
                .body(Map.of("text", Articles.ONE_QUOTE)).when().post(PATH).then().statusCode(200);
    }

    // --- 500: only for bugs, and without internals ---

    @Test
    void aBugIsAProblem500WithoutInternals() {
        String body = assertProblem(given().when().get(Boom.PATH).then(), ProblemType.INTERNAL, Boom.PATH)
                .extract().asString();
        Http.assertNoInternals(body);
        String routeBody = assertProblem(given().when().get(Boom.ROUTE).then(), ProblemType.INTERNAL, Boom.ROUTE)
                .extract().asString();
        Http.assertNoInternals(routeBody);
    }

    @Test
    void problemsNeverCarryInternals() {
        String[] bodies = {"{\"text\": 42}", "[", "{\"types\": [\"x\"], \"text\": \"a\"}", "[1]"};
        for (String body : bodies) {
            String reply = given().contentType("application/json").body(body).when().post(PATH)
                    .then().statusCode(400).extract().asString();
            Http.assertNoInternals(reply);
            assertTrue(!reply.contains("AttributionRequest") && !reply.contains("QuoteKind"), reply);
        }
        given().contentType("application/json").body("{\"types\": [\"x\"], \"text\": \"a\"}").when().post(PATH)
                .then().body("detail", not(containsString("id.kutip")));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }
}
