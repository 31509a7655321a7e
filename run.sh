#!/usr/bin/env bash
# Starts Career Coach on this machine: the sync server on its embedded defaults, then the desktop
# app. Closing the app window stops the server too. Needs only a JDK 17+. The work is done in Java
# (`sync-server.jar local`, shared with run.cmd): the admin account, the start, the app.
#   ./run.sh                 build what changed, then start both
#   ./run.sh --server-only   the server alone, until Ctrl+C (its admin console at /admin)
#   ./run.sh --no-build      start the jars already built
set -euo pipefail
cd "$(dirname "$0")"

build=true
for arg in "$@"; do
  [ "$arg" = "--no-build" ] && build=false
done
if [ "$build" = true ]; then
  echo "Building Career Coach (first time: a few minutes while Maven fetches dependencies)…"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi
exec java -jar sync-server/target/sync-server.jar local "$@"
