#!/usr/bin/env bash
# Parse jobs end to end on the embedded defaults (PostgreSQL, Redis), uploads over HTTP:
#   bench/jobs.sh noop 2000                       no-op processor, rate limit off: the queue itself
#   bench/jobs.sh parser ../shared/eval/dev/docs 200   the real parser on 200 uploaded PDFs
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# One reactor build: the modules are packaged, then the last (sync-server) writes its classpath.
./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "sync-server/target/test-classes:sync-server/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.server.bench.JobsBenchmark "$@"
