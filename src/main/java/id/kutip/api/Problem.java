package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, sent as {@code application/problem+json} for every error. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (`application/problem+json`). "
        + "`type` tells the kind of problem and is stable; `detail` says what to fix.")
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "violations"})
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem, `urn:kutip:problem:<kind>` "
                + "(or `about:blank` for a plain HTTP error); see the README for the list.",
                required = true, examples = "urn:kutip:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem; the same for every occurrence of a `type`.",
                required = true, examples = "The request has invalid fields")
        String title,
        @Schema(description = "The HTTP status code.", required = true, examples = "400")
        int status,
        @Schema(description = "What went wrong in this request and how to fix it.", required = true,
                examples = "text: must not be blank")
        String detail,
        @Schema(description = "The path of the request that failed.", required = true, examples = "/api/v1/attributions")
        String instance,
        @Schema(description = "The id of the request, as in the `X-Request-Id` response header and the service's "
                + "log lines: the client's own `X-Request-Id` when it sent a usable one, else one the service made.",
                examples = "3f2a9c4e-7b1d-4e8a-9c3f-2d5e6a7b8c9d")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String requestId,
        @Schema(description = "For `urn:kutip:problem:validation` (and a few others): every invalid field. "
                + "Absent otherwise.", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<Violation> violations) {

    public Problem {
        violations = violations == null ? null : List.copyOf(violations);
    }

    /** A problem without a request id yet; {@link #withRequestId} adds it once the reply is sent. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, null, violations);
    }

    /** A problem of a known kind. */
    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
    }

    /** A problem of a known kind listing invalid fields. */
    public static Problem of(ProblemType type, String detail, String instance, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, violations);
    }

    /** This problem naming the request it answers. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, id, violations);
    }
}
