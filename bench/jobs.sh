#!/usr/bin/env bash
# Parse jobs end to end on the embedded defaults (PostgreSQL, Redis), uploads over HTTP:
#   bench/jobs.sh noop 2000                       no-op processor, rate limit off: the queue itself
#   bench/jobs.sh parser ../shared/eval/dev/docs 200   the real parser on 200 uploaded PDFs
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.careercoach.server.bench.JobsBenchmark "$@"
