package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kutip.engine.Speaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The source of one quote. */
@Schema(name = "Speaker", description = "The source of one quote.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SpeakerDto(
        @Schema(description = "The fullest name (or description, or organisation) the article gives for the source, "
                + "without rank or honorific: `Bayu Trisnadi`, not `AKBP Bayu Trisnadi`.", required = true,
                examples = "Jens Stoltenberg")
        String name,
        @Schema(description = "Title, office or affiliation the article gives the source; null when it gives none.",
                required = true, nullable = true, examples = "Sekretaris Jenderal NATO")
        String role,
        @Schema(description = "Where the article names the source for this quote (a name, a surname, a pronoun, "
                + "a `-nya` suffix); null when the speaker was carried over from an earlier quote.",
                required = true, nullable = true)
        SpanDto mention) {

    /** The wire form of an engine speaker, or null. */
    public static SpeakerDto of(Speaker speaker) {
        return speaker == null ? null : new SpeakerDto(speaker.name(), speaker.role(), SpanDto.of(speaker.mention()));
    }
}
