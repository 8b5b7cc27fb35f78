package id.kutip.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Checks on a request that the REST layer would otherwise let through. */
public class RequestChecks {

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
