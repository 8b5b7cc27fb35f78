"""Offline checks of the generators' parsing, on invented rows (no download).

    python3 -m unittest discover -s scripts/lexicon
"""

import unittest

import dictionary
import regions


class DictionaryTest(unittest.TestCase):

    def test_roots_split_into_words_proper_nouns_affixes_and_broken_lines(self):
        lines = ["abadi/DkMk", "abu-abu/Ka", "Jakarta", "Guinea-Bissau", "dinul-Islam", "ber-", "-kan",
                 "bersutM0", "agentif ", ""]
        common, proper, affixes, skipped = dictionary.classify(lines)
        self.assertEqual(["abadi", "abu-abu", "agentif"], common)
        self.assertEqual(["Guinea-Bissau", "Jakarta", "dinul-Islam"], proper)
        self.assertEqual(["-kan", "ber-"], affixes)
        self.assertEqual(["bersutM0"], skipped)


class RegionsTest(unittest.TestCase):

    def test_regency_gives_official_and_bare_name(self):
        self.assertEqual(["Kabupaten Sukamaju Barat", "Sukamaju Barat"],
                         regions.regency_names("Kabupaten Sukamaju Barat"))
        self.assertEqual(["Kota Administrasi Cibening Pusat", "Cibening Pusat"],
                         regions.regency_names("Kota Administrasi Cibening Pusat"))

    def test_district_rows_are_split_spelled_out_and_title_cased(self):
        self.assertEqual(["Lembah", "Lembah Utara"], regions.district_names("Lembah (Lembah Utara)"))
        self.assertEqual(["Tanjung", "Tanjungsari"], regions.district_names("Tanjung/ Tanjungsari"))
        self.assertEqual(["Kepulauan Sunyi Raya"], regions.district_names("Kep. Sunyi Raya"))
        self.assertEqual(["Gunung Hijau"], regions.district_names("Gn. Hijau"))
        self.assertEqual(["Bukit Barat"], regions.district_names("Bukit barat"))
        self.assertEqual(["Sawah dan Kebun"], regions.district_names("Sawah dan Kebun"))
        self.assertEqual(["Ra'as"], regions.district_names('Ra"as'))

    def test_unique_drops_case_duplicates_and_sorts(self):
        self.assertEqual(["Alas", "Bukit", "Cibening"], regions.unique(["Cibening", "Bukit", "BUKIT", "Alas"]))

    def test_stale_exclusion_stops_the_generator(self):
        saved = regions.EXCLUDE
        regions.EXCLUDE = {"test.txt": {"Nowhere": "invented"}}
        try:
            with self.assertRaises(SystemExit):
                regions.apply_exclusions("test.txt", ["Alas", "Bukit"])
            kept, notes = regions.apply_exclusions("test.txt", ["Alas", "Nowhere"])
            self.assertEqual(["Alas"], kept)
            self.assertEqual(["  Nowhere: invented"], notes)
        finally:
            regions.EXCLUDE = saved


if __name__ == "__main__":
    unittest.main()
