package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kutip.engine.Attribution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One quotation and its source. */
@Schema(name = "Attribution", description = "One quotation and who said it.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttributionDto(
        @Schema(description = "`direct` (inside quotation marks) or `indirect` (reported speech).", required = true)
        QuoteKind type,
        @Schema(description = "The quoted words without the quotation marks (direct), or the reported clause "
                + "(indirect).", required = true)
        SpanDto quote,
        @Schema(description = "Who said it; null when no source can be told.", required = true, nullable = true)
        SpeakerDto speaker,
        @Schema(description = "The reporting word (`kata`, `ujarnya`, `menurut`, `mengatakan` …); null if there is "
                + "none.", required = true, nullable = true)
        SpanDto cue,
        @Schema(description = "How sure the engine is, from 0 to 1.", required = true, minimum = "0", maximum = "1",
                examples = "0.95")
        double confidence,
        @Schema(description = "Name of the engine rule that produced this attribution.", required = true,
                examples = "closing-cue")
        String rule) {

    public static AttributionDto of(Attribution a) {
        return new AttributionDto(QuoteKind.of(a.type()), SpanDto.of(a.quote()), SpeakerDto.of(a.speaker()),
                SpanDto.of(a.cue()), a.confidence(), a.rule());
    }
}
