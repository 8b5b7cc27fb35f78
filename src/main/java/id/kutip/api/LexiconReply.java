package id.kutip.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reply of {@code GET /api/v1/lexicon}. */
@Schema(name = "LexiconReply", description = "The cue words, titles, ranks, honorifics and boilerplate markers "
        + "the engine uses, per language.")
public record LexiconReply(
        @Schema(description = "One lexicon per language, sorted by language code.", required = true)
        List<LexiconDto> lexicons) {
}
