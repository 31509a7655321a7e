#!/usr/bin/env bash
# Export time of a two-page resume, warm: PDF and DOCX in each template (p50, p90, p99, max).
#   bench/export.sh [warm-up runs] [timed runs]     (from the repository root; defaults 30 200)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl resume-formats -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "resume-formats/target/test-classes:resume-formats/target/classes:common-model/target/classes:common-model/target/test-classes:$(cat "$cp_file")" \
  org.careercoach.formats.bench.ExportBenchmark "$@"
