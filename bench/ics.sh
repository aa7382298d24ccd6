#!/usr/bin/env bash
# A district's iCalendar feed, GET /calendar/districts/kadikoy.ics, with about 20,000 meetings stored
# on PostgreSQL (a year of meetings across the 39 districts: about 510 in Kadıköy's window of 30 days
# back to a year ahead).
# Usage: bench/ics.sh [calls]   (default 1000 calls, 1 client; then 4 clients)
#
# Starts the jar (demo profile) as bench/open311.sh does, against its own database
# ortakakil_meetings_bench (BENCH_DB to change it), rebuilding the jar first if it has no feeds yet;
# loads 20,000 meetings of the demo's city council with one INSERT ... SELECT FROM generate_series when
# fewer are stored, and measures with the GET loop of src/test/java/org/ortakakil/bench/Open311Bench.java.
# Latencies are measured at the client over loopback, so they bound the server's time from above.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DB=${BENCH_DB:-ortakakil_meetings_bench}
export BENCH_PORT=${BENCH_PORT:-18083}
BENCH_FUNCTIONS_ONLY=1 source bench/open311.sh
CALLS=${1:-1000}

if [ -f target/ortakakil.jar ] && ! unzip -l target/ortakakil.jar | grep -q CalendarFeedController; then
  rm target/ortakakil.jar
fi

# 20,000 meetings, one every ~28 minutes from 30 days ago to 365 days ahead, district by district in turn.
load_meetings() {
  local stored; stored=$($PG -d "$DB" -tAc "SELECT COUNT(*) FROM meeting WHERE created_by = 'bench'")
  if [ "$stored" -ge 20000 ]; then echo "$stored bench meetings stored"; return; fi
  echo "Loading 20,000 meetings into $DB ..."
  local began; began=$(date +%s)
  $PG -d "$DB" <<'SQL'
DELETE FROM meeting WHERE created_by = 'bench';
WITH d AS (SELECT array_agg(id ORDER BY id) AS ids FROM geo_district),
     s AS (SELECT id FROM space_assembly WHERE slug = 'istanbul-kent-konseyi'),
     g AS (SELECT n, date_trunc('hour', now()) - INTERVAL '30 days' + (n * 395 * 24 / 20000) * INTERVAL '1 hour'
                 + (n % 2) * INTERVAL '30 minutes' AS starts
           FROM generate_series(1, 20000) n)
INSERT INTO meeting (space_kind, space_id, title, description, meeting_type, address, lat, lon, district_id,
    starts_at, ends_at, organiser_kind, step_free, languages, registration_open, capacity, created_by, created_at,
    updated_at)
SELECT 'ASSEMBLY', s.id,
       '{"tr":"Mahalle yönetişim toplantısı ' || g.n || '","en":"Neighbourhood governance meeting ' || g.n || '"}',
       '{"tr":"Gündem: park, çöp toplama, ulaşım; herkes davetlidir.\nMuhtarlıkta, çay bizden.","en":"Agenda: park, rubbish, transport; everyone is welcome."}',
       'IN_PERSON', gd.name || ' muhtarlığı, toplantı salonu, No: ' || g.n,
       gd.centroid_lat + (g.n % 100 - 50) / 10000.0, gd.centroid_lon + (g.n % 70 - 35) / 10000.0, gd.id,
       g.starts, g.starts + INTERVAL '2 hours', 'SPACE', g.n % 3 = 0, 'tr,en', TRUE, 40, 'bench',
       now() - INTERVAL '40 days', now() - (g.n % 40) * INTERVAL '1 day'
FROM g CROSS JOIN d CROSS JOIN s JOIN geo_district gd ON gd.id = d.ids[1 + g.n % 39];
ANALYZE meeting;
SQL
  echo "loaded in $(( $(date +%s) - began )) s: $($PG -d "$DB" -tAc "SELECT COUNT(*) FROM meeting") meetings"
}

start_app
load_meetings
URL="http://localhost:$PORT/calendar/districts/kadikoy.ics"
echo "events in the Kadıköy feed: $(curl -s "$URL" | grep -c '^BEGIN:VEVENT'), $(curl -s "$URL" | wc -c) bytes"
echo "--- GET /calendar/districts/kadikoy.ics"
java "$BENCH_JAVA" get "http://localhost:$PORT" "$CALLS" 1 100 '/calendar/districts/{district}.ics' kadikoy
java "$BENCH_JAVA" get "http://localhost:$PORT" "$CALLS" 4 100 '/calendar/districts/{district}.ics' kadikoy
