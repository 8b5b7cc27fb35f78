package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was found in one article of a batch. */
@Schema(name = "BatchResult", description = "What was found in one article of a batch; the same fields as "
        + "`AttributionReply` plus the document's `id`.")
public record BatchResult(
        @Schema(description = "The document's `id` from the request.", required = true, examples = "a1")
        String id,
        @Schema(description = "The language the text was read as.", required = true, examples = "id")
        String language,
        @Schema(description = "Every attribution, in text order.", required = true)
        List<AttributionDto> attributions,
        @Schema(description = "One entry per distinct speaker, in order of first quote.", required = true)
        List<SpeakerSummaryDto> speakers,
        @Schema(description = "Only when the document came as HTML: the text extracted from it, which every offset "
                + "of this result counts in.", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String text) {
}
