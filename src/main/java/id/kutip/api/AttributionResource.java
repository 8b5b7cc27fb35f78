package id.kutip.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/attributions} and its batch form. */
@Path(AttributionResource.PATH)
@Tag(name = "Attributions", description = "Find quotations in Indonesian news text and who said them.")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionResource {

    /** Where every analysis is asked for (single and batch); {@link BodyReader} admits them to the slots. */
    static final String PATH = "/api/v1/attributions";

    private final AttributionService service;

    public AttributionResource(AttributionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attribute", summary = "Find the quotations in one article and who said them",
            description = "Send one article as JSON (`text`, or `html` for a web page, optionally `language` and "
                    + "`types`), as a `text/plain` body or as a `text/html` page. The reply lists every direct and "
                    + "indirect quotation in text order, each with its speaker (name, role, where the article names "
                    + "them), the reporting word, a confidence and the rule that found it, and the distinct speakers. "
                    + "Offsets are UTF-16 code units of the text sent (for HTML, of the reply's `text`, the article "
                    + "taken out of the page).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttributionRequest.class),
            examples = {
                @ExampleObject(name = "seed-article", summary = "A Kontan article quoting Jens Stoltenberg",
                        value = Examples.ATTRIBUTION_REQUEST_SEED),
                @ExampleObject(name = "direct-only", summary = "One sentence, direct quotes only",
                        value = Examples.ATTRIBUTION_REQUEST_TYPES),
                @ExampleObject(name = "html", summary = "The article as HTML, instead of text",
                        value = Examples.ATTRIBUTION_REQUEST_HTML_FIELD)}))
    @APIResponse(responseCode = "200", description = "The attributions found, in text order (possibly none).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttributionReply.class),
                    examples = {
                        @ExampleObject(name = "seed-article", summary = "The Stoltenberg article",
                                value = Examples.ATTRIBUTION_REPLY_SEED),
                        @ExampleObject(name = "direct-only", summary = "One direct quote",
                                value = Examples.ATTRIBUTION_REPLY_SHORT),
                        @ExampleObject(name = "html", summary = "HTML input: the reply carries the extracted text, "
                                + "which the offsets count in", value = Examples.ATTRIBUTION_REPLY_HTML_FIELD)}))
    @APIResponse(responseCode = "400", ref = KutipApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "408", ref = KutipApi.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "413", ref = KutipApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    @APIResponse(responseCode = "503", ref = KutipApi.OVERLOADED)
    public AttributionReply attribute(@Valid @NotNull AttributionRequest request) {
        return request.html() != null ? service.analyzeHtml(request.html(), request.language(), request.types())
                : service.analyze(request.text(), request.language(), request.types());
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "attributePlainText", summary = "Find the quotations in one article sent as plain text",
            description = "The body is the article itself; language `id` and both quote types.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    description = "The article, UTF-8 unless the Content-Type names another charset; language `id` "
                            + "and both quote types."),
            examples = @ExampleObject(name = "one-sentence", summary = "One sentence",
                    value = Examples.ATTRIBUTION_REQUEST_PLAIN)))
    @APIResponse(responseCode = "200", description = "The attributions found, in text order (possibly none).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttributionReply.class),
                    examples = @ExampleObject(name = "one-sentence", summary = "One direct quote",
                            value = Examples.ATTRIBUTION_REPLY_SHORT)))
    @APIResponse(responseCode = "400", ref = KutipApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "408", ref = KutipApi.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "413", ref = KutipApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    @APIResponse(responseCode = "503", ref = KutipApi.OVERLOADED)
    public AttributionReply attributePlainText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String text = PlainText.decode(body, type);
        if (text.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "text: must not be blank",
                    List.of(new Violation("text", "must not be blank")));
        }
        return service.analyze(text, null, null);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(operationId = "attributeHtml", summary = "Find the quotations in the article of an HTML page",
            description = "The body is a web page as a crawler fetched it. The service takes its article out as text "
                    + "and analyses that, with language `id` and both quote types; the reply carries that text as "
                    + "`text`, and every offset counts in it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    description = "A web page as a crawler fetched it, at most `quarkus.http.limits.max-body-size` "
                            + "bytes, in the charset of the Content-Type, else of its `<meta charset>`, else UTF-8. Its "
                            + "article is taken out: scripts, styles, navigation, headers, footers, asides, forms and "
                            + "hidden elements are dropped; the block with the most paragraph text, widened to the "
                            + "`<article>` (or `<main>`) around it, is the article, without share bars, related links "
                            + "or \"Baca juga\" boxes; block elements become paragraphs and `<br>` a line break (both "
                            + "`\\n`), whitespace is collapsed, entities decoded, and `<q>` and `<blockquote>` get "
                            + "quotation marks when they have none. That text, at most `kutip.max-text-length` UTF-16 "
                            + "code units, comes back as the reply's `text`, and every offset counts in it. Language "
                            + "`id` and both quote types."),
            examples = @ExampleObject(name = "news-page", summary = "A short news page",
                    value = Examples.ATTRIBUTION_REQUEST_HTML)))
    @APIResponse(responseCode = "200", description = "The attributions found in the article, with its text.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttributionReply.class),
                    examples = @ExampleObject(name = "news-page", summary = "The quote of the page, in its text",
                            value = Examples.ATTRIBUTION_REPLY_HTML)))
    @APIResponse(responseCode = "400", ref = KutipApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "408", ref = KutipApi.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "413", ref = KutipApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    @APIResponse(responseCode = "503", ref = KutipApi.OVERLOADED)
    public AttributionReply attributeHtml(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        PlainText.requireBody(body, MediaType.TEXT_HTML);
        return service.analyzeHtml(body, PlainText.declaredCharset(type));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attributeBatch", summary = "Find the quotations in several articles at once",
            description = "Up to `kutip.batch.max-documents` documents, each with its own `id` (unique in the "
                    + "batch), `text` (or `html`) and optional `language`; `types` applies to all. The whole batch is "
                    + "checked before any document is analysed, so it fails or succeeds as one. Results come in "
                    + "request order.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "two-articles", summary = "Two short articles",
                    value = Examples.BATCH_REQUEST)))
    @APIResponse(responseCode = "200", description = "One result per document, in request order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchReply.class),
                    examples = @ExampleObject(name = "two-articles", summary = "Results of two articles",
                            value = Examples.BATCH_REPLY)))
    @APIResponse(responseCode = "400", ref = KutipApi.BATCH_BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "408", ref = KutipApi.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "413", ref = KutipApi.BATCH_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    @APIResponse(responseCode = "503", ref = KutipApi.OVERLOADED)
    public BatchReply attributeBatch(@Valid @NotNull BatchRequest request) {
        return service.analyzeBatch(request);
    }
}
