#!/bin/sh
# Casting ballots: 2,000 concurrent voters check out through the ballot box (goal: 1,000 ballots/s sustained,
# every ballot counted once). Usage: bench/ballots.sh [ballots] [threads]  (defaults 100000 2000)
# On PostgreSQL: ORTAKAKIL_TEST_DB=postgresql bench/ballots.sh (database ortakakil_test on 127.0.0.1:5432).
set -e
cd "$(dirname "$0")/.."
exec mvn -o -q verify -Dit.test=BallotBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.ballots="${1:-100000}" -Dbench.threads="${2:-2000}" \
  -DargLine="-Dbench.ballots=${1:-100000} -Dbench.threads=${2:-2000}" 2>&1 | grep -E 'ballots from|FAIL|Tests run|Exception|Caused'
