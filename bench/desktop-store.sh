#!/usr/bin/env bash
# The desktop store with 1,000 drafts made from the development set's resumes: list load, search,
# autosave (median and p99), open and backup times. Writes a temporary SQLite file on the disk of
# $TMPDIR (fsync'd per save, as in the app: use a real disk, not tmpfs, for real figures).
#   bench/desktop-store.sh [DRAFTS]        (default 1000; from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-desktop-java.sh org.careercoach.desktop.service.store.StoreBenchmark ../shared/eval/dev/truth "${1:-1000}"
