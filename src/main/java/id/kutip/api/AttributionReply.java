package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        List<SpeakerSummaryDto> speakers,
        @Schema(description = "Only when the article came as HTML: the text extracted from the page, which every "
                + "offset of this reply counts in (UTF-16 code units). Absent for text input, whose offsets count "
                + "in the text sent.", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String text) {

    /** The same reply, carrying the text its offsets count in. */
    AttributionReply withText(String analysed) {
        return new AttributionReply(language, attributions, speakers, analysed);
    }
}
