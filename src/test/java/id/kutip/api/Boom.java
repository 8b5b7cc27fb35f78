package id.kutip.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that fail like a bug would: one in the REST layer, one on the bare router. */
@Path(Boom.PATH)
@ApplicationScoped
public class Boom {

    static final String PATH = "/test-only/boom";
    static final String ROUTE = "/test-only/boom-route";

    @GET
    @Operation(hidden = true)
    public String boom() {
        throw new ProvokedBug("a bug with secret internals");
    }

    /** A bug a test causes on purpose; {@link ExpectedFailures} keeps it off the console. */
    static final class ProvokedBug extends IllegalStateException {
        ProvokedBug(String message) {
            super(message);
        }
    }

    void route(@Observes Router router) {
        router.get(ROUTE).handler(ctx -> {
            throw new ProvokedBug("a bug on the router with secret internals");
        });
    }
}
