#!/usr/bin/env bash
# Streaming benchmark (issue 12): a Kafka broker (single-node KRaft, from the test class path), then 1
# and then 2 instances of the packaged service in streaming mode, the corpus articles through a topic
# of 4 partitions; and, before and after, one instance's POST /api/v1/attributions/batch on the same
# articles, for comparison. Reports articles/s, end-to-end latency p50/p99 and each instance's peak RSS.
# Loopback only; every phase is bounded in time; everything started is stopped by its PID on exit.
#
#   bench/kafka.sh
#
# Environment (defaults in brackets):
#   ARTICLES [20000]    articles per measured pass: the corpus texts of ../shared/eval, cycled
#   WARMUP [4000]       articles sent before measuring, after each start
#   PARTITIONS [4]      partitions of the articles and attributions topics
#   CONSUMERS [2]       kutip.kafka.consumers of each instance
#   CLIENTS [4]         batch requests at a time in the HTTP passes
#   JAVA_OPTS [-Xmx256m]  the instances' JVM options (as in the container)
#   PASS_TIMEOUT [300]  seconds a pass may take before the benchmark gives up
#   EVAL_DIR [../shared/eval]  where dev.jsonl, seed.jsonl and pfsa-dev.jsonl are read from
#   SKIP_BUILD [0]      1 = use the existing target/ (packaged service, bench classes, class path)
# Needs java, python3 and curl. The broker, the driver and the instances share the machine's cores.
# Summary also in target/bench/kafka-summary.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARTICLES=${ARTICLES:-20000}
WARMUP=${WARMUP:-4000}
PARTITIONS=${PARTITIONS:-4}
CONSUMERS=${CONSUMERS:-2}
CLIENTS=${CLIENTS:-4}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
PASS_TIMEOUT=${PASS_TIMEOUT:-300}
EVAL_DIR=${EVAL_DIR:-$ROOT/../shared/eval}
SKIP_BUILD=${SKIP_BUILD:-0}
HOST=127.0.0.1
JUL="-Djava.util.logging.manager=org.jboss.logmanager.LogManager"

die() { echo "kafka.sh: $*" >&2; exit 1; }

for f in dev.jsonl seed.jsonl pfsa-dev.jsonl; do
  [[ -f "$EVAL_DIR/$f" ]] || die "no $EVAL_DIR/$f (set EVAL_DIR)"
done
command -v python3 >/dev/null || die "python3 is needed for the summary"
command -v curl >/dev/null || die "curl is needed"
CORPUS="$EVAL_DIR/dev.jsonl:$EVAL_DIR/seed.jsonl:$EVAL_DIR/pfsa-dev.jsonl"

mkdir -p target/bench
if [[ "$SKIP_BUILD" != 1 ]]; then
  echo "== building: the service, the bench classes, the class path"
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q -Pbench test-compile
  ./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench/kafka-classpath.txt
fi
[[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar missing"
[[ -f target/test-classes/id/kutip/bench/KafkaBench.class ]] || die "bench classes missing (run without SKIP_BUILD)"
CP="target/test-classes:target/classes:$(cat target/bench/kafka-classpath.txt)"

WORK=$(mktemp -d)
PIDS=()
stop_pid() { # pid: SIGTERM, then SIGKILL after 20 s
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
psi() { [[ -r /proc/pressure/cpu ]] && sed -n 's/^some .*avg60=\([0-9.]*\).*/ (CPU pressure \1 %)/p' /proc/pressure/cpu; true; }
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)$(psi)"

echo "== starting the Kafka broker"
mkdir -p "$WORK/broker"
# shellcheck disable=SC2086
java -Xms64m -Xmx512m $JUL -cp "$CP" id.kutip.stream.KafkaBroker "$WORK/broker" >"$WORK/broker.log" 2>&1 &
BROKER_PID=$!
PIDS+=("$BROKER_PID")
for _ in $(seq 1 900); do
  [[ -f "$WORK/broker/bootstrap.servers" ]] && break
  kill -0 "$BROKER_PID" 2>/dev/null || { cat "$WORK/broker.log" >&2; die "the broker exited"; }
  sleep 0.2
done
[[ -f "$WORK/broker/bootstrap.servers" ]] || { cat "$WORK/broker.log" >&2; die "the broker did not start in 180 s"; }
BOOTSTRAP=$(cat "$WORK/broker/bootstrap.servers")
echo "broker on $BOOTSTRAP (pid $BROKER_PID)"

driver() { # KafkaBench arguments…
  # shellcheck disable=SC2086
  java -Xmx1g $JUL -Darticles="$ARTICLES" -Dwarmup="$WARMUP" -Dclients="$CLIENTS" -Dtimeout="$PASS_TIMEOUT" \
    -Dcorpus="$CORPUS" -cp "$CP" id.kutip.bench.KafkaBench "$@"
}

INSTANCE_PIDS=()
start_instance() { # name [topic prefix]: starts an instance, streaming if a prefix is given; waits until ready
  local name=$1 prefix=${2:-} port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  local kafka=()
  if [[ -n "$prefix" ]]; then
    kafka=(-Dkutip.kafka.enabled=true -Dkafka.bootstrap.servers="$BOOTSTRAP" -Dkutip.kafka.group-id="$prefix"
      -Dkutip.kafka.articles-topic="$prefix.articles" -Dkutip.kafka.attributions-topic="$prefix.attributions"
      -Dkutip.kafka.dead-letter-topic="$prefix.dlq" -Dkutip.kafka.consumers="$CONSUMERS")
  fi
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.http.host=$HOST -Dquarkus.http.port="$port" "${kafka[@]}" \
    -jar target/quarkus-app/quarkus-run.jar >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  INSTANCE_PIDS+=("$pid")
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$WORK/$name.log" >&2; die "$name exited during start-up"; }
    if curl -fs -o /dev/null --max-time 2 "http://$HOST:$port/q/health/ready"; then
      echo "$name ready on port $port (pid $pid)"
      LAST_PORT=$port
      return
    fi
    sleep 0.5
  done
  tail -n 30 "$WORK/$name.log" >&2
  die "$name not ready after 120 s"
}
stop_instances() { # records each instance's peak RSS, then stops them
  local pid hwm
  for pid in "${INSTANCE_PIDS[@]}"; do
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    echo "$PHASE $pid $hwm" >>"$WORK/rss.txt"
    stop_pid "$pid"
  done
  INSTANCE_PIDS=()
}
result() { # phase: runs the driver with the rest of the arguments, keeps its RESULT line
  PHASE=$1
  shift
  driver "$@" | tee -a "$WORK/results.txt" | sed "s/^RESULT /RESULT phase=$PHASE /" >>"$WORK/phases.txt"
}

echo "== HTTP batch, 1 instance (before)"
start_instance http-1
result http-before http "http://$HOST:$LAST_PORT"
stop_instances

echo "== streaming, 1 instance ($CONSUMERS consumers), $PARTITIONS partitions"
driver topics "$BOOTSTRAP" k1 "$PARTITIONS"
start_instance kafka-1a k1
result kafka-1 kafka "$BOOTSTRAP" k1 "$CONSUMERS"
stop_instances

echo "== streaming, 2 instances ($CONSUMERS consumers each), $PARTITIONS partitions"
driver topics "$BOOTSTRAP" k2 "$PARTITIONS"
start_instance kafka-2a k2
start_instance kafka-2b k2
result kafka-2 kafka "$BOOTSTRAP" k2 $((2 * CONSUMERS))
stop_instances

echo "== HTTP batch, 1 instance (after)"
start_instance http-2
result http-after http "http://$HOST:$LAST_PORT"
stop_instances

python3 - "$WORK/phases.txt" "$WORK/rss.txt" "$LOAD_BEFORE" "$JAVA_OPTS" "$ARTICLES" "$PARTITIONS" "$CONSUMERS" \
  "$CLIENTS" "$(git describe --always --dirty 2>/dev/null || echo unknown)" <<'PY' | tee target/bench/kafka-summary.txt
import datetime, os, subprocess, sys
phases_file, rss_file, load_before, java_opts, articles, partitions, consumers, clients, commit = sys.argv[1:10]
phases = {}
for line in open(phases_file):
    kv = dict(x.split("=", 1) for x in line.split()[1:])
    phases[kv["phase"]] = kv
rss = {}
for line in open(rss_file):
    phase, pid, kb = line.split()
    rss.setdefault(phase, []).append(int(kb) // 1024)
with open("/proc/loadavg") as f:
    load_after = " ".join(f.read().split()[:3])
try:
    with open("/proc/pressure/cpu") as f:
        load_after += " (CPU pressure " + f.readline().split("avg60=")[1].split()[0] + " %)"
except (OSError, IndexError):
    pass
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
f = lambda k, v: float(phases[k][v])
print(f"== Kutip streaming benchmark {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}, commit {commit} ==")
print(f"machine: {os.cpu_count()} CPUs ({cpu}), {java}; instances: {java_opts}; broker, driver and instances share the cores, on 127.0.0.1")
print(f"load average (1/5/15 min) before: {load_before}, after: {load_after}")
print(f"corpus: the texts of dev, seed and pfsa-dev cycled; {articles} articles per pass; topics of {partitions} partitions; "
      f"{consumers} consumers per instance; HTTP: batches of <= 100 documents, {clients} at a time")
print(f"{'':28s} {'articles/s':>10s} {'p50 ms':>8s} {'p99 ms':>8s}   {'peak RSS MB':>11s}")
http = [f(p, "rate") for p in ("http-before", "http-after")]
for p, label in (("http-before", "HTTP batch (before)"), ("http-after", "HTTP batch (after)")):
    print(f"{label:28s} {f(p, 'rate'):10.1f} {f(p, 'batch_p50_ms'):8.1f} {f(p, 'batch_p99_ms'):8.1f}   {', '.join(map(str, rss.get(p, []))):>11s}"
          "   (latency of one batch request)")
for p, label, n in (("kafka-1", "streaming, 1 instance", 1), ("kafka-2", "streaming, 2 instances", 2)):
    print(f"{label:28s} {f(p, 'rate'):10.1f} {f(p, 'p50_ms'):8.1f} {f(p, 'p99_ms'):8.1f}   {', '.join(map(str, rss.get(p, []))):>11s}"
          f"   (latency at {f(p, 'offered'):.0f}/s offered; with the backlog p50 {f(p, 'backlog_p50_ms'):.0f} ms, "
          f"p99 {f(p, 'backlog_p99_ms'):.0f} ms; per instance {f(p, 'rate') / n:.1f}/s)")
    if int(phases[p]["missing"]) or int(phases[p]["duplicates"]):
        print(f"  {p}: {phases[p]['missing']} articles without output, {phases[p]['duplicates']} duplicates")
ratio = f("kafka-1", "rate") / (sum(http) / 2)
print(f"streaming 1 instance / HTTP batch (mean of before and after): {100 * ratio:.1f} %   "
      f"(target >= 70 %: {'met' if ratio >= 0.7 else 'NOT met'})")
print(f"streaming 2 instances / 1 instance: {f('kafka-2', 'rate') / f('kafka-1', 'rate'):.2f} x   "
      "(on 2 shared cores more instances add no CPU: this shows the group works, not that it scales here)")
PY
