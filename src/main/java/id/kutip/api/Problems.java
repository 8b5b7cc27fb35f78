package id.kutip.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a JSON document that cannot be read, or a record with invalid fields, is as a problem: the
 * same answer whichever door it came through (an HTTP body in {@link ProblemMappers}, a Kafka
 * record in the streaming adapter). {@code instance} names where it came from.
 */
public final class Problems {

    private Problems() {
    }

    /** A JSON document that could not be read into the expected record. */
    public static Problem ofJson(JsonProcessingException e, String instance) {
        if (e instanceof StreamConstraintsException sce) {
            return ofStreamConstraints(sce, instance);
        }
        // The parser's own errors come wrapped when they happen inside a field.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StreamConstraintsException sce) {
                return ofStreamConstraints(sce, instance);
            }
            if (t instanceof StreamReadException sre) {
                return ofJson(sre, instance);
            }
        }
        if (e instanceof MismatchedInputException mie) {
            return ofMismatched(mie, instance);
        }
        if (e instanceof DatabindException de) {
            String field = fieldOf(((JsonMappingException) de).getPath());
            if (!field.isEmpty()) {
                return ofViolations(List.of(new Violation(field, "has a value that cannot be read")), instance);
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-16")
                || message.startsWith("Invalid UTF-32")) {
            return Problem.of(ProblemType.INVALID_ENCODING, "The body has bytes that are not valid UTF-8"
                    + at(e.getLocation()) + "; send JSON encoded as UTF-8.", instance);
        }
        return Problem.of(ProblemType.MALFORMED_JSON, "The body is not well-formed JSON" + at(e.getLocation()) + ": "
                + firstLine(String.valueOf(e.getOriginalMessage())) + ". Send one JSON object such as "
                + "{\"text\": \"…\"}.", instance);
    }

    /** Well-formed JSON of the wrong shape: not an object, a field of the wrong type, or more after the object. */
    public static Problem ofMismatched(MismatchedInputException e, String instance) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body has more after its JSON object"
                    + at(e.getLocation()) + "; send exactly one JSON object.", instance);
        }
        if (message.startsWith("No content to map")) {
            return Problem.of(ProblemType.EMPTY_BODY, "The body is empty; send a JSON object such as "
                    + "{\"text\": \"…\"}.", instance);
        }
        String field = fieldOf(e.getPath());
        if (field.isEmpty()) {
            return Problem.of(ProblemType.NOT_AN_OBJECT, "The body must be a JSON object such as "
                    + "{\"text\": \"…\"}" + at(e.getLocation()) + ".", instance);
        }
        return ofViolations(List.of(new Violation(field, expected(e))), instance);
    }

    /** JSON nested too deeply, or with a token longer than the parser reads. */
    public static Problem ofStreamConstraints(StreamConstraintsException e, String instance) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return Problem.of(ProblemType.JSON_TOO_DEEP, "The JSON is nested more than "
                    + StrictJson.MAX_NESTING_DEPTH + " levels deep" + at(e.getLocation())
                    + "; the API's own shapes need no more than 4.", instance);
        }
        return Problem.of(ProblemType.MALFORMED_JSON, "A number, string or name in the JSON is longer than "
                + "the parser accepts" + at(e.getLocation()) + ".", instance);
    }

    /** Bean Validation's findings on a record read from JSON, as one validation problem. */
    public static Problem ofConstraintViolations(Collection<? extends ConstraintViolation<?>> found, String instance) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : found) {
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        return ofViolations(violations, instance);
    }

    /** A validation problem listing {@code violations}, sorted by field, the detail naming each. */
    static Problem ofViolations(List<Violation> violations, String instance) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return Problem.of(ProblemType.VALIDATION, AttributionService.detailOf(sorted), instance, sorted);
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
