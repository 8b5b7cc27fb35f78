package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kutip.engine.SpeakerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One distinct speaker of an article. */
@Schema(name = "SpeakerSummary", description = "One distinct speaker of the article and how many of the "
        + "attributions name them.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SpeakerSummaryDto(
        @Schema(description = "The speaker's name, as in `Speaker.name`.", required = true, examples = "Jens Stoltenberg")
        String name,
        @Schema(description = "The speaker's role, as in `Speaker.role`; null when the article gives none.",
                required = true, nullable = true, examples = "Sekretaris Jenderal NATO")
        String role,
        @Schema(description = "How many attributions name this speaker.", required = true, minimum = "1",
                examples = "2")
        int quotes) {

    public static SpeakerSummaryDto of(SpeakerSummary s) {
        return new SpeakerSummaryDto(s.name(), s.role(), s.quotes());
    }
}
