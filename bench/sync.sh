#!/usr/bin/env bash
# Draft sync (ADR 0019) against the real server jar, each run on a fresh server data folder:
#   bench/sync.sh load [CLIENTS] [SECONDS] [THINK_MS] [WARMUP_S]   the server under syncing clients
#                                                                 (default 200 60 1000 15)
#   bench/sync.sh first [DRAFTS]                                   first sync of DRAFTS to an empty
#                                                                 device (default 1000)
#   bench/sync.sh event [SAMPLES]                                  one change reaching a second
#                                                                 online device (default 200)
# From the repository root. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-load}"
shift || true
case "$what" in
  load) class=org.careercoach.desktop.service.sync.SyncLoadBenchmark ;;
  first | event) class=org.careercoach.desktop.service.sync.SyncBenchmark; set -- "$what" "$@" ;;
  *) echo "usage: bench/sync.sh load|first|event [ARGS...]" >&2; exit 2 ;;
esac
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# package: the test class path then names the server's executable jar, which the benchmark starts.
./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -Xmx1g -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  "$class" "$@"
