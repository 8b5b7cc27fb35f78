package id.kutip.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reply of {@code POST /api/v1/attributions/batch}. */
@Schema(name = "BatchReply", description = "One result per document, in request order.")
public record BatchReply(
        @Schema(description = "One result per document, in the order of `documents` in the request.", required = true)
        List<BatchResult> results) {
}
