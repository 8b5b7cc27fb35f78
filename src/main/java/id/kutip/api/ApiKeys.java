package id.kutip.api;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Optional API keys ({@code kutip.api-keys}): when any are configured, a request to {@code /api/*}
 * must carry one, as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}, or it gets a
 * 401 problem. Keys are kept only as SHA-256 digests and compared in constant time, all of them every
 * time, so neither the timing nor the logs tell anything about them.
 * <p>
 * Checked on the router from the headers alone, before {@link BodyReader} receives the body: a caller
 * without a key cannot make the service hold a body (and so fill {@code kutip.http.max-body-memory}
 * for everyone) or keep a connection until the body deadline. After Quarkus's CORS filter, so that a
 * browser's preflight, which carries no key, is answered.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String API_KEY_HEADER = "X-API-Key";
    static final String GUARDED_PREFIX = "/api/";

    private final HttpEdge edge;
    private final List<byte[]> digests;

    @Inject
    public ApiKeys(HttpEdge edge, KutipConfig config) {
        this(edge, config.apiKeys().orElse(List.of()));
    }

    ApiKeys(HttpEdge edge, List<String> keys) {
        this.edge = edge;
        this.digests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
    }

    void install(@Observes Router router) {
        if (!digests.isEmpty()) {
            // Before HttpEdge's check of a declared length (UPLOAD_LIMIT - 1) and BodyReader (UPLOAD_LIMIT + 1).
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::requireKey);
        }
    }

    private void requireKey(RoutingContext ctx) {
        // The path as the REST layer matches it, so that /x/../api/… is guarded too.
        if (!ctx.normalizedPath().startsWith(GUARDED_PREFIX)) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        String bearer = bearerToken(request.getHeader(HttpHeaderNames.AUTHORIZATION));
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (bearer == null && apiKey == null) {
            unauthorized(ctx, "This service requires an API key: send it as \"Authorization: Bearer <key>\" "
                    + "or \"X-API-Key: <key>\".");
        } else if (!(isKey(bearer) | isKey(apiKey))) {
            unauthorized(ctx, "The API key sent is not valid.");
        } else {
            ctx.next();
        }
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

    private void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"kutip\"");
        edge.refuseBeforeBody(ctx, Problem.of(ProblemType.UNAUTHORIZED, detail, ctx.request().path()));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
