#!/usr/bin/env bash
# Checks the self-hosting files as far as this machine can without a container engine: the compose
# file renders (and refuses to without its secrets), its topology is the one the README promises,
# the systemd units verify, and every shell script passes shellcheck. Run by .ci/run; needs
# Debian's docker-compose, shellcheck and systemd.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "deploy/check.sh: $*" >&2
  exit 1
}

env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
cat >"$env_file" <<'VALUES'
COACH_PUBLIC_URL=https://coach.example.com
JWT_SECRET=check-only-0123456789012345678901234567890123456789
POSTGRES_PASSWORD=check
REDIS_PASSWORD=check
S3_ACCESS_KEY=check
S3_SECRET_KEY=check-secret
SENDGRID_API_KEY=SG.check
SENDGRID_FROM_EMAIL=coach@example.com
VALUES

rendered=$(docker-compose -f deploy/compose.yaml --env-file "$env_file" config) ||
  fail "deploy/compose.yaml does not render"
for service in postgres redis s3 bucket api1 api2 worker proxy; do
  grep -q "^  ${service}:$" <<<"$rendered" || fail "no ${service} service"
done
grep -q -- "--appendonly" <<<"$rendered" || fail "Redis without AOF"
grep -q "noeviction" <<<"$rendered" || fail "Redis may evict jobs"
[ "$(grep -c 'COACH_JOB_WORKERS: "false"' <<<"$rendered")" -eq 2 ] ||
  fail "the two API instances must run no workers"
grep -q "/app/worker-alive.sh" <<<"$rendered" || fail "the worker has no health check"
grep -q "^COPY deploy/worker-alive.sh /app/worker-alive.sh$" deploy/Dockerfile ||
  fail "the image lacks the worker's health check"
if docker-compose -f deploy/compose.yaml --env-file deploy/.env.example config -q 2>/dev/null; then
  fail "the compose file starts without its secrets"
fi

systemd-analyze verify deploy/systemd/career-coach.service deploy/systemd/career-coach-worker.service

shellcheck run.sh desktop-app/career-coach .ci/run .ci/with-keyring deploy/check.sh deploy/worker-alive.sh \
  installer/smoke.sh \
  installer/src/main/jpackage/linux/launcher.sh installer/src/main/jpackage/linux/class-archive.sh
echo "deploy/check.sh: the compose file, the systemd units and the scripts check out."
