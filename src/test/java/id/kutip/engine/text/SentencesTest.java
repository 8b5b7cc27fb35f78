package id.kutip.engine.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which full stops end a sentence. */
class SentencesTest {

    private static final Lexicon LEXICON = Lexicon.load("id");
    private static final Vocabulary VOCABULARY = new Vocabulary(LEXICON);
    private static final Boilerplate BOILERPLATE = new Boilerplate(LEXICON.list("boilerplate"));

    /** Whether the first full stop of {@code text} ends a sentence. */
    private static boolean firstStopEndsSentence(String text) {
        Document d = Document.of(text, BOILERPLATE, VOCABULARY);
        Sentences sentences = new Sentences(d);
        for (int t = 0; t < d.size(); t++) {
            if (d.isPunct(t, '.')) {
                return sentences.endsSentence(t);
            }
        }
        throw new AssertionError("no full stop in " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dr. Rina", "Dr. Rina", "Prof. Budi", "Ir. Joko", "Hj. Siti", "Drs. Made", "Moh. Yusuf",
            "Muh. Arif", "Abd. Rahman", "St. Aisyah", "Kol. Arman", "Komjen Pol. Agus", "Jl. Merdeka",
            "H. Ahmad", "M. Nasir", "Ahmad MZ. Fauzi"})
    void aStopAfterAnAbbreviationOrInitialsBeforeANameEndsNoSentence(String name) {
        assertFalse(firstStopEndsSentence("Warga bertemu " + name + " di kantor desa kemarin."), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Surat itu dikirim ke Kementerian PU. Dia menunggu jawaban.",
            "Ia bertemu Wakil Presiden RI. Budi lalu pulang.",
            "Ia bertemu Ketua DPR RI. Budi lalu pulang.",
            "Harga beras naik. Budi Santoso mengatakan pasokan berkurang.",
            "Pasien dirujuk ke dr. Ia lalu pulang."})
    void otherStopsEndTheirSentence(String text) {
        assertTrue(firstStopEndsSentence(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harganya Rp1.000 per ikat.", "Angka inflasi.Ekspektasi warga naik."})
    void aStopGluedToTheNextWordEndsNoSentence(String text) {
        assertFalse(firstStopEndsSentence(text), text);
    }
}
