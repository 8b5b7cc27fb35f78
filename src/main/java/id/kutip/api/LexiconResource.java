package id.kutip.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/lexicon}: the word lists behind the rules, so a user can see why something matched. */
@Path("/api/v1/lexicon")
@Tag(name = "Lexicon")
@Produces(MediaType.APPLICATION_JSON)
public class LexiconResource {

    private final AttributionService service;

    public LexiconResource(AttributionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "lexicon", summary = "List the cue words, titles, ranks and honorifics the engine uses",
            description = "The word lists the engine reads at start-up, per language (or for `?language=` only), "
                    + "so that a user can see why a word was taken as a cue, a title or part of a name.")
    @APIResponse(responseCode = "200", description = "The word lists, per language.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LexiconReply.class),
                    examples = @ExampleObject(name = "indonesian", summary = "Part of the Indonesian lists",
                            value = Examples.LEXICON_REPLY)))
    @APIResponse(responseCode = "400", ref = KutipApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = KutipApi.UNAUTHORIZED)
    @APIResponse(responseCode = "406", ref = KutipApi.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "500", ref = KutipApi.INTERNAL)
    public LexiconReply lexicon(
            @Parameter(description = "Only this language's lists; default every supported language.",
                    example = "id")
            @QueryParam("language") String language) {
        return service.lexicons(language);
    }
}
