#!/usr/bin/env bash
# The governance coverage view for the whole city with a year of meetings on PostgreSQL.
# Usage: bench/coverage.sh [calls]   (default 300 calls, 1 client; then 4 clients)
#
# Starts the jar (demo profile) against its own PostgreSQL database ortakakil_coverage_bench (created if
# missing, BENCH_DB to change it), loads a year of meetings when fewer are stored (20 per neighbourhood for
# all 960, every 18 days from 300 days ago, plus 20 per district council: 19,980 meetings), 50 registrations
# each (999,000, half of those of past meetings checked in), minutes for every third past meeting and two
# decisions per past neighbourhood meeting, each with INSERT ... SELECT FROM generate_series; prints the
# EXPLAIN ANALYZE of the coverage query, then GETs /governance/coverage (960 rows) with
# src/test/java/org/ortakakil/bench/Open311Bench.java and prints p50/p95/p99.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export BENCH_DB=${BENCH_DB:-ortakakil_coverage_bench}
export BENCH_PORT=${BENCH_PORT:-18087}
BENCH_FUNCTIONS_ONLY=1 source bench/open311.sh
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

load_meetings() {
  local stored; stored=$($PG -d "$DB" -tAc "SELECT COUNT(*) FROM meeting WHERE created_by = 'bench'")
  if [ "$stored" -ge 19000 ]; then echo "$stored bench meetings stored"; return; fi
  echo "Loading a year of meetings into $DB ..."
  local began; began=$(date +%s)
  $PG -d "$DB" <<'SQL'
WITH a AS (SELECT MIN(id) AS id FROM space_assembly),
     slots AS (SELECT n.id AS neighbourhood_id, n.district_id, k,
                 date_trunc('day', now()) - INTERVAL '300 days' + (k * 18 + n.id % 18) * INTERVAL '1 day'
                   + INTERVAL '16 hours' AS starts
               FROM geo_neighbourhood n CROSS JOIN generate_series(0, 19) k
               UNION ALL
               SELECT NULL, d.id, k, date_trunc('day', now()) - INTERVAL '300 days'
                   + (k * 18 + d.id % 18) * INTERVAL '1 day' + INTERVAL '15 hours'
               FROM geo_district d CROSS JOIN generate_series(0, 19) k)
INSERT INTO meeting (space_kind, space_id, title, meeting_type, address, district_id, neighbourhood_id, starts_at,
    ends_at, organiser_kind, co_host_neighbourhood, capacity, registered_count, attendance_count, minutes,
    minutes_published_at, created_by, created_at, updated_at)
SELECT 'ASSEMBLY', a.id, '{"tr":"Bench toplantısı"}', 'IN_PERSON', 'Bench', s.district_id, s.neighbourhood_id,
       s.starts, s.starts + INTERVAL '90 minutes',
       CASE WHEN s.neighbourhood_id IS NULL THEN 'COUNCIL' ELSE 'DISTRICT_COORDINATOR' END, s.neighbourhood_id,
       60, 50, CASE WHEN s.starts < now() AND s.k % 3 = 0 THEN 20 + s.k END,
       CASE WHEN s.starts < now() THEN '{"tr":"Tutanak"}' END,
       CASE WHEN s.starts < now() THEN s.starts + INTERVAL '2 days' END, 'bench', now(), now()
FROM slots s CROSS JOIN a;
INSERT INTO meeting_registration (meeting_id, principal, status, code, created_at, changed_at, checked_in_at)
SELECT m.id, 'bench-' || g, 'REGISTERED', 'B' || m.id || '-' || g, m.starts_at - INTERVAL '3 days',
       m.starts_at - INTERVAL '3 days', CASE WHEN m.ends_at < now() AND g % 2 = 0 THEN m.starts_at END
FROM meeting m CROSS JOIN generate_series(1, 50) g WHERE m.created_by = 'bench';
INSERT INTO meeting_decision (meeting_id, position, decision, responsible, status, done_at)
SELECT m.id, p, 'Bench kararı ' || p, 'Muhtarlık', CASE WHEN p = 1 THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN p = 1 THEN m.ends_at + INTERVAL '10 days' END
FROM meeting m CROSS JOIN generate_series(1, 2) p
WHERE m.created_by = 'bench' AND m.ends_at < now() AND m.neighbourhood_id IS NOT NULL;
ANALYZE meeting; ANALYZE meeting_registration; ANALYZE meeting_decision;
SQL
  echo "loaded in $(( $(date +%s) - began )) s: $($PG -d "$DB" -tAc "SELECT COUNT(*) FROM meeting") meetings," \
    "$($PG -d "$DB" -tAc "SELECT COUNT(*) FROM meeting_registration") registrations"
}

explain() {
  local query; query=$(python3 -c 'import re,sys; t=open(sys.argv[1]).read(); q=t.split("QUERY = \"\"\"")[1].split("\"\"\";")[0]; print(q.replace("%1$s", "").replace(":now", "now()"))' \
    src/main/java/org/ortakakil/meetings/governance/Coverage.java)
  echo "--- EXPLAIN ANALYZE of the coverage query (city)"
  $PG -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF) $query" | grep -E "Execution Time|Planning Time|Scan"
}

CALLS=${1:-300}
start_app
load_meetings
explain
echo "--- GET /governance/coverage (960 neighbourhoods)"
java src/test/java/org/ortakakil/bench/Open311Bench.java get "http://localhost:$PORT" "$CALLS" 1 30 /governance/coverage city
java src/test/java/org/ortakakil/bench/Open311Bench.java get "http://localhost:$PORT" "$CALLS" 4 30 /governance/coverage city
