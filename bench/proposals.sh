#!/bin/sh
# Proposals: seeds a board with 100,000 proposals and 1,000,000 supports (set-based SQL, ProposalSeed), times
# the list's first page and proposal pages (p50/p95 server time), then 200 residents support at once
# (goal: 1,000 supports/s, each counted once). Usage: bench/proposals.sh [proposals] [supports] [threads] [count]
# On PostgreSQL: ORTAKAKIL_TEST_DB=postgresql bench/proposals.sh (database ortakakil_test on 127.0.0.1:5432).
set -e
cd "$(dirname "$0")/.."
P="-Dbench.proposals=${1:-100000} -Dbench.supports=${2:-1000000} -Dbench.threads=${3:-200} -Dbench.count=${4:-50000}"
exec mvn -o -q verify -Dit.test=ProposalBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false $P -DargLine="$P" 2>&1 | grep -E 'proposals bench|FAIL|Tests run|Exception|Caused'
