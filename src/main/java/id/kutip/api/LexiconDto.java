package id.kutip.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The word lists of one language. */
@Schema(name = "Lexicon", description = "The word lists the engine uses for one language.")
public record LexiconDto(
        @Schema(description = "Language code.", required = true, examples = "id")
        String language,
        @Schema(description = "Word lists by name, sorted by name; entries as written in "
                + "`src/main/resources/lexicon/<language>/<name>.txt`, in file order. Names include `closing-cues`, "
                + "`reporting-verbs`, `according-to`, `pronouns`, `titles`, `ranks`, `honorifics`, `degrees`, "
                + "`organisations`, `not-names` and `boilerplate`.", required = true)
        Map<String, List<String>> lists) {
}
