#!/usr/bin/env bash
# The desktop app's resume-files service (ADR 0020) against the real server jar on a fresh data
# folder (limits off), from one JVM on this machine (bench/uploads.sh is the server's own side):
#   bench/desktop-upload.sh [RUNS] [SAMPLES]   a 5 MB PDF sent by the service vs curl, RUNS each
#                                      alternating (default 5), and add-to-READ of a two-page PDF
#                                      on the idle server, SAMPLES times (default 9)
# From the repository root. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# package: the test class path then names the server's executable jar, which the benchmark starts.
./mvnw -o -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -Xmx1g -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.desktop.service.uploads.UploadBenchmark "$@"
