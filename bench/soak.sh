#!/usr/bin/env bash
# Soak test (issue 11): the packaged service under a long mixed load on 127.0.0.1 only, for each of
# several sets of JVM options. The services run side by side and take the load in turns (ROUNDS
# phases each, A B A B …), so that load from elsewhere on the machine hits every set alike. The mix:
# JSON articles (the seed article), text/plain sentences, the seed article as a text/html news page,
# batches of 10 corpus articles, a 190 000-character article, and requests that must fail: malformed
# JSON, blank text, a wrong media type, a 250 000-character text (413). Every reply is compared with
# the reply the same request got when sent alone (status and body).
# Reports, per run: req/s, p50/p99/max latency, 5xx replies, mismatched replies, socket errors, and
# the service's peak RSS (VmHWM, and the highest of 1-second samples). Every phase is bounded in
# time; each service is stopped by its PID.
#
#   bench/soak.sh                       # the documented settings, then -Xmx256m alone
#   RUNS='-Xmx256m' DURATION=60 bench/soak.sh
#
# Environment (defaults in brackets):
#   RUNS            JVM option sets separated by ';' [the documented settings (docker/Dockerfile.jvm);-Xmx256m]
#   DURATION [300]  measured seconds of load per set, in ROUNDS [10] turns;  WARMUP [30]  seconds of
#                   the same mix for each set before them
#   CONNECTIONS [32]  wrk connections;  WRK_THREADS [2]  wrk threads
#   RSS_LIMIT_MB [256]  peak RSS a run must stay within to pass
#   EVAL_DIR [../shared/eval]  where seed.jsonl and dev.jsonl are read from (bodies are built at run time)
#   SKIP_PACKAGE [0]  1 = use the existing target/quarkus-app;  APP_DIR [target/quarkus-app]  the packaged service
#   NMT [0]         1 = add -XX:NativeMemoryTracking=summary and save where the memory went at the end
#                   (jcmd VM.native_memory) to target/bench/soak-nmt-N.txt, N the set's place in RUNS
# Needs java, python3, curl and wrk (installed with apt-get if missing). The summary is also
# written to target/bench/soak-summary.txt. The last set is the reference the others are compared
# with. Exit status 1 if a set had a 5xx, a mismatch or a socket error, or a set other than the
# reference a peak RSS over the limit.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# The documented settings: docker/Dockerfile.jvm's ENV JAVA_OPTS (the README's run command and docker/README.md
# repeat them; DocumentedJvmOptionsTest keeps the three in step).
DOCUMENTED_OPTS=$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' docker/Dockerfile.jvm)
[[ -n "$DOCUMENTED_OPTS" ]] || { echo "soak.sh: no ENV JAVA_OPTS in docker/Dockerfile.jvm" >&2; exit 1; }
RUNS=${RUNS:-"$DOCUMENTED_OPTS;-Xmx256m"}
DURATION=${DURATION:-300}
ROUNDS=${ROUNDS:-10}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-256}
EVAL_DIR=${EVAL_DIR:-$ROOT/../shared/eval}
SKIP_PACKAGE=${SKIP_PACKAGE:-0}
APP_DIR=${APP_DIR:-target/quarkus-app}
NMT=${NMT:-0}
HOST=127.0.0.1

die() { echo "soak.sh: $*" >&2; exit 1; }

[[ -f "$EVAL_DIR/seed.jsonl" && -f "$EVAL_DIR/dev.jsonl" ]] || die "no corpus at $EVAL_DIR (set EVAL_DIR)"
command -v python3 >/dev/null || die "python3 is needed to build the request bodies"
command -v curl >/dev/null || die "curl is needed"
if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [[ "$SKIP_PACKAGE" != 1 ]]; then
  echo "== packaging: ./mvnw -B -q package -DskipTests"
  ./mvnw -B -q package -DskipTests
fi
[[ -f "$APP_DIR/quarkus-run.jar" ]] || die "$APP_DIR/quarkus-run.jar missing"

WORK=$(mktemp -d)
PIDS=()
SAMPLERS=()
stop_pid() { # pid: TERM, up to 10 s, then KILL
  if kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$1" 2>/dev/null || true
  fi
  wait "$1" 2>/dev/null || true
}
cleanup() {
  for p in "${SAMPLERS[@]}" "${PIDS[@]}"; do stop_pid "$p"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The request bodies, built from the corpus at run time (never stored in the repository).
python3 - "$EVAL_DIR" "$WORK" <<'PY'
import html, json, sys
eval_dir, work = sys.argv[1], sys.argv[2]

def texts(name):
    with open(f"{eval_dir}/{name}", encoding="utf-8") as f:
        return [json.loads(l)["text"] for l in f if l.strip()]

seed, dev = texts("seed.jsonl")[0], texts("dev.jsonl")

def long_text(chars):
    parts, n, i = [], 0, 0
    while n < chars:
        parts.append(dev[i % len(dev)] + "\n\n"); n += len(parts[-1]); i += 1
    return "".join(parts)[:chars]

def write(name, data):
    with open(f"{work}/{name}", "wb") as f:
        f.write(data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode())

write("seed.json", {"text": seed})
write("plain.txt", '"Jalan itu akan diperbaiki bulan depan," ujar Sari.'.encode())
write("batch.json", {"documents": [{"id": f"d{i}", "text": t} for i, t in enumerate(dev[:10])]})
write("long.json", {"text": long_text(190_000)})
write("too-long.json", {"text": long_text(250_000)})
write("bad.json", b'{"text": "Kami siap,')
write("blank.json", {"text": "   "})
write("xml.xml", b"<text>Kami siap.</text>")
# The seed article as a news page would carry it (issue 13's text/html input): furniture around, entities inside.
paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in seed.split("\n") if p.strip())
write("page.html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Berita</title>"
                    "<script>window.dataLayer = [];</script><style>p { margin: 0 }</style></head><body>"
                    "<header><nav><a href=\"/\">Beranda</a> <a href=\"/politik\">Politik</a></nav></header>"
                    f"<article><h1>Berita</h1><div class=\"share\">Bagikan</div>{paragraphs}"
                    "<div class=\"baca-juga\">Baca juga: <a href=\"/lain\">Berita lain</a></div></article>"
                    "<aside><ul><li><a href=\"/a\">Terpopuler</a></li></ul></aside><footer>Hak cipta</footer>"
                    "</body></html>").encode())
# id, weight, method, path, content type, body
cases = [("seed", 8, "application/json", "seed.json"), ("plain", 6, "text/plain; charset=utf-8", "plain.txt"),
         ("html", 2, "text/html; charset=utf-8", "page.html"),
         ("batch", 2, "application/json", "batch.json"), ("long", 1, "application/json", "long.json"),
         ("too-long", 1, "application/json", "too-long.json"), ("bad-json", 2, "application/json", "bad.json"),
         ("blank", 2, "application/json", "blank.json"), ("xml", 2, "application/xml", "xml.xml")]
with open(f"{work}/cases.tsv", "w") as f:
    for cid, weight, ctype, body in cases:
        path = "/api/v1/attributions/batch" if cid == "batch" else "/api/v1/attributions"
        f.write(f"soak-{cid}\t{weight}\tPOST\t{path}\t{ctype}\t{work}/{body}\n")
print(f"bodies: seed {len(seed):,} chars, the seed as a news page, batch of 10, long 190,000, too long 250,000, "
      "and 4 bad requests")
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
psi() { [[ -r /proc/pressure/cpu ]] && sed -n 's/^some .*avg60=\([0-9.]*\).*/, CPU pressure \1 %/p' /proc/pressure/cpu; true; }
load_now() { echo "$(cut -d' ' -f1-3 /proc/loadavg)$(psi)"; }
soak() { # set seconds label: one phase of the mix against service `set`
  SOAK_MISMATCH="$WORK/mismatch-$1.txt" WRK_HIST="$WORK/hist-$1-$3" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${2}s" \
    --timeout 30s -s bench/soak.lua "${BASES[$1]}" -- "$WORK/manifest-$1.tsv" >"$WORK/soak-$1-$3.out" 2>&1 \
    || { cat "$WORK/soak-$1-$3.out" >&2; die "wrk failed (set $1, $3)"; }
  grep -q '^SOAK ' "$WORK/soak-$1-$3.out" || { cat "$WORK/soak-$1-$3.out" >&2; die "no wrk result (set $1, $3)"; }
  kill -0 "${PIDS[$1]}" 2>/dev/null || die "the service of set $1 died during the soak"
}

mkdir -p target/bench
IFS=';' read -r -a OPTION_SETS <<<"$RUNS"
BASES=()
load_start=$(load_now)
for set in "${!OPTION_SETS[@]}"; do
  opts="${OPTION_SETS[$set]}"
  port=$(free_port)
  BASES[$set]="http://$HOST:$port"
  nmt_opt=
  [[ "$NMT" == 1 ]] && nmt_opt=-XX:NativeMemoryTracking=summary
  echo "== set $set: java $opts on $HOST:$port"
  # shellcheck disable=SC2086
  java $opts $nmt_opt -Dquarkus.http.host=$HOST -Dquarkus.http.port="$port" \
    -jar "$APP_DIR/quarkus-run.jar" >"$WORK/service-$set.log" 2>&1 &
  PIDS[$set]=$!
  ready=0
  for _ in $(seq 1 120); do
    kill -0 "${PIDS[$set]}" 2>/dev/null || { tail -n 30 "$WORK/service-$set.log" >&2; die "set $set exited during start-up"; }
    if curl -fs -o /dev/null --max-time 2 "${BASES[$set]}/q/health/ready"; then ready=1; break; fi
    sleep 0.5
  done
  [[ $ready == 1 ]] || die "set $set not ready after 60 s"
  # The expected replies: every case sent alone, with its own request id.
  : >"$WORK/manifest-$set.tsv"
  while IFS=$'\t' read -r id weight method path ctype body; do
    status=$(curl -sS -o "$WORK/expected-$set-$id" -w '%{http_code}' --max-time 60 -X "$method" \
      -H "X-Request-Id: $id" -H "Content-Type: $ctype" --data-binary "@$body" "${BASES[$set]}$path")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$weight" "$method" "$path" "$ctype" "$body" "$status" \
      "$WORK/expected-$set-$id" >>"$WORK/manifest-$set.tsv"
  done <"$WORK/cases.tsv"
  cut -f1,7 "$WORK/manifest-$set.tsv" | tr '\t\n' '= ' | sed 's/ $/\n/;s/^/   expected statuses: /'
  pid=${PIDS[$set]}
  (while kill -0 "$pid" 2>/dev/null; do awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null; sleep 1; done \
    >"$WORK/rss-$set.txt") &
  SAMPLERS+=($!)
done

echo "== warm-up: ${WARMUP}s per set"
for set in "${!OPTION_SETS[@]}"; do soak "$set" "$WARMUP" warmup; done
phase=$(( (DURATION + ROUNDS - 1) / ROUNDS ))
echo "== soak: $ROUNDS rounds of ${phase}s per set, in turns (load $(load_now))"
for round in $(seq 1 "$ROUNDS"); do
  for set in "${!OPTION_SETS[@]}"; do soak "$set" "$phase" "round$round"; done
  echo "   round $round/$ROUNDS done (load $(load_now))"
done
load_end=$(load_now)

: >"$WORK/results.tsv"
for set in "${!OPTION_SETS[@]}"; do
  pid=${PIDS[$set]}
  hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
  end_rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  [[ "$NMT" == 1 ]] && { jcmd "$pid" VM.native_memory summary >"target/bench/soak-nmt-$set.txt" 2>&1 || true; }
  printf '%s\t%s\t%s\t%s\n' "${OPTION_SETS[$set]}" "$hwm" "$end_rss" "$set" >>"$WORK/results.tsv"
  [[ -f "$WORK/mismatch-$set.txt" ]] && { echo "first mismatch of set $set:"; head -c 1500 "$WORK/mismatch-$set.txt"; echo; }
done
for p in "${SAMPLERS[@]}" "${PIDS[@]}"; do stop_pid "$p"; done
SAMPLERS=()
PIDS=()

python3 - "$WORK" "$DURATION" "$ROUNDS" "$WARMUP" "$CONNECTIONS" "$WRK_THREADS" "$RSS_LIMIT_MB" \
  "$(git describe --always --dirty 2>/dev/null || echo unknown)" "$load_start" "$load_end" <<'PY' | tee target/bench/soak-summary.txt
import datetime, glob, os, sys
work, duration, rounds, warmup, conns, threads, limit, commit, load_start, load_end = sys.argv[1:11]
limit = int(limit)
print(f"== Kutip soak {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}, commit {commit} ==")
print(f"{os.cpu_count()} CPUs; wrk -t{threads} -c{conns} on 127.0.0.1; per set {warmup} s warm-up, then {duration} s "
      f"of load in {rounds} turns, the sets taking turns; wrk and the services share the cores")
print(f"load average (1/5/15 min) at the start: {load_start}; at the end: {load_end}")

def merged(s, label_prefix):
    total = {"requests": 0, "duration_us": 0, "status_5xx": 0, "mismatches": 0, "socket_errors": 0, "max_us": 0}
    hist = {}
    for out in sorted(glob.glob(f"{work}/soak-{s}-{label_prefix}*.out")):
        label = out[len(f"{work}/soak-{s}-"):-4]
        line = next(l for l in open(out) if l.startswith("SOAK "))
        r = {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
        for k in ("requests", "duration_us", "status_5xx", "mismatches", "socket_errors"):
            total[k] += r[k]
        total["max_us"] = max(total["max_us"], r["max_us"])
        for l in open(f"{work}/hist-{s}-{label}"):
            v, c = l.split()
            hist[int(v)] = hist.get(int(v), 0) + int(c)
    total["rps"] = total["requests"] / (total["duration_us"] / 1e6)
    n, seen = sum(hist.values()), 0
    for p in (50, 99):
        seen = 0
        for v in sorted(hist):
            seen += hist[v]
            if seen >= p / 100 * n:
                total[f"p{p}_us"] = v
                break
    return total

rows, failed = [], False
results = open(f"{work}/results.tsv").read().splitlines()
for line in results:
    opts, hwm, end, s = line.split("\t")
    r, w = merged(s, "round"), merged(s, "warmup")
    samples = [int(x) for x in open(f"{work}/rss-{s}.txt") if x.strip()]
    peak_mb = max([int(hwm)] + samples) / 1024
    bad = r["status_5xx"] + r["mismatches"] + r["socket_errors"] + w["status_5xx"] + w["mismatches"] + w["socket_errors"]
    reference = len(results) > 1 and line == results[-1]  # the set the others are compared with
    ok = bad == 0 and (peak_mb <= limit or reference)
    failed |= not ok
    rows.append((opts, r))
    print(f"\n{opts}")
    print(f"  {r['rps']:,.0f} req/s ({int(r['requests']):,} requests), p50 {r['p50_us']/1000:.2f} ms, "
          f"p99 {r['p99_us']/1000:.2f} ms, max {r['max_us']/1000:.0f} ms")
    print(f"  5xx {int(r['status_5xx'] + w['status_5xx'])}, mismatches {int(r['mismatches'] + w['mismatches'])}, "
          f"socket errors {int(r['socket_errors'] + w['socket_errors'])} (warm-up included: {int(w['requests']):,} requests)")
    print(f"  peak RSS {peak_mb:.0f} MB (VmHWM {int(hwm)/1024:.0f} MB), at the end {int(end)/1024:.0f} MB "
          f"(limit {limit} MB: {'met' if peak_mb <= limit else 'NOT met'}{', not applied: the reference' if reference else ''})")
if len(rows) > 1:
    base = rows[-1][1]["rps"]
    for opts, r in rows[:-1]:
        print(f"\nthroughput of '{opts}' is {100 * r['rps'] / base:.1f} % of '{rows[-1][0]}'")
sys.exit(1 if failed else 0)
PY
