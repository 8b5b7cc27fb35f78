package id.kutip.api;

import static id.kutip.api.Http.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/attributions}: the reply contract, with JSON and with text/plain. */
@QuarkusTest
class AttributionResourceTest {

    static final String PATH = "/api/v1/attributions";

    @Test
    void attributesADirectQuoteWithTheContractShape() {
        String text = Articles.ONE_QUOTE;
        JsonNode reply = postJson(Map.of("text", text));
        assertEquals("id", reply.path("language").asText());
        JsonNode attributions = reply.path("attributions");
        assertEquals(1, attributions.size(), reply.toString());
        JsonNode a = attributions.get(0);
        assertEquals("direct", a.path("type").asText());
        assertEquals("Kami siap bekerja keras tahun ini", a.path("quote").path("text").asText().replaceAll("[,.]$", ""));
        assertEquals("Budi", a.path("speaker").path("name").asText());
        assertTrue(a.path("speaker").has("role"), "role is present even when null");
        assertTrue(a.path("speaker").has("mention"), "mention is present even when null");
        assertTrue(a.has("cue"));
        assertTrue(a.path("confidence").isNumber());
        double confidence = a.path("confidence").asDouble();
        assertTrue(confidence >= 0 && confidence <= 1, "confidence " + confidence);
        assertTrue(a.path("rule").isTextual() && !a.path("rule").asText().isBlank());
        assertSpansFit(text, reply);
        JsonNode speakers = reply.path("speakers");
        assertEquals(1, speakers.size());
        assertEquals("Budi", speakers.get(0).path("name").asText());
        assertEquals(1, speakers.get(0).path("quotes").asInt());
        assertTrue(speakers.get(0).has("role"));
    }

    @Test
    void nullFieldsArePresentAsNull() {
        // The placeholder and the real engine alike give no role for a bare first name.
        given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE))
                .when().post(PATH)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("attributions[0].speaker", hasKey("role"))
                .body("attributions[0].speaker", hasKey("mention"))
                .body("attributions[0]", hasKey("cue"))
                .body("speakers[0]", hasKey("role"));
    }

    @Test
    void textWithoutQuotesGivesEmptyLists() {
        given().contentType("application/json").body(Map.of("text", "Hujan turun sejak pagi di Bandung."))
                .when().post(PATH)
                .then().statusCode(200)
                .body("language", equalTo("id"))
                .body("attributions.size()", equalTo(0))
                .body("speakers.size()", equalTo(0));
    }

    @Test
    void plainTextBodyIsTheText() {
        String json = given().contentType("application/json").body(Map.of("text", Articles.ONE_QUOTE))
                .when().post(PATH).then().statusCode(200).extract().asString();
        String plain = given().contentType("text/plain; charset=utf-8").body(Articles.ONE_QUOTE)
                .when().post(PATH).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        assertEquals(json, plain);
        String noCharset = given().contentType("text/plain").body(Articles.ONE_QUOTE)
                .when().post(PATH).then().statusCode(200).extract().asString();
        assertEquals(json, noCharset);
    }

    @Test
    void plainTextHonoursADeclaredCharset() throws Exception {
        String text = "\"Kami siap bekerja keras tahun ini,\" kata Budi di Cianjur – kemarin.";
        String utf8 = given().contentType("text/plain; charset=utf-8").body(text.getBytes("UTF-8"))
                .when().post(PATH).then().statusCode(200).extract().asString();
        String utf16 = given().contentType("text/plain; charset=UTF-16").body(text.getBytes("UTF-16"))
                .when().post(PATH).then().statusCode(200).extract().asString();
        assertEquals(utf8, utf16);
    }

    @Test
    void offsetsCountUtf16CodeUnitsAfterEmoji() {
        // Each emoji is one code point but two UTF-16 code units; 👨‍👩‍👧 is five code points, eight units.
        String prefix = "Warga bersorak 🎉🎉 dan keluarga 👨‍👩‍👧 datang.\n";
        String text = prefix + Articles.ONE_QUOTE;
        JsonNode reply = postJson(Map.of("text", text));
        assertEquals(1, reply.path("attributions").size(), reply.toString());
        JsonNode quote = reply.path("attributions").get(0).path("quote");
        int expectedStart = text.indexOf("Kami");
        assertEquals(expectedStart, quote.path("start").asInt(), "start in UTF-16 code units");
        assertTrue(expectedStart > prefix.codePointCount(0, prefix.length()), "the test text has surrogate pairs");
        JsonNode mention = reply.path("attributions").get(0).path("speaker").path("mention");
        if (!mention.isNull()) {
            assertEquals(text.lastIndexOf("Budi"), mention.path("start").asInt());
        }
        assertSpansFit(text, reply);
    }

    @Test
    void emojiInsideTheQuoteComesBackIntact() {
        String text = "\"Kami siap 💪 bekerja keras tahun ini,\" kata Budi.";
        JsonNode reply = postJson(Map.of("text", text));
        assertEquals(1, reply.path("attributions").size(), reply.toString());
        assertTrue(reply.path("attributions").get(0).path("quote").path("text").asText().contains("💪"));
        assertSpansFit(text, reply);
    }

    @Test
    void severalQuotesComeInTextOrderWithSpeakersInOrderOfFirstQuote() {
        String text = Articles.quote(0, "Sari") + "\n" + Articles.quote(1, "Andi") + "\n" + Articles.quote(2, "Sari");
        JsonNode reply = postJson(Map.of("text", text));
        JsonNode attributions = reply.path("attributions");
        assertEquals(3, attributions.size(), reply.toString());
        int previous = -1;
        for (JsonNode a : attributions) {
            int start = a.path("quote").path("start").asInt();
            assertTrue(start > previous, "text order");
            previous = start;
        }
        List<String> speakers = new ArrayList<>();
        reply.path("speakers").forEach(s -> speakers.add(s.path("name").asText()));
        assertEquals(List.of("Sari", "Andi"), speakers);
        assertEquals(2, reply.path("speakers").get(0).path("quotes").asInt());
        assertSpansFit(text, reply);
    }

    @Test
    void typesFilterTheKindsOfQuotes() {
        JsonNode direct = postJson(Map.of("text", Articles.ONE_QUOTE, "types", List.of("direct")));
        assertEquals(1, direct.path("attributions").size());
        JsonNode indirect = postJson(Map.of("text", Articles.ONE_QUOTE, "types", List.of("indirect")));
        indirect.path("attributions").forEach(a -> assertEquals("indirect", a.path("type").asText()));
        JsonNode both = postJson(Map.of("text", Articles.ONE_QUOTE, "types", List.of("indirect", "direct", "direct")));
        assertEquals(postJson(Map.of("text", Articles.ONE_QUOTE)), both);
    }

    @Test
    void explicitLanguageAndNullsMeanTheDefaults() {
        JsonNode plain = postJson(Map.of("text", Articles.ONE_QUOTE));
        assertEquals(plain, postJson(Map.of("text", Articles.ONE_QUOTE, "language", "id")));
        String withNulls = given().contentType("application/json")
                .body("{\"text\": " + quoteJson(Articles.ONE_QUOTE) + ", \"language\": null, \"types\": null}")
                .when().post(PATH).then().statusCode(200).extract().asString();
        assertEquals(plain.toString(), withNulls);
    }

    @Test
    void unknownFieldsAreIgnored() {
        String body = "{\"text\": " + quoteJson(Articles.ONE_QUOTE) + ", \"source\": \"kantor berita\", "
                + "\"meta\": {\"tags\": [1, 2, {\"a\": null}]}, \"version\": 3}";
        String reply = given().contentType("application/json").body(body)
                .when().post(PATH).then().statusCode(200).extract().asString();
        assertEquals(postJson(Map.of("text", Articles.ONE_QUOTE)).toString(), reply);
    }

    @Test
    void sameInputSameOutput() {
        String text = Articles.article(7);
        assertEquals(postJson(Map.of("text", text)), postJson(Map.of("text", text)));
    }

    @Test
    void lineEndingsAndControlCharactersAreTextLikeAnyOther() {
        String text = "Baris pertama.\r\n\u0000\u0007\r" + Articles.ONE_QUOTE + "\u200F\u202E";
        JsonNode reply = postJson(Map.of("text", text));
        assertSpansFit(text, reply);
    }

    @Test
    void loneSurrogatesDoNotBreakTheReply() {
        String text = "\uD800 awal " + Articles.ONE_QUOTE + " akhir \uDC00";
        String body = "{\"text\": \"\\uD800 awal \\\"Kami siap bekerja keras tahun ini,\\\" kata Budi. akhir \\uDC00\"}";
        String reply = given().contentType("application/json").body(body)
                .when().post(PATH).then().statusCode(200).extract().asString();
        try {
            assertSpansFit(text, Http.JSON.readTree(reply));
        } catch (java.io.IOException e) {
            throw new AssertionError(reply, e);
        }
    }

    static JsonNode postJson(Object body) {
        String reply = given().contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        try {
            return Http.JSON.readTree(reply);
        } catch (java.io.IOException e) {
            throw new AssertionError(reply, e);
        }
    }

    /** Every span is inside the text and its text is text.substring(start, end); ids and order hold. */
    static void assertSpansFit(String text, JsonNode reply) {
        Set<String> names = new LinkedHashSet<>();
        int previousStart = -1;
        for (JsonNode a : reply.path("attributions")) {
            assertSpan(text, a.path("quote"));
            int start = a.path("quote").path("start").asInt();
            assertTrue(start >= previousStart, "attributions in text order: " + reply);
            previousStart = start;
            if (!a.path("cue").isNull()) {
                assertSpan(text, a.path("cue"));
            }
            JsonNode speaker = a.path("speaker");
            if (!speaker.isNull()) {
                assertFalse(speaker.path("name").asText().isBlank());
                names.add(speaker.path("name").asText());
                if (!speaker.path("mention").isNull()) {
                    assertSpan(text, speaker.path("mention"));
                }
            }
        }
        List<String> summary = new ArrayList<>();
        reply.path("speakers").forEach(s -> summary.add(s.path("name").asText()));
        assertEquals(new ArrayList<>(names), summary, "speakers: one per distinct speaker, in order of first quote");
    }

    static void assertSpan(String text, JsonNode span) {
        assertTrue(span.path("start").isInt() && span.path("end").isInt(), span.toString());
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), span.toString());
        assertEquals(text.substring(start, end), span.path("text").asText(), "text.substring(start, end)");
    }

    static String quoteJson(String s) {
        try {
            return Http.JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
