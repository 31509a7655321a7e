#!/usr/bin/env bash
# The resume review: the cold first review, then warm reviews of every resume in a folder,
# as median, p99 and max per review.
#   bench/desktop-review.sh [FOLDER] [ROUNDS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.desktop.service.review.ReviewBenchmark "${1:-../shared/eval/dev/truth}" "${2:-200}"
