#!/usr/bin/env bash
# Open311 GET requests with a district and status filter, with 1,000,000 stored requests on PostgreSQL.
# Usage: bench/open311.sh [calls] [clients]   (defaults: 2000 calls, 1 client; then 4 clients)
#
# Starts the jar (demo profile) against its own PostgreSQL database ortakakil_bench (created if missing,
# BENCH_DB to change it), loads 1,000,000 synthetic requests with one INSERT ... SELECT FROM
# generate_series when fewer are stored, then GETs /open311/v2/requests.json?district=<slug>&status=open
# (the default last 90 days, at most 1000 results) for the 39 districts in turn, with
# src/test/java/org/ortakakil/bench/Open311Bench.java, and prints p50/p95/p99 and calls per second.
# bench/intake.sh sources this file for its functions (BENCH_FUNCTIONS_ONLY=1).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${BENCH_PORT:-18082}
DB=${BENCH_DB:-ortakakil_bench}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
BENCH_JAVA=src/test/java/org/ortakakil/bench/Open311Bench.java

start_app() {
  [ -f target/ortakakil.jar ] || mvn -q -B -o package -DskipTests
  $PG -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 || createdb -h 127.0.0.1 -U postgres "$DB"
  WORK=$(mktemp -d)
  (cd "$WORK" && exec java -Xmx1g -jar "$OLDPWD/target/ortakakil.jar" --spring.profiles.active=demo,postgresql \
      --server.port=$PORT --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
      --spring.datasource.username=postgres > "$WORK/app.log" 2>&1) &
  PID=$!
  trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
}

# 1,000,000 requests over the last two years in the 39 districts and the demo's public categories:
# the last 30 days 60 % open, older ones 2 % open; closed ones resolved 1 to 96 hours after, or rejected.
load_requests() {
  local stored; stored=$($PG -d "$DB" -tAc "SELECT COUNT(*) FROM service_request")
  if [ "$stored" -ge 1000000 ]; then echo "$stored requests stored"; return; fi
  echo "Loading 1,000,000 requests into $DB ..."
  local began; began=$(date +%s)
  $PG -d "$DB" <<'SQL'
WITH d AS (SELECT array_agg(id ORDER BY id) AS ids FROM geo_district),
     c AS (SELECT array_agg(code ORDER BY code) AS codes FROM service_category WHERE NOT is_private AND active),
     g AS (SELECT n, now() - (n % 730) * INTERVAL '1 day' - (n * 37 % 86400) * INTERVAL '1 second' AS requested,
             CASE WHEN n % 730 < 30 THEN n % 10 < 6 ELSE n % 50 = 0 END AS open
           FROM generate_series(1, 1000000) n)
INSERT INTO service_request (service_request_id, category_code, status, state, description, lat, lon, district_id,
    channel, agency_responsible, requested_datetime, updated_datetime, expected_datetime, resolved_at, priority, language)
SELECT 'BENCH' || lpad(g.n::text, 7, '0'), c.codes[1 + g.n % array_length(c.codes, 1)],
       CASE WHEN g.open THEN 'open' ELSE 'closed' END,
       CASE WHEN g.open THEN (ARRAY['NEW', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'WAITING'])[1 + g.n % 5]
            WHEN g.n % 10 = 3 THEN 'REJECTED' ELSE 'RESOLVED' END,
       'Bench request ' || g.n, gd.centroid_lat + (g.n::bigint * 7919 % 1000 - 500) / 100000.0,
       gd.centroid_lon + (g.n::bigint * 104729 % 1000 - 500) / 100000.0, gd.id, 'OPEN311', 'bench-unit',
       g.requested, g.requested + INTERVAL '1 hour', g.requested + INTERVAL '48 hours',
       CASE WHEN NOT g.open AND g.n % 10 <> 3 THEN g.requested + (1 + g.n % 96) * INTERVAL '1 hour' END,
       'NORMAL', 'tr'
FROM g CROSS JOIN d CROSS JOIN c JOIN geo_district gd ON gd.id = d.ids[1 + g.n % 39];
ANALYZE service_request;
SQL
  echo "loaded in $(( $(date +%s) - began )) s: $($PG -d "$DB" -tAc "SELECT COUNT(*) FROM service_request") requests"
}

district_slugs() {
  $PG -d "$DB" -tAc "SELECT string_agg(slug, ',' ORDER BY id) FROM geo_district"
}

[ "${BENCH_FUNCTIONS_ONLY:-0}" = 1 ] && return 0

CALLS=${1:-2000}
CLIENTS=${2:-1}
start_app
load_requests
SLUGS=$(district_slugs)
PATH_TEMPLATE='/open311/v2/requests.json?district={district}&status=open'
echo "rows per answer, e.g. kadikoy: $(curl -s "http://localhost:$PORT${PATH_TEMPLATE/\{district\}/kadikoy}" | jq length)"
echo "--- GET $PATH_TEMPLATE, 39 districts in turn"
java "$BENCH_JAVA" get "http://localhost:$PORT" "$CALLS" "$CLIENTS" 200 "$PATH_TEMPLATE" "$SLUGS"
java "$BENCH_JAVA" get "http://localhost:$PORT" "$CALLS" 4 200 "$PATH_TEMPLATE" "$SLUGS"
