package id.kutip.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JAX-RS application and the parts of the OpenAPI document that belong to no one operation:
 * info, tags and the problem responses every operation refers to.
 */
@OpenAPIDefinition(
        info = @Info(title = "Kutip", version = "see quarkus.smallrye-openapi.info-version",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0.html"),
                contact = @Contact(name = "Kutip maintainers"),
                description = "Finds quotations in Indonesian news text and says who said them: direct quotes in "
                        + "quotation marks and indirect (reported) speech, each with its speaker, the speaker's role, "
                        + "the reporting word and character offsets.\n\n"
                        + "**Offsets.** Every span is `{text, start, end}` with `start` inclusive and `end` exclusive, "
                        + "counted in UTF-16 code units of the submitted text (Java `String.substring`, JavaScript "
                        + "`String.prototype.slice`), so `text.substring(start, end)` equals the span's `text`. A "
                        + "character outside the Basic Multilingual Plane, such as an emoji, counts 2.\n\n"
                        + "**Errors** are RFC 9457 problem details (`application/problem+json`) whose `type` is a "
                        + "stable URI `urn:kutip:problem:<kind>`, and name the request (`requestId`, also the "
                        + "`X-Request-Id` response header).\n\n"
                        + "**API keys** are off unless the operator sets `kutip.api-keys`; then every `/api/*` "
                        + "operation needs one, as `Authorization: Bearer <key>` or `X-API-Key: <key>`, and answers "
                        + "401 without it. Health endpoints never need one."),
        tags = {
            @Tag(name = "Attributions", description = "Find quotations in Indonesian news text and who said them."),
            @Tag(name = "Lexicon", description = "The word lists behind the engine's rules.")
        },
        components = @Components(
        securitySchemes = {
            @SecurityScheme(securitySchemeName = OpenApiFilter.BEARER, type = SecuritySchemeType.HTTP,
                    scheme = "bearer", description = "An API key as a bearer token: `Authorization: Bearer <key>`. "
                            + "Needed only when the service is configured with `kutip.api-keys`."),
            @SecurityScheme(securitySchemeName = OpenApiFilter.API_KEY, type = SecuritySchemeType.APIKEY,
                    in = SecuritySchemeIn.HEADER, apiKeyName = ApiKeys.API_KEY_HEADER,
                    description = "An API key in the `X-API-Key` header. Needed only when the service is configured "
                            + "with `kutip.api-keys`.")
        },
        responses = {
            @APIResponse(name = "Unauthorized", responseCode = "401",
                    description = "API keys are configured (`kutip.api-keys`) and the request carries none, or a "
                            + "wrong one.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unauthorized", summary = "No API key",
                                    value = Examples.PROBLEM_UNAUTHORIZED))),
            @APIResponse(name = "BadRequest", responseCode = "400",
                    description = "The request is invalid: missing, blank or non-string `text`, both `text` and `html`, "
                            + "an HTML page without text, malformed JSON, JSON that is not an object or is nested too "
                            + "deeply, an empty body, bytes that are not UTF-8, an unsupported `language` or an unknown "
                            + "`types` value.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "blank-text", summary = "`text` is blank",
                                        value = Examples.PROBLEM_VALIDATION),
                                @ExampleObject(name = "malformed-json", summary = "The body is not JSON",
                                        value = Examples.PROBLEM_MALFORMED_JSON),
                                @ExampleObject(name = "unsupported-language", summary = "`language` is not supported",
                                        value = Examples.PROBLEM_LANGUAGE)})),
            @APIResponse(name = "BatchBadRequest", responseCode = "400",
                    description = "The batch is invalid: no documents, a document without `id` or without `text` or `html`, a duplicate "
                            + "`id`, or any of the problems of a single request.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "duplicate-id", summary = "Two documents share an id",
                                        value = Examples.PROBLEM_DUPLICATE_ID),
                                @ExampleObject(name = "malformed-json", summary = "The body is not JSON",
                                        value = Examples.PROBLEM_MALFORMED_JSON)})),
            @APIResponse(name = "TooLarge", responseCode = "413",
                    description = "`text` (or the text extracted from `html`) is longer than `kutip.max-text-length`, "
                            + "or the body is larger than `quarkus.http.limits.max-body-size`.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "text-too-long", summary = "The text is too long",
                                        value = Examples.PROBLEM_TEXT_TOO_LONG),
                                @ExampleObject(name = "body-too-large", summary = "The body is too large",
                                        value = Examples.PROBLEM_BODY_TOO_LARGE)})),
            @APIResponse(name = "BatchTooLarge", responseCode = "413",
                    description = "More documents than `kutip.batch.max-documents`, more text in all than "
                            + "`kutip.batch.max-total-length`, a document's text (or the text extracted from its `html`) "
                            + "longer than `kutip.max-text-length`, "
                            + "or a body larger than `quarkus.http.limits.max-body-size`.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "too-many-documents", summary = "Too many documents",
                                        value = Examples.PROBLEM_BATCH_TOO_LARGE),
                                @ExampleObject(name = "body-too-large", summary = "The body is too large",
                                        value = Examples.PROBLEM_BODY_TOO_LARGE)})),
            @APIResponse(name = "NotAcceptable", responseCode = "406",
                    description = "The `Accept` header allows no JSON.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not-acceptable", summary = "Accept: text/html",
                                    value = Examples.PROBLEM_NOT_ACCEPTABLE))),
            @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                    description = "The `Content-Type` is missing, is not one the operation takes (`application/json`; "
                            + "also `text/plain` and `text/html` for one article), or names an unknown `charset`.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unsupported-media-type",
                                    summary = "Content-Type: application/xml", value = Examples.PROBLEM_MEDIA_TYPE))),
            @APIResponse(name = "RequestTimeout", responseCode = "408",
                    description = "The body did not arrive whole within `kutip.http.body-timeout` of the request's "
                            + "headers (default 30 s); the connection is closed.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "request-timeout", summary = "A body sent too slowly",
                                    value = Examples.PROBLEM_REQUEST_TIMEOUT))),
            @APIResponse(name = "Overloaded", responseCode = "503",
                    description = "The service has more work than it takes: every analysis slot is busy and the "
                            + "queue is full (`kutip.engine.*`), or the bodies in progress fill "
                            + "`kutip.http.max-body-memory`. Nothing was done; retry after `Retry-After` seconds.",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                            schema = @Schema(type = SchemaType.INTEGER, examples = "1")),
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "overloaded", summary = "Every analysis slot is busy",
                                    value = Examples.PROBLEM_OVERLOADED))),
            @APIResponse(name = "Internal", responseCode = "500",
                    description = "A bug in the service; it is logged. Never caused by what a client sends.",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "internal-error", summary = "A bug",
                                    value = Examples.PROBLEM_INTERNAL)))
        }))
public class KutipApi extends Application {

    static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    static final String BAD_REQUEST = "#/components/responses/BadRequest";
    static final String BATCH_BAD_REQUEST = "#/components/responses/BatchBadRequest";
    static final String TOO_LARGE = "#/components/responses/TooLarge";
    static final String BATCH_TOO_LARGE = "#/components/responses/BatchTooLarge";
    static final String NOT_ACCEPTABLE = "#/components/responses/NotAcceptable";
    static final String UNSUPPORTED_MEDIA_TYPE = "#/components/responses/UnsupportedMediaType";
    static final String REQUEST_TIMEOUT = "#/components/responses/RequestTimeout";
    static final String OVERLOADED = "#/components/responses/Overloaded";
    static final String INTERNAL = "#/components/responses/Internal";
}
