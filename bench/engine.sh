#!/usr/bin/env bash
# Engine benchmark (JMH): chars/s of the full engine, of its tokenizer alone, of a bare word scan
# and of the quotation-mark floor on a ~5 MB corpus, their ratios, and ns/char for 2 KB … 1 MB
# documents. Single benchmark thread.
#
#   bench/engine.sh                          # default corpus: ../shared/eval/{dev,seed,pfsa-dev}.jsonl
#   bench/engine.sh my.jsonl other.jsonl     # any JSONL whose lines have a "text" string
#   bench/engine.sh -- -f 3 -i 10            # longer run: any JMH options after --
#
# Same as: ./mvnw -B -Pbench verify [-Dbench.corpus=a.jsonl:b.jsonl] [-Dbench.args="JMH options"]
# (BENCH_MAIN=… runs another runner of src/bench the same way; bench/html.sh does.)
# Summary: target/bench/engine-summary.txt; raw JMH results: target/bench/jmh-engine.json.
set -euo pipefail

files=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
  [[ -f "$1" ]] || { echo "no such corpus file: $1" >&2; exit 2; }
  files+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")")
  shift
done
[[ "${1:-}" == "--" ]] && shift

corpus=default
if [[ ${#files[@]} -gt 0 ]]; then
  corpus=$(IFS=:; echo "${files[*]}")
fi

cd "$(dirname "$0")/.."
exec ./mvnw -B -Pbench verify -Dbench.main="${BENCH_MAIN:-id.kutip.bench.EngineBench}" -Dbench.corpus="$corpus" \
  -Dbench.args="$*"
