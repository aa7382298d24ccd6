#!/usr/bin/env bash
# Census import benchmark: bench/census.sh [rows] (default 1,000,000).
#
# Generates a synthetic census with bench/CensusCsv.java (cached in target/bench/), then imports it
# through a RUNNING application, the way an administrator does: logs in with the form, uploads the
# file to /admin/census/imports and polls the import's JSON until it ends. Starts nothing itself:
# run the application first (mvn spring-boot:run, or the jar with the demo profile).
#
#   BENCH_URL       the application (default http://localhost:8080)
#   BENCH_USER      an administrator's e-mail (default admin@ortakakil.demo)
#   BENCH_PASSWORD  their password (default demo-admin-2050, the demo profile's)
#   BENCH_SEED      the generator's seed (default 2050, the demo census's; another seed is another city:
#                   importing it replaces every resident)
set -euo pipefail

rows=${1:-1000000}
base=${BENCH_URL:-http://localhost:8080}
user=${BENCH_USER:-admin@ortakakil.demo}
password=${BENCH_PASSWORD:-demo-admin-2050}
seed=${BENCH_SEED:-2050}

cd "$(dirname "$0")/.."
mkdir -p target/bench
csv=target/bench/census-$rows-$seed.csv
if [ ! -s "$csv" ]; then
  java bench/CensusCsv.java "$rows" "$seed" > "$csv.tmp" && mv "$csv.tmp" "$csv"
fi
cookies=$(mktemp)
trap 'rm -f "$cookies"' EXIT
http() { curl -sS --fail -c "$cookies" -b "$cookies" "$@"; }
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

token=$(http "$base/login" | csrf)
landing=$(http -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login")
case "$landing" in *error*) echo "login as $user failed" >&2; exit 1 ;; esac
token=$(http "$base/admin/census" | csrf)

bytes=$(stat -c %s "$csv")
echo "Importing $rows rows ($bytes bytes, seed $seed) into $base"
started=$(date +%s.%N)
page=$(http -o /dev/null -w '%{redirect_url}' -F "file=@$csv;type=text/csv" -F "_csrf=$token" "$base/admin/census/imports")
case "$page" in */admin/census/imports/*) ;; *) echo "upload refused (see $base/admin/census)" >&2; exit 1 ;; esac
uploaded=$(date +%s.%N)
while :; do
  status=$(http -H 'Accept: application/json' "$page")
  state=$(echo "$status" | jq -r .status)
  [ "$state" != RUNNING ] && break
  sleep 0.25
done
ended=$(date +%s.%N)
echo "$status" | jq -c '{id, status, rowsRead, rowsAccepted, rowsRejected, personsAdded, personsMoved, personsRemoved, failureCode}'
awk -v r="$rows" -v s="$started" -v u="$uploaded" -v e="$ended" 'BEGIN {
  printf "upload %.1f s, import %.1f s, total %.1f s: %d rows/s\n", u - s, e - u, e - s, r / (e - s) }'
[ "$state" = SUCCEEDED ]
