package id.kutip.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Optional API keys ({@code kutip.api-keys}): when any are configured, a request to {@code /api/*}
 * must carry one, as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}, or it gets a
 * 401 problem. Keys are kept only as SHA-256 digests and compared in constant time, all of them every
 * time, so neither the timing nor the logs tell anything about them.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String API_KEY_HEADER = "X-API-Key";
    static final String GUARDED_PREFIX = "/api/";

    private final List<byte[]> digests;

    @Inject
    public ApiKeys(KutipConfig config) {
        this(config.apiKeys().orElse(List.of()));
    }

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
    }

    /** Before matching, so that no path under {@code /api/} (not even a missing one) answers without a key. */
    @ServerRequestFilter(preMatching = true)
    public Response requireKey(HttpServerRequest request) {
        if (digests.isEmpty() || !request.path().startsWith(GUARDED_PREFIX)) {
            return null;
        }
        String bearer = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (bearer == null && apiKey == null) {
            return unauthorized(request, "This service requires an API key: send it as \"Authorization: Bearer <key>\" "
                    + "or \"X-API-Key: <key>\".");
        }
        if (!(isKey(bearer) | isKey(apiKey))) {
            return unauthorized(request, "The API key sent is not valid.");
        }
        return null;
    }

    boolean isKey(String candidate) {
        if (candidate == null) {
            return false;
        }
        byte[] presented = digest(candidate.strip());
        boolean found = false;
        for (byte[] key : digests) {
            found |= MessageDigest.isEqual(key, presented);
        }
        return found;
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7);
    }

    private static Response unauthorized(HttpServerRequest request, String detail) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.UNAUTHORIZED, detail,
                request.path()))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kutip\"").build();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
