package id.kutip.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reply of {@code POST /api/v1/attributions}. */
@Schema(name = "AttributionReply", description = "What was found in one article.")
public record AttributionReply(
        @Schema(description = "The language the text was read as.", required = true, examples = "id")
        String language,
        @Schema(description = "Every attribution, in text order (by `quote.start`).", required = true)
        List<AttributionDto> attributions,
        @Schema(description = "One entry per distinct speaker, in order of first quote.", required = true)
        List<SpeakerSummaryDto> speakers) {
}
