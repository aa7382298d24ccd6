#!/bin/sh
# The dispatch suggestion benchmark: one request among 200 open ones and 100 teams (goal: under 20 ms).
# Prints p50/p95/p99. Compiles the project first (offline), then runs a plain warmed-up loop.
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
exec java -cp target/classes:target/test-classes org.ortakakil.bench.DispatchBenchmark
