package id.kutip.api;

/**
 * Every kind of problem the service reports, with its stable {@code type} URI, HTTP status and
 * title. The README lists them; clients may switch on {@link #uri()}.
 */
public enum ProblemType {

    VALIDATION("validation", 400, "The request has invalid fields"),
    MALFORMED_JSON("malformed-json", 400, "The body is not well-formed JSON"),
    JSON_TOO_DEEP("json-too-deep", 400, "The JSON body is nested too deeply"),
    NOT_AN_OBJECT("not-an-object", 400, "The JSON body is not an object"),
    EMPTY_BODY("empty-body", 400, "The request body is empty"),
    INVALID_ENCODING("invalid-encoding", 400, "The body is not valid UTF-8"),
    UNSUPPORTED_LANGUAGE("unsupported-language", 400, "The language is not supported"),
    UNAUTHORIZED("unauthorized", 401, "A valid API key is required"),
    NOT_FOUND("not-found", 404, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed on this resource"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
    REQUEST_TIMEOUT("request-timeout", 408, "The request body took too long"),
    TEXT_TOO_LONG("text-too-long", 413, "The text is too long"),
    BATCH_TOO_LARGE("batch-too-large", 413, "The batch is too large"),
    BODY_TOO_LARGE("body-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INTERNAL("internal-error", 500, "Internal error"),
    OVERLOADED("overloaded", 503, "The service is overloaded");

    /** Common prefix of every problem type URI. */
    public static final String URI_PREFIX = "urn:kutip:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The {@code type} member, e.g. {@code urn:kutip:problem:text-too-long}. */
    public String uri() {
        return URI_PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
