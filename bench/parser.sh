#!/usr/bin/env bash
# Resume parsing speed: documents per second on one core, per format, over ../shared/eval/dev.
#   bench/parser.sh [seconds-per-format]
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${COACH_SHARED_DIR:-../shared}/eval/dev/docs"
[ -d "$docs" ] || { echo "needs the development resumes in $docs" >&2; exit 2; }
bench/run-java.sh org.careercoach.server.bench.ParserBenchmark "$docs" "${1:-10}"
