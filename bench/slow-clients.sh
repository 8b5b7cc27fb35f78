#!/usr/bin/env bash
# Slow-client benchmark (issue 14): a normal client's throughput and p99 with and without a slow-body
# attack, on loopback only. Packages the service, starts it with the container's heap (-Xmx256m) on
# 127.0.0.1 and a free port, warms it up, then alternates two phases of DURATION seconds each:
#   baseline  the normal client alone: wrk POSTing the seed article as JSON;
#   attack    the same, while bench/slow-clients.py holds ATTACKERS connections that each declare a
#             100 000-byte body and send it one byte every INTERVAL seconds (reopened when the
#             service answers 408 or closes them).
# In both phases /q/health/ready and /q/health/live are polled every 0.5 s (a probe fails without a
# 200 within 5 s). Reports req/s, p50/p99 of the normal client, the attack/baseline ratio (issue 14
# asks >= 50 %), health failures, the attackers' replies and the service's peak RSS.
#
#   bench/slow-clients.sh
#
# Environment (defaults in brackets):
#   DURATION [60]     measured seconds per phase       ROUNDS [1]   baseline+attack pairs
#   ATTACKERS [1000]  slow-body connections            INTERVAL [2] seconds between their bytes
#   CONNECTIONS [8]   the normal client's wrk connections (one wrk thread)
#   WARMUP [20]       seconds of warm-up load          JAVA_OPTS [-Xmx256m]
#   SERVICE_OPTS []   more -D options for the service (e.g. -Dkutip.http.body-timeout=10s)
#   EVAL_DIR [../shared/eval]  where seed.jsonl is read from;  SKIP_PACKAGE [0]  1 = use target/quarkus-app
# Needs java, python3, curl and wrk (installed with apt-get if missing). Summary also in
# target/bench/slow-clients-summary.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-60}
ROUNDS=${ROUNDS:-1}
ATTACKERS=${ATTACKERS:-1000}
INTERVAL=${INTERVAL:-2}
CONNECTIONS=${CONNECTIONS:-8}
WARMUP=${WARMUP:-20}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
SERVICE_OPTS=${SERVICE_OPTS:-}
EVAL_DIR=${EVAL_DIR:-$ROOT/../shared/eval}
SKIP_PACKAGE=${SKIP_PACKAGE:-0}
# shellcheck source=bench/service.sh
source bench/service.sh

[[ -f "$EVAL_DIR/seed.jsonl" ]] || die "no seed article at $EVAL_DIR/seed.jsonl (set EVAL_DIR)"
command -v python3 >/dev/null || die "python3 is needed"
command -v curl >/dev/null || die "curl is needed"
need_wrk
# Each attacker is one socket here and one in the service.
(( $(ulimit -n) > 2 * ATTACKERS + 512 )) || ulimit -n $(( 2 * ATTACKERS + 1024 )) \
  || die "ulimit -n is $(ulimit -n); ATTACKERS=$ATTACKERS needs more open files"
package_service

WORK=$(mktemp -d)
PID=
ATTACK_PID=
cleanup() {
  stop_pid "$ATTACK_PID"
  stop_pid "$PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

python3 - "$EVAL_DIR" "$WORK" <<'PY'
import json, sys
eval_dir, work = sys.argv[1:3]
with open(f"{eval_dir}/seed.jsonl", encoding="utf-8") as f:
    seed = json.loads(next(l for l in f if l.strip()))["text"]
with open(f"{work}/seed.json", "w", encoding="utf-8") as f:
    json.dump({"text": seed}, f, ensure_ascii=False)
PY

# shellcheck disable=SC2086
start_service "$WORK/service.log" $JAVA_OPTS $SERVICE_OPTS
URL="$BASE/api/v1/attributions"
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H 'Content-Type: application/json' \
  --data-binary "@$WORK/seed.json" "$URL")
[[ "$status" == 200 ]] || die "the seed article got HTTP $status, expected 200"

normal_client() { # name seconds → RESULT line in $WORK/name.out
  wrk -t1 -c"$CONNECTIONS" -d"${2}s" --timeout 10s -s bench/post.lua "$URL" -- "$WORK/seed.json" \
    >"$WORK/$1.out" 2>&1 || { cat "$WORK/$1.out" >&2; die "wrk failed ($1)"; }
  grep -q '^RESULT ' "$WORK/$1.out" || { cat "$WORK/$1.out" >&2; die "no wrk result ($1)"; }
}

phase() { # name attackers: the normal client for DURATION s beside slow-clients.py
  rm -f "$WORK/ready"
  python3 bench/slow-clients.py --url "$BASE" --connections "$2" --interval "$INTERVAL" \
    --seconds "$DURATION" --ready-file "$WORK/ready" --out "$WORK/$1.json" >"$WORK/$1.log" 2>&1 &
  ATTACK_PID=$!
  for _ in $(seq 1 1200); do
    [[ -f "$WORK/ready" ]] && break
    kill -0 "$ATTACK_PID" 2>/dev/null || { cat "$WORK/$1.log" >&2; die "slow-clients.py exited ($1)"; }
    sleep 0.1
  done
  [[ -f "$WORK/ready" ]] || die "the $2 slow clients did not connect within 120 s"
  uptime | sed "s/^/$1 load: /"
  normal_client "$1" "$DURATION"
  wait "$ATTACK_PID" || { cat "$WORK/$1.log" >&2; die "slow-clients.py failed ($1)"; }
  ATTACK_PID=
  kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/service.log" >&2; die "the service died ($1)"; }
}

echo "== warm-up: ${WARMUP}s of the normal client"
normal_client warmup "$WARMUP"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $ROUNDS x (${DURATION}s baseline, ${DURATION}s with $ATTACKERS slow clients), wrk -t1 -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  phase "baseline-$round" 0
  phase "attack-$round" "$ATTACKERS"
done
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$PID/status")

mkdir -p target/bench
python3 - "$WORK" "$ROUNDS" "$DURATION" "$ATTACKERS" "$INTERVAL" "$CONNECTIONS" "$JAVA_OPTS $SERVICE_OPTS" \
  "$hwm_kb" "$LOAD_BEFORE" "$(git describe --always --dirty 2>/dev/null || echo unknown)" \
  <<'PY' | tee target/bench/slow-clients-summary.txt
import datetime, json, os, sys
work, rounds, duration, attackers, interval, conns, opts, hwm, load_before, commit = sys.argv[1:11]

def wrk(name):
    with open(f"{work}/{name}.out") as f:
        line = next(l for l in f if l.startswith("RESULT "))
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}

with open("/proc/loadavg") as f:
    load_after = " ".join(f.read().split()[:3])
print(f"== Kutip slow-client benchmark {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}, "
      f"commit {commit} ==")
print(f"{os.cpu_count()} CPUs; service {opts}; normal client wrk -t1 -c{conns} POSTing the seed article, "
      f"{duration} s a phase; attack: {attackers} connections, one body byte every {interval} s each")
print(f"load average (1/5/15 min) before: {load_before}, after: {load_after}")
worst_ratio, health_failures = None, 0
for r in range(1, int(rounds) + 1):
    for phase in ("baseline", "attack"):
        name = f"{phase}-{r}"
        w = wrk(name)
        with open(f"{work}/{name}.json") as f:
            a = json.load(f)
        errors = int(w["non2xx"] + w["socket_errors"])
        fails = a["ready"]["failures"] + a["live"]["failures"]
        health_failures += fails
        print(f"{name:11s} {w['rps']:8.1f} req/s  p50 {w['p50_us']/1000:7.2f} ms  p99 {w['p99_us']/1000:7.2f} ms  "
              f"errors {errors}  | health: ready {a['ready']['probes']} probes p99 {a['ready']['p99_ms']} ms "
              f"max {a['ready']['max_ms']} ms, live {a['live']['probes']} probes p99 {a['live']['p99_ms']} ms, "
              f"failures {fails}")
        if phase == "attack":
            print(f"{'':11s} slow clients: {a['open_at_start']} open at the start, {a['open_at_end']} at the end, "
                  f"{a['opened']} connections in all, replies {a['replies']}, closed without reply "
                  f"{a['closed_without_reply']}, connect errors {a['connect_errors']}")
            ratio = w["rps"] / wrk(f"baseline-{r}")["rps"]
            worst_ratio = ratio if worst_ratio is None else min(worst_ratio, ratio)
            print(f"{'':11s} attack/baseline req/s: {100 * ratio:.1f} %")
print(f"lowest attack/baseline req/s: {100 * worst_ratio:.1f} %   (issue 14 asks >= 50 %: "
      f"{'met' if worst_ratio >= 0.5 else 'NOT met'})")
print(f"health probe failures: {health_failures}   (issue 14 asks 0: {'met' if health_failures == 0 else 'NOT met'})")
print(f"service peak RSS (VmHWM): {int(hwm) / 1024:.0f} MB")
PY
