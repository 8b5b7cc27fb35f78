package id.kutip.api;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Receives every request body whole on the event loop, before the REST layer runs, so that a
 * client sending slowly holds a connection and a few bytes, never a worker thread (the REST layer
 * reads a pre-read body from memory). While a body arrives it is held to three bounds, each
 * answered with a problem and the connection closed:
 * <ul>
 * <li>{@code quarkus.http.limits.max-body-size}: 413 {@code body-too-large} at the first byte over
 * (a declared length over it is refused earlier, by {@link HttpEdge});</li>
 * <li>{@code kutip.http.body-timeout}, from the headers to the last byte: 408 {@code request-timeout};</li>
 * <li>{@code kutip.http.max-body-memory}, all bodies in progress together, each held until its reply
 * is sent: 503 {@code overloaded}.</li>
 * </ul>
 */
@ApplicationScoped
public class BodyReader {

    private static final Logger LOG = Logger.getLogger(BodyReader.class);

    private final HttpEdge edge;
    private final BodyLimit limit;
    private final long timeoutMillis;
    private final long maxMemory;
    private final AtomicLong memory = new AtomicLong();
    private final EngineSlots slots;

    public BodyReader(HttpEdge edge, BodyLimit limit, KutipConfig config, EngineSlots slots) {
        this.edge = edge;
        this.limit = limit;
        this.slots = slots;
        this.timeoutMillis = Math.max(1, config.http().bodyTimeout().toMillis());
        this.maxMemory = config.http().maxBodyMemory().asLongValue();
    }

    void install(@Observes Router router) {
        // After the checks of a declared length (HttpEdge, then Quarkus), before anything else.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::read);
    }

    private void read(RoutingContext ctx) {
        // This reader enforces the limit itself; Quarkus's read-time check would end the reply with an empty body.
        ctx.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
        HttpServerRequest request = ctx.request();
        if (!HttpEdge.hasBody(request)) {
            ctx.next();
            return;
        }
        if (request.isEnded()) {
            ctx.setBody(Buffer.buffer(0));
            ctx.next();
            return;
        }
        String expect = request.getHeader(HttpHeaderNames.EXPECT);
        if (expect != null && expect.equalsIgnoreCase(HttpHeaderValues.CONTINUE.toString())
                && request.version() != HttpVersion.HTTP_1_0) {
            ctx.response().writeContinue();
        }
        new Reading(ctx).start();
    }

    /** Bytes the bodies of all requests in progress hold now (bounded by {@code kutip.http.max-body-memory}). */
    public long heldBytes() {
        return memory.get();
    }

    /** One body being received; every callback runs on the connection's event loop. */
    private final class Reading {

        private final RoutingContext ctx;
        /**
         * The chunks as they came, joined only at the end without copying: a growing buffer would copy the body
         * about twice over and hold up to twice its size, which the memory bound does not count.
         */
        private final List<ByteBuf> chunks = new ArrayList<>();
        private long size;
        private long held;
        private long timer;
        private boolean over;

        Reading(RoutingContext ctx) {
            this.ctx = ctx;
        }

        void start() {
            timer = ctx.vertx().setTimer(timeoutMillis, id -> timedOut());
            ctx.request().handler(this::chunk).endHandler(v -> end()).exceptionHandler(this::broken).resume();
        }

        private void chunk(Buffer chunk) {
            if (over) {
                return;
            }
            long grown = size + chunk.length();
            if (limit.exceededBy(grown)) {
                refuse(Problem.of(ProblemType.BODY_TOO_LARGE, BodyLimit.detail(limit.maxBytes()), path()));
                return;
            }
            if (!hold(chunk.length())) {
                refuse(Problem.of(ProblemType.OVERLOADED, "The service holds as many request bodies as it may "
                        + "(kutip.http.max-body-memory). Retry after " + EngineSlots.RETRY_AFTER_SECONDS + " s "
                        + "(Retry-After).", path()));
                return;
            }
            chunks.add(chunk.getByteBuf());
            size = grown;
        }

        private void end() {
            if (over) {
                return;
            }
            boolean analysis = path().startsWith(AttributionResource.PATH);
            if (analysis && !slots.admit()) {
                refuse(Problem.of(ProblemType.OVERLOADED, slots.fullDetail(), path()));
                return;
            }
            over = true;
            ctx.vertx().cancelTimer(timer);
            // The body stays in memory, and an analysis admitted, until the reply is sent (or the connection is lost).
            ctx.addEndHandler(done -> {
                release();
                if (analysis) {
                    slots.leave();
                }
            });
            ctx.setBody(chunks.size() == 1 ? Buffer.buffer(chunks.get(0))
                    : Buffer.buffer(Unpooled.wrappedBuffer(chunks.toArray(ByteBuf[]::new))));
            ctx.next();
        }

        private void timedOut() {
            if (!over) {
                refuse(Problem.of(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive within "
                        + timeoutMillis / 1000.0 + " s (kutip.http.body-timeout); send it at once, or split it "
                        + "into smaller requests.", path()));
            }
        }

        private void broken(Throwable failure) {
            if (over) {
                return;
            }
            LOG.debugf(failure, "cannot read the body of %s %s", ctx.request().method(), path());
            refuse(new Problem("about:blank", "Bad Request", 400, "The request body could not be read.", path(),
                    null));
        }

        private void refuse(Problem problem) {
            over = true;
            ctx.vertx().cancelTimer(timer);
            release();
            if (ctx.response().headWritten() || ctx.response().closed()) {
                ctx.request().connection().close();
                return;
            }
            if (problem.status() == ProblemType.OVERLOADED.status()) {
                ctx.response().putHeader(ProblemMappers.RETRY_AFTER, Integer.toString(EngineSlots.RETRY_AFTER_SECONDS));
            }
            edge.closeAfter(ctx, problem);
        }

        private boolean hold(long bytes) {
            if (memory.addAndGet(bytes) > maxMemory) {
                memory.addAndGet(-bytes);
                return false;
            }
            held += bytes;
            return true;
        }

        private void release() {
            memory.addAndGet(-held);
            held = 0;
        }

        private String path() {
            return ctx.request().path();
        }
    }
}
