#!/usr/bin/env bash
# The job match: the cold first match (skill list and embedding model load), then warm matches,
# as median and p99.
#   bench/desktop-job-match.sh [ROUNDS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-desktop-java.sh org.careercoach.desktop.service.jobmatch.JobMatchBenchmark "${1:-50}"
