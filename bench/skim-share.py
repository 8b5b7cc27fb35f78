#!/usr/bin/env python3
"""How much of a corpus a skimming engine could skip: the share of characters in paragraphs, and in
sentences, that hold no double quotation mark and no cue word of the lexicon (closing cues and
their -nya forms, reporting and borderline verbs, "menurut" and the like). Only that share could
go untokenized; the skim itself must still find the cue words in all of the text.

    python3 bench/skim-share.py                      # ../shared/eval/{dev,seed,pfsa-dev}.jsonl
    python3 bench/skim-share.py my.jsonl other.jsonl # any JSONL whose lines have a "text" string
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src/main/resources/lexicon/id"
DEFAULT = [ROOT / "../shared/eval" / f for f in ("dev.jsonl", "seed.jsonl", "pfsa-dev.jsonl")]
DOUBLE_MARKS = set('"“”„‟«»＂')
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def lexicon(name):
    lines = (LEXICON / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def main(paths):
    with_nya = lexicon("closing-cues") | lexicon("according-to")
    cues = with_nya | lexicon("reporting-verbs") | lexicon("borderline-verbs") | {w + "nya" for w in with_nya}

    def holds_cue(span):
        return any(c in DOUBLE_MARKS for c in span) or any(w.lower() in cues for w in WORD.findall(span))

    total = para_skip = sent_skip = 0
    for path in paths:
        for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for para in re.split(r"[\r\n]+", json.loads(line)["text"]):
                total += len(para)
                if not holds_cue(para):
                    para_skip += len(para)
                sent_skip += sum(len(s) for s in SENTENCE_END.split(para) if not holds_cue(s))
    print(f"{total:,} chars; without a double quotation mark or a cue word: "
          f"{100 * para_skip / total:.0f} % in such paragraphs, {100 * sent_skip / total:.0f} % in such sentences")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
