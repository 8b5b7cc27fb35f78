#!/usr/bin/env bash
# HTML extraction benchmark (JMH, issue 13): every corpus text served as a news page (markup, scripts,
# navigation, entities: src/test/java/id/kutip/html/NewsPages.java); ns per character of HTML extraction
# (id.kutip.html.HtmlText) beside the engine's on the text it yields, paired in one run. Single thread.
# Arguments as bench/engine.sh's:
#
#   bench/html.sh                        # default corpus: ../shared/eval/{dev,seed,pfsa-dev}.jsonl
#   bench/html.sh my.jsonl               # any JSONL whose lines have a "text" string
#   bench/html.sh -- -wi 20              # any JMH options after --
#
# Summary: target/bench/html-summary.txt; raw JMH results: target/bench/jmh-html.json.
set -euo pipefail
BENCH_MAIN=id.kutip.bench.HtmlBench exec "$(dirname "$0")/engine.sh" "$@"
