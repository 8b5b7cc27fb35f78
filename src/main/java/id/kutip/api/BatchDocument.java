package id.kutip.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article of a batch. */
@Schema(name = "BatchDocument", description = "One article of a batch, as `text` or as `html` (exactly one of the "
        + "two). Unknown fields are ignored.")
@TextOrHtml
public record BatchDocument(
        @Schema(description = "The caller's identifier for this article, echoed in its result; required, not blank, "
                + "unique within the batch, at most 200 characters.", required = true, examples = "a1")
        @NotBlank
        @Size(max = 200, message = "must be at most 200 characters")
        String id,
        @Schema(description = "The article as plain text; the same rules as `AttributionRequest.text`.",
                nullable = true)
        String text,
        @Schema(description = "The article as an HTML page instead of `text`; the same rules as "
                + "`AttributionRequest.html`. Its result then carries the extracted `text`.", nullable = true)
        String html,
        @Schema(description = "Language code of this article; default `id`.", nullable = true, examples = "id")
        String language) implements TextOrHtml.Article {
}
