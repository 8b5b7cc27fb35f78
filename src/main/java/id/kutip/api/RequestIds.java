package id.kutip.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sensible token (so a
 * proxy's id carries through), else a new random one. The id is echoed in the response header, put
 * in every problem detail ({@code requestId}), in the access log line and, through the logging
 * context ({@code %X{requestId}}), in every log line written while the request is served.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Key of the id in the routing context (the access log reads it as {@code %{d,requestId}}) and in the MDC. */
    public static final String KEY = "requestId";

    /** Printable, no spaces or quotes (it goes into log lines as is), and short. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void install(@Observes Router router) {
        // First of all, so that even a reply the router gives before routing (413, CORS) carries the id.
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        ctx.put(KEY, id);
        MDC.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** Puts the id into the problem details the REST layer answers with (the router's own: {@link HttpEdge}). */
    @ServerResponseFilter
    public void stampProblem(ContainerResponseContext response, RoutingContext ctx) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(of(ctx)));
        }
    }

    /** The id of the request being served on {@code ctx}, or null outside a request. */
    static String of(RoutingContext ctx) {
        return ctx == null ? null : ctx.get(KEY);
    }

    private static String newId() {
        // Unique enough to find a request in the logs; not a secret, so no SecureRandom (which can block).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
