#!/usr/bin/env bash
# The admin console's pages with 10,000 users and 100,000 jobs (embedded defaults, seeded in SQL):
#   bench/console.sh [REQUESTS] [--plans]     p50/p99 render time per page; --plans adds EXPLAIN ANALYZE
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.careercoach.server.bench.ConsoleBenchmark "$@"
