package id.kutip.api;

import static id.kutip.api.Http.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.Socket;
import java.net.URL;
import java.util.Map;
import java.util.logging.Level;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The access log has one line per request, and every line logged for a request names its id. */
@QuarkusTest
class LoggingTest {

    static final String ACCESS_LOG = "io.quarkus.http.access-log";

    @TestHTTPResource("/")
    URL base;

    @Test
    void theAccessLogHasOneLinePerRequest() throws Exception {
        try (LogCapture log = LogCapture.on(ACCESS_LOG)) {
            given().header("X-Request-Id", "akses-1").contentType("application/json")
                    .body(Map.of("text", Articles.ONE_QUOTE)).post("/api/v1/attributions").then().statusCode(200);
            given().header("X-Request-Id", "akses-2").get("/tidak-ada").then().statusCode(404);
            String ok = log.await(l -> l.message().endsWith("requestId=akses-1")).message();
            assertTrue(ok.matches("POST /api/v1/attributions 200 [1-9][0-9]* bytes [0-9]+ us requestId=akses-1"), ok);
            String missing = log.await(l -> l.message().endsWith("requestId=akses-2")).message();
            assertTrue(missing.matches("GET /tidak-ada 404 [1-9][0-9]* bytes [0-9]+ us requestId=akses-2"), missing);
            assertEquals(1, log.lines().stream().filter(l -> l.message().contains("akses-1")).count());
        }
    }

    @Test
    void htmlInputAndRefusalsBeforeTheRestLayerAreLoggedWithTheirIds() throws Exception {
        try (LogCapture log = LogCapture.on(ACCESS_LOG)) {
            given().header("X-Request-Id", "akses-html").contentType("text/html")
                    .body("<p>" + Articles.ONE_QUOTE + "</p>").post("/api/v1/attributions")
                    .then().statusCode(200).header("X-Request-Id", "akses-html");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                Http.writeHead(socket, "POST /api/v1/attributions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/html\r\nX-Request-Id: akses-413\r\nContent-Length: 104857600\r\n\r\n");
                assertEquals(413, Http.readReply(socket.getInputStream()).status());
            }
            String html = log.await(l -> l.message().endsWith("requestId=akses-html")).message();
            assertTrue(html.startsWith("POST /api/v1/attributions 200 "), html);
            String refused = log.await(l -> l.message().endsWith("requestId=akses-413")).message();
            assertTrue(refused.matches("POST /api/v1/attributions 413 [1-9][0-9]* bytes [0-9]+ us requestId=akses-413"),
                    refused);
        }
    }

    @Test
    void linesLoggedWhileServingARequestNameIt() throws Exception {
        try (LogCapture log = LogCapture.all()) {
            given().header("X-Request-Id", "galat-1").get(Boom.PATH).then().statusCode(500);
            given().header("X-Request-Id", "galat-2").get(Boom.ROUTE).then().statusCode(500);
            LogCapture.Line rest = log.await(l -> l.level().intValue() >= Level.SEVERE.intValue() && l.message().contains("GET " + Boom.PATH + " "));
            assertEquals("galat-1", rest.requestId(), rest.toString());
            LogCapture.Line router = log.await(l -> l.level().intValue() >= Level.SEVERE.intValue() && l.message().contains("GET " + Boom.ROUTE + " "));
            assertEquals("galat-2", router.requestId(), router.toString());
        }
    }

    @Test
    void theConsoleFormatShowsTheRequestId() {
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        assertTrue(format.contains("%X{" + RequestIds.KEY + "}"), format);
    }
}
