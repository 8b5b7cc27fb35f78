package id.kutip.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * What happens on the HTTP router before and after the REST layer, so that those replies are
 * problem details too: a body that declares a length over the limit is refused before it is read
 * (the body itself is read by {@link BodyReader});
 * a path nothing serves is a 404 and a method it does not take a 405; a failure outside the REST
 * layer is a 500 without internals.
 */
@ApplicationScoped
public class HttpEdge {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final ObjectMapper mapper;
    private final BodyLimit limit;

    public HttpEdge(ObjectMapper mapper, BodyLimit limit) {
        this.mapper = mapper;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        // Before Quarkus's own limit check, which would answer 413 with an empty body. A chunked body is limited
        // while it is read, by BodyReader.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseDeclaredOversize);
        router.errorHandler(404, ctx -> send(ctx, Problem.of(ProblemType.NOT_FOUND,
                notFoundDetail(ctx.request().path()), ctx.request().path())));
        router.errorHandler(405, this::methodNotAllowed);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    static String notFoundDetail(String path) {
        return "Nothing is served at " + abbreviate(path) + ". The API is under /api/v1; its description is at "
                + "/q/openapi and /q/swagger-ui.";
    }

    static String methodNotAllowedDetail(String method, String path) {
        String allowed = AllowedMethods.of(path);
        return abbreviate(method) + " is not allowed on " + abbreviate(path)
                + (allowed.isEmpty() ? "." : "; use " + allowed + ".");
    }

    private void methodNotAllowed(RoutingContext ctx) {
        String path = ctx.request().path();
        String allowed = AllowedMethods.of(path);
        if (!allowed.isEmpty()) {
            ctx.response().putHeader(HttpHeaderNames.ALLOW, allowed);
        }
        send(ctx, Problem.of(ProblemType.METHOD_NOT_ALLOWED, methodNotAllowedDetail(ctx.request().method().name(),
                path), path));
    }

    private void refuseDeclaredOversize(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                closeAfter(ctx, new Problem("about:blank", "Bad Request", 400,
                        "The Content-Length header is not a number.", ctx.request().path(), null));
                return;
            }
            if (limit.exceededBy(length)) {
                closeAfter(ctx, Problem.of(ProblemType.BODY_TOO_LARGE, BodyLimit.detail(limit.maxBytes()),
                        ctx.request().path()));
                return;
            }
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (failure instanceof HttpException http) {
            status = http.getStatusCode();
        }
        String path = ctx.request().path();
        boolean clientError = status >= 400 && status < 500 && (failure == null || failure instanceof HttpException);
        if (!clientError) {
            LOG.errorf(ctx.failure(), "failure outside the REST layer on %s %s (status %d)", ctx.request().method(),
                    path, status);
            send(ctx, Problem.of(ProblemType.INTERNAL, "The service failed on this request; the failure is logged. "
                    + "Please report it with the request.", path));
            return;
        }
        Problem problem = switch (status) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, notFoundDetail(path), path);
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    methodNotAllowedDetail(ctx.request().method().name(), path), path);
            case 413 -> Problem.of(ProblemType.BODY_TOO_LARGE, BodyLimit.detail(limit.maxBytes()), path);
            default -> {
                String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
                yield new Problem("about:blank", reason, status, reason + ".", path, null);
            }
        };
        if (status == 413) {
            closeAfter(ctx, problem);
        } else {
            send(ctx, problem);
        }
    }

    /**
     * Answers {@code problem} before the body is read: the connection is then closed if a body is on its way,
     * since what is left of it could not be told from the next request.
     */
    void refuseBeforeBody(RoutingContext ctx, Problem problem) {
        if (hasBody(ctx.request()) && !ctx.request().isEnded()) {
            closeAfter(ctx, problem);
        } else {
            send(ctx, problem);
        }
    }

    /** As HTTP/1.1 says: a body comes with a length or a transfer encoding (HTTP/2 always may have one). */
    static boolean hasBody(HttpServerRequest request) {
        return request.version() == HttpVersion.HTTP_2 || request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)
                || request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
    }

    /** Sends {@code problem}, then closes the connection: the rest of the body is not read, so it can carry no more. */
    void closeAfter(RoutingContext ctx, Problem problem) {
        ctx.response().putHeader(HttpHeaderNames.CONNECTION, "close");
        ctx.addEndHandler(done -> ctx.request().connection().close());
        send(ctx, problem);
    }

    private void send(RoutingContext ctx, Problem problem) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem.withRequestId(RequestIds.of(ctx)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerResponse response = ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length)).end();
        } else {
            response.end(io.vertx.core.buffer.Buffer.buffer(body));
        }
    }

    private static String abbreviate(String path) {
        if (path.length() <= 200) {
            return path;
        }
        int cut = Character.isHighSurrogate(path.charAt(199)) ? 199 : 200;
        return path.substring(0, cut) + "…";
    }
}
