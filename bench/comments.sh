#!/bin/sh
# The first page of a thread of 10,000 comments against one of 10, with 1,000,000 comments on 100,000 targets
# stored. Usage: bench/comments.sh [comments] [targets] [jdbc-url]  (defaults 1000000 100000, in-memory H2)
# PostgreSQL: bench/comments.sh 1000000 100000 'jdbc:postgresql://127.0.0.1:5432/comments_bench?user=postgres'
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
[ -f target/cp.txt ] || mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.ortakakil.bench.CommentBenchmark "$@"
