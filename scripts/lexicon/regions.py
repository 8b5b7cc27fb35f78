"""Generates regions.txt (provinces, regencies, cities) and districts.txt (kecamatan) from the npm
package idn-area-data. Villages are left out on purpose: tens of thousands of names, many of them
personal names or ordinary words.

    python3 scripts/lexicon/regions.py

Regencies and cities are written both in full and bare, as news writes them: "Kabupaten Bandung
Barat" and "Bandung Barat", "Kota Administrasi Jakarta Pusat" and "Jakarta Pusat". Entries listed in
EXCLUDE are left out, each with its reason in the file header; an exclusion that no longer matches
anything stops the script, so the list cannot go stale silently.
"""

import csv
import os
import re
import sys

import sources

PACKAGE = "idn-area-data"
VERSION = "4.0.1"
# The package's README: "This package and repository are licensed under the MIT License" and "All data
# that included in this package and repository are made available under the Open Database License".
CODE_LICENCE = "MIT (package code, LICENSE)"
DATA_LICENCE = "Open Database License (ODbL) 1.0 (package data, data/LICENSE.md)"
ORIGIN = [
    "The package states its data is 'based on the latest regulation' / 'official government sources';",
    "its repository's docs/references.md names, newest first: Keputusan Menteri Dalam Negeri Nomor",
    "300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi",
    "Pemerintahan, dan Pulau (written there as 300.2.2-2L38), UU 29/2022 (Papua Barat Daya) and",
    "Kepmendagri 100.1.1-6117 Tahun 2022.",
]
ODBL_NOTICE = [
    "Contains information from idn-area-data (https://github.com/fityannugroho/idn-area-data), which",
    "is made available here under the Open Database License (ODbL), https://opendatacommons.org/licenses/odbl/1-0/;",
    "this file is a derivative database under the same licence (text: src/main/resources/lexicon/licenses/ODbL-1.0.md).",
]

# The short names the whole country uses for provinces whose official name is long.
PROVINCE_ALIASES = {
    "Daerah Khusus Ibukota Jakarta": ["DKI Jakarta", "Jakarta"],
    "Daerah Istimewa Yogyakarta": ["DI Yogyakarta", "Yogyakarta"],
    "Kepulauan Bangka Belitung": ["Bangka Belitung"],
}
REGENCY_PREFIXES = ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "]

# Entries left out, with why. Keep it small: the full forms ("Kota Bima") always stay; what goes is a
# bare form or a district that is, in running text, far more often a person's name.
EXCLUDE = {
    "regions.txt": {
        "Bima": "a very common given name (Kota/Kabupaten Bima stay)",
        "Samosir": "a Batak family name (marga) (Kabupaten Samosir stays)",
        "Agam": "a given name, Acehnese for 'boy' (Kabupaten Agam stays)",
    },
    "districts.txt": {
        "Bambang": "a very common given name",
        "Bintang": "a common given name and an ordinary word (star)",
        "Damar": "a given name and an ordinary word (resin)",
        "Galang": "a given name",
        "Guntur": "a common given name and an ordinary word (thunder)",
        "Jati": "a given name and an ordinary word (teak)",
        "Jaya": "a very common given and second name",
        "Juli": "a given name and the month",
        "Kamal": "a common given name",
        "Mila": "a given name",
        "Mutiara": "a given name and an ordinary word (pearl)",
        "Nainggolan": "a Batak family name (marga)",
        "Panji": "a given name and an ordinary word (banner)",
        "Permata": "a given name and an ordinary word (gem)",
        "Sakti": "a given name and an ordinary word (mighty)",
        "Sekar": "a given name",
        "Ayah": "a form of address (father)",
        "Ibu": "a form of address (honorifics.txt)",
        "Ki": "a Javanese honorific (Ki Hajar)",
        "Kamu": "a pronoun (not-names.txt)",
        "Bendahara": "a title (titles.txt: treasurer)",
        "Kasi": "an office acronym (titles.txt: Kepala Seksi)",
        "Tetap": "an adverb (adverbs.txt)",
        "Beber": "a closing cue (closing-cues.txt)",
        "Papar": "a closing cue (closing-cues.txt)",
        "Tulis": "a closing cue (closing-cues.txt)",
        "Tutur": "a closing cue (closing-cues.txt)",
        "Harian": "an office word (office-words.txt: Ketua Harian)",
        "Negara": "an office word (office-words.txt) and an ordinary word",
        "Sumber": "an office word (office-words.txt) and an ordinary word (source)",
        "Natal": "Christmas, always capitalised",
        "Mandor": "an occupation (occupations.txt: foreman)",
        "Pemenang": "an ordinary word (winner; occupations.txt)",
    },
}

# Source rows written wrongly or with a dot the engine would read as a sentence end: row -> name.
FIXES = {
    'Ra"as': "Ra'as",  # Kabupaten Sumenep; a double quote in a name would look like a quotation mark
    "Kot olin": "Kot'olin",  # Kabupaten Timor Tengah Selatan
    "Bl. Limbangan": "Balubur Limbangan",  # Kabupaten Garut
    "BTS. Ulu": "BTS Ulu",  # Kabupaten Musi Rawas
}
ABBREVIATIONS = [(re.compile(r"\bKep\. *"), "Kepulauan "), (re.compile(r"\bGn\. *"), "Gunung ")]
LOWER_CASE_WORDS = {"dan"}  # "Pangkajene dan Kepulauan"


def title_case(name):
    """Capitalises each word's first letter (the data writes a few as "Cibal barat"), except 'dan'."""
    words = []
    for word in name.split(" "):
        if word and word[0].islower() and word not in LOWER_CASE_WORDS:
            word = word[0].upper() + word[1:]
        words.append(word)
    return " ".join(words)


def district_names(raw):
    """The names one district row stands for: "Misool (Misool Utara)" is two, "Konda/ Kondaga" two."""
    name = re.sub(r"\s+", " ", raw.strip())
    name = FIXES.get(name, name)
    for pattern, replacement in ABBREVIATIONS:
        name = pattern.sub(replacement, name)
    name = name.replace(" - ", "-")
    names = []
    bracket = re.fullmatch(r"(.+?) \((.+)\)", name)
    parts = [bracket.group(1), bracket.group(2)] if bracket else [name]
    for part in parts:
        names.extend(p.strip() for p in part.split("/") if p.strip())
    return [title_case(n) for n in names]


def regency_names(official):
    """The official name and the bare name: "Kabupaten Bandung Barat" → also "Bandung Barat"."""
    for prefix in REGENCY_PREFIXES:
        if official.startswith(prefix):
            return [official, official[len(prefix):]]
    sys.exit(f"regency without a known prefix: {official!r}")


def unique(names):
    """Sorted, without case-insensitive duplicates (the engine looks lists up lower-cased)."""
    by_lower = {}
    for name in names:
        by_lower.setdefault(name.lower(), name)
    return sorted(by_lower.values(), key=lambda n: (n.lower(), n))


def apply_exclusions(file_name, names):
    exclude = EXCLUDE[file_name]
    stale = sorted(set(exclude) - set(names))
    if stale:
        sys.exit(f"EXCLUDE[{file_name!r}] names entries the data no longer has: {stale}")
    kept = [n for n in names if n not in exclude]
    notes = [f"  {name}: {reason}" for name, reason in sorted(exclude.items())]
    return kept, notes


def read_csv(package_dir, name):
    with open(os.path.join(package_dir, "data", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def header(intro, counts, excluded):
    return [
        *intro,
        *counts,
        "Excluded (EXCLUDE in scripts/lexicon/regions.py):",
        *excluded,
        f"Source: npm package {PACKAGE} {VERSION}, https://github.com/fityannugroho/idn-area-data.",
        *ORIGIN,
        f"Licence: {DATA_LICENCE}; {CODE_LICENCE}.",
        *ODBL_NOTICE,
        "Generated by scripts/lexicon/regions.py (see scripts/lexicon/README.md); do not edit by hand.",
    ]


def main():
    package_dir = sources.npm_package(PACKAGE, VERSION)
    provinces = [row["name"] for row in read_csv(package_dir, "provinces.csv")]
    regencies = [row["name"] for row in read_csv(package_dir, "regencies.csv")]
    districts = [row["name"] for row in read_csv(package_dir, "districts.csv")]

    regions = list(provinces)
    for province in provinces:
        regions.extend(PROVINCE_ALIASES.get(province, []))
    for regency in regencies:
        regions.extend(regency_names(regency))
    regions, excluded = apply_exclusions("regions.txt", unique(regions))
    multi_word = sum(1 for r in regions if " " in r)
    sources.write_list("regions.txt", header([
        "Indonesian provinces, regencies (kabupaten) and cities (kota): the official name and, for",
        "regencies and cities, the bare name news uses ('Kabupaten Bandung Barat', 'Bandung Barat').",
        "Short province names added:",
        *[f"  {official} -> {', '.join(short)}" for official, short in PROVINCE_ALIASES.items()],
    ], [
        f"{len(provinces)} provinces, {len(regencies)} regencies and cities; {len(regions)} entries,"
        f" {multi_word} of them multi-word (matched longest first).",
    ], excluded), regions)

    names = [n for raw in districts for n in district_names(raw)]
    district_list, excluded = apply_exclusions("districts.txt", unique(names))
    multi_word = sum(1 for d in district_list if " " in d)
    sources.write_list("districts.txt", header([
        "Indonesian districts (kecamatan), as the source writes them, title-cased; a row holding two names",
        "('Misool (Misool Utara)', 'Konda/ Kondaga') gives both; 'Kep.' and 'Gn.' written out; four rows",
        "spelt as FIXES in the script says ('Ra\"as' -> Ra'as, 'Bl. Limbangan' -> Balubur Limbangan). The same",
        "name is often a district in several regencies, and often also a village, a person or a word.",
    ], [
        f"{len(districts)} district rows; {len(district_list)} distinct entries, {multi_word} of them multi-word.",
    ], excluded), district_list)

    sources.copy_licence(os.path.join(package_dir, "data", "LICENSE.md"), "ODbL-1.0.md")


if __name__ == "__main__":
    main()
