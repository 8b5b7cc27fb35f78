package id.kutip.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/attributions} as JSON. */
@Schema(name = "AttributionRequest", description = "One article to analyse, as `text` or as `html` (exactly one of "
        + "the two). Unknown fields are ignored.")
@TextOrHtml
public record AttributionRequest(
        @Schema(description = "The article as plain text, paragraphs separated by `\\n`. Required unless `html` is "
                + "given; not blank, at most `kutip.max-text-length` UTF-16 code units (default 200000). Every offset "
                + "in the reply counts UTF-16 code units of exactly this string.", nullable = true,
                examples = "\"Kami siap bekerja keras tahun ini,\" kata Budi.")
        String text,
        @Schema(description = "The article as an HTML page, as a crawler fetched it, instead of `text`. The page's "
                + "article text is extracted (see `POST /api/v1/attributions` with `text/html`) and comes back as the "
                + "reply's `text`, which every offset counts in. The extracted text is held to "
                + "`kutip.max-text-length`.", nullable = true,
                examples = "<article><p>&quot;Kami siap bekerja keras tahun ini,&quot; kata Budi.</p></article>")
        String html,
        @Schema(description = "Language code of the text; default `id` (Indonesian), the only one supported today.",
                nullable = true, examples = "id")
        String language,
        @Schema(description = "Which kinds of quotes to look for; default both. Must not be empty.",
                nullable = true, examples = "[\"direct\", \"indirect\"]")
        @Size(min = 1, message = "must not be empty; leave it out for both")
        List<@NotNull QuoteKind> types) implements TextOrHtml.Article {
}
