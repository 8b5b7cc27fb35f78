# Sourced by the service benchmarks (bench/http.sh, bench/slow-clients.sh), from the project root:
# wrk, packaging, a free loopback port, starting the packaged service and stopping processes by PID.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

need_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "== installing wrk"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  fi
}

# Packages the service unless SKIP_PACKAGE=1.
package_service() {
  if [[ "${SKIP_PACKAGE:-0}" != 1 ]]; then
    echo "== packaging: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
  fi
  [[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar missing"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_service LOG [JVM options …]: starts the packaged service on 127.0.0.1 and a free port, waits up to
# 60 s for /q/health/ready; sets PID and BASE (http://127.0.0.1:PORT).
start_service() {
  local log=$1 port
  shift
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  echo "== starting the service: java $* -jar target/quarkus-app/quarkus-run.jar on 127.0.0.1:$port"
  java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$log" >&2; die "the service exited during start-up"; }
    if curl -fs -o /dev/null --max-time 2 "$BASE/q/health/ready" 2>/dev/null; then
      echo "ready (pid $PID)"
      return
    fi
    sleep 0.5
  done
  tail -n 30 "$log" >&2
  die "not ready after 60 s"
}

# stop_pid PID: TERM, up to 10 s, then KILL.
stop_pid() {
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$1" 2>/dev/null || true
  fi
}
