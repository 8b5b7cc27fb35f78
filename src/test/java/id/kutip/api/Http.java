package id.kutip.api;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Test helpers: a RestAssured spec that sends bytes as given, raw HTTP, and problem assertions. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM_JSON = "application/problem+json";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** RestAssured without its habit of appending {@code charset=ISO-8859-1} to a content type. */
    static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8)
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    /** Asserts an RFC 9457 problem of {@code type} at {@code path}, with every member filled in. */
    static ValidatableResponse assertProblem(ValidatableResponse response, ProblemType type, String path) {
        return response.statusCode(type.status())
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(type.uri()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(path));
    }

    /** The same checks on a problem body read by hand. */
    static JsonNode assertProblem(int status, String contentType, String body, ProblemType type, String path) {
        assertEquals(type.status(), status, body);
        assertTrue(contentType != null && contentType.startsWith(PROBLEM_JSON), "content type " + contentType);
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertEquals(type.uri(), problem.path("type").asText(), body);
        assertEquals(type.title(), problem.path("title").asText(), body);
        assertEquals(type.status(), problem.path("status").asInt(), body);
        assertFalse(problem.path("detail").asText().isBlank(), body);
        assertEquals(path, problem.path("instance").asText(), body);
        assertNoInternals(body);
        return problem;
    }

    /** No stack trace, class name or HTML in what a client sees. */
    static void assertNoInternals(String body) {
        for (String leak : new String[] {"Exception", "at id.kutip", "at io.", "<html", "java.", "jakarta.", "com.fasterxml"}) {
            assertFalse(body.contains(leak), "leaks \"" + leak + "\": " + body);
        }
    }

    /** POST with java.net.http, which sends exactly the headers given (none unless asked). */
    static HttpResponse<String> post(URI uri, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpClient client() {
        return CLIENT;
    }

    /** A reply read off a raw socket: status line, headers and body. */
    record RawReply(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Reads one HTTP/1.1 reply whose body has a Content-Length, skipping any 100 Continue. */
    static RawReply readReply(InputStream in) throws IOException {
        while (true) {
            String head = readHead(in);
            int status = Integer.parseInt(head.substring(9, 12));
            if (status == 100) {
                continue;
            }
            RawReply partial = new RawReply(status, head, "");
            String length = partial.header("Content-Length");
            byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
            return new RawReply(status, head, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before a full reply head: " + head);
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes the head of a request on a raw socket. */
    static void writeHead(Socket socket, String head) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** True when the server closes (or resets) the connection within 20 s; what it sends first is skipped. */
    static boolean closedSoon(InputStream in) {
        try {
            byte[] buf = new byte[8192];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                if (in.read(buf) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketException e) {
            return true; // reset by the server
        } catch (IOException e) {
            return false;
        }
    }
}
