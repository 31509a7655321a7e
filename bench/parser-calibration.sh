#!/usr/bin/env bash
# Whether the parser's per-field confidences are honest: each field of the provenance judged
# against the true JSON Resume, the share right per confidence bucket, over ../shared/eval/dev.
#   bench/parser-calibration.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dev="${COACH_SHARED_DIR:-../shared}/eval/dev"
[ -d "$dev/docs" ] || { echo "needs the development resumes in $dev" >&2; exit 2; }
bench/run-java.sh org.careercoach.server.parsing.quality.ConfidenceCalibration "$dev/docs" "$dev/truth"
