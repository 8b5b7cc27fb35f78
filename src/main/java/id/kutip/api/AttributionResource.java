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
@Path("/api/v1/attributions")
@Tag(name = "Attributions", description = "Find quotations in Indonesian news text and who said them.")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionResource {

    private final AttributionService service;

    public AttributionResource(AttributionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attribute", summary = "Find the quotations in one article and who said them",
            description = "Send one article as JSON (`text`, optionally `language` and `types`) or as a `text/plain` "
                    + "body. The reply lists every direct and indirect quotation in text order, each with its speaker "
                    + "(name, role, where the article names them), the reporting word, a confidence and the rule "
                    + "that found it, and the distinct speakers. Offsets are UTF-16 code units of the text sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttributionRequest.class),
            examples = {
                @ExampleObject(name = "seed-article", summary = "A Kontan article quoting Jens Stoltenberg",
                        value = Examples.ATTRIBUTION_REQUEST_SEED),
                @ExampleObject(name = "direct-only", summary = "One sentence, direct quotes only",
                        value = Examples.ATTRIBUTION_REQUEST_TYPES)}))
    @APIResponse(responseCode = "200", description = "The attributions found, in text order (possibly none).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttributionReply.class),
                    examples = {
                        @ExampleObject(name = "seed-article", summary = "The Stoltenberg article",
                                value = Examples.ATTRIBUTION_REPLY_SEED),
                        @ExampleObject(name = "direct-only", summary = "One direct quote",
                                value = Examples.ATTRIBUTION_REPLY_SHORT)}))
    @APIResponse(responseCode = "400", ref = KutipApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "413", ref = KutipApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    public AttributionReply attribute(@Valid @NotNull AttributionRequest request) {
        return service.analyze(request.text(), request.language(), request.types());
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
    @APIResponse(responseCode = "413", ref = KutipApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    public AttributionReply attributePlainText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String text = PlainText.decode(body, type);
        if (text.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "text: must not be blank",
                    List.of(new Violation("text", "must not be blank")));
        }
        return service.analyze(text, null, null);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attributeBatch", summary = "Find the quotations in several articles at once",
            description = "Up to `kutip.batch.max-documents` documents, each with its own `id` (unique in the batch), "
                    + "`text` and optional `language`; `types` applies to all. The whole batch is checked before any "
                    + "document is analysed, so it fails or succeeds as one. Results come in request order.")
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
    @APIResponse(responseCode = "413", ref = KutipApi.BATCH_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = KutipApi.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    public BatchReply attributeBatch(@Valid @NotNull BatchRequest request) {
        return service.analyzeBatch(request);
    }
}
