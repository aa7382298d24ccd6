#!/bin/sh
# Search over 100,000 generated proposals: indexing rate, then p50/p95 of ten queries (common and rare
# words, Turkish capitals, ASCII typing, stems, filters). Usage: bench/search.sh [documents] (default 100000).
# On PostgreSQL: ORTAKAKIL_TEST_DB=postgresql ORTAKAKIL_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/<db> bench/search.sh
set -e
cd "$(dirname "$0")/.."
exec mvn -o -q verify -Dit.test=SearchBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -DargLine="-Dbench.documents=${1:-100000}" 2>&1 \
  | grep -E '^bench: |FAIL|Tests run|Exception|Caused'
