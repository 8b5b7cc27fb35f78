package id.kutip.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.text.Boilerplate;
import id.kutip.engine.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quotation marks pair, and how a quotation runs over paragraphs. */
class QuoteFinderTest {

    private static final Lexicon LEXICON = Lexicon.load("id");
    private static final Vocabulary VOCABULARY = new Vocabulary(LEXICON);
    private static final Boilerplate BOILERPLATE = new Boilerplate(LEXICON.list("boilerplate"));

    private static List<QuoteCandidate> find(String text) {
        return QuoteFinder.find(Document.of(text, BOILERPLATE, VOCABULARY));
    }

    private static List<String> quoted(String text) {
        return find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void twoSingleMarksSideBySidePairAsOneDoubleMark() {
        assertEquals(List.of("Kami siap membantu,"), quoted("‘’Kami siap membantu,’’ kata Budi."));
        assertEquals(List.of("Kami siap membantu,"), quoted("''Kami siap membantu,'' kata Budi."));
        assertEquals(List.of("Ia bilang 'tunggu' dulu,"), quoted("‘’Ia bilang 'tunggu' dulu,’’ kata Budi."),
                "a single mark inside is an inner quote");
    }

    @Test
    void straightSingleMarksPairWithinAParagraph() {
        assertEquals(List.of("Kami belum menerima surat,"), quoted("'Kami belum menerima surat,' kata Dewi."));
        assertEquals(List.of("Kami belum menerima surat,"), quoted("'Kami belum menerima surat,\nkata Dewi.' lalu pergi"),
                "single marks in different paragraphs do not pair: left open, the quotation ends with its paragraph");
    }

    @Test
    void apostrophesInsideWordsAreNoMarks() {
        assertEquals(List.of("Pengajian setiap Jum'at tetap jalan,"),
                quoted("\"Pengajian setiap Jum'at tetap jalan,\" kata Ma'ruf."));
        assertEquals(List.of(), quoted("Masjid Al-Ma'arif dan Jum'at berkah."));
    }

    @Test
    void aQuotationRunsIntoTheNextParagraphUpToItsClosingMark() {
        String text = "\"Banjir datang tengah malam.\nKami membangunkan tetangga,\" kata Lina.";
        List<QuoteCandidate> found = find(text);
        assertEquals(2, found.size());
        assertTrue(found.get(0).continues());
        assertFalse(found.get(0).unpaired());
        assertTrue(found.get(1).reopened());
        assertEquals("Kami membangunkan tetangga,", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals(text.indexOf(",\"") + 1, text.indexOf('"', found.get(1).end()), "it ends at its closing mark");
    }

    @Test
    void notIntoAParagraphWhoseFirstMarkOpensOrIsOfTheOtherFamily() {
        List<QuoteCandidate> opens = find("\"Kami menunggu sejak pagi.\nWarga berkata, \"Petugas belum datang,\" kata Agus.");
        assertEquals(2, opens.size());
        assertTrue(opens.get(0).unpaired());
        assertFalse(opens.get(1).reopened());
        List<QuoteCandidate> otherFamily = find("\"Kami menunggu sejak pagi.\nPetugas belum datang,' kata Agus.");
        assertEquals(1, otherFamily.size());
        assertTrue(otherFamily.get(0).unpaired());
    }

    @Test
    void notAcrossABoilerplateLine() {
        List<QuoteCandidate> found = find("\"Kami menunggu sejak pagi.\nBaca juga: Harga Naik\nPetugas belum datang,\" kata Agus.");
        assertEquals(1, found.size());
        assertTrue(found.get(0).unpaired());
    }

    @Test
    void aMarkAtTheStartOfTheNextParagraphReopensTheQuotation() {
        List<QuoteCandidate> found = find("“Banjir datang tengah malam.\n“Kami membangunkan tetangga,” kata Lina.");
        assertEquals(2, found.size());
        assertTrue(found.get(0).continues());
        assertTrue(found.get(1).reopened());
    }
}
