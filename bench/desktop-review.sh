#!/usr/bin/env bash
# The resume review: the cold first review, then warm reviews of every resume in a folder,
# as median, p99 and max per review.
#   bench/desktop-review.sh [FOLDER] [ROUNDS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-desktop-java.sh org.careercoach.desktop.service.review.ReviewBenchmark "${1:-../shared/eval/dev/truth}" "${2:-200}"
