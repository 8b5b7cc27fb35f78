package id.kutip.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/attributions} as JSON. */
@Schema(name = "AttributionRequest", description = "One article to analyse. Unknown fields are ignored.")
public record AttributionRequest(
        @Schema(description = "The article as plain text, paragraphs separated by `\\n`. Required, not blank, "
                + "at most `kutip.max-text-length` UTF-16 code units (default 200000). Every offset in the reply "
                + "counts UTF-16 code units of exactly this string.", required = true,
                examples = "\"Kami siap bekerja keras tahun ini,\" kata Budi.")
        @NotBlank
        String text,
        @Schema(description = "Language code of the text; default `id` (Indonesian), the only one supported today.",
                nullable = true, examples = "id")
        String language,
        @Schema(description = "Which kinds of quotes to look for; default both. Must not be empty.",
                nullable = true, examples = "[\"direct\", \"indirect\"]")
        @Size(min = 1, message = "must not be empty; leave it out for both")
        List<@NotNull QuoteKind> types) {
}
