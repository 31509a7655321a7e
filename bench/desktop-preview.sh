#!/usr/bin/env bash
# The live preview: the cold first render, then warm renders (export + rasterise) per template,
# as median, p90 and p99 of wall and CPU time.
#   bench/desktop-preview.sh [RESUME.json] [WARM-UP] [RUNS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-desktop-java.sh org.careercoach.desktop.service.preview.PreviewBenchmark "${1:-../shared/jsonresume/sample.resume.json}" "${2:-30}" "${3:-200}"
