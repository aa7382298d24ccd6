#!/usr/bin/env bash
# Start-up time and requests per second of the API and the home page, on loopback.
# Needs wrk (apt-get install wrk). Usage: bench/http.sh [seconds-per-run] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-32}
PORT=18080
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/ortakakil.jar ] || mvn -q -B package -DskipTests
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

start() {
  local began; began=$(date +%s.%N)
  (cd "$WORK" && exec java -jar "$OLDPWD/target/ortakakil.jar" --spring.profiles.active=demo --server.port=$PORT \
      > "$WORK/app.log" 2>&1) &
  PID=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do sleep 0.05; done
  echo "$1 start to healthy: $(echo "$(date +%s.%N) - $began" | bc | cut -c1-5) s ($(grep -o 'Started OrtakAkilApplication in [0-9.]* seconds' "$WORK/app.log"))"
}

start "first (empty database: migrations, geography, demo data)"
kill "$PID"; wait "$PID" 2>/dev/null || true
start "second (existing database)"

for path in /api/v1/districts / /districts/kadikoy; do
  wrk -t2 -c"$CONNECTIONS" -d5s "http://localhost:$PORT$path" > /dev/null   # warm-up
  echo "--- GET $path (${SECONDS_PER_RUN}s, $CONNECTIONS connections, 2 threads)"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "http://localhost:$PORT$path" \
    | grep -E "Requests/sec|50%|99%|Non-2xx"
done
