#!/usr/bin/env bash
# Upload throughput and server heap high-water mark for 1, 10 and 50 concurrent 5 MB uploads, to
# the local store and to S3 (S3Proxy). Builds the server jar and the test classes if needed.
#   bench/uploads.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.careercoach.server.bench.UploadBenchmark sync-server/target/sync-server.jar
