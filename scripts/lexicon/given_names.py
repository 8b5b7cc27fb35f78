"""Indonesian personal names from a maintained, licensed source, for collision checks only (nothing
here is written to a lexicon file): the id_ID locale of the npm package @faker-js/faker (MIT),
person.first_name and person.last_name, all genders. Its "last names" are what Indonesians use as
second names or family names (Handayani, Nugroho, Siregar).

    python3 scripts/lexicon/given_names.py    # prints the names, one a line
"""

import json
import os
import subprocess

import sources

PACKAGE = "@faker-js/faker"
VERSION = "10.6.0"
LICENCE = "MIT"
DESCRIPTION = f"npm {PACKAGE} {VERSION} ({LICENCE}), locale id_ID, person.first_name and person.last_name"

_DUMP = """
const m = await import(process.argv[1]);
const person = m.faker.rawDefinitions.person;
const names = {};
for (const part of ["first_name", "last_name"]) {
  for (const [gender, list] of Object.entries(person[part])) names[part + "." + gender] = list;
}
console.log(JSON.stringify(names));
"""


def load():
    """{'first_name.female': [...], 'last_name.male': [...], ...} as the package lists them."""
    locale = os.path.join(sources.npm_package(PACKAGE, VERSION), "dist", "locale", "id_ID.js")
    out = subprocess.run(["node", "--input-type=module", "-e", _DUMP, locale],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def lower_case_set():
    """Every name, lower-cased."""
    return {name.lower() for names in load().values() for name in names}


if __name__ == "__main__":
    for name in sorted(lower_case_set()):
        print(name)
