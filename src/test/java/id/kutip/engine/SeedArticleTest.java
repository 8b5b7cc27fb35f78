package id.kutip.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article Kutip started from (read from {@code ../shared/eval/seed.jsonl}, not copied): the
 * Stoltenberg quote and his reported assessment come back with his full name and role.
 */
class SeedArticleTest {

    private static final Path SEED = Path.of("../shared/eval/seed.jsonl");

    @Test
    void stoltenbergIsNamedInFullWithHisRole() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared evaluation data is not beside the repository");
        String text = new ObjectMapper().readTree(Files.readAllLines(SEED, StandardCharsets.UTF_8).get(0)).get("text").asText();
        List<Attribution> found = AttributionEngine.forLanguage("id").orElseThrow().analyze(text).attributions();

        Attribution direct = found.stream().filter(a -> a.type() == QuoteType.DIRECT).findFirst().orElseThrow();
        assertTrue(direct.quote().text().startsWith("Terima kasih kepada Korea Selatan"));
        assertEquals("Jens Stoltenberg", direct.speaker().name());
        assertEquals("Sekretaris Jenderal NATO", direct.speaker().role());
        assertEquals("kata", direct.cue().text());
        assertEquals("Stoltenberg", direct.speaker().mention().text());

        Attribution assessment = found.stream()
                .filter(a -> a.type() == QuoteType.INDIRECT && a.cue() != null && a.cue().text().equals("menilai"))
                .findFirst().orElseThrow();
        assertEquals("Jens Stoltenberg", assessment.speaker().name());
        assertTrue(assessment.quote().text().startsWith("apa yang terjadi di Eropa"));
    }
}
