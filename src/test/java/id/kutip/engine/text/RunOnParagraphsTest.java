package id.kutip.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraph-like units in text sent without line breaks: where a unit starts, and which units are
 * headlines or page furniture. Each text opens with the same narrative, long enough for the text to
 * count as paragraphs run together.
 */
class RunOnParagraphsTest {

    private static final Lexicon LEXICON = Lexicon.load("id");
    private static final Vocabulary VOCABULARY = new Vocabulary(LEXICON);
    private static final Boilerplate BOILERPLATE = new Boilerplate(LEXICON.list("boilerplate"));

    private static final String NARRATIVE = "Hujan deras sejak sore membuat sebagian jalan di pusat kota tergenang air "
            + "setinggi betis orang dewasa. Kendaraan roda dua banyak yang mogok di perempatan pasar dan para pengendara "
            + "terpaksa mendorong motor mereka ke tempat yang lebih tinggi. Petugas dinas perhubungan dikerahkan untuk "
            + "mengatur lalu lintas di sejumlah titik genangan hingga malam hari. Genangan baru surut menjelang pukul "
            + "sembilan malam setelah hujan reda dan saluran air kembali lancar. Warga berharap saluran di pasar segera "
            + "diperbaiki sebelum musim hujan mencapai puncaknya. ";

    private static Document doc(String text) {
        return Document.of(text, BOILERPLATE, VOCABULARY);
    }

    /**
     * The paragraphs of the narrative followed by {@code afterNarrative}, as text with B before
     * boilerplate and T before a headline, the narrative written "…".
     */
    private static List<String> units(String afterNarrative) {
        String text = NARRATIVE + afterNarrative;
        Document d = doc(text);
        return d.paragraphs().stream()
                .map(p -> (p.boilerplate() ? "B " : "") + (p.titleCase() ? "T " : "")
                        + text.substring(p.start(), p.end()).replace(NARRATIVE.strip(), "…"))
                .toList();
    }

    @Test
    void aShortTextWithoutBreaksIsOneParagraph() {
        assertEquals(1, doc("\"Kami siap,\" kata Budi. \"Besok kami datang.\" Baca juga: Harga Naik").paragraphs().size());
    }

    @Test
    void aUnitEndsAtTheSentenceEndAfterAQuotation() {
        assertEquals(List.of("… \"Air naik cepat. Kami mengungsi,\" kata Budi Santoso.",
                        "Warga lain bertahan di rumah. Mereka menunggu air surut."),
                units("\"Air naik cepat. Kami mengungsi,\" kata Budi Santoso. Warga lain bertahan di rumah. "
                        + "Mereka menunggu air surut."),
                "narrative sentences stay together; the stop inside the quotation ends no unit");
    }

    @Test
    void aMarkReopeningTheQuotationAfterASentenceEndStartsAUnit() {
        assertEquals(List.of("… \"Air datang tengah malam.", "\"Kami membawa anak-anak ke masjid,\" kata Lina."),
                units("\"Air datang tengah malam. \"Kami membawa anak-anak ke masjid,\" kata Lina."));
    }

    @Test
    void aDatelineLeavesTheHeadlineBeforeItInAUnitOfItsOwn() {
        String text = "Warga Sukamaju Keluhkan Jalan Rusak Menjelang Musim Hujan SUKAMAJU, KABARWARGA.com - " + NARRATIVE;
        Document d = doc(text);
        Paragraph headline = d.paragraphs().get(0);
        assertEquals("Warga Sukamaju Keluhkan Jalan Rusak Menjelang Musim Hujan", text.substring(headline.start(), headline.end()));
        assertTrue(headline.titleCase());
        assertEquals(text.indexOf("SUKAMAJU,"), d.paragraphs().get(1).start());
        assertFalse(d.paragraphs().get(1).titleCase());
    }

    @Test
    void aLinkRunsToTheEndOfTheHeadlineItLinks() {
        assertEquals(List.of("…", "B T Baca juga: Bupati Sukamaju Janjikan Perbaikan Jalan Tahun Depan",
                        "Kepala Dinas Pekerjaan Umum Yudi Pratama mengatakan perbaikan jalan sudah dianggarkan."),
                units("Baca juga: Bupati Sukamaju Janjikan Perbaikan Jalan Tahun Depan Kepala Dinas Pekerjaan Umum "
                        + "Yudi Pratama mengatakan perbaikan jalan sudah dianggarkan."));
        assertEquals(List.of("…", "B Baca juga: Warga diminta waspada banjir kiriman", "Pihaknya telah menyiapkan perahu karet."),
                units("Baca juga: Warga diminta waspada banjir kiriman Pihaknya telah menyiapkan perahu karet."),
                "a headline written as a sentence ends before the capital that starts the next one");
        assertEquals(List.of("…", "B (Foto: Dok. Warga)", "Relawan membagikan makanan."),
                units("(Foto: Dok. Warga) Relawan membagikan makanan."));
    }

    @Test
    void aHeadlineRunIntoTheNextSentenceEndsWhereItsSubjectBegins() {
        assertEquals(List.of("… Dedi Kurniawan memeriksa gudang. \"Stok cukup,\" kata Dedi Kurniawan.",
                        "T Harga Beras Medium Mulai Turun di Pasar Tradisional",
                        "Dedi Kurniawan juga mengatakan penyaluran dimulai pekan depan."),
                units("Dedi Kurniawan memeriksa gudang. \"Stok cukup,\" kata Dedi Kurniawan. Harga Beras Medium Mulai "
                        + "Turun di Pasar Tradisional Dedi Kurniawan juga mengatakan penyaluran dimulai pekan depan."),
                "before the name the text repeats");
        assertEquals(List.of("… \"Stok cukup,\" kata Dedi.", "T Warga Tiga Desa Terima Bantuan Beras dari Pemerintah Kabupaten",
                        "Menurut petugas, beras dibagikan besok."),
                units("\"Stok cukup,\" kata Dedi. Warga Tiga Desa Terima Bantuan Beras dari Pemerintah Kabupaten "
                        + "Menurut petugas, beras dibagikan besok."),
                "before a sentence opener");
    }

    @Test
    void aSentenceOpeningWithALongCapitalisedSubjectIsNoHeadline() {
        for (String sentence : List.of(
                "Kepala Badan Penanggulangan Bencana Daerah Kota Sukamaju Wahyu Setiadi mengatakan pengungsi aman.",
                "Pada Senin malam, Dinas Kesehatan Kota Sukamaju mencatat lima kasus baru.",
                "Sekretaris Dinas Pendidikan Kota Sukamaju, Sri Handayani Putri mengatakan sekolah libur.")) {
            assertEquals(List.of("… \"Stok cukup,\" kata Dedi.", sentence), units("\"Stok cukup,\" kata Dedi. " + sentence));
        }
    }
}
