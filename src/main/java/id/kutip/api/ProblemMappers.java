package id.kutip.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            if (isReturnValue(v.getPropertyPath())) {
                return internal(e, request);
            }
            String field = fieldOf(v.getPropertyPath());
            if (field.isEmpty()) {
                return respond(Problem.of(ProblemType.EMPTY_BODY, "The body is empty or JSON null; send a JSON "
                        + "object such as {\"text\": \"…\"}.", request.path()));
            }
            violations.add(new Violation(field, v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return respond(Problem.of(ProblemType.VALIDATION, AttributionService.detailOf(violations), request.path(),
                violations));
    }

    @ServerExceptionMapper
    public Response streamConstraints(StreamConstraintsException e, HttpServerRequest request) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return respond(Problem.of(ProblemType.JSON_TOO_DEEP, "The JSON is nested more than "
                    + StrictJson.MAX_NESTING_DEPTH + " levels deep" + at(e.getLocation())
                    + "; the API's own shapes need no more than 4.", request.path()));
        }
        return respond(Problem.of(ProblemType.MALFORMED_JSON, "A number, string or name in the JSON is longer than "
                + "the parser accepts" + at(e.getLocation()) + ".", request.path()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof StreamConstraintsException sce) {
            return streamConstraints(sce, request);
        }
        // The parser's own errors come wrapped when they happen inside a field.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StreamConstraintsException sce) {
                return streamConstraints(sce, request);
            }
            if (t instanceof StreamReadException sre) {
                return unreadableJson(sre, request);
            }
        }
        if (e instanceof MismatchedInputException mie) {
            return mismatched(mie, request);
        }
        if (e instanceof DatabindException de) {
            String field = fieldOf(((JsonMappingException) de).getPath());
            if (!field.isEmpty()) {
                List<Violation> violations = List.of(new Violation(field, "has a value that cannot be read"));
                return respond(Problem.of(ProblemType.VALIDATION, AttributionService.detailOf(violations),
                        request.path(), violations));
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-16")
                || message.startsWith("Invalid UTF-32")) {
            return respond(Problem.of(ProblemType.INVALID_ENCODING, "The body has bytes that are not valid UTF-8"
                    + at(e.getLocation()) + "; send JSON encoded as UTF-8.", request.path()));
        }
        return respond(malformed(e, request));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return respond(Problem.of(ProblemType.MALFORMED_JSON, "The body has more after its JSON object"
                    + at(e.getLocation()) + "; send exactly one JSON object.", request.path()));
        }
        if (message.startsWith("No content to map")) {
            return respond(Problem.of(ProblemType.EMPTY_BODY, "The body is empty; send a JSON object such as "
                    + "{\"text\": \"…\"}.", request.path()));
        }
        String field = fieldOf(e.getPath());
        if (field.isEmpty()) {
            return respond(Problem.of(ProblemType.NOT_AN_OBJECT, "The body must be a JSON object such as "
                    + "{\"text\": \"…\"}" + at(e.getLocation()) + ".", request.path()));
        }
        List<Violation> violations = List.of(new Violation(field, expected(e)));
        return respond(Problem.of(ProblemType.VALIDATION, AttributionService.detailOf(violations), request.path(),
                violations));
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

    private static Problem malformed(JsonProcessingException e, HttpServerRequest request) {
        return Problem.of(ProblemType.MALFORMED_JSON, "The body is not well-formed JSON" + at(e.getLocation()) + ": "
                + firstLine(String.valueOf(e.getOriginalMessage())) + ". Send one JSON object such as "
                + "{\"text\": \"…\"}.", request.path());
    }

    private static String mediaTypeDetail(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return "The Content-Type header is missing; send " + ACCEPTED_TYPES + ".";
        }
        return "Content-Type " + type + " is not accepted here; send " + ACCEPTED_TYPES + ".";
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException ife && target == QuoteKind.class) {
            return "\"" + ife.getValue() + "\" is not a quote type; use one of: direct, indirect";
        }
        if (target == QuoteKind.class) {
            return "must be one of: direct, indirect";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target != null && (Collection.class.isAssignableFrom(target) || target.isArray())) {
            return "must be an array";
        }
        if (target != null && (target.isRecord() || Map.class.isAssignableFrom(target))) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code documents[2].id} from a Bean Validation path, without the method and parameter nodes. */
    static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return sb.toString();
    }

    /** {@code documents[2].id} from a Jackson path. */
    static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
