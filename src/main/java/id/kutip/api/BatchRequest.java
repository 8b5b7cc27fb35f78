package id.kutip.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/attributions/batch}. */
@Schema(name = "BatchRequest", description = "Several articles analysed independently in one call. At most "
        + "`kutip.batch.max-documents` documents (default 100) and `kutip.batch.max-total-length` UTF-16 code "
        + "units of text in all (default 500000).")
public record BatchRequest(
        @Schema(description = "The articles, at least one; results come back in this order.", required = true)
        @NotNull
        @Size(min = 1, message = "must hold at least one document")
        List<@NotNull @Valid BatchDocument> documents,
        @Schema(description = "Which kinds of quotes to look for in every document; default both. Must not be empty.",
                nullable = true, examples = "[\"direct\"]")
        @Size(min = 1, message = "must not be empty; leave it out for both")
        List<@NotNull QuoteKind> types) {
}
