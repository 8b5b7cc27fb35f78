"""Prints the words of hand-curated lists that the Indonesian Hunspell dictionary does not accept
(with its affix rules, so "pedagang" counts as dagang + pe-), for checking a list's header claim.

    python3 scripts/lexicon/check_words.py occupations.txt

Needs the `hunspell` program (Debian package hunspell) and uses the same pinned hunspell-id as
dictionary.py.
"""

import os
import subprocess
import sys

import dictionary
import sources


def unknown_words(words):
    unpacked = sources.debian_package(dictionary.PACKAGE, dictionary.VERSION)
    dic = os.path.join(unpacked, dictionary.DIC).removesuffix(".dic")
    out = subprocess.run(["hunspell", "-d", dic, "-l"], input="\n".join(words) + "\n",
                         check=True, capture_output=True, text=True, encoding="iso-8859-1").stdout
    return sorted(set(out.split()))


def main(file_names):
    for file_name in file_names:
        words = sorted({w for entry in sources.read_list(file_name) for w in entry.split(" ")})
        unknown = unknown_words(words)
        print(f"{file_name}: {len(words)} words, {len(unknown)} not in {dictionary.PACKAGE} {dictionary.VERSION}:")
        print("  " + ", ".join(unknown))


if __name__ == "__main__":
    main(sys.argv[1:] or ["occupations.txt"])
