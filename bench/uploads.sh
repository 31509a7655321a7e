#!/usr/bin/env bash
# Upload throughput and server heap high-water mark for 1, 10 and 50 concurrent 5 MB uploads, to
# the local store and to S3 (S3Proxy). Builds the server jar and the test classes if needed.
#   bench/uploads.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# One reactor build: the modules are packaged, then the last (sync-server) writes its classpath.
./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "sync-server/target/test-classes:sync-server/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  org.careercoach.server.bench.UploadBenchmark sync-server/target/sync-server.jar
