#!/usr/bin/env bash
# HTTP benchmark (issue 5): packages the service, starts it with the container's heap (-Xmx256m)
# on 127.0.0.1 and a free port, and drives POST /api/v1/attributions with wrk over loopback only:
# the seed article as JSON, then (same run) a one-word text, i.e. the framework's own cost.
# Reports req/s, p50/p99 latency, non-2xx count, the seed/one-word ratio, the service's RSS, and
# the latency of one 200 000-character article built from corpus texts. Every phase is bounded in
# time; the service is stopped by its PID on exit.
#
#   bench/http.sh
#
# Environment (defaults in brackets):
#   DURATION [20]      measured seconds per body, split into ROUNDS phases that alternate one-word
#   ROUNDS [2]         and seed (word, seed, word, seed …), so that drift (JIT, other load) hits both
#   WARMUP [20]        seconds of warm-up load per body before measuring (the JIT needs ~30 s here)
#   CONNECTIONS [16]   wrk connections;  WRK_THREADS [1]  wrk threads (the machine has 2 cores)
#   JAVA_OPTS [-Xmx256m]  the service's JVM options (as in the container)
#   LONG_CHARS [200000]   length of the long article (UTF-16 chars; the service's default limit)
#   EVAL_DIR [../shared/eval]  where seed.jsonl, dev.jsonl and pfsa-dev.jsonl are read from
#   SKIP_PACKAGE [0]   1 = use the existing target/quarkus-app
# Needs: java, python3 (builds the JSON bodies from the corpus at run time), curl, wrk (installed
# with apt-get if missing). Summary also in target/bench/http-summary.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-2}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
LONG_CHARS=${LONG_CHARS:-200000}
EVAL_DIR=${EVAL_DIR:-$ROOT/../shared/eval}
SKIP_PACKAGE=${SKIP_PACKAGE:-0}
# shellcheck source=bench/service.sh
source bench/service.sh

[[ -f "$EVAL_DIR/seed.jsonl" ]] || die "no seed article at $EVAL_DIR/seed.jsonl (set EVAL_DIR)"
command -v python3 >/dev/null || die "python3 is needed to build the request bodies"
command -v curl >/dev/null || die "curl is needed"
need_wrk
package_service

WORK=$(mktemp -d)
psi() { [[ -r /proc/pressure/cpu ]] && sed -n 's/^some .*avg60=\([0-9.]*\).*/ (CPU pressure \1 %)/p' /proc/pressure/cpu; true; }
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)$(psi)"
PID=
cleanup() {
  stop_pid "$PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Request bodies, built from the corpus at run time (never stored in the repository).
python3 - "$EVAL_DIR" "$WORK" "$LONG_CHARS" <<'PY'
import json, sys
eval_dir, work, long_chars = sys.argv[1], sys.argv[2], int(sys.argv[3])

def texts(name):
    with open(f"{eval_dir}/{name}", encoding="utf-8") as f:
        return [json.loads(l)["text"] for l in f if l.strip()]

def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2

def write(name, text):
    with open(f"{work}/{name}", "w", encoding="utf-8") as f:
        json.dump({"text": text}, f, ensure_ascii=False)

seed = texts("seed.jsonl")[0]
write("seed.json", seed)
write("word.json", "Halo")

# Whole corpus texts joined by blank lines until LONG_CHARS UTF-16 units, cut there (never
# inside a surrogate pair).
parts, n, pool = [], 0, texts("pfsa-dev.jsonl") + texts("dev.jsonl")
i = 0
while n < long_chars:
    t = pool[i % len(pool)] + "\n\n"
    parts.append(t); n += utf16_len(t); i += 1
doc = "".join(parts)
out, units = [], 0
for ch in doc:
    u = 2 if ord(ch) > 0xFFFF else 1
    if units + u > long_chars:
        break
    out.append(ch); units += u
write("long.json", "".join(out))
print(f"bodies: seed article {utf16_len(seed):,} chars, one word, long article {units:,} chars")
PY

# shellcheck disable=SC2086
start_service "$WORK/service.log" $JAVA_OPTS
URL="$BASE/api/v1/attributions"

# One request per body first: each must get exactly 200 with an attributions list, so wrk's
# error count (status >= 400) is the whole non-2xx count.
post() { # body-file → prints "status seconds", reply in $WORK/reply.json
  curl -sS -o "$WORK/reply.json" -w '%{http_code} %{time_total}\n' --max-time 30 \
    -H 'Content-Type: application/json' --data-binary "@$1" "$URL"
}
for body in word seed long; do
  read -r status secs < <(post "$WORK/$body.json")
  [[ "$status" == 200 ]] || { head -c 600 "$WORK/reply.json" >&2; echo >&2; die "$body body: HTTP $status, expected 200"; }
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["attributions"]))' "$WORK/reply.json") \
    || die "$body body: reply has no attributions list"
  echo "check $body: HTTP 200, $n attributions"
done

load() { # name body-file seconds → RESULT line in $WORK/name.out, histogram in $WORK/name.hist
  WRK_HIST="$WORK/$1.hist" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s bench/post.lua "$URL" \
    -- "$WORK/$2.json" >"$WORK/$1.out" 2>&1 || { cat "$WORK/$1.out" >&2; die "wrk failed ($1)"; }
  grep -q '^RESULT ' "$WORK/$1.out" || { cat "$WORK/$1.out" >&2; die "no wrk result ($1)"; }
}

echo "== warm-up: ${WARMUP}s one-word, ${WARMUP}s seed, 3 long articles"
load warm-word word "$WARMUP"
load warm-seed seed "$WARMUP"
for _ in 1 2 3; do post "$WORK/long.json" >/dev/null; done

phase=$(( (DURATION + ROUNDS - 1) / ROUNDS ))
echo "== load: ${ROUNDS} x (${phase}s one-word, ${phase}s seed article), wrk -t$WRK_THREADS -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  load "word-$round" word "$phase"
  load "seed-$round" seed "$phase"
done
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")

echo "== one long article, 5 requests one after another"
long_times=()
for _ in 1 2 3 4 5; do
  read -r status secs < <(post "$WORK/long.json")
  [[ "$status" == 200 ]] || die "long article: HTTP $status"
  long_times+=("$secs")
done
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$PID/status")
rss_end_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")
kill -0 "$PID" 2>/dev/null || die "the service died"

mkdir -p target/bench
python3 - "$WORK" "$rss_kb" "$rss_end_kb" "$hwm_kb" "$JAVA_OPTS" "$CONNECTIONS" "$WRK_THREADS" "$ROUNDS x ${phase}" "$LONG_CHARS" \
  "$(git describe --always --dirty 2>/dev/null || echo unknown)" "$LOAD_BEFORE" "${long_times[@]}" \
  <<'PY' | tee target/bench/http-summary.txt
import datetime, os, platform, statistics, subprocess, sys
work, rss, rss_end, hwm, java_opts, conns, threads, duration, long_chars, commit, load_before = sys.argv[1:12]
longs = sorted(float(x) * 1000 for x in sys.argv[12:])

def result(body):
    """The rounds of one body merged: requests and time added up, percentiles from the merged histogram."""
    total = {"requests": 0, "duration_us": 0, "non2xx": 0, "socket_errors": 0, "max_us": 0}
    hist = {}
    for name in sorted(f[:-4] for f in os.listdir(work) if f.startswith(body + "-") and f.endswith(".out")):
        with open(f"{work}/{name}.out") as f:
            line = next(l for l in f if l.startswith("RESULT "))
        r = {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
        for k in ("requests", "duration_us", "non2xx", "socket_errors"):
            total[k] += r[k]
        total["max_us"] = max(total["max_us"], r["max_us"])
        with open(f"{work}/{name}.hist") as f:
            for l in f:
                v, c = l.split()
                hist[int(v)] = hist.get(int(v), 0) + int(c)
    total["rps"] = total["requests"] / (total["duration_us"] / 1e6)
    n = sum(hist.values())
    for p in (50, 99):
        seen, rank = 0, p / 100 * n
        for v in sorted(hist):
            seen += hist[v]
            if seen >= rank:
                total[f"p{p}_us"] = v
                break
    return total

def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            return next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except Exception:
        return platform.machine()

java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
word, seed = result("word"), result("seed")
print(f"== Kutip HTTP benchmark {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}, commit {commit} ==")
print(f"machine: {os.cpu_count()} CPUs ({cpu()}), {java}; service: {java_opts}; "
      f"wrk -t{threads} -c{conns}, {duration} s per body, alternating, on 127.0.0.1 (wrk and the service share the cores)")
with open("/proc/loadavg") as f:
    load_after = " ".join(f.read().split()[:3])
try:
    with open("/proc/pressure/cpu") as f:
        load_after += " (CPU pressure " + f.readline().split("avg60=")[1].split()[0] + " %)"
except (OSError, IndexError):
    pass
print(f"load average (1/5/15 min) before: {load_before}, after: {load_after}")
print("  (wrk and the service alone make a load of ~2; more means other processes shared the cores)")
for name, r in (("one-word", word), ("seed", seed)):
    errors = int(r["non2xx"] + r["socket_errors"])
    print(f"{name:9s} {r['rps']:10,.1f} req/s  p50 {r['p50_us']/1000:7.2f} ms  p99 {r['p99_us']/1000:7.2f} ms"
          f"  max {r['max_us']/1000:7.1f} ms  requests {int(r['requests']):,}  non-2xx {int(r['non2xx'])}"
          f"  socket errors {int(r['socket_errors'])}")
ratio = seed["rps"] / word["rps"]
errors = int(word["non2xx"] + word["socket_errors"] + seed["non2xx"] + seed["socket_errors"])
rss_mb, rss_end_mb, hwm_mb = int(rss) / 1024, int(rss_end) / 1024, int(hwm) / 1024
print(f"seed/one-word req/s: {100*ratio:.1f} %   (target >= 60 %: {'met' if ratio >= 0.6 else 'NOT met'})")
print(f"errors (non-2xx + socket): {errors}   (target 0: {'met' if errors == 0 else 'NOT met'})")
print(f"service RSS after the load: {rss_mb:.0f} MB; after the long articles: {rss_end_mb:.0f} MB; "
      f"peak (VmHWM): {hwm_mb:.0f} MB   (target < 300 MB: {'met' if hwm_mb < 300 else 'NOT met'})")
print(f"long article, {int(long_chars):,} chars ({len(longs)} requests, one at a time): median {statistics.median(longs):.1f} ms, "
      f"min {longs[0]:.1f} ms, max {longs[-1]:.1f} ms")
PY
