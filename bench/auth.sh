#!/usr/bin/env bash
# Sign-in and refresh throughput of the sync server: starts the built server on a fresh embedded
# database with rate limits off, then drives it with wrk at a fixed concurrency (the load driver
# shares the machine). Needs wrk and curl (Debian: apt-get install wrk curl).
#   bench/auth.sh [concurrency] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
concurrency="${1:-16}"
seconds="${2:-30}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 2; }
[ -f sync-server/target/sync-server.jar ] || ./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package

data="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:${port}"
COACH_DATA_DIR="$data" SERVER_PORT="$port" java -jar sync-server/target/sync-server.jar \
  --coach.rate-limit.enabled=false --logging.level.root=WARN >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "$url/actuator/health" >/dev/null; do
  kill -0 $server 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
  sleep 0.5
done

password="benchmark passphrase that is long"
for i in $(seq 1 "$concurrency"); do
  curl -fs -XPOST "$url/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-$i@bench.example\",\"password\":\"$password\",\"name\":\"Bench $i\"}" >/dev/null
done

# One fresh refresh token per wrk thread: each thread then follows its own rotation chain.
fresh_tokens() {
  : >"$data/tokens"
  for i in $(seq 1 "$concurrency"); do
    curl -fs -XPOST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"bench-$i@bench.example\",\"password\":\"$password\"}" |
      sed -E 's/.*"refreshToken":"([^"]+)".*/\1/' >>"$data/tokens"
    echo >>"$data/tokens"
  done
}

report() { # name, wrk output
  local rate p50 p99 errors
  rate=$(grep 'Requests/sec' <<<"$2" | awk '{print $2}')
  p50=$(grep -E '^ +50%' <<<"$2" | awk '{print $2}')
  p99=$(grep -E '^ +99%' <<<"$2" | awk '{print $2}')
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$2" | tr -s ' ' | paste -sd';' || true)
  printf '%-9s %10s/s  p50 %8s  p99 %8s  %s\n' "$1" "$rate" "$p50" "$p99" "${errors:-no errors}"
}

echo "$(nproc) cores, $(java -version 2>&1 | head -1), concurrency $concurrency, ${seconds}s per run after warm-up"
wrk -t"$concurrency" -c"$concurrency" -d10s -s bench/login.lua "$url" >/dev/null
report logins "$(wrk -t"$concurrency" -c"$concurrency" -d"${seconds}s" --latency -s bench/login.lua "$url")"
fresh_tokens
TOKENS="$data/tokens" wrk -t"$concurrency" -c"$concurrency" -d20s -s bench/refresh.lua "$url" >/dev/null
fresh_tokens
report refreshes "$(TOKENS="$data/tokens" wrk -t"$concurrency" -c"$concurrency" -d"${seconds}s" --latency -s bench/refresh.lua "$url")"
