#!/usr/bin/env bash
# Intake: new requests per second through Open311 POST /open311/v2/requests.json with an api_key (the
# whole path: form parsing, key check, validation, point-in-district lookup, routing, the inserts and
# the audit event), with 1,000,000 requests already stored on PostgreSQL.
# Usage: bench/intake.sh [requests] [clients]   (defaults: 6000 requests, 8 clients)
# Starts the jar and loads the data as bench/open311.sh does (same database); the key is inserted as
# its SHA-256, as the admin page would store it.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_FUNCTIONS_ONLY=1 source bench/open311.sh
CALLS=${1:-6000}
CLIENTS=${2:-8}
start_app
load_requests
KEY="bench-intake-key"
$PG -d "$DB" -c "INSERT INTO open311_api_key (key_hash, app_name, active, created_at)
  SELECT encode(sha256(convert_to('$KEY', 'UTF8')), 'hex'), 'bench', TRUE, now()
  WHERE NOT EXISTS (SELECT 1 FROM open311_api_key WHERE app_name = 'bench')"
echo "--- POST /open311/v2/requests.json (street light, 8 points on both sides)"
java "$BENCH_JAVA" post "http://localhost:$PORT" "$CALLS" "$CLIENTS" 300 "$KEY"
