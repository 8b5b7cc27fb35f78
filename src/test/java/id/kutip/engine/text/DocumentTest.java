package id.kutip.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the tokenizer records once per token, so that later stages never rescan a word: case,
 * digits, capitals, reduplication, the word hash the lexicon tables are probed with, and
 * paragraph bounds.
 */
class DocumentTest {

    private static final Lexicon LEXICON = Lexicon.load("id");
    private static final Vocabulary VOCABULARY = new Vocabulary(LEXICON);
    private static final Boilerplate BOILERPLATE = new Boilerplate(LEXICON.list("boilerplate"));

    private static Document doc(String text) {
        return Document.of(text, BOILERPLATE, VOCABULARY);
    }

    /** The token whose text is {@code word}. */
    private static int token(Document d, String word) {
        for (int t = 0; t < d.size(); t++) {
            if (d.word(t).equals(word)) {
                return t;
            }
        }
        throw new AssertionError(word + " is no token of " + d.text());
    }

    @Test
    void caseOfTheFirstLetter() {
        Document d = doc("Warga kota Éropa ikut 3G ünik");
        assertTrue(d.isCapitalised(token(d, "Warga")));
        assertFalse(d.startsLowerCase(token(d, "Warga")));
        assertTrue(d.startsLowerCase(token(d, "kota")));
        assertFalse(d.isCapitalised(token(d, "kota")));
        assertTrue(d.isCapitalised(token(d, "Éropa")), "a capital beyond ASCII");
        assertTrue(d.startsLowerCase(token(d, "ünik")), "a small letter beyond ASCII");
        assertFalse(d.isCapitalised(token(d, "3G")));
        assertFalse(d.startsLowerCase(token(d, "3G")));
    }

    @Test
    void acronymsAreAllCapitalsWithTwoLettersOrMore() {
        Document d = doc("Ketua LP3EI dan BPBD bertemu A di Jakarta, bukan iPhone.");
        assertTrue(d.isAcronym(token(d, "LP3EI")));
        assertTrue(d.isAcronym(token(d, "BPBD")));
        assertFalse(d.isAcronym(token(d, "A")), "one letter is an initial");
        assertFalse(d.isAcronym(token(d, "Jakarta")));
        assertFalse(d.isAcronym(token(d, "iPhone")));
        assertFalse(d.isAcronym(token(d, ",")));
    }

    @Test
    void digitsAnywhereInTheWord() {
        Document d = doc("Covid-19 melanda 2024 tetapi Budi sehat");
        assertTrue(d.hasDigit(token(d, "Covid-19")));
        assertTrue(d.hasDigit(token(d, "2024")));
        assertFalse(d.hasDigit(token(d, "Budi")));
        assertFalse(d.hasDigit(token(d, "melanda")));
    }

    @Test
    void reduplicationRepeatsTheEndOfTheFirstPart() {
        Document d = doc("Berturut-turut Masing-masing Sri-Mulyani Anak-anak Gotong-royong");
        assertTrue(d.isReduplication(token(d, "Berturut-turut")));
        assertTrue(d.isReduplication(token(d, "Masing-masing")));
        assertTrue(d.isReduplication(token(d, "Anak-anak")), "case is ignored");
        assertFalse(d.isReduplication(token(d, "Sri-Mulyani")));
        assertFalse(d.isReduplication(token(d, "Gotong-royong")));
    }

    @Test
    void wordHashIsTheLowerCaseStringHash() {
        Document d = doc("PRESIDEN berkata, Presiden tersenyum.");
        assertEquals("presiden".hashCode(), d.wordHash(0));
        assertEquals(d.wordHash(0), d.wordHash(token(d, "Presiden")));
        assertEquals(d.wordId(0), d.wordId(token(d, "Presiden")), "one id for every case");
        assertEquals(0, d.wordHash(token(d, ",")));
    }

    @Test
    void titlesMatchWhateverTheirCase() {
        Document d = doc("SEKRETARIS JENDERAL itu dan wali kota Sukamaju datang");
        assertEquals(2, VOCABULARY.titles.match(d, 0));
        assertEquals(2, VOCABULARY.titles.match(d, token(d, "wali")));
        assertEquals(0, VOCABULARY.titles.match(d, token(d, "datang")));
    }

    @Test
    void aTitleDoesNotRunAcrossALineBreak() {
        Document d = doc("Sekretaris\nJenderal");
        assertTrue(VOCABULARY.titles.match(d, 0) < 2, "the two words are in different paragraphs");
    }

    @Test
    void paragraphsKnowTheirTokens() {
        Document d = doc("  Satu dua.  \r\n\r\n \t \nTiga \"empat\"\rlima");
        List<Paragraph> ps = d.paragraphs();
        assertEquals(3, ps.size());
        assertEquals("Satu dua.", d.text().substring(ps.get(0).start(), ps.get(0).end()));
        assertEquals("Tiga \"empat\"", d.text().substring(ps.get(1).start(), ps.get(1).end()));
        assertEquals(0, d.firstToken(ps.get(0)));
        assertEquals(3, d.endToken(0));
        assertEquals(3, d.firstToken(ps.get(1)));
        assertEquals(7, d.endToken(1));
        assertEquals(d.size(), d.endToken(2));
        for (Paragraph p : ps) {
            for (int t = d.firstToken(p); t < d.endToken(p.index()); t++) {
                assertEquals(p.index(), d.paragraph(t));
            }
        }
    }

    @Test
    void boilerplateIsFoundWhateverItsCase() {
        assertTrue(doc("baca juga: Harga cabai naik").paragraphs().get(0).boilerplate());
        assertTrue(doc("BACA JUGA: Harga cabai naik").paragraphs().get(0).boilerplate());
        assertTrue(doc("Editor: Budi").paragraphs().get(0).boilerplate());
        assertFalse(doc("Bacalah buku ini").paragraphs().get(0).boilerplate());
        assertFalse(doc("Warga berkumpul").paragraphs().get(0).boilerplate());
    }

    @Test
    void boilerplateColonMayFollowASpace() {
        assertTrue(doc("Editor : Budi").paragraphs().get(0).boilerplate());
    }

    @Test
    void hardWrappedTextMakesOneParagraphOfEachBlockBetweenBlankLines() {
        String text = "Banjir kembali merendam permukiman di tepi Sungai Cibening sejak Kamis\n"
                + "malam dan memaksa ratusan warga mengungsi ke balai desa terdekat.\n"
                + "\n"
                + "\"Air naik cepat sekali, dalam satu jam sudah setinggi lutut orang\n"
                + "dewasa,\" kata Kepala Desa Sukamaju Hendra Wijaya kepada wartawan.\n";
        for (String t : List.of(text, text.replace("\n", "\r\n"))) {
            Document d = doc(t);
            assertEquals(2, d.paragraphs().size(), t.contains("\r") ? "with CRLF" : "with LF");
            Paragraph second = d.paragraphs().get(1);
            assertEquals(t.indexOf('"'), second.start(), "offsets are those of the text as sent");
            assertEquals(t.indexOf("wartawan.") + "wartawan.".length(), second.end());
            assertTrue(d.sameParagraph(token(d, "orang"), token(d, "dewasa")), "a single line break is a wrap");
        }
    }

    @Test
    void oneParagraphPerLineKeepsItsLinesThoughSomeBlankLinesSeparateThem() {
        Document d = doc("Harga Cabai Naik Menjelang Lebaran\n"
                + "\n"
                + "Harga cabai rawit di Pasar Sukamaju naik dua kali lipat dalam sepekan terakhir.\n"
                + "\"Pasokan dari petani berkurang karena hujan,\" kata Ujang Saputra.\n"
                + "Pedagang lain memilih menutup lapak lebih awal.\n");
        assertEquals(4, d.paragraphs().size(), "lines that end sentences are paragraphs, not wraps");
    }

    @Test
    void shortLinesAreNotHardWrapped() {
        Document d = doc("Rapat Warga\n\n\"Ya,\" kata Ani.\nBudi diam saja\n\"Tidak,\" kata Budi.");
        assertEquals(4, d.paragraphs().size(), "lines this short are paragraphs however they end");
    }

    @Test
    void aShortLineEndingASentenceEndsItsParagraphInHardWrappedText() {
        Document d = doc("Petugas posko mencatat dua ratus keluarga yang mengungsi sejak Kamis malam\n"
                + "dan membagikan selimut serta makanan siap saji kepada mereka semua.\n"
                + "Hujan reda pagi ini.\n"
                + "Warga mulai membersihkan rumah mereka dari lumpur yang terbawa banjir\n"
                + "semalam, dibantu relawan dari kecamatan dan petugas pemadam kebakaran.\n"
                + "\n"
                + "Bantuan obat-obatan dari puskesmas sudah tiba sejak tadi pagi.\n");
        assertEquals(List.of("Petugas", "Warga", "Bantuan"),
                d.paragraphs().stream().map(p -> d.word(d.firstToken(p))).toList());
    }

    @Test
    void phraseWritesRunsOfSpacesAndLineBreaksInHardWrappedTextAsOneSpace() {
        Document d = doc("Sebagian warga mulai kembali ke rumah masing-masing pada Jumat pagi setelah\n"
                + "air surut di kampung mereka, sementara yang lain masih bertahan di posko.\n"
                + "\n"
                + "\"Kami masih menunggu bantuan air bersih dari kabupaten,\" kata Ratna\n"
                + "  Kusumawati, relawan dapur umum di balai desa, kepada wartawan di sana.\n");
        assertEquals("Ratna Kusumawati", d.phrase(d.start(token(d, "Ratna")), d.end(token(d, "Kusumawati"))));
        Document unwrapped = doc("kata Ratna  Kusumawati");
        assertEquals("Ratna  Kusumawati", unwrapped.phrase(unwrapped.start(1), unwrapped.end(2)), "other text as written");
    }

    @Test
    void twoSingleMarksSideBySideAreOneDoubleMark() {
        Document d = doc("‘’Kami siap,’’ kata Budi. ''Ya,'' jawab Ani, 'tentu.'");
        assertTrue(d.isQuoteMark(0));
        assertEquals(2, d.end(0) - d.start(0));
        assertTrue(d.isDoubleMark(0));
        int kami = token(d, "Kami");
        assertEquals(0, kami - 1, "the word follows the mark");
        assertTrue(d.isDoubleMark(token(d, "Ya") - 1));
        int tentu = token(d, "tentu");
        assertTrue(d.isQuoteMark(tentu - 1));
        assertFalse(d.isDoubleMark(tentu - 1), "one straight single mark is a single mark");
    }
}
