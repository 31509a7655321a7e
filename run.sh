#!/usr/bin/env bash
# Starts Career Coach on this machine: the sync server on its embedded defaults, then the desktop
# app. Closing the app window stops the server too. Needs only a JDK 17+.
#   ./run.sh             build what changed, then start both
#   ./run.sh --no-build  start the jars already built
set -euo pipefail
cd "$(dirname "$0")"

port="${SERVER_PORT:-8080}"
server_url="http://localhost:${port}"
logs=".coach-local"
mkdir -p "$logs"

if [ "${1:-}" != "--no-build" ]; then
  echo "Building Career Coach (first time: a few minutes while Maven fetches dependencies)…"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

# True when the server answers its health check with 200 (plain bash: no curl needed).
healthy() {
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || return 1
  printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  IFS= read -r -t 5 status <&3 || status=""
  exec 3<&- 3>&-
  [[ "$status" == *" 200 "* ]]
}

if healthy; then
  echo "Something already answers on ${server_url}; stop it or set SERVER_PORT." >&2
  exit 1
fi

# The operator account of this local system: generated on the first run, shown once, kept
# (owner-only) for the next runs. The server creates or updates it at start.
admin_env="${logs}/admin.env"
if [ ! -f "$admin_env" ]; then
  admin_password="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)"
  (umask 077 && printf 'COACH_ADMIN_EMAIL=admin@careercoach.local\nCOACH_ADMIN_PASSWORD=%s\n' \
    "$admin_password" >"$admin_env")
  echo "Admin account for this machine (shown only now; kept in ${admin_env}):"
  echo "  email:    admin@careercoach.local"
  echo "  password: ${admin_password}"
fi
set -a
# shellcheck source=/dev/null
. "$admin_env"
set +a

echo "Starting the sync server on ${server_url} (log: ${logs}/server.log)…"
SERVER_PORT="$port" java -jar sync-server/target/sync-server.jar >"${logs}/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT INT TERM

up=false
for _ in $(seq 1 120); do
  if healthy; then
    up=true
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "The server stopped while starting; the end of its log:" >&2
    tail -n 40 "${logs}/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
if [ "$up" != true ]; then
  echo "The server did not answer within 60 s; see ${logs}/server.log." >&2
  exit 1
fi
echo "Server is up. Admin console: ${server_url}/admin (the admin account above). Opening the desktop app…"

# The launcher starts it with a class-data archive (made by the first run): about 1.1 s to the window.
COACH_SERVER_URL="$server_url" desktop-app/career-coach
