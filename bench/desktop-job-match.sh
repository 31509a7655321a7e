#!/usr/bin/env bash
# The job match: the cold first match (skill list and embedding model load), then warm matches,
# as median and p99.
#   bench/desktop-job-match.sh [ROUNDS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.desktop.service.jobmatch.JobMatchBenchmark "${1:-50}"
