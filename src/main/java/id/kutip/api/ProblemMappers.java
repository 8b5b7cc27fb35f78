package id.kutip.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an {@code application/problem+json}
 * reply: what the client sent wrong is a 4xx that says what to fix; anything else is a logged 500
 * that reveals nothing of the service's insides.
 */
public class ProblemMappers {

    static final String RETRY_AFTER = "Retry-After";

    /** What a body may be, for the detail of a 415. */
    static final String ACCEPTED_TYPES = "application/json (or text/plain; charset=utf-8, or text/html, where the "
            + "operation takes an article as such)";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response reply = respond(e.toProblem(request.path()));
        if (e.type() == ProblemType.OVERLOADED) {
            return Response.fromResponse(reply).header(RETRY_AFTER, EngineSlots.RETRY_AFTER_SECONDS).build();
        }
        return reply;
    }

    @ServerExceptionMapper
    public Response violations(ValidationException e, HttpServerRequest request) {
        if (!(e instanceof ConstraintViolationException cve)) {
            return internal(e, request);
        }
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            if (isReturnValue(v.getPropertyPath())) {
                return internal(e, request);
            }
            if (Problems.fieldOf(v.getPropertyPath()).isEmpty()) {
                return respond(Problem.of(ProblemType.EMPTY_BODY, "The body is empty or JSON null; send a JSON "
                        + "object such as {\"text\": \"…\"}.", request.path()));
            }
        }
        return respond(Problems.ofConstraintViolations(cve.getConstraintViolations(), request.path()));
    }

    @ServerExceptionMapper
    public Response streamConstraints(StreamConstraintsException e, HttpServerRequest request) {
        return respond(Problems.ofStreamConstraints(e, request.path()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        return respond(Problems.ofJson(e, request.path()));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return respond(Problems.ofMismatched(e, request.path()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST wraps the parser's errors in a 400 WebApplicationException.
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, request);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        String path = request.path();
        Problem problem = switch (status) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, HttpEdge.notFoundDetail(path), path);
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, HttpEdge.methodNotAllowedDetail(
                    request.method().name(), path), path);
            case 406 -> Problem.of(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json (and "
                    + "application/problem+json for errors); the Accept header \"" + request.getHeader("Accept")
                    + "\" allows none of them.", path);
            case 413 -> Problem.of(ProblemType.BODY_TOO_LARGE, "The request body is too large.", path);
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, mediaTypeDetail(request), path);
            default -> status >= 500 ? null : plain(status, path);
        };
        if (problem == null) {
            return internal(e, request);
        }
        Response.ResponseBuilder reply = Response.fromResponse(respond(problem));
        if (status == 405 && !AllowedMethods.of(path).isEmpty()) {
            reply.header(HttpHeaders.ALLOW, AllowedMethods.of(path));
        }
        return reply.build();
    }

    /** Reading the body failed below JSON (the client went away, say): not a bug of ours. */
    @ServerExceptionMapper
    public Response io(IOException e, HttpServerRequest request) {
        LOG.debugf(e, "cannot read the body of %s %s", request.method(), request.path());
        return respond(new Problem("about:blank", "Bad Request", 400, "The request body could not be read.",
                request.path(), null));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "internal error on %s %s", request.method(), request.path());
        return respond(Problem.of(ProblemType.INTERNAL, "The service failed on this request; the failure is logged. "
                + "Please report it with the request.", request.path()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(HttpEdge.PROBLEM_JSON).entity(problem).build();
    }

    private static Problem plain(int status, String path) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : family.name();
        return new Problem("about:blank", title, status, title + ".", path, null);
    }

    private static String mediaTypeDetail(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return "The Content-Type header is missing; send " + ACCEPTED_TYPES + ".";
        }
        return "Content-Type " + type + " is not accepted here; send " + ACCEPTED_TYPES + ".";
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
