package id.kutip.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.engine.Attribution;
import id.kutip.engine.AttributionEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article (read from {@code ../shared/eval/seed.jsonl} at test time, never copied) as a
 * news site would serve it: header and navigation, share buttons, scripts, a hidden cookie banner,
 * a "Baca juga" box, related links, a footer, entities for its quotation marks and inline links.
 * Its article text gives the same attributions as the plain text: the same quotes, speakers, roles
 * and cues.
 */
class SeedPageTest {

    private static final Path SEED = Path.of("../shared/eval/seed.jsonl");
    private static final String HEADLINE = "Berita internasional hari ini";

    @Test
    void theSeedArticleAsANewsPageGivesTheAttributionsOfItsText() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared evaluation data is not beside the repository");
        String text = new ObjectMapper().readTree(Files.readAllLines(SEED, StandardCharsets.UTF_8).get(0))
                .get("text").asText();
        String page = NewsPages.page(HEADLINE, text);
        assertTrue(page.contains("&quot;"), "the page writes its quotation marks as entities");

        String extracted = HtmlText.extract(page.getBytes(StandardCharsets.UTF_8), null);
        for (String furniture : new String[] {"Beranda", "Facebook", "Baca juga", "dataLayer", "kuki", "Hak cipta",
            "Berita terkait", "Tulis komentar"}) {
            assertFalse(extracted.contains(furniture), "\"" + furniture + "\" is not article text: " + extracted);
        }
        assertEquals(HEADLINE + "\n" + text, extracted, "the article's own text, paragraph for paragraph");

        AttributionEngine engine = AttributionEngine.forLanguage("id").orElseThrow();
        List<String> fromText = described(engine.analyze(text).attributions());
        List<String> fromPage = described(engine.analyze(extracted).attributions());
        assertFalse(fromText.isEmpty());
        assertEquals(fromText, fromPage);
        assertTrue(fromPage.stream().anyMatch(a -> a.contains("Jens Stoltenberg")), fromPage.toString());
    }

    /** What must match: type, quote, speaker, role and cue (offsets move by the headline). */
    private static List<String> described(List<Attribution> attributions) {
        return attributions.stream().map(a -> a.type() + " | " + a.quote().text() + " | "
                + (a.speaker() == null ? null : a.speaker().name() + " | " + a.speaker().role()) + " | "
                + (a.cue() == null ? null : a.cue().text())).toList();
    }
}
