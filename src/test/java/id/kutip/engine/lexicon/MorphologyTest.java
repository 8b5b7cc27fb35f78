package id.kutip.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MorphologyTest {

    /** A few roots, as the dictionary lists them. */
    private static final Morphology MORPHOLOGY = new Morphology(Set.of(
            "ungkap", "menang", "mula", "tangkap", "tulis", "ambil", "sapu", "pukul", "ikan", "polisi", "tegas", "sambut", "tandas",
            "sebelum", "mas", "tari", "mata", "abdi", "didik", "tanda", "jawab", "madi", "identitas", "budi"));

    @ParameterizedTest
    @ValueSource(strings = {
            "diungkapkan", // di- + root + -kan
            "kemenangan", // ke-…-an
            "mulanya", // root + -nya
            "sebelumnya",
            "ditangkap", // di- before a long root
            "menulis", "mengambil", "menyambut", "memukul", // meN- with its sound changes undone
            "perikanan", "kepolisian", // per-…-an, ke-…-an
            "ditegaskannya", // di- + root + -kan + -nya
            "tandaskan"}) // -kan alone
    void derivedWords(String word) {
        assertTrue(MORPHOLOGY.isDerived(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "dimas", "mentari", "permata", // a bare prefix before a short root: the shape of given names
            "abdian", "permadi", // -an and -i alone end too many names
            "didik", "budi", "identitas", // roots themselves
            "jawaban", // -an without a prefix
            "setiawan", "kurniawan", "dian", // names that look affixed but rest on no root
            "karo-karo"})
    void rootsAndNames(String word) {
        assertFalse(MORPHOLOGY.isDerived(word), word);
    }
}
