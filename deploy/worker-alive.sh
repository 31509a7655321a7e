#!/bin/bash
# The worker container's health check: the worker has no HTTP server, so it is healthy while its
# heartbeat reaches Redis, which it records by touching COACH_JOB_HEARTBEAT_FILE. Healthy when that
# file changed in the last MAX_AGE seconds (default 30: six beats at COACH_JOB_HEARTBEAT_EVERY=5s).
#   worker-alive.sh [MAX_AGE]
set -euo pipefail
file="${COACH_JOB_HEARTBEAT_FILE:?COACH_JOB_HEARTBEAT_FILE is not set}"
max_age="${1:-30}"
[ -f "$file" ] || { echo "no heartbeat yet ($file)" >&2; exit 1; }
age=$(( $(date +%s) - $(stat -c %Y "$file") ))
[ "$age" -lt "$max_age" ] || { echo "last heartbeat ${age}s ago" >&2; exit 1; }
