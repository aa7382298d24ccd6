#!/bin/sh
# Notifications: a space with 100,000 followers (confirmed accounts); the fan-out of one ANSWERED event, the
# immediate mail job mailing them all in chunks of 500, a PUBLISHED fan-out over the space and two districts,
# the header's unread count. Usage: bench/notifications.sh [followers]  (default 100000)
# On PostgreSQL: ORTAKAKIL_TEST_DB=postgresql bench/notifications.sh (database ortakakil_test on 127.0.0.1:5432).
set -e
cd "$(dirname "$0")/.."
exec mvn -o -q verify -Dit.test=NotificationBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -DargLine="-Dbench.followers=${1:-100000} -Dortakakil.notifications.mail-interval=PT1H" \
  2>&1 | grep -E 'notifications bench|FAIL|Tests run|Exception|Caused'
