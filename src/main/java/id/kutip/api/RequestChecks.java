package id.kutip.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Checks on a request that the REST layer would otherwise let through, and on its answer to OPTIONS. */
public class RequestChecks {

    /**
     * The REST layer answers OPTIONS with an {@code Allow} header that always names HEAD, which a
     * POST-only path answers with 405; the header lists what the path really takes, as a 405 does.
     */
    @ServerResponseFilter
    public void allowWhatIsServed(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() == 200) {
            String allowed = AllowedMethods.of(request.getUriInfo().getPath());
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed + ", " + HttpMethod.OPTIONS);
            }
        }
    }

    /**
     * A body without a {@code Content-Type} would be read as whatever the operation takes first; it
     * is refused instead, so that a client never gets a guess. Runs after matching, so an unknown
     * path is still a 404 and a wrong method a 405.
     */
    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean takesBody = HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)
                || HttpMethod.PATCH.equals(method);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (takesBody && (type == null || type.isBlank())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header is missing; "
                    + "send " + ProblemMappers.ACCEPTED_TYPES + ".");
        }
    }
}
