package id.kutip.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request. */
@Schema(name = "Violation", description = "One invalid field of the request and what is wrong with it.")
public record Violation(
        @Schema(description = "Path of the field in the request body, e.g. `text`, `types[1]` or `documents[2].id`; "
                + "`text` also for a text/plain body.", required = true, examples = "documents[2].id")
        String field,
        @Schema(description = "What is wrong and what is expected.", required = true, examples = "must not be blank")
        String message) {
}
