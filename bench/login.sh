#!/usr/bin/env bash
# Login latency: form logins (GET /login for the CSRF token, then POST /login) against the jar with
# the demo data, one at a time and then from several clients at once. BCrypt is most of the cost.
# The login rate limit is lifted for the run (it would otherwise stop the benchmark at 30 logins).
# Usage: bench/login.sh [logins] [parallel-clients]
set -euo pipefail
cd "$(dirname "$0")/.."
LOGINS=${1:-200}
PARALLEL=${2:-4}
PORT=18081
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/ortakakil.jar ] || mvn -q -B package -DskipTests
(cd "$WORK" && exec java -jar "$OLDPWD/target/ortakakil.jar" --spring.profiles.active=demo --server.port=$PORT \
    --ortakakil.rate-limit.paths=/api/v1/geo/locate > "$WORK/app.log" 2>&1) &
PID=$!
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do sleep 0.2; done
until grep -q "Started OrtakAkilApplication" "$WORK/app.log"; do sleep 0.2; done

login() {  # prints the POST's total time in seconds; fails unless the login succeeded
  local jar; jar=$(mktemp -p "$WORK")
  local csrf; csrf=$(curl -s -c "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  local out; out=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url} %{time_total}' \
      --data-urlencode "username=ofis@ortakakil.demo" --data-urlencode "password=demo-katilim-2050" \
      --data-urlencode "_csrf=$csrf" "http://localhost:$PORT/login")
  rm -f "$jar"
  case "$out" in *"/account "*) echo "${out##* }" ;; *) echo "login failed: $out" >&2; return 1 ;; esac
}
export -f login; export PORT WORK

report() {  # min median p95 max in milliseconds from seconds on stdin
  sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%d logins: min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms\n",
      NR, t[1], t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR] }'
}

for _ in $(seq 1 20); do login > /dev/null; done   # warm-up
echo "--- one client"
for _ in $(seq 1 "$LOGINS"); do login; done | report
echo "--- $PARALLEL clients at once"
began=$(date +%s.%N)
seq 1 "$LOGINS" | xargs -P "$PARALLEL" -I{} bash -c login | report
echo "throughput: $(echo "$LOGINS / ($(date +%s.%N) - $began)" | bc -l | cut -c1-5) logins/s"
