#!/usr/bin/env bash
# Resume parsing speed: documents per second on one core, per format, over ../shared/eval/dev.
#   bench/parser.sh [seconds-per-format]
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${COACH_SHARED_DIR:-../shared}/eval/dev/docs"
[ -d "$docs" ] || { echo "needs the development resumes in $docs" >&2; exit 2; }
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# One reactor build: the modules are packaged, then the last (sync-server) writes its classpath.
./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "sync-server/target/test-classes:sync-server/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.server.bench.ParserBenchmark "$docs" "${1:-10}"
