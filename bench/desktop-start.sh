#!/usr/bin/env bash
# Cold start of the desktop app to its Sign in window: wall time (from launching java to the
# window laid out) and resident memory at that moment, over several runs, for the ways users start
# it: the jar, the build's launcher, and the installed app when a package is installed (installer/). Needs an X display: uses $DISPLAY, else starts Xvfb (Debian package xvfb). With dbus and
# gnome-keyring installed it runs inside .ci/with-keyring, so the keychain probe is part of it.
#   bench/desktop-start.sh [RUNS]        (default 7; from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
jar=desktop-app/target/desktop-app.jar
[ -f "$jar" ] || ./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true package

work="$(mktemp -d)"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
wrap=()
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  wrap=(.ci/with-keyring)
fi

# One run of a command: prints "<wall ms> <jvm ms> <rss kB>": wall from launching the command to
# the window laid out (the report's clock), jvm from the JVM's own start, resident memory then.
run_once() {
  local data="$1"; shift
  local start line shown jvm rss
  # The clock starts inside the keychain's D-Bus session: a desktop has one before the app starts.
  local output
  output=$(COACH_DATA_DIR="$data" COACH_SERVER_URL=http://127.0.0.1:9 COACH_STARTUP_REPORT=exit \
    timeout 120 "${wrap[@]}" sh -c 'date +%s%3N; exec "$@"' sh "$@" 2>/dev/null)
  start=$(head -1 <<<"$output")
  line=$(grep '^startup ' <<<"$output")
  shown=$(sed -E 's/.*epoch-ms=([0-9]+).*/\1/' <<<"$line")
  jvm=$(sed -E 's/.*jvm-ms=([0-9]+).*/\1/' <<<"$line")
  rss=$(sed -E 's/.*rss-kb=([0-9]+).*/\1/' <<<"$line")
  echo "$(( shown - start )) $jvm $rss"
}

# Median and worst of N runs of one way to start, each in the same data folder (as a user's).
measure() {
  local label="$1"; shift
  local data="$work/data-$RANDOM"
  local first
  first=$(run_once "$data" "$@") # the first run: the launcher makes its CDS archive then
  local results=()
  for _ in $(seq 1 "$runs"); do results+=("$(run_once "$data" "$@")"); done
  printf '%s\n' "${results[@]}" | sort -n | awk -v label="$label" -v first="$first" '
    { wall[NR]=$1; jvm[NR]=$2; rss[NR]=$3; if ($3 > maxrss) maxrss=$3 }
    END { m=int((NR+1)/2); split(first, f, " ");
          printf "%-34s wall median %5d ms  worst %5d ms  (first run %5d ms)   jvm median %5d ms   rss max %4d MB\n",
                 label, wall[m], wall[NR], f[1], jvm[m], maxrss/1024 }'
}

echo "java: $(java -version 2>&1 | head -1); runs: $runs; keychain: ${wrap[*]:-none}"
measure "java -jar desktop-app.jar" java -jar "$jar"
measure "desktop-app/career-coach" desktop-app/career-coach
installed=/opt/career-coach/bin/career-coach
if [ -x "$installed" ]; then
  measure "$installed" "$installed"
fi
