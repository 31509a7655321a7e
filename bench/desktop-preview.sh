#!/usr/bin/env bash
# The live preview: the cold first render, then warm renders (export + rasterise) per template,
# as median, p90 and p99 of wall and CPU time.
#   bench/desktop-preview.sh [RESUME.json] [WARM-UP] [RUNS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.desktop.service.preview.PreviewBenchmark "${1:-../shared/jsonresume/sample.resume.json}" "${2:-30}" "${3:-200}"
