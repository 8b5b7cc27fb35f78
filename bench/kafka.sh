#!/usr/bin/env bash
# Streaming benchmark (issue 12): a Kafka broker (single-node KRaft, from the test class path), then
# one instance of the packaged service serving both doors, the corpus articles in turn through
# POST /api/v1/attributions/batch and through a topic of 4 partitions (paired rounds, so that the
# load of other processes hits both alike), then two instances in one consumer group. Reports
# articles/s, end-to-end latency p50/p99, CPU time per article (service, broker, driver) and each
# instance's peak RSS. Loopback only; every phase is bounded in time; everything started is stopped
# by its PID on exit.
#
#   bench/kafka.sh
#
# Environment (defaults in brackets):
#   ARTICLES [20000]    articles per measured pass: the corpus texts of ../shared/eval, cycled
#   ROUNDS [3]          measured rounds (1 instance: an HTTP pass and a Kafka pass, in turns)
#   WARMUP [10000]      articles sent through each door before measuring (the JIT is still busy after 4000)
#   PARTITIONS [4]      partitions of the articles and attributions topics
#   CONSUMERS [2]       kutip.kafka.consumers of each instance
#   CLIENTS [2]         batch requests at a time in the HTTP passes (as many as the consumers: on a shared
#                       machine every busy thread gets its share of the cores)
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
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10000}
PARTITIONS=${PARTITIONS:-4}
CONSUMERS=${CONSUMERS:-2}
CLIENTS=${CLIENTS:-2}
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
  local pids
  pids=$(IFS=,; echo "${INSTANCE_PIDS[*]}")
  # shellcheck disable=SC2086
  java -Xmx1g $JUL -Darticles="$ARTICLES" -Drounds="$ROUNDS" -Dwarmup="$WARMUP" -Dclients="$CLIENTS" -Dtimeout="$PASS_TIMEOUT" \
    -Dcorpus="$CORPUS" -Dservice.pids="$pids" -Dbroker.pid="$BROKER_PID" -cp "$CP" id.kutip.bench.KafkaBench "$@"
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
result() { # phase: runs the driver with the rest of the arguments, keeps its RESULT lines under the phase's name
  PHASE=$1
  shift
  driver "$@" | sed "s/^RESULT /RESULT phase=$PHASE /" >>"$WORK/phases.txt"
}

echo "== 1 instance ($CONSUMERS consumers), $PARTITIONS partitions: HTTP batch and streaming in turn"
driver topics "$BOOTSTRAP" k1 "$PARTITIONS"
start_instance one k1
result one compare "$BOOTSTRAP" k1 "$CONSUMERS" "http://$HOST:$LAST_PORT"
stop_instances

echo "== 2 instances ($CONSUMERS consumers each), $PARTITIONS partitions: streaming"
driver topics "$BOOTSTRAP" k2 "$PARTITIONS"
start_instance two-a k2
start_instance two-b k2
result two kafka "$BOOTSTRAP" k2 $((2 * CONSUMERS))
stop_instances

python3 - "$WORK/phases.txt" "$WORK/rss.txt" "$LOAD_BEFORE" "$JAVA_OPTS" "$ARTICLES" "$ROUNDS" "$PARTITIONS" \
  "$CONSUMERS" "$CLIENTS" "$(git describe --always --dirty 2>/dev/null || echo unknown)" <<'PY' | tee target/bench/kafka-summary.txt
import datetime, os, subprocess, sys
phases_file, rss_file, load_before, java_opts, articles, rounds, partitions, consumers, clients, commit = sys.argv[1:11]
passes = []
for line in open(phases_file):
    kv = dict(x.split("=", 1) for x in line.split()[1:])
    passes.append(kv)
rss = {}
for line in open(rss_file):
    phase, pid, kb = line.split()
    rss.setdefault(phase, []).append(str(int(kb) // 1024))
with open("/proc/loadavg") as f:
    load_after = " ".join(f.read().split()[:3])
try:
    with open("/proc/pressure/cpu") as f:
        load_after += " (CPU pressure " + f.readline().split("avg60=")[1].split()[0] + " %)"
except (OSError, IndexError):
    pass
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]

def select(phase, kind):
    return [p for p in passes if p["phase"] == phase and p["pass"] == kind]

def rate(ps):
    """Articles over seconds, all rounds added up."""
    return sum(int(p["articles"]) for p in ps) / sum(float(p["seconds"]) for p in ps)

def per_article(ps, key):
    return sum(float(p[key]) * int(p["articles"]) for p in ps) / sum(int(p["articles"]) for p in ps)

def cpu_columns(ps):
    return " ".join(f"{per_article(ps, k):6.3f}" for k in ("service_cpu_ms", "jit_cpu_ms", "broker_cpu_ms", "driver_cpu_ms"))

print(f"== Kutip streaming benchmark {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}, commit {commit} ==")
print(f"machine: {os.cpu_count()} CPUs ({cpu}), {java}; instances: {java_opts}; broker, driver and instances share the cores, on 127.0.0.1")
print(f"load average (1/5/15 min) before: {load_before}, after: {load_after}")
print(f"corpus: the texts of dev, seed and pfsa-dev cycled; {articles} articles per pass, {rounds} rounds; topics of "
      f"{partitions} partitions; {consumers} consumers per instance; HTTP: batches of <= 100 documents, {clients} at a time")
print(f"{'':30s} {'articles/s':>10s}  {'rounds':>17s}  {'CPU ms/article: service (JIT) broker driver':>44s}  {'peak RSS MB':>11s}")
rows = (("one", "http", "1 instance, HTTP batch"), ("one", "kafka", "1 instance, streaming"), ("two", "kafka", "2 instances, streaming"))
for phase, kind, label in rows:
    ps = select(phase, kind)
    each = ", ".join(f"{float(p['rate']):.0f}" for p in ps)
    print(f"{label:30s} {rate(ps):10.1f}  {each:>17s}  {cpu_columns(ps):>44s}  {', '.join(rss.get(phase, [])):>11s}")
for phase, label in (("one", "1 instance"), ("two", "2 instances")):
    paced = select(phase, "paced")[0]
    backlog = select(phase, "kafka")
    print(f"end-to-end latency, {label}: p50 {float(paced['p50_ms']):.1f} ms, p99 {float(paced['p99_ms']):.1f} ms at "
          f"{float(paced['offered']):.0f} articles/s offered (half the rate above); while a backlog of {articles} drains: "
          f"p50 {max(float(p['p50_ms']) for p in backlog):.0f} ms, p99 {max(float(p['p99_ms']) for p in backlog):.0f} ms")
dups = sum(int(p["duplicates"]) for p in passes)
if dups:
    print(f"duplicate outputs: {dups}")
http, one, two = rate(select("one", "http")), rate(select("one", "kafka")), rate(select("two", "kafka"))
print(f"streaming, 1 instance / HTTP batch, articles/s: {100 * one / http:.1f} %   (target >= 70 %: {'met' if one >= 0.7 * http else 'NOT met'})")
service_ratio = per_article(select("one", "http"), "service_cpu_ms") / per_article(select("one", "kafka"), "service_cpu_ms")
print(f"service CPU per article, HTTP batch / streaming: {100 * service_ratio:.1f} %   (what one instance would move, as a "
      "share of HTTP's articles/s, if the broker and the driver were on other cores)")
print(f"2 instances / 1 instance, articles/s: {two / one:.2f} x, per instance {two / 2:.1f}/s   (2 shared cores: more "
      "instances bring no more CPU here; this shows the group sharing the partitions, not scaling)")
PY
